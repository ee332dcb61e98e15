"""Working groups page: the groups our city is in, across cities (list with stage and
next meeting; the chosen group's members, timeline and changes), edited through
dialogs. Every change is written in the background and is one Edit › Undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, Qt, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import ChangedElsewhere
from rrr_desktop.services.dto import Choice
from rrr_desktop.views.common.conflict_bar import ask_reload_or_keep_mine
from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.shared_settings import remember_folder
from rrr_desktop.views.common.tables import record_table
from rrr_desktop.views.common.undo import ChangeCommand
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.groups.group_view import GroupDetailView
from rrr_desktop.views.groups.groups_model import GroupTableModel, group_proxy

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from rrr_desktop.services.groups.group_image import GroupImage, RecordedGroupChange
    from rrr_desktop.services.groups.shared import Action, Group, Meeting
    from rrr_desktop.services.home import Home


class WorkingGroupsPage(Page):
    key = "groups"
    icon_name = "groups"

    def __init__(self, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.home: Home | None = None
        self.undo_stack = undo_stack
        self.cities: list[Choice] = []
        self.topics: list[Choice] = []
        self.dialog: QDialog | QMessageBox | None = None
        self.model = GroupTableModel(self)
        self.proxy = group_proxy(self.model, self)
        self.table = record_table(self.proxy, self.tr("Working groups"),
                                  QAbstractItemView.SelectionMode.SingleSelection)
        self.table.sortByColumn(GroupTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a group, city or stage"))
        self.search.setAccessibleName(self.tr("Find working groups"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("&New group…"))
        self.new_button.setToolTip(self.tr("Start a working group of our city and peer "
                                           "cities"))
        self.new_button.clicked.connect(lambda: self._ask_group(None))
        self.detail = GroupDetailView()
        self._connect_detail()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        column.addLayout(top)
        column.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 760])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    def title(self) -> str:
        return self.tr("Working groups")

    def focus_search(self) -> None:
        self.search.setFocus()

    def refresh(self, home: Home) -> None:
        self.home = home

        def work() -> tuple[list[Group], list[Choice], list[Choice]]:
            from rrr_desktop.services.groups.shared import theme_choices, working_groups
            from rrr_desktop.services.setup import directory

            labels = theme_choices(home.db)
            topics = sorted((Choice(code, label) for code, label in labels.items()),
                            key=lambda c: c.name.casefold())
            cities = [Choice(str(c.uuid), c.name) for c in directory.peer_cities(home.db)]
            return working_groups(home.db), cities, topics

        self.load(work, self._show)

    def _show(self, loaded: tuple[list[Group], list[Choice], list[Choice]]) -> None:
        groups, self.cities, self.topics = loaded
        chosen = self.detail.group.uuid if self.detail.group else None
        self.model.set_groups(groups)
        for column in range(GroupTableModel.COLUMN_COUNT):
            self.table.resizeColumnToContents(column)
        self.select_group(chosen or (groups[0].uuid if groups else None))

    def select_group(self, group_uuid: UUID | None) -> None:
        row = self.model.row_of(group_uuid)
        if row < 0:
            self.detail.show_group(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self._show_detail(self.model.group_at(row))

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            source = self.proxy.mapToSource(rows[0])
            self._show_detail(self.model.group_at(source.row()))

    def _show_detail(self, group: Group) -> None:
        home = self.home
        if home is None:
            return
        self.detail.show_group(group)

        def work() -> Any:
            from rrr_desktop.services.groups.theme import member_themes

            return member_themes(home.db, group)

        def show(themes: Any) -> None:
            if self.detail.group is not None and self.detail.group.uuid == group.uuid:
                self.detail.show_group(group, themes)

        run_in_background(self, work, show, self._failed)
        if self.isVisible():
            self._looked_at(group)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.detail.group is not None:
            self._looked_at(self.detail.group)

    def _looked_at(self, group: Group) -> None:
        """The officer sees the group now: what changes later shows as new next time (the
        changes shown now stay until the group is shown again)."""
        home = self.home
        if home is None:
            return

        def work() -> None:
            from rrr_desktop.services.groups.editing import mark_looked_at

            mark_looked_at(home.db, group.uuid)

        run_in_background(self, work, lambda _none: None, self._failed)

    # --- asking -------------------------------------------------------------------------

    def _connect_detail(self) -> None:
        detail = self.detail
        detail.editRequested.connect(lambda: self._ask_group(detail.group))
        detail.meetingRequested.connect(self._ask_meeting)
        detail.actionRequested.connect(self._ask_action)
        detail.noteRequested.connect(self._ask_note)
        detail.inviteRequested.connect(lambda: self._save_file("invite"))
        detail.calendarRequested.connect(lambda: self._save_file("ics"))

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()

    # The dialogs' module loads when one is opened: the page fills at start-up.
    def _ask_group(self, group: Group | None) -> None:
        from rrr_desktop.views.groups.group_dialogs import GroupDialog

        dialog = GroupDialog(self.topics, self.cities, group, self)

        def write() -> None:
            values = dialog.values()
            if group is None:
                self._write(None, self.tr("New Working Group"),
                            lambda s: s.editing.create_group(
                                s.db, values.name, values.topic_ids, values.members,
                                lead=values.lead or None, purpose=values.purpose))
            else:
                self._write_based(group.uuid, self.tr("Edit Working Group"),
                                  lambda s, based_on: s.editing.edit_group(
                                      s.db, group.uuid, name=values.name,
                                      purpose=values.purpose, stage=values.stage,
                                      topic_ids=values.topic_ids, based_on=based_on),
                                  group.revision)
        self._open(dialog, write)

    def _ask_meeting(self, meeting: Meeting | None) -> None:
        group = self.detail.group
        if group is None:
            return
        from rrr_desktop.views.groups.group_dialogs import MeetingDialog

        dialog = MeetingDialog(meeting, bytes(QTimeZone.systemTimeZoneId().data()).decode(),
                               self)

        def write() -> None:
            v = dialog.values()

            def change(s: Any, based_on: int | None) -> None:
                uuid = meeting.uuid if meeting else s.meetings.plan_meeting(
                    s.db, group.uuid, v.local, v.time_zone, duration_minutes=v.duration_minutes,
                    place=v.place, link=v.link, agenda=v.agenda)
                s.meetings.change_meeting(
                    s.db, uuid, local=v.local, time_zone=v.time_zone,
                    duration_minutes=v.duration_minutes, place=v.place, link=v.link,
                    agenda=v.agenda, minutes=v.minutes, decisions=v.decisions,
                    based_on=based_on)
            self._write_based(group.uuid, self.tr("Edit Meeting") if meeting
                              else self.tr("Plan Meeting"), change,
                              meeting.revision if meeting else None)
        self._open(dialog, write)

    def _ask_action(self, action: Action | None) -> None:
        group = self.detail.group
        if group is None:
            return
        from rrr_desktop.views.groups.group_dialogs import ActionDialog, member_choices

        dialog = ActionDialog(member_choices(group), action, self)

        def write() -> None:
            v = dialog.values()

            def change(s: Any, based_on: int | None) -> None:
                if action is None:
                    uuid = s.actions.add_action(s.db, group.uuid, v.title, v.owner,
                                                due_on=v.due_on, notes=v.notes)
                    if v.status.value != "open":
                        s.actions.change_action(s.db, uuid, status=v.status)
                else:
                    s.actions.change_action(s.db, action.uuid, status=v.status, title=v.title,
                                            due_on=v.due_on, clear_due=v.due_on is None,
                                            notes=v.notes, based_on=based_on)
            self._write_based(group.uuid, self.tr("Edit Action") if action
                              else self.tr("Add Action"), change,
                              action.revision if action else None)
        self._open(dialog, write)

    def _ask_note(self) -> None:
        group = self.detail.group
        if group is None:
            return
        ours = next((n.text for n in group.member_notes if n.city_uuid == group.our_uuid), "")
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Our Note on the Group"))
        dialog.setLabelText(self.tr("What our city wants the other members to know:"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(ours)
        self._open(dialog, lambda: self._write(
            group.uuid, self.tr("Edit Our Note"),
            lambda s: s.editing.set_our_note(s.db, group.uuid, dialog.textValue())))

    def _save_file(self, kind: str) -> None:
        group, home = self.detail.group, self.home
        if group is None or home is None:
            return
        invite = kind == "invite"
        name = "".join(c if c.isalnum() else "-" for c in group.name).strip("-") or "group"
        dialog = QFileDialog(self, self.tr("Save the invitation draft") if invite
                             else self.tr("Save the meetings as a calendar file"),
                             str(home.paths.home / f"{name}.{'eml' if invite else 'ics'}"),
                             self.tr("Email drafts (*.eml)") if invite
                             else self.tr("Calendar files (*.ics)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("eml" if invite else "ics")
        remember_folder(dialog, "groups", export=True)

        def write(chosen: str) -> None:
            def work() -> Path:
                from rrr_desktop.services.groups.calendar import write_ics
                from rrr_desktop.services.groups.invite import write_invitation

                return (write_invitation if invite else write_ics)(group, Path(chosen))

            run_in_background(self, work, lambda path: self._saved(path, invite), self._failed)

        dialog.fileSelected.connect(write)
        self.dialog = dialog
        dialog.open()

    def _saved(self, path: Path, invite: bool) -> None:
        text = (self.tr("The invitation draft is in {path}: open it in your mail program, "
                        "check the recipients and send it.") if invite
                else self.tr("The meetings are in {path}: open it with your calendar."))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Working groups"),
                          text.format(path=path), QMessageBox.StandardButton.Ok, self)
        self.dialog = box
        box.open()

    # --- writing ------------------------------------------------------------------------

    def _write_based(self, group: UUID, text: str, change: Callable[[Any, int | None], object],
                     based_on: int | None) -> None:
        """A change from a dialog that showed revision ``based_on`` of its record
        (``change(services, based_on)``): over a colleague's newer change, the officer
        chooses Reload (their version is shown) or Keep Mine (saved over theirs)."""
        def reload() -> None:
            if self.home is not None:
                self.refresh(self.home)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ChangedElsewhere):
                self._failed(error)
                return
            self.dialog = ask_reload_or_keep_mine(
                self, error, self.tr("Working groups"), reload,
                lambda revision: self._write_based(group, text, change, revision))

        self._write(group, text, lambda s: change(s, based_on), failed)

    def _write(self, group: UUID | None, text: str, change: Callable[[Any], object],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Change ``group`` (None: a new one) in the background with ``change(services)``,
        then show the groups again; Edit › Undo takes the change back. A refusal is
        shown (or handed to ``failed``)."""
        home = self.home
        if home is None:
            return

        def work() -> RecordedGroupChange[object]:
            from rrr_desktop.services.groups.group_image import recorded_group_change

            return recorded_group_change(home.db, group, lambda: change(_Services(home)))

        def done(recorded: RecordedGroupChange[object]) -> None:
            self.refresh(home)
            if group is None and isinstance(recorded.result, UUID):
                self.detail.group = None
                self._after_refresh(recorded.result)
            if self.undo_stack is not None:
                self.undo_stack.push(ChangeCommand(
                    text, lambda: self._restore(home, recorded.before),
                    lambda: self._restore(home, recorded.after)))

        run_in_background(self, work, done, failed or self._failed)

    def _after_refresh(self, group_uuid: UUID) -> None:
        """Select ``group_uuid`` once the list shows it (after the refresh under way)."""
        def select() -> None:
            self.filled.disconnect(select)
            self.select_group(group_uuid)
        self.filled.connect(select)

    def _restore(self, home: Home, image: GroupImage) -> bool:
        from rrr_desktop.errors import RejectedInput
        from rrr_desktop.services.groups.group_image import restore_group

        try:
            restore_group(home.db, image)
        except RejectedInput as error:
            self._failed(error)
            return False
        self.refresh(home)
        return True

    def _failed(self, error: BaseException) -> None:
        self.dialog = warn_of_failure(self, error, self.tr("Not changed"))


class _Services:
    """The group services and the database, handed to a change on the worker thread."""

    def __init__(self, home: Home) -> None:
        from rrr_desktop.services.groups import actions, editing, meetings

        self.db = home.db
        self.editing = editing
        self.meetings = meetings
        self.actions = actions
