"""Peer cities page: peers ranked for our city with the reasons, filters, hide and pin,
each peer's details with sources and our notes, the weights, and the working groups the
matching proposes (started, and edited, on the Working groups page)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells
from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.tables import record_table
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.common.writes import write_in_background
from rrr_desktop.views.groups.proposals_view import ProposedGroupsView, proposal_key
from rrr_desktop.views.peers.detail_view import PeerDetailView
from rrr_desktop.views.peers.filter_bar import PeerFilterBar
from rrr_desktop.views.peers.list_texts import count_text, empty_list_text
from rrr_desktop.views.peers.match_view import PeerMatchView
from rrr_desktop.views.peers.peers_data import PeersData, read_peers_data, stale_peers
from rrr_desktop.views.peers.pin_hide import PinAndHide
from rrr_desktop.views.peers.suggestions_model import SuggestionFilterProxy, SuggestionTableModel
from rrr_desktop.views.peers.weights_panel import WeightsPanel

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.peers.matching import Weights
    from rrr_desktop.services.peers.workspace import PeerPreferences

WEIGHTS_SAVE_DELAY_MS = 500
COLUMN_FIT_ROWS = 50  # columns fit the first rows only: measuring 1,000 rows costs ~100 ms


class PeersPage(Page):
    key = "peers"
    icon_name = "peers"

    changeShown = Signal()  # Undo or Redo changed a pin or a hidden peer: show this page
    groupStartRequested = Signal(object)  # GroupProposal: the Working groups page starts it

    def __init__(self, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.home: Home | None = None
        self.data: PeersData | None = None
        self.weights: Weights | None = None
        self._empty_text = ""  # why the list is empty, when it is
        self.model = SuggestionTableModel(self)
        self.proxy = SuggestionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filters = PeerFilterBar()
        self.filters.changed.connect(self.rerank)
        self.filters.search.textChanged.connect(self._search_changed)
        self.table = self._table()
        self.search_count = QLabel()
        self.search_count.setTextFormat(Qt.TextFormat.PlainText)
        self.search_count.setWordWrap(True)
        self.pins = PinAndHide(self, self._chosen_peer, undo_stack)
        self.pins.changed.connect(self._show_preferences)
        self.pins.undone.connect(self.changeShown)
        self.pins.failed.connect(self._failed)
        self.pin_action, self.hide_action = self.pins.pin_action, self.pins.hide_action
        self.weights_panel = WeightsPanel()
        self.weights_panel.hide()
        self.weights_panel.changed.connect(self._weights_changed)
        self.weights_panel.resetRequested.connect(self._reset_weights)
        self.weights_button = QPushButton(self.tr("&Weights…"))
        self.weights_button.setToolTip(self.tr("How much each reason counts in the ranking"))
        self.weights_button.setCheckable(True)
        self.weights_button.toggled.connect(self.weights_panel.setVisible)
        self._weights_timer = QTimer(self)
        self._weights_timer.setSingleShot(True)
        self._weights_timer.setInterval(WEIGHTS_SAVE_DELAY_MS)
        self._weights_timer.timeout.connect(self._save_weights)

        self.match = PeerMatchView()
        self.detail = PeerDetailView()
        self.groups = ProposedGroupsView()
        self.groups.startRequested.connect(self.groupStartRequested)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._suggestions_tab(), self.tr("&Suggestions"))
        self.tabs.addTab(self.groups, self.tr("&Proposed groups"))
        # Proposing groups takes a moment: done when the tab is first opened after a read.
        self._groups_stale = False
        self.tabs.currentChanged.connect(
            lambda index: self.load_groups() if index == 1 and self._groups_stale else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.tabs)

    def _table(self) -> QTableView:
        table = record_table(self.proxy, self.tr("Suggested peer cities, best first"),
                             QAbstractItemView.SelectionMode.SingleSelection)
        show_full_text_of_cut_cells(table)
        table.sortByColumn(SuggestionTableModel.RANK, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SuggestionTableModel.WHY, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(COLUMN_FIT_ROWS)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _suggestions_tab(self) -> QWidget:
        buttons = QHBoxLayout()
        for action in (self.pin_action, self.hide_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.weights_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.search_count)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.weights_panel)
        right = QTabWidget()
        right.addTab(self.match, self.tr("Why"))
        right.addTab(self.detail, self.tr("Profile, sources and notes"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 480])
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        return tab

    def title(self) -> str:
        return self.tr("Peer cities")

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def refresh(self, home: Home) -> None:
        self.home = home
        self.detail.note.set_saver(lambda city, text: _save_note(home, city, text))
        self.load(lambda: read_peers_data(home), self._show_data)

    def _show_data(self, data: PeersData) -> None:
        self.data = data
        self.weights = data.weights
        self.weights_panel.show_weights(data.weights, data.defaults)
        self.filters.fill(data.loaded.world)
        before = self.selected_uuid()
        self.rerank()
        if before is not None and before == self.selected_uuid():
            self._show_peer(before)  # same peer still selected: show its fresh details
        self._groups_stale = True
        if self.tabs.currentIndex() == 1:
            self.load_groups()

    def rerank(self) -> None:
        """Rank again with the current weights, filters, hidden and pinned peers."""
        if self.data is None or self.weights is None:
            return
        from rrr_desktop.services.peers.matching import PeerFilters, suggest_peers, why_empty

        loaded, preferences = self.data.loaded, self.data.preferences
        selected = self.selected_uuid()
        if loaded.ours is None:
            self.model.set_suggestions([], frozenset())
            self.search_count.setText(self.tr(
                "Choose your city on the Profile page first: peers are ranked against it."))
            return
        show_hidden = self.filters.show_hidden.isChecked()
        filters = PeerFilters(languages=self.filters.languages(), regions=self.filters.regions(),
                              hidden=frozenset() if show_hidden else preferences.hidden,
                              pinned=preferences.pinned)
        topic = self.filters.topic_id()
        ranked = suggest_peers(loaded.world, loaded.ours, self.weights, topic=topic,
                               filters=filters, everyone=True)
        self.model.set_suggestions(ranked, preferences.hidden, loaded.ours.has_topics,
                                   stale_peers(self.data.data_dates))
        for column in (SuggestionTableModel.RANK, SuggestionTableModel.CITY,
                       SuggestionTableModel.SCORE, SuggestionTableModel.STATUS):
            self.table.resizeColumnToContents(column)
        self._empty_text = "" if ranked else empty_list_text(
            why_empty(loaded.world, loaded.ours, filters, topic),
            language=self.filters.language.currentText(),
            region=self.filters.region.currentText(), topic=self.filters.topic.currentText())
        self._update_count()
        row = self.model.row_of(selected) if selected else None
        index = self.proxy.mapFromSource(self.model.index(row if row is not None else 0, 0))
        if index.isValid():
            self.table.selectRow(index.row())
        else:
            self._show_peer(None)

    def selected_uuid(self) -> UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.suggestion(self.proxy.mapToSource(rows[0]).row()).uuid

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.proxy.rowCount() == 0:
            self._show_peer(None)
        elif not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        hidden = len(self.data.preferences.hidden) if self.data else 0
        if total == 0:
            text = self._empty_text
        elif shown == 0:
            text = self.tr("No peer city matches “{search}”.").format(
                search=self.filters.search.text())
        elif shown == total:
            text = count_text(total, self.model.ranked_count())
        else:
            text = self.tr("{shown} of %Ln peer cities", "", total).format(
                shown=QLocale().toString(shown))
        if hidden and not self.filters.show_hidden.isChecked():
            text += " " + self.tr("(%Ln hidden)", "", hidden)
        self.search_count.setText(text)

    def _selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_peer(self.selected_uuid())

    def _show_peer(self, city: UUID | None) -> None:
        row = self.model.row_of(city) if city else None
        suggestion = self.model.suggestion(row) if row is not None else None
        self.match.show_suggestion(suggestion, self.model.ours_has_topics)
        self.pins.show_state(pinned=bool(suggestion and suggestion.pinned),
                             hidden=row is not None and self.model.is_hidden(row))
        if city is None or self.home is None:
            self.detail.show_detail(None)
            return
        home = self.home

        def work() -> Any:
            from rrr_desktop.services.peers.workspace import peer_detail

            return peer_detail(home.db, city)

        run_in_background(self, work, self._detail_loaded, self._failed)

    def _detail_loaded(self, detail: Any) -> None:
        if detail.profile.uuid == self.selected_uuid():
            self.detail.show_detail(detail)

    def _context_menu(self, position: QPoint) -> None:
        if self.selected_uuid() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.pin_action)
        menu.addAction(self.hide_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _chosen_peer(self) -> tuple[Home, UUID, PeerPreferences] | None:
        """What Pin and Hide act on: the selected peer, with the preferences shown."""
        city, home, data = self.selected_uuid(), self.home, self.data
        if city is None or home is None or data is None:
            return None
        return home, city, data.preferences

    def _show_preferences(self, preferences: PeerPreferences) -> None:
        if self.data is not None:
            from dataclasses import replace

            self.data = replace(self.data, preferences=preferences)
        self.rerank()
        self.load_groups()

    def _weights_changed(self, weights: Weights) -> None:
        self.weights = weights
        self.rerank()
        self._weights_timer.start()

    def _save_weights(self) -> None:
        home, weights = self.home, self.weights
        if home is None or weights is None:
            return

        def work() -> None:
            from rrr_desktop.services.peers.workspace import save_weights

            save_weights(home.db, weights)

        write_in_background(self, work, lambda _: self.load_groups(), self._failed)

    def _reset_weights(self) -> None:
        if self.data is None or self.home is None:
            return
        self._weights_timer.stop()
        self.weights = self.data.defaults
        self.weights_panel.show_weights(self.data.defaults, self.data.defaults)
        self.rerank()
        home = self.home

        def work() -> None:
            from rrr_desktop.services.peers.workspace import reset_weights

            reset_weights(home.db)

        write_in_background(self, work, lambda _: self.load_groups(), self._failed)

    def groups_changed(self) -> None:
        """A working group changed on the Working groups page: the proposals say again
        which are started, when next shown."""
        self._groups_stale = True
        if self.tabs.currentIndex() == 1:
            self.load_groups()

    def load_groups(self) -> None:
        """Proposals (without hidden peers, with the current weights), each with the name
        of the group we started about its themes, if any."""
        data, weights, home = self.data, self.weights, self.home
        if data is None or weights is None or home is None:
            return
        self._groups_stale = False

        def work() -> tuple[Any, dict[frozenset[str], str]]:
            from rrr_desktop.services.groups.proposals import suggest_groups
            from rrr_desktop.services.groups.shared import working_groups
            from rrr_desktop.services.peers.world import World

            world = data.loaded.world
            shown = World(world.topics, tuple(c for c in world.cities
                                              if c.uuid not in data.preferences.hidden))
            started = {proposal_key(g.topic_ids): g.name for g in working_groups(home.db)
                       if g.withdrawn_at is None}
            return suggest_groups(shown, weights), started

        run_in_background(self, work, lambda found: self.groups.show_proposals(*found),
                          self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message = warn_of_failure(self, error, self.tr("Not changed"))


def _save_note(home: Home, city: UUID, text: str) -> None:
    from rrr_desktop.services.peers.workspace import set_note

    set_note(home.db, city, text)
