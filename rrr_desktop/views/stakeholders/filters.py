"""The register's search box and filters, as one bar that says when the filter changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.stakeholders.listing import (
    COLLABORATION_STAGES,
    STAKEHOLDER_KINDS,
    FilterChoices,
    StakeholderFilter,
)
from rrr_desktop.text import show_controls
from rrr_desktop.views.common.labels import collaboration_stage_label, stakeholder_kind_label


def _combo(accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    # Narrow enough for six filters in a row beside the details; wider when there is room,
    # and the open list shows long topic names whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(3)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


def _fill(combo: QComboBox, everything: str, items: Iterable[tuple[str, str]]) -> bool:
    """Replace the choices, keeping the chosen one if it is still there (else "All");
    true if the chosen one is gone."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for text, code in items:
        combo.addItem(show_controls(text), code)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.blockSignals(False)
    return index < 0 and bool(chosen)


def _coded(codes: tuple[str, ...], label: Callable[[str], str]) -> list[tuple[str, str]]:
    return [(label(code), code) for code in codes]


class StakeholderFilterBar(QWidget):
    """Search plus kind, stage, topic, sector, district, owner and archived; ``changed`` on
    any edit.

    Topic, sector, district and owner list the values the register holds
    (:meth:`set_choices`, refreshed by the page after each load).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, places, descriptions, tags (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search stakeholders"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = _combo(self.tr("Kind"))
        _fill(self.kind_filter, self.tr("All kinds"),
              _coded(STAKEHOLDER_KINDS, stakeholder_kind_label))
        self.stage_filter = _combo(self.tr("Stage"))
        _fill(self.stage_filter, self.tr("All stages"),
              _coded(COLLABORATION_STAGES, collaboration_stage_label))
        self.topic_filter = _combo(self.tr("Topic"))
        self.sector_filter = _combo(self.tr("Sector"))
        self.district_filter = _combo(self.tr("District"))
        self.owner_filter = _combo(self.tr("Owner"))
        self.record_filter = _combo(self.tr("Organisations or people"))
        _fill(self.record_filter, self.tr("Organisations and people"),
              [(self.tr("Organisations"), "organisations"), (self.tr("People"), "people")])
        self.due_filter = _combo(self.tr("Needs attention"))
        _fill(self.due_filter, self.tr("Any dates"),
              [(self.tr("Overdue follow-ups"), "overdue"), (self.tr("Review due"), "review")])
        for fixed in (self.record_filter, self.due_filter):  # short lists: shown whole
            fixed.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_choices(FilterChoices())
        self.archived = QCheckBox(self.tr("Show &archived"))
        self.clear_button = QPushButton(self.tr("C&lear Filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every stakeholder again"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)  # always there: the row never shifts under the pointer

        # Search, the two lists and clear on one row; below, the six choices and archived:
        # on one row where the choices fit whole, else in as many columns as fit ("Todas
        # las etapas" is never cut), so the page fits beside the sidebar on a small screen.
        first_row = self._first_row = QHBoxLayout()
        first_row.setContentsMargins(0, 0, 0, 0)
        first_row.addWidget(self.search, 1)
        first_row.addWidget(self.record_filter)
        first_row.addWidget(self.due_filter)
        first_row.addWidget(self.clear_button)
        self._choices = QGridLayout()
        self._choices.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange(len(self._below()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first_row)
        layout.addLayout(self._choices)
        order = [self.search, self.record_filter, self.due_filter, *self.combos(),
                 self.archived, self.clear_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(self._edited)
        for combo in self._all_combos():
            combo.currentIndexChanged.connect(self._edited)
        self.archived.toggled.connect(self._edited)

    def _below(self) -> tuple[QWidget, ...]:
        """What the second row holds, in order: the six choices, then archived."""
        return (*self.combos(), self.archived)

    def _arrange(self, columns: int) -> None:
        """The second row's widgets in ``columns`` columns, row by row."""
        if columns == self._columns:
            return
        for index, widget in enumerate(self._below()):
            self._choices.removeWidget(widget)
            self._choices.addWidget(widget, index // columns, index % columns)
        for column in range(len(self._below())):
            stretch = 1 if column < columns and column < len(self.combos()) else 0
            self._choices.setColumnStretch(column, stretch)
        self._columns = columns

    def _needed_width(self) -> int:
        """The width a choice needs to show its longest "all ..." text whole."""
        return max(combo.fontMetrics().horizontalAdvance(combo.itemText(0))
                   + combo.iconSize().width() + 36 for combo in self.combos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        spacing = max(self._choices.horizontalSpacing(), 0)
        room = event.size().width() + spacing - self.archived.sizeHint().width() - spacing
        fitting = room // (self._needed_width() + spacing)
        if fitting >= len(self.combos()):  # all on one row, archived at its end
            self._arrange(len(self._below()))
        else:
            fitting = (event.size().width() + spacing) // (self._needed_width() + spacing)
            self._arrange(max(1, fitting))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for the choices in two columns, whatever the row they make when
        there is room: a narrower window rearranges them (:meth:`resizeEvent`) rather
        than being held wide by them."""
        hint = super().minimumSizeHint()
        spacing = max(self._choices.horizontalSpacing(), 0)
        narrowest = max(self._first_row.minimumSize().width(),
                        2 * self._needed_width() + spacing)
        return QSize(min(hint.width(), narrowest), hint.height())

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind_filter, self.stage_filter, self.topic_filter, self.sector_filter,
                self.district_filter, self.owner_filter)

    def _all_combos(self) -> tuple[QComboBox, ...]:
        return (self.record_filter, self.due_filter, *self.combos())

    def set_choices(self, choices: FilterChoices) -> None:
        lost = [
            _fill(self.topic_filter, self.tr("All topics"),
                  [(topic.label, topic.id) for topic in choices.topics]),
            _fill(self.sector_filter, self.tr("All sectors"),
                  [(sector.label, sector.id) for sector in choices.sectors]),
            _fill(self.district_filter, self.tr("All districts"),
                  [(district, district) for district in choices.districts]),
            _fill(self.owner_filter, self.tr("All owners"),
                  [(owner, owner) for owner in choices.owners]),
        ]
        if any(lost):  # a chosen value left the register: show what the combos now say
            self._edited()

    def apply_to(self, query: StakeholderFilter) -> StakeholderFilter:
        """``query`` (its sort kept) restricted to what the bar shows."""
        kind, stage = self.kind_filter.currentData(), self.stage_filter.currentData()
        return replace(
            query, search=self.search.text(),
            kinds=frozenset({kind}) if kind else frozenset(),
            stages=frozenset({stage}) if stage else frozenset(),
            topic_id=self.topic_filter.currentData() or "",
            sector=self.sector_filter.currentData() or "",
            district=self.district_filter.currentData() or "",
            owner=self.owner_filter.currentData() or "",
            persons={"organisations": False, "people": True}.get(
                self.record_filter.currentData()),
            due=self.due_filter.currentData() or "",
            include_archived=self.archived.isChecked())

    def is_filtered(self) -> bool:
        return (bool(self.search.text().strip()) or self.archived.isChecked()
                or any(combo.currentIndex() > 0 for combo in self._all_combos()))

    def clear(self) -> None:
        """Back to the whole register (one ``changed``, not one per control)."""
        had_focus = self.clear_button.hasFocus()
        self.blockSignals(True)
        self.search.clear()
        for combo in self._all_combos():
            combo.setCurrentIndex(0)
        self.archived.setChecked(False)
        self.blockSignals(False)
        self._edited()
        if had_focus:
            self.search.setFocus()  # the button turns off; keep the keyboard somewhere useful

    def _edited(self) -> None:
        self.clear_button.setEnabled(self.is_filtered())
        self.changed.emit()
