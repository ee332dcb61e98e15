"""One working group: who leads it and where it stands, its members with what each
offers and wants in the theme, a timeline of meetings, decisions and actions (times in
the officer's own zone), our overdue actions, and what changed since our last look.

The view only shows and asks: buttons emit ``...Requested`` signals that the page acts
on; what the officer may change follows the ownership rules (``Group.editable``,
``Group.action_editable``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import long_date_label
from rrr_desktop.views.groups.groups_model import (
    LATE,
    local_time_label,
    stage_label,
    status_label,
)

if TYPE_CHECKING:
    from rrr_desktop.services.groups.shared import Action, Change, Group, Meeting, Source
    from rrr_desktop.services.groups.theme import MemberTheme

_Role = Qt.ItemDataRole.UserRole


class GroupDetailView(QWidget):
    editRequested = Signal()
    deleteRequested = Signal()
    meetingRequested = Signal(object)  # Meeting to edit, or None for a new one
    actionRequested = Signal(object)  # Action to edit, or None for a new one
    noteRequested = Signal()
    inviteRequested = Signal()
    calendarRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group: Group | None = None
        self.title = plain_label(point_delta=4, bold=True)
        self.facts = plain_label()
        self.purpose = plain_label()
        self.overdue = plain_label()
        self.overdue.setStyleSheet(f"color: {LATE.name()};")
        self.members = self._tree(self.tr("Members"), [self.tr("City"),
                                                        self.tr("Offers in the theme"),
                                                        self.tr("Wants to learn in the theme")])
        self.timeline = self._tree(self.tr("Timeline"), [
            self.tr("When (your time)"), self.tr("What"), self.tr("Who / status"),
            self.tr("Source")])
        self.timeline.itemDoubleClicked.connect(lambda item, _c: self._edit_item(item))
        self.timeline.currentItemChanged.connect(lambda *_: self._enable())
        self.changes = self._tree(self.tr("What changed since your last look"), [
            self.tr("When (your time)"), self.tr("What"), self.tr("Source")])
        self.buttons = {
            "edit": self._button(self.tr("&Edit group…"), self.editRequested.emit, self.tr(
                "Change the group's name, purpose, stage, themes, members and lead (the lead "
                "city's record)")),
            "meeting": self._button(self.tr("Plan a &meeting…"),
                                    lambda: self.meetingRequested.emit(None),
                                    self.tr("Plan a meeting at a local time in any time zone")),
            "action": self._button(self.tr("Add an &action…"),
                                   lambda: self.actionRequested.emit(None),
                                   self.tr("Add something a member city will do, by a date")),
            "open": self._button(self.tr("&Open selected…"),
                                 lambda: self._edit_item(self.timeline.currentItem()),
                                 self.tr("Open the meeting or action selected in the timeline")),
            "note": self._button(self.tr("Our &note…"), self.noteRequested.emit, self.tr(
                "Write our city's note on the group; it travels in our bundles")),
            "invite": self._button(self.tr("&Invite…"), self.inviteRequested.emit, self.tr(
                "Write an email draft to the member cities' contact offices with the next "
                "meeting as a calendar invitation")),
            "ics": self._button(self.tr("Save &calendar file…"), self.calendarRequested.emit,
                                self.tr("Save the group's meetings as an .ics file for any "
                                        "calendar")),
            "delete": self._button(self.tr("&Delete group…"), self.deleteRequested.emit,
                                   self.tr("Delete the group here; its lead city's next "
                                           "bundle withdraws it from the members")),
        }
        self.button_area = QWidget()
        row = QGridLayout(self.button_area)  # two rows: narrow enough in every language
        row.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate(self.buttons.values()):
            row.addWidget(button, number // 4, number % 4)
        row.setColumnStretch(4, 1)
        # One tab per table: each gets the page's whole width at the default window size.
        self.tabs = QTabWidget()
        self.tabs.addTab(self.timeline, self.tr("Meetings, decisions and actions"))
        self.tabs.addTab(self.members, self.tr("Members and what each brings"))
        self.tabs.addTab(self.changes, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.title, self.facts, self.purpose, self.overdue):
            layout.addWidget(label)
        layout.addWidget(self.button_area)
        layout.addWidget(self.tabs, 1)
        self.filler = QWidget()  # takes the tabs' room when there is no group: text on top
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        self.show_group(None)

    def _tree(self, name: str, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setWordWrap(True)
        return tree

    def _button(self, text: str, slot: object, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # --- showing ------------------------------------------------------------------------

    def show_group(self, group: Group | None, themes: tuple[MemberTheme, ...] = (),
                   now: datetime | None = None, *, no_groups: bool = False) -> None:
        """``group``, or none chosen; ``no_groups``: there is none to choose, so say how
        one comes."""
        self.group = group
        now = now or datetime.now(UTC)
        for tree in (self.members, self.timeline, self.changes):
            tree.clear()
        self.button_area.setVisible(not no_groups)
        self.tabs.setVisible(not no_groups)
        self.filler.setVisible(no_groups)
        self.tabs.setTabText(2, self.tr("What changed since your last look"))
        if group is None:
            self.title.setText(self.tr("No working groups yet") if no_groups
                               else self.tr("Choose a working group in the list."))
            self.facts.setText(self.tr(
                "A working group brings our city and peer cities together around a theme, "
                "with meetings, decisions and actions. To have one:\n"
                "• start one with New group… above;\n"
                "• or start one of the groups the matching proposes: Peer cities › Proposed "
                "groups;\n"
                "• or, if another city leads a group we are in, import its bundle "
                "(File › Import Bundle…).") if no_groups else "")
            for label in (self.purpose, self.overdue):
                label.setText("")
            self._enable()
            self._hide_empty_labels()
            return
        self.title.setText(show_controls(group.name))
        self.facts.setText(self._facts(group))
        self.purpose.setText(show_controls(group.purpose))
        late = group.our_overdue(now.astimezone().date())
        self.overdue.setText(self.tr("Overdue for our city: {actions}").format(
            actions="; ".join(show_controls(a.title) for a in late)) if late else "")
        for theme in themes:
            lead = self.tr(" (lead)") if theme.uuid == group.lead_uuid else ""
            QTreeWidgetItem(self.members, [show_controls(theme.city) + lead,
                                           "\n".join(theme.offers), "\n".join(theme.wants)])
        self._fill_timeline(group, now)
        unseen = group.unseen_changes()
        for change in unseen:
            QTreeWidgetItem(self.changes, [local_time_label(change.updated_at),
                                           self._change_text(change), self._source(change.source)])
        if unseen:
            self.tabs.setTabText(2, self.tr("What changed since your last look ({count})")
                                 .format(count=QLocale().toString(len(unseen))))
        for tree in (self.members, self.timeline, self.changes):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
        self._enable()
        self._hide_empty_labels()

    def _hide_empty_labels(self) -> None:
        for label in (self.facts, self.purpose, self.overdue):
            label.setVisible(bool(label.text()))

    def _facts(self, group: Group) -> str:
        parts = [self.tr("Stage: {stage}").format(stage=stage_label(group.stage)),
                 self.tr("Lead: {city}").format(city=show_controls(group.lead_city) or "—"),
                 self.tr("Themes: {topics}").format(topics=", ".join(group.topics) or "—")]
        if group.source is not None:
            parts.append(self.tr("From {source}").format(source=self._source(group.source)))
        if group.withdrawn_at is not None:
            parts.append(self.tr("Withdrawn by its lead on {day}").format(
                day=long_date_label(group.withdrawn_at)))
        elif not group.editable:
            parts.append(self.tr("Only {lead} changes the group and its meetings").format(
                lead=show_controls(group.lead_city)))
        return " · ".join(parts)

    def _fill_timeline(self, group: Group, now: datetime) -> None:
        entries: list[tuple[datetime, QTreeWidgetItem]] = []
        for meeting in group.meetings:
            item = QTreeWidgetItem([local_time_label(meeting.starts_at),
                                    self._meeting_text(meeting), "",
                                    self._source(meeting.source)])
            item.setData(0, _Role, meeting)
            entries.append((meeting.starts_at, item))
            for decision in meeting.decisions:
                child = QTreeWidgetItem(["", self.tr("Decided: {text}").format(
                    text=show_controls(decision)), "", ""])
                entries.append((meeting.starts_at, child))
        for action in group.actions:
            item = QTreeWidgetItem([long_date_label(action.due_on) if action.due_on else "",
                                    self.tr("Action: {title}").format(
                                        title=show_controls(action.title)),
                                    self._action_state(action), self._source(action.source)])
            item.setData(0, _Role, action)
            if action.overdue(now.astimezone().date()):
                for column in range(4):
                    item.setForeground(column, QBrush(LATE))
            moment = (datetime(action.due_on.year, action.due_on.month, action.due_on.day,
                               tzinfo=UTC) if action.due_on else action.updated_at)
            entries.append((moment, item))
        for _moment, item in sorted(entries, key=lambda entry: entry[0]):
            self.timeline.addTopLevelItem(item)

    def _meeting_text(self, meeting: Meeting) -> str:
        local = meeting.local_start()
        where = ", ".join(show_controls(p) for p in (meeting.place, meeting.link) if p)
        text = self.tr("Meeting ({time} in {zone})").format(time=f"{local:%H:%M}",
                                                            zone=meeting.time_zone)
        return f"{text}: {where}" if where else text

    def _action_state(self, action: Action) -> str:
        return f"{show_controls(action.owner)} · {status_label(action.status)}"

    def _change_text(self, change: Change) -> str:
        kinds = {"group": self.tr("Group"), "meeting": self.tr("Meeting"),
                 "action": self.tr("Action"), "note": self.tr("Note")}
        return f"{kinds[change.kind]}: {show_controls(change.title)}"

    def _source(self, source: Source | None) -> str:
        if source is None:
            return self.tr("entered here")
        return self.tr("{city}'s bundle {file}").format(city=show_controls(source.sender),
                                                        file=show_controls(source.file_name))

    # --- asking -------------------------------------------------------------------------

    def _edit_item(self, item: QTreeWidgetItem | None) -> None:
        value = item.data(0, _Role) if item is not None else None
        if value is None or self.group is None:
            return
        if hasattr(value, "decisions"):
            self.meetingRequested.emit(value)
        else:
            self.actionRequested.emit(value)

    def _enable(self) -> None:
        group = self.group
        member = group is not None and group.withdrawn_at is None and any(
            m.is_ours for m in group.members)
        editable = group is not None and group.editable
        self.buttons["edit"].setEnabled(editable)
        self.buttons["meeting"].setEnabled(editable)
        self.buttons["action"].setEnabled(member)
        self.buttons["note"].setEnabled(member)
        has_meetings = group is not None and bool(group.meetings)
        self.buttons["delete"].setEnabled(editable or (group is not None
                                                       and group.withdrawn_at is not None))
        self.buttons["invite"].setEnabled(has_meetings)
        self.buttons["ics"].setEnabled(has_meetings)
        item = self.timeline.currentItem()
        self.buttons["open"].setEnabled(item is not None and item.data(0, _Role) is not None)
