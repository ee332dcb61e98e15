"""The stakeholder register as a lazily fetched Qt table model.

Only the rows the view needs are read, a page at a time (``fetchMore``), so the
first rows of a 100,000-row register show at once. Filtering and sorting happen
in SQL (``services.stakeholder_list``), which is why there is no sort/filter
proxy here: a proxy can only sort the rows already fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from rrr_desktop.services.stakeholders.listing import (
    COLLABORATION_STAGES,
    STAKEHOLDER_KINDS,
    StakeholderFilter,
    StakeholderRow,
)
from rrr_desktop.text import show_controls
from rrr_desktop.views.common.labels import (
    collaboration_stage_label,
    date_label,
    stakeholder_kind_label,
)

_Index = QModelIndex | QPersistentModelIndex
PageSource = Callable[[StakeholderFilter, int, int], list[StakeholderRow]]
CountSource = Callable[[StakeholderFilter], int]
PAGE_SIZE = 200
OVERDUE = QColor("#b3261e")


class StakeholderTableModel(QAbstractTableModel):
    (NAME, KIND, STAGE, DISTRICT, OWNER, TAGS, LAST_CONTACT, FOLLOW_UP, INFLUENCE, INTEREST,
     SHAREABLE, RECORD) = range(12)
    COLUMN_COUNT = 12
    # Shown only when the officer picks them (header menu); the rest show by default.
    OPTIONAL_COLUMNS = (INFLUENCE, INTEREST, SHAREABLE, RECORD)
    SORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name", KIND: "kind", STAGE: "stage", DISTRICT: "district", OWNER: "owner",
        LAST_CONTACT: "last_contact", FOLLOW_UP: "next_follow_up", INFLUENCE: "influence",
        INTEREST: "interest",
    }
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, count: CountSource, page: PageSource,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = count
        self._page = page
        self._query = StakeholderFilter()
        self._rows: list[StakeholderRow] = []
        self._loaded = False  # nothing is read until the page first shows a result
        self.total = 0

    @property
    def query(self) -> StakeholderFilter:
        return self._query

    def set_query(self, query: StakeholderFilter) -> None:
        """Show the register as filtered and sorted by ``query``, from the top."""
        total = self._count(query)
        self.show_result(query, total, self._page(query, 0, PAGE_SIZE) if total else [])

    def show_result(self, query: StakeholderFilter, total: int,
                    first_page: list[StakeholderRow]) -> None:
        """Show rows read elsewhere (in the background) for ``query``."""
        self.beginResetModel()
        self._query = query
        self.total = total
        self._rows = list(first_page)
        self._loaded = True
        self.endResetModel()

    def row(self, row: int) -> StakeholderRow:
        return self._rows[row]

    def row_of(self, stakeholder_id: int) -> int | None:
        """The row showing ``stakeholder_id``, if it was fetched."""
        return next((n for n, row in enumerate(self._rows) if row.id == stakeholder_id), None)

    def fetch_to(self, row: int) -> None:
        """Fetch every row up to ``row`` in one read (to scroll to a far row at once)."""
        start = len(self._rows)
        if row < start or row >= self.total:
            return
        more = self._page(self._query, start, row - start + 1)
        if more:
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._page(self._query, start, PAGE_SIZE)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if self._loaded:
            self.set_query(query)
        else:
            self._query = query

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        # The title is its own tool tip: a column narrowed to fit cuts it ("Acompanha…").
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        titles = (self.tr("Name"), self.tr("Kind"), self.tr("Stage"), self.tr("District"),
                  self.tr("Owner"), self.tr("Tags"), self.tr("Last contact"),
                  self.tr("Follow-up"), self.tr("Influence"), self.tr("Interest"),
                  self.tr("Shareable"), self.tr("Record"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, role)
        if role == self.IdRole:
            return row.id
        if role == self.SortRole:
            return self._display(row, column).casefold()
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.FontRole):
            return self._look(row, column, role)
        return None

    def _text(self, row: StakeholderRow, column: int, role: int) -> str:
        shown = show_controls(self._display(row, column))
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return self.tr("{value} (archived)").format(value=shown)
        return shown

    def _look(self, row: StakeholderRow, column: int, role: int) -> object:
        """Overdue follow-ups in red; archived records greyed and in italics, so that
        with "Show archived" on they stand apart from the active ones."""
        if role == Qt.ItemDataRole.FontRole:
            if not row.archived:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.FOLLOW_UP and row.overdue:
                return QBrush(OVERDUE)
            return QBrush(QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)) if row.archived else None
        return Qt.AlignmentFlag.AlignCenter if column in (self.INFLUENCE, self.INTEREST) else None

    def typical_texts(self, column: int) -> tuple[str, ...]:
        """The longest texts ``column`` shows (every kind, every stage, a date marked
        overdue), so a column can start wide enough not to cut them; () for free text."""
        day = date_label(date(2026, 12, 28))
        texts = {
            self.KIND: (*(stakeholder_kind_label(kind) for kind in STAKEHOLDER_KINDS),
                        self.tr("Person")),
            self.STAGE: tuple(collaboration_stage_label(stage) for stage in COLLABORATION_STAGES),
            self.LAST_CONTACT: (day,),
            self.FOLLOW_UP: (day + " " + self.tr("(overdue)"),),
        }
        return texts.get(column, ())

    def _display(self, row: StakeholderRow, column: int) -> str:
        values = {
            self.NAME: row.name,
            self.KIND: self.tr("Person") if row.is_person else stakeholder_kind_label(row.kind),
            self.STAGE: collaboration_stage_label(row.stage),
            self.DISTRICT: row.district,
            self.OWNER: row.owner,
            self.TAGS: ", ".join(row.tags),
            self.LAST_CONTACT: (date_label(row.last_contact)
                                if row.last_contact else ""),
            self.FOLLOW_UP: (date_label(row.next_follow_up)
                             + (" " + self.tr("(overdue)") if row.overdue else "")
                             if row.next_follow_up else ""),
            self.INFLUENCE: "" if row.influence is None else str(row.influence),
            self.INTEREST: "" if row.interest is None else str(row.interest),
            self.SHAREABLE: self.tr("Yes") if row.shareable else self.tr("No"),
            self.RECORD: self.tr("Person") if row.is_person else self.tr("Organisation"),
        }
        return values.get(column, "")
