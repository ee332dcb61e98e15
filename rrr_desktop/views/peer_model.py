"""The peer-city list as a Qt table model, and a search proxy over it."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from rrr_desktop.services.dto import CityProfile
from rrr_desktop.text import normalise

_Index = QModelIndex | QPersistentModelIndex


class PeerTableModel(QAbstractTableModel):
    """One row per peer city."""

    NAME, COUNTRY, OFFERS, WANTS = range(4)
    COLUMN_COUNT = 4
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    SearchRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._peers: list[CityProfile] = []
        self._search_text: list[str] = []

    def set_peers(self, peers: list[CityProfile]) -> None:
        self.beginResetModel()
        self._peers = list(peers)
        self._search_text = [_search_text(p) for p in self._peers]
        self.endResetModel()

    def peer(self, row: int) -> CityProfile:
        return self._peers[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._peers)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("City"), self.tr("Country"), self.tr("Offers"),
                  self.tr("Wants to learn"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        peer = self._peers[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(peer, column)
        if role == self.SortRole:
            return normalise(self._display(peer, column))
        if role == self.IdRole:
            return str(peer.uuid)
        if role == self.SearchRole:
            return self._search_text[index.row()]
        return None

    def row_of(self, city_uuid: UUID) -> int | None:
        return next((row for row, p in enumerate(self._peers) if p.uuid == city_uuid), None)

    def _display(self, peer: CityProfile, column: int) -> str:
        if column == self.NAME:
            return peer.name
        if column == self.COUNTRY:
            return peer.country_name
        notes = peer.offers if column == self.OFFERS else peer.wants_to_learn
        return ", ".join(note.label for note in notes)


def _search_text(peer: CityProfile) -> str:
    topics = (n.label for n in (*peer.offers, *peer.wants_to_learn, *peer.shared_challenges))
    parts = [peer.name, peer.country_name, peer.country_code, peer.region, *topics,
             *(p.title for p in peer.practices)]
    return normalise(" ".join(parts))


class PeerFilterProxy(QSortFilterProxyModel):
    """Keeps the rows that contain every typed word, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(PeerTableModel.SortRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(PeerTableModel.SearchRole))
        return all(word in haystack for word in self._words)
