"""Stakeholders page: the register as a list or a map, filtered alike, with one record's details.

For the main window: ``column_actions`` (show/hide columns) and
``bulk_edit_action`` / ``toggle_view_action`` can go in menus; ``message`` carries
news for the status bar; more actions for the list's context menu go in with
``page.table.addActions([...])``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.stakeholders.listing import (
    FilterChoices,
    StakeholderFilter,
    StakeholderRow,
)
from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.tables import record_table
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.stakeholders.actions import StakeholderActions
from rrr_desktop.views.stakeholders.bulk_edit import BulkEditing
from rrr_desktop.views.stakeholders.columns import ColumnChooser
from rrr_desktop.views.stakeholders.detail_follower import DetailFollower
from rrr_desktop.views.stakeholders.detail_view import StakeholderView
from rrr_desktop.views.stakeholders.filters import StakeholderFilterBar
from rrr_desktop.views.stakeholders.map_tab import StakeholderMapTab
from rrr_desktop.views.stakeholders.table_model import PAGE_SIZE, StakeholderTableModel

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog

LIST, MAP = 0, 1
_VIEW_KEYS = ("list", "map")


class StakeholdersPage(Page):
    key = "stakeholders"
    icon_name = "stakeholders"
    message = Signal(str)  # for the status bar, e.g. what a bulk edit changed

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack  # the window's; None: the page keeps its own
        self.home: Home | None = None
        self.settings = settings
        self.choices = FilterChoices()
        self._wanted_after_reload: list[int] = []  # Undo brought these back: select them
        self._saved: int | None = None  # just saved in the editor: the current row next
        self.model = StakeholderTableModel(self._count, self._page, self)
        self.filter_bar = StakeholderFilterBar()
        bar = self.filter_bar
        self.search, self.kind_filter, self.stage_filter = (bar.search, bar.kind_filter,
                                                            bar.stage_filter)
        self.topic_filter, self.district_filter, self.owner_filter = (
            bar.topic_filter, bar.district_filter, bar.owner_filter)
        self.archived = bar.archived
        self.table = self._build_table()
        self.columns = ColumnChooser(self.table, settings)
        self.column_actions = self.columns.actions
        self.map_tab = StakeholderMapTab()
        self.map_tab.stakeholderActivated.connect(self.select_stakeholder)
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, self.tr("&List"))
        self.views.addTab(self.map_tab, self.tr("&Map"))
        self.views.setAccessibleName(self.tr("List or map"))
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = StakeholderView()
        self._detail_follower = DetailFollower(self.detail, lambda: self.home, self)
        self._build_actions()
        self._lay_out()
        self._requery = QTimer(self, singleShot=True, interval=0)
        self._requery.timeout.connect(self._apply_filters)
        bar.changed.connect(self._requery.start)
        self.search.returnPressed.connect(self.table.setFocus)
        QWidget.setTabOrder(bar.clear_button, self.views)
        if settings is not None and settings.stakeholder_view in _VIEW_KEYS:
            self.views.setCurrentIndex(_VIEW_KEYS.index(settings.stakeholder_view))
        self.views.currentChanged.connect(self._view_changed)

    def _build_table(self) -> QTableView:
        table = record_table(self.model, self.tr("Stakeholders"),
                             QAbstractItemView.SelectionMode.ExtendedSelection)
        show_full_text_of_cut_cells(table)
        header = table.horizontalHeader()
        header.setSortIndicator(StakeholderTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column's title
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _build_actions(self) -> None:
        self.stakeholder_actions = StakeholderActions(lambda: self.home, self.selected_ids, self,
                                          self._undo_stack)
        self.stakeholder_actions.attach_to(self.table)
        self.stakeholder_actions.changed.connect(self._register_changed)
        self.stakeholder_actions.selectRequested.connect(self._select_after_reload)
        self.stakeholder_actions.stakeholderSaved.connect(self._show_after_reload)
        self.stakeholder_actions.openRequested.connect(self.select_stakeholder)
        self.detail.editRequested.connect(self.stakeholder_actions.edit_stakeholder)
        self.detail.addInteractionRequested.connect(self.stakeholder_actions.log_interaction)
        self.detail.interactionActivated.connect(self.stakeholder_actions.edit_interaction)
        self.detail.followUpDoneRequested.connect(self.stakeholder_actions.mark_follow_up_done)
        self.detail.personActivated.connect(self.select_stakeholder)
        self.bulk = BulkEditing(lambda: self.home, self.selected_ids,
                                lambda: self.choices.owners, self)
        self.bulk_edit_action = self.bulk.action
        self.bulk.started.connect(self.count.setText)
        self.bulk.finished.connect(self._register_changed)
        self.bulk.changeRecorded.connect(self.stakeholder_actions.push_change)
        separator = QAction(self)
        separator.setSeparator(True)
        acts = self.stakeholder_actions
        self.table.addActions([acts.add_interaction, acts.archive, acts.restore, separator,
                               self.bulk_edit_action, acts.merge])
        self.toggle_view_action = QAction(self.tr("Show List or &Map"), self)
        self.toggle_view_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+M")))
        self.toggle_view_action.setStatusTip(self.tr(
            "Switch between the list and the influence and interest map"))
        self.toggle_view_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toggle_view_action.triggered.connect(
            lambda: self.views.setCurrentIndex(MAP if self.views.currentIndex() == LIST else LIST))
        self.addAction(self.toggle_view_action)

    def open_bulk_edit(self) -> BulkEditDialog | None:
        """Ctrl+B: change the selected stakeholders together."""
        return self.bulk.open()

    def _register_changed(self, message: str) -> None:
        """After an edit, archive, delete, merge or bulk change: say so and read again."""
        if message:
            self.message.emit(message)
        self.reload(keep_selection=True)

    def _select_after_reload(self, ids: list[int]) -> None:
        self._wanted_after_reload = ids

    def _show_after_reload(self, stakeholder_id: int) -> None:
        self._saved = stakeholder_id

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.views, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([660, 300])
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Stakeholders")

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- loading -------------------------------------------------------------

    def refresh(self, home: Home) -> None:
        self.home = home
        self.reload()

    def reload(self, keep_selection: bool = True) -> None:
        """Read the register again (after a change), keeping the selected stakeholders
        and the scroll position where they are still listed."""
        home = self.home
        if home is None:
            return
        query = self._filter()
        rows = max(PAGE_SIZE, self.model.rowCount())
        kept = self.selected_ids() if keep_selection else []
        current = self._current_id() if keep_selection else None
        if keep_selection and self._wanted_after_reload:
            kept, current = self._wanted_after_reload, self._wanted_after_reload[0]
        saved, self._wanted_after_reload, self._saved = self._saved, [], None
        if saved is not None:  # the record the officer just saved, wherever it now sorts
            kept, current = [saved], saved
        scroll = self.table.verticalScrollBar().value() if keep_selection else 0

        def work() -> tuple[int, list[StakeholderRow]]:
            from rrr_desktop.services.stakeholders import listing as stakeholder_list

            total = stakeholder_list.count_stakeholders(home.db, query)
            return total, stakeholder_list.list_stakeholders(home.db, query, 0, rows)

        def show(result: tuple[int, list[StakeholderRow]]) -> None:
            total, found = result
            self.model.show_result(query, total, found)
            self._after_query(kept, current)
            self.table.verticalScrollBar().setValue(scroll)
            if saved is not None:
                self.select_stakeholder(saved, say_if_hidden=True)
            self._load_choices()
            self._load_map_if_shown()

        self.load(work, show)

    def _load_choices(self) -> None:
        home = self.home
        assert home is not None

        def work() -> FilterChoices:
            from rrr_desktop.services.stakeholders.listing import filter_choices

            return filter_choices(home.db)

        def show(choices: FilterChoices) -> None:
            self.choices = choices
            self.filter_bar.set_choices(choices)

        run_in_background(self, work, show, report_unexpected)

    def _filter(self) -> StakeholderFilter:
        return self.filter_bar.apply_to(self.model.query)

    def _apply_filters(self) -> None:
        if self.home is not None:
            self.model.set_query(self._filter())
            self._after_query()
            self._load_map_if_shown()

    def _after_query(self, keep: list[int] | None = None, current: int | None = None) -> None:
        total = self.model.total
        if total == 0 and not self.filter_bar.is_filtered():
            text = self.tr("No stakeholders yet. Import your list with "
                           "File › Import Stakeholders (Ctrl+I).")
        elif total == 0:
            text = self.tr("No stakeholder matches these filters.")
        else:
            text = self.tr("%Ln stakeholders", "", total)
        self.count.setText(text)
        rows = [row for row in map(self.model.row_of, keep or []) if row is not None]
        if rows:
            self._select_rows(rows, self.model.row_of(current) if current is not None else None)
        elif total and not keep:
            self.table.selectRow(0)
        else:  # what was selected left the list: select nothing rather than a neighbour
            self.table.selectionModel().clear()
            self._selection_changed()  # a model reset clears it without a signal
            self._detail_follower.clear()

    def _select_rows(self, rows: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        focus = current if current is not None else rows[0]
        selection.setCurrentIndex(self.model.index(focus, 0),  # shows its details
                                  selection.SelectionFlag.NoUpdate)

    def _count(self, query: StakeholderFilter) -> int:
        from rrr_desktop.services.stakeholders import listing as stakeholder_list

        assert self.home is not None
        return stakeholder_list.count_stakeholders(self.home.db, query)

    def _page(self, query: StakeholderFilter, offset: int, limit: int) -> list[StakeholderRow]:
        from rrr_desktop.services.stakeholders import listing as stakeholder_list

        assert self.home is not None
        return stakeholder_list.list_stakeholders(self.home.db, query, offset, limit)

    # --- selection and details -------------------------------------------------

    def selected_ids(self) -> list[int]:
        """The selected stakeholders, in list order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row(row).id for row in rows]

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).id if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.home is not None:
            self._detail_follower.follow(self.model.row(current.row()).id)

    def _selection_changed(self) -> None:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        chosen = [self.model.row(row) for row in rows]
        self.bulk_edit_action.setEnabled(bool(chosen))
        self.stakeholder_actions.selection_changed([row.id for row in chosen],
                                       [row.archived for row in chosen])

    def select_stakeholder(self, stakeholder_id: int, *, say_if_hidden: bool = False) -> None:
        """Select one stakeholder in the list (fetching down to it) and show its details;
        ``say_if_hidden``: tell the status bar when the filters leave it out of the list."""
        home = self.home
        if home is None:
            return
        row = self.model.row_of(stakeholder_id)
        if row is not None:
            self._select_and_show(row)
            return
        query = self.model.query

        def work() -> int | None:
            from rrr_desktop.services.stakeholders.listing import row_position

            return row_position(home.db, query, stakeholder_id)

        def show(position: int | None) -> None:
            if position is not None and query == self.model.query:
                self.model.fetch_to(position)
            found = self.model.row_of(stakeholder_id)
            if found is not None:
                self._select_and_show(found)
                return
            # filtered out, or the filter changed meanwhile: the details still show it
            self._detail_follower.follow(stakeholder_id)
            if say_if_hidden and position is None:
                self.message.emit(self.tr(
                    "Stakeholder saved. The filters hide it from the list: "
                    "Clear Filters shows it."))

        run_in_background(self, work, show, report_unexpected)

    def _select_and_show(self, row: int) -> None:
        self.table.selectRow(row)
        if not self.table.viewport().rect().contains(  # no jump when it is in sight
                self.table.visualRect(self.model.index(row, 0))):
            self.table.scrollTo(self.model.index(row, 0),
                                QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- map -------------------------------------------------------------------

    def _view_changed(self, index: int) -> None:
        if self.settings is not None:
            self.settings.stakeholder_view = _VIEW_KEYS[index]
        if index == MAP:
            self.map_tab.map_view.setFocus()  # built the first time it is shown
        self._load_map_if_shown()

    def _load_map_if_shown(self) -> None:
        # Read when the map is shown: keystrokes in the list stay fast.
        if self.home is not None and self.views.currentIndex() == MAP:
            self.map_tab.load(self.home, self.model.query, self.filter_bar.is_filtered())
