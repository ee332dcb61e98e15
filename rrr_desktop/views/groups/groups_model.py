"""The working groups as a Qt table model: name, stage, lead, members, next meeting (in
the officer's own time), open actions and what changed since our last look."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from rrr_desktop.messages import current_language
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.groups.shared import stage_text, status_text
from rrr_desktop.text import normalise, show_controls

if TYPE_CHECKING:
    from rrr_desktop.services.groups.shared import ActionStatus, Group, GroupStage

_Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#b00020")


def local_time_label(moment: datetime) -> str:
    """An instant in the officer's own time zone, in the app's language whatever the
    system's locale: "7 December 2026, 16:26", "7 grudnia 2026, godz. 16:26"."""
    return Labels(current_language()).moment(moment.astimezone())


def stage_label(stage: GroupStage) -> str:
    """A group's stage as a label reads: "Co-implementation", "En formación"."""
    return _first_up(stage_text(stage))


def status_label(status: ActionStatus) -> str:
    """An action's status as a label reads: "In progress", "Abierta"."""
    return _first_up(status_text(status))


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


class GroupTableModel(QAbstractTableModel):
    """One row per working group."""

    NAME, STAGE, LEAD, MEMBERS, NEXT, ACTIONS, NEW = range(7)
    COLUMN_COUNT = 7
    SortRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Group] = []
        self.now = datetime.now(UTC)
        self._roles: dict[int, Callable[[Group, int], object]] = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            self.SortRole: self._sort_key,
            self.IdRole: lambda group, _column: group.uuid,
            Qt.ItemDataRole.FontRole: self._font,
        }

    def set_groups(self, groups: list[Group], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(groups)
        self.now = now or datetime.now(UTC)
        self.endResetModel()

    def groups(self) -> list[Group]:
        return list(self._rows)

    def group_at(self, row: int) -> Group:
        return self._rows[row]

    def row_of(self, group_uuid: object) -> int:
        return next((i for i, g in enumerate(self._rows) if g.uuid == group_uuid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.NEXT: self.tr("The next meeting, in your time zone"),
                    self.NEW: self.tr("What changed since your last look at the group")
                    }.get(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Group"), self.tr("Stage"), self.tr("Lead"), self.tr("Members"),
                self.tr("Next meeting"), self.tr("Open actions"), self.tr("New"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in self._roles:
            return None
        return self._roles[role](self._rows[index.row()], index.column())

    def _display(self, group: Group, column: int) -> object:
        upcoming = group.next_meeting(self.now)
        values = {
            self.NAME: show_controls(group.name),
            self.STAGE: (self.tr("Withdrawn by its lead") if group.withdrawn_at
                         else stage_label(group.stage)),
            self.LEAD: show_controls(group.lead_city),
            self.MEMBERS: QLocale().toString(len(group.members)),
            self.NEXT: local_time_label(upcoming.starts_at) if upcoming else "",
            self.ACTIONS: self._actions_text(group),
            self.NEW: QLocale().toString(len(group.unseen_changes())) if group.unseen_changes()
            else "",
        }
        return values[column]

    def _actions_text(self, group: Group) -> str:
        count = len(group.open_actions())
        late = len(group.our_overdue(self.now.astimezone().date()))
        locale = QLocale()
        text = locale.toString(count) if count else ""
        return self.tr("{count} ({late} of ours overdue)").format(
            count=text, late=locale.toString(late)) if late else text

    def _tooltip(self, group: Group, column: int) -> object:
        if column == self.MEMBERS:
            return show_controls(", ".join(m.city for m in group.members))
        if column == self.NAME and group.purpose:
            return show_controls(group.purpose)
        return None

    def _sort_key(self, group: Group, column: int) -> object:
        upcoming = group.next_meeting(self.now)
        keys: dict[int, object] = {
            self.NAME: normalise(group.name),
            self.STAGE: list(type(group.stage)).index(group.stage),
            self.LEAD: normalise(group.lead_city),
            self.MEMBERS: len(group.members),
            self.NEXT: upcoming.starts_at.timestamp() if upcoming else float("inf"),
            self.ACTIONS: len(group.open_actions()),
            self.NEW: len(group.unseen_changes()),
        }
        return keys[column]

    def _font(self, group: Group, column: int) -> object:
        if column != self.NAME or not group.unseen_changes():
            return None
        font = QFont()
        font.setBold(True)
        return font


def group_proxy(model: GroupTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """The list as the page shows it: sorted by the model's keys, filtered on any text."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(GroupTableModel.SortRole)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy
