"""Merge duplicates: pick the master, then for each field whose value to keep."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.labels import (
    collaboration_stage_label,
    merge_field_label,
    stakeholder_kind_label,
)
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.merge import MergeCandidate, MergeResult
    from rrr_desktop.services.stakeholders.register_image import Recorded


def _candidates(home: Home, ids: Sequence[int]) -> list[MergeCandidate]:
    from rrr_desktop.services.stakeholders.merge import merge_candidates

    return merge_candidates(home.db, ids)


class MergeDialog(QDialog):
    """Emits ``merged(MergeResult)`` once the records are merged."""

    merged = Signal(object)  # MergeResult
    changeRecorded = Signal(object)  # Recorded[MergeResult]: to undo and redo the merge

    def __init__(self, home: Home, ids: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.candidates: list[MergeCandidate] = []
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.master = QComboBox()
        self.master.setAccessibleName(self.tr("Master record"))
        master_label = QLabel(self.tr("&Keep this record:"))
        master_label.setBuddy(self.master)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Which value to keep for each field"))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview = plain_label()
        self.preview.setAccessibleName(self.tr("What the merge will do"))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        save_on_key(self, buttons)
        self.error = plain_label()
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(master_label)
        top.addWidget(self.master, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(820, 600)
        self.master.currentIndexChanged.connect(self._master_changed)
        run_in_background(self, lambda: _candidates(home, list(ids)), self._loaded,
                          self._failed)

    def _loaded(self, candidates: list[MergeCandidate]) -> None:
        self.candidates = candidates
        if len(candidates) < 2:
            self._show_problem(self.tr(
                "Fewer than two of these stakeholders still exist: nothing to merge."))
            return
        fields = list(candidates[0].values)
        self.table.setRowCount(len(fields))
        self.table.setColumnCount(len(candidates))
        self.table.setVerticalHeaderLabels([merge_field_label(f) for f in fields])
        self.table.setHorizontalHeaderLabels([c.name for c in candidates])
        for row, field in enumerate(fields):
            group = QButtonGroup(self)
            self.groups[field] = group
            for column, candidate in enumerate(candidates):
                button = QRadioButton(self._shown(field, candidate.values[field]))
                button.setAccessibleName(self.tr("{field} from {name}").format(
                    field=merge_field_label(field), name=candidate.name))
                group.addButton(button, candidate.id)
                self.table.setCellWidget(row, column, button)
            group.idToggled.connect(lambda _id, _on: self._update_preview())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.master.blockSignals(True)
        for candidate in candidates:
            self.master.addItem(show_controls(candidate.name), candidate.id)
        self.master.blockSignals(False)
        self._master_changed()
        self.merge_button.setEnabled(True)

    def _shown(self, field: str, values: tuple[object, ...]) -> str:
        if field == "kind":
            return stakeholder_kind_label(str(values[0]))
        if field == "stage":
            return collaboration_stage_label(str(values[0]))
        if field == "shareable":
            return self.tr("yes") if values[0] else self.tr("no")
        if field == "personal_data":
            consent = self.tr("consent recorded") if values[3] else self.tr("no consent")
            shown = [str(v) for v in values[:3] if v]
            return ", ".join([*shown, consent]) if shown else "–"
        return ", ".join(str(v) for v in values if v not in (None, "")) or "–"

    def master_id(self) -> int:
        return int(self.master.currentData())

    def _master_changed(self) -> None:
        """A new master: every field starts from its values."""
        for group in self.groups.values():
            button = group.button(self.master_id())
            if button is not None:
                button.setChecked(True)
        self._update_preview()

    def choices(self) -> dict[str, int]:
        return {field: group.checkedId() for field, group in self.groups.items()}

    def _update_preview(self) -> None:
        master = self.master_id()
        others = [c for c in self.candidates if c.id != master]
        from_others = [merge_field_label(f) for f, source in self.choices().items()
                       if source != master]
        text = " ".join((
            self.tr("{master} is kept (same ID, so peer cities still recognise it).").format(
                master=self.master.currentText()),
            self.tr("%Ln other records are merged into it and then deleted.", "", len(others)),
            self.tr("Their %Ln interactions move to it.", "",
                    sum(c.interactions for c in others)),
            self.tr("Tags, sectors and topics are combined; their people are linked to it.")))
        if from_others:
            text += " " + self.tr("Taken from the others: {fields}.").format(
                fields=", ".join(from_others))
        self.preview.setText(text)

    def merge(self) -> None:
        home, master, choices = self.home, self.master_id(), self.choices()
        others = [c.id for c in self.candidates if c.id != master]

        def work() -> Recorded[MergeResult]:
            from rrr_desktop.services.stakeholders.merge import merge_stakeholders
            from rrr_desktop.services.stakeholders.register_image import recorded

            return recorded(home.db, [master, *others],
                            lambda: merge_stakeholders(home.db, master, others, choices))

        self.merge_button.setEnabled(False)
        write_in_background(self, work, self._merged, self._failed)

    def _merged(self, change: Recorded[MergeResult]) -> None:
        self.changeRecorded.emit(change)
        self.merged.emit(change.result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        refusal = refusal_of(error)
        if refusal is not None:
            self._show_problem(str(refusal))

    def _show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.show()
        self.merge_button.setEnabled(len(self.candidates) >= 2)
