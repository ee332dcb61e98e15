"""Stakeholders page: the register, searchable and filterable, with one record's details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.stakeholder_list import (
    COLLABORATION_STAGES,
    STAKEHOLDER_KINDS,
    StakeholderDetail,
    StakeholderFilter,
    StakeholderRow,
)
from rrr_desktop.views.labels import (
    collaboration_stage_label,
    stakeholder_kind_label,
)
from rrr_desktop.views.pages.base import Page
from rrr_desktop.views.stakeholder_model import PAGE_SIZE, StakeholderTableModel
from rrr_desktop.views.stakeholder_view import StakeholderView

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


def _choice_combo(codes: tuple[str, ...], label: Callable[[str], str], everything: str,
                  accessible_name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    combo.addItem(everything, "")
    for code in codes:
        combo.addItem(label(code), code)
    return combo


class StakeholdersPage(Page):
    key = "stakeholders"
    icon_name = "stakeholders"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home: Home | None = None
        self.model = StakeholderTableModel(self._count, self._page, self)
        self._build_filters()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(StakeholderTableModel.NAME,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(StakeholderTableModel.NAME, 260)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search.returnPressed.connect(self.table.setFocus)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = StakeholderView()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.filters)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 340])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self._requery = QTimer(self, singleShot=True, interval=0)
        self._requery.timeout.connect(self._apply_filters)

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, descriptions, tags (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search stakeholders"))
        self.search.setClearButtonEnabled(True)
        self.kind_filter = _choice_combo(STAKEHOLDER_KINDS, stakeholder_kind_label,
                                         self.tr("All kinds"), self.tr("Kind"))
        self.stage_filter = _choice_combo(COLLABORATION_STAGES, collaboration_stage_label,
                                          self.tr("All stages"), self.tr("Stage"))
        self.archived = QCheckBox(self.tr("Show &archived"))
        choices = QHBoxLayout()
        for widget in (self.kind_filter, self.stage_filter, self.archived):
            choices.addWidget(widget)
        choices.addStretch()
        self.filters = QVBoxLayout()
        self.filters.addWidget(self.search)
        self.filters.addLayout(choices)
        self.search.textChanged.connect(lambda _text: self._requery.start())
        for combo in (self.kind_filter, self.stage_filter):
            combo.currentIndexChanged.connect(lambda _index: self._requery.start())
        self.archived.toggled.connect(lambda _on: self._requery.start())

    def title(self) -> str:
        return self.tr("Stakeholders")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self, home: Home) -> None:
        self.home = home
        query = self._filter()

        def work() -> tuple[int, list[StakeholderRow]]:
            from rrr_desktop.services import stakeholder_list

            total = stakeholder_list.count_stakeholders(home.db, query)
            return total, stakeholder_list.list_stakeholders(home.db, query, 0, PAGE_SIZE)

        self.load(work, self._show_first_page)

    def _show_first_page(self, result: tuple[int, list[StakeholderRow]]) -> None:
        total, rows = result
        self.model.show_result(self._filter(), total, rows)
        self._after_query()

    def _filter(self) -> StakeholderFilter:
        kind, stage = self.kind_filter.currentData(), self.stage_filter.currentData()
        return replace(
            self.model.query, search=self.search.text(),
            kinds=frozenset({kind}) if kind else frozenset(),
            stages=frozenset({stage}) if stage else frozenset(),
            include_archived=self.archived.isChecked())

    def _apply_filters(self) -> None:
        if self.home is not None:
            self.model.set_query(self._filter())
            self._after_query()

    def _after_query(self) -> None:
        total = self.model.total
        filtered = self._filter() != StakeholderFilter(sort=self.model.query.sort,
                                                       descending=self.model.query.descending)
        if total == 0 and not filtered:
            text = self.tr("No stakeholders yet. Import your list with "
                           "File › Import Stakeholders….")
        elif total == 0:
            text = self.tr("No stakeholder matches these filters.")
        else:
            text = self.tr("{count} stakeholders").format(count=QLocale().toString(total))
        self.count.setText(text)
        if total:
            self.table.selectRow(0)
        else:
            self.detail.show_stakeholder(None)

    def _count(self, query: StakeholderFilter) -> int:
        from rrr_desktop.services import stakeholder_list

        assert self.home is not None
        return stakeholder_list.count_stakeholders(self.home.db, query)

    def _page(self, query: StakeholderFilter, offset: int, limit: int) -> list[StakeholderRow]:
        from rrr_desktop.services import stakeholder_list

        assert self.home is not None
        return stakeholder_list.list_stakeholders(self.home.db, query, offset, limit)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self.home is None:
            return
        self.detail.show_stakeholder(self._detail(self.model.row(indexes[0].row()).id))

    def _detail(self, stakeholder_id: int) -> StakeholderDetail | None:
        from rrr_desktop.services import stakeholder_list

        assert self.home is not None
        return stakeholder_list.stakeholder_detail(self.home.db, stakeholder_id)
