"""Peer cities page: a searchable directory of the other cities and their profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.dto import CityProfile
from rrr_desktop.views.city_view import CityProfileView
from rrr_desktop.views.pages.base import Page
from rrr_desktop.views.peer_model import PeerFilterProxy, PeerTableModel

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home


class PeersPage(Page):
    key = "peers"
    icon_name = "peers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeerTableModel(self)
        self.proxy = PeerFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cities, countries or topics (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search peer cities"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Peer cities"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PeerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (PeerTableModel.OFFERS, PeerTableModel.WANTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search.returnPressed.connect(self.table.setFocus)

        self.detail = CityProfileView()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Peer cities")

    def refresh(self, home: Home) -> None:
        def work() -> list[CityProfile]:
            from rrr_desktop.services import directory

            return directory.peer_cities(home.db)

        self.load(work, self._show_peers)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_peers(self, peers: list[CityProfile]) -> None:
        selected = self.detail.profile.uuid if self.detail.profile else None
        self.model.set_peers(peers)
        self.table.resizeColumnToContents(PeerTableModel.NAME)
        self.table.resizeColumnToContents(PeerTableModel.COUNTRY)
        row = self.model.row_of(selected) if selected else None
        self._select_source_row(row if row is not None else 0)
        self._update_count()

    def _select_source_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.detail.show_city(None)
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            proxy_index = self.proxy.index(0, 0)
        self.table.selectRow(proxy_index.row())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No peer cities yet.")
        elif shown == 0:
            text = self.tr("No peer city matches “{search}”.").format(search=self.search.text())
        elif shown == total:
            text = self.tr("{count} peer cities").format(count=total)
        else:
            text = self.tr("{shown} of {total} peer cities").format(shown=shown, total=total)
        self.count.setText(text)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            if not self.table.selectionModel().hasSelection():
                self.detail.show_city(None)
            return
        source = self.proxy.mapToSource(indexes[0])
        self.detail.show_city(self.model.peer(source.row()))
