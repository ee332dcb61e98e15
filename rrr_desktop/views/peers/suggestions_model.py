"""The ranked peer suggestions as a Qt table model.

Rows come ranked from the engine (pinned first, then by score, then the peers with
nothing in common yet, score 0); the rank column keeps that order when the list is
sorted by it. Hidden peers appear only when the officer asks to see them, marked as
hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from rrr_desktop.services.peers.reasons import nothing_in_common, short_reason, stance_sentence
from rrr_desktop.services.peers.reasons import reason_sentence as reason_text
from rrr_desktop.text import normalise, show_controls
from rrr_desktop.views.common.labels import points_label

if TYPE_CHECKING:
    from rrr_desktop.services.peers.matching import Suggestion

_Index = QModelIndex | QPersistentModelIndex


class SuggestionTableModel(QAbstractTableModel):
    """One row per suggested peer: rank, city, score, why, and whether pinned or hidden."""

    RANK, CITY, SCORE, WHY, STATUS = range(5)
    COLUMN_COUNT = 5
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []
        self._hidden: frozenset[UUID] = frozenset()
        self._stale: dict[UUID, timedelta] = {}
        self.ours_has_topics = True
        self._roles: dict[int, Callable[[int, int], object]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            self.SortRole: self._sort_key,
            self.IdRole: self._id,
            Qt.ItemDataRole.TextAlignmentRole: self._alignment,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.DecorationRole: self._decoration,
        }

    def set_suggestions(self, suggestions: list[Suggestion], hidden: frozenset[UUID],
                        ours_has_topics: bool = True,
                        stale: dict[UUID, timedelta] | None = None) -> None:
        """``ours_has_topics`` chooses what rows without a reason say (see
        :func:`nothing_in_common`); ``stale`` are the peers whose data is old, and how old
        (their city is flagged ⚠)."""
        self.beginResetModel()
        self._rows = list(suggestions)
        self._stale = stale or {}
        self._hidden = hidden
        self.ours_has_topics = ours_has_topics
        self.endResetModel()

    def ranked_count(self) -> int:
        """How many rows have something in common with our city."""
        return sum(1 for s in self._rows if s.reasons)

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def is_hidden(self, row: int) -> bool:
        return self._rows[row].uuid in self._hidden

    def row_of(self, city_uuid: UUID) -> int | None:
        return next((row for row, s in enumerate(self._rows) if s.uuid == city_uuid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("#"), self.tr("City"), self.tr("Score"), self.tr("Why"),
                  self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        handler = self._roles.get(role)
        return handler(index.row(), index.column()) if handler and index.isValid() else None

    def is_stale(self, row: int) -> bool:
        return self._rows[row].uuid in self._stale

    def _decoration(self, row: int, column: int) -> QIcon | None:
        """A warning sign before the name of a city whose data is old."""
        if column != self.CITY or not self.is_stale(row):
            return None
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _tooltip(self, row: int, column: int) -> str | None:
        age = self._stale.get(self._rows[row].uuid)
        if column == self.CITY and age is not None:
            return self.tr("⚠ This city's data is %Ln months old: ask the city for a new "
                           "bundle before relying on it.", "", int(age.days / 30.44))
        suggestion = self._rows[row]
        stance = [stance_sentence(suggestion.on_topic)] if suggestion.on_topic else []
        return "\n".join([*stance, *(reason_text(r) for r in suggestion.reasons)]) or None

    def _id(self, row: int, _column: int) -> str:
        return str(self._rows[row].uuid)

    def _alignment(self, _row: int, column: int) -> int | None:
        if column in (self.RANK, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _font(self, row: int, column: int) -> QFont | None:
        if column != self.CITY or not self._rows[row].pinned:
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _foreground(self, row: int, _column: int) -> QColor | None:
        if not self.is_hidden(row):
            return None
        return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def _display(self, row: int, column: int) -> str:
        suggestion = self._rows[row]
        if column == self.RANK:
            return str(row + 1)
        if column == self.CITY:
            return show_controls(suggestion.city)
        if column == self.SCORE:
            return points_label(suggestion.score)
        if column == self.WHY:
            stance = [stance_sentence(suggestion.on_topic)] if suggestion.on_topic else []
            return ("; ".join([*stance, *(short_reason(r) for r in suggestion.reasons[:2])])
                    or nothing_in_common(self.ours_has_topics))
        if self.is_hidden(row):
            return self.tr("Hidden")
        return self.tr("Pinned") if suggestion.pinned else ""

    def _sort_key(self, row: int, column: int) -> object:
        if column == self.RANK:
            return row
        if column == self.SCORE:
            return self._rows[row].score
        return normalise(self._display(row, column))


class SuggestionFilterProxy(QSortFilterProxyModel):
    """Keeps the peers whose name contains every typed word, ignoring case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SuggestionTableModel.SortRole)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = normalise(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, SuggestionTableModel.CITY, source_parent)
        name = normalise(str(index.data()))
        return all(word in name for word in self._words)
