"""Working groups page: the groups our city is in, across cities (list with stage and
next meeting; the chosen group's members, timeline and changes), started, edited and
deleted through dialogs, here only (the Peer cities page proposes groups and asks this
page to start one). Every change is written in the background and is one Edit › Undo
step; ``groupsChanged`` tells the window after each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, Qt, QTimeZone, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.dto import Choice
from rrr_desktop.views.common.elided_cells import show_full_text_of_cut_cells
from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.tables import record_table
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.common.writes import write_in_background
from rrr_desktop.views.groups.group_view import GroupDetailView
from rrr_desktop.views.groups.group_writes import GroupWrites
from rrr_desktop.views.groups.groups_model import GroupTableModel, group_proxy

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from rrr_desktop.services.groups.proposals import GroupProposal
    from rrr_desktop.services.groups.shared import Action, Group, Meeting
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.groups.group_dialog import GroupValues


class WorkingGroupsPage(Page):
    key = "groups"
    icon_name = "groups"

    groupsChanged = Signal()  # a group was started, changed, deleted, or that undone
    changeShown = Signal()  # a group was started here, or Undo changed one: show this page

    def __init__(self, parent: QWidget | None = None, *,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self.home: Home | None = None
        self.undo_stack = undo_stack
        self.cities: list[Choice] = []
        self.topics: list[Choice] = []
        self.ours: Choice | None = None  # our city: its UUID as text, its name
        self._loaded = False
        self._proposal_waiting: GroupProposal | None = None  # started before the page filled
        self.dialog: QDialog | QMessageBox | None = None
        self.writes = GroupWrites(self, lambda: self.home, self._reload, undo_stack)
        self.writes.written.connect(self._written)
        self.writes.restored.connect(self._restored)
        self.writes.dialogShown.connect(lambda dialog: setattr(self, "dialog", dialog))
        self.writes.failed.connect(self._failed)
        self.model = GroupTableModel(self)
        self.proxy = group_proxy(self.model, self)
        self.table = record_table(self.proxy, self.tr("Working groups"),
                                  QAbstractItemView.SelectionMode.SingleSelection)
        self.table.sortByColumn(GroupTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(GroupTableModel.NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        show_full_text_of_cut_cells(self.table)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a group, city or stage"))
        self.search.setAccessibleName(self.tr("Find working groups"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("&New group…"))
        self.new_button.setToolTip(self.tr("Start a working group of our city and peer "
                                           "cities"))
        self.new_button.clicked.connect(lambda: self._ask_group(None, None))
        self.detail = GroupDetailView()
        self._connect_detail()
        above = QWidget()
        column = QVBoxLayout(above)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        column.addLayout(top)
        column.addWidget(self.table)
        # The list above the group: both get the page's whole width (the list's columns
        # and the group's tables fit at the default window size).
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(above)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 480])
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    def title(self) -> str:
        return self.tr("Working groups")

    def focus_search(self) -> None:
        self.search.setFocus()

    def refresh(self, home: Home) -> None:
        self.home = home

        def work() -> _Loaded:
            from rrr_desktop.services.groups.shared import theme_choices, working_groups
            from rrr_desktop.services.setup import directory

            labels = theme_choices(home.db)
            topics = sorted((Choice(code, label) for code, label in labels.items()),
                            key=lambda c: c.name.casefold())
            cities = [Choice(str(c.uuid), c.name) for c in directory.peer_cities(home.db)]
            ours = directory.our_city(home.db)
            return (working_groups(home.db), cities, topics,
                    Choice(str(ours.uuid), ours.name) if ours else None)

        self.load(work, self._show)

    def _show(self, loaded: _Loaded) -> None:
        groups, self.cities, self.topics, self.ours = loaded
        self._loaded = True
        chosen = self.detail.group.uuid if self.detail.group else None
        self.model.set_groups(groups)
        for column in range(1, GroupTableModel.COLUMN_COUNT):  # the name takes the rest
            self.table.resizeColumnToContents(column)
        self.select_group(chosen if self.model.row_of(chosen) >= 0
                          else groups[0].uuid if groups else None)
        if self._proposal_waiting is not None:
            proposal, self._proposal_waiting = self._proposal_waiting, None
            self.start_group(proposal)

    def select_group(self, group_uuid: UUID | None) -> None:
        row = self.model.row_of(group_uuid)
        if row < 0:
            self.detail.show_group(None, no_groups=self.model.rowCount() == 0)
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

        write_in_background(self, work, lambda _none: None, self._failed)

    # --- asking -------------------------------------------------------------------------

    def _connect_detail(self) -> None:
        detail = self.detail
        detail.editRequested.connect(lambda: self._ask_group(detail.group, None))
        detail.deleteRequested.connect(self._ask_delete)
        detail.meetingRequested.connect(self._ask_meeting)
        detail.actionRequested.connect(self._ask_action)
        detail.noteRequested.connect(self._ask_note)
        detail.inviteRequested.connect(lambda: self._save_file(invite=True))
        detail.calendarRequested.connect(lambda: self._save_file(invite=False))

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        dialog.accepted.connect(accepted)
        self.dialog = dialog
        dialog.open()

    def start_group(self, proposal: GroupProposal) -> None:
        """Start a group from a proposal of the matching: the group dialog opens with its
        themes, members and lead; once made, this page shows it, selected."""
        if not self._loaded:  # asked from Peer cities before this page ever filled
            self._proposal_waiting = proposal
            return
        from rrr_desktop.services.groups.shared import GroupStage
        from rrr_desktop.services.peers.reasons import member_sentence
        from rrr_desktop.views.groups.group_dialog import GroupValues

        ours = self.ours.code if self.ours else ""
        others = [m for m in proposal.members if str(m.uuid) != ours]
        start = GroupValues(" + ".join(proposal.topics), "", GroupStage.FORMING, proposal.topic_ids,
                            tuple(str(m.uuid) for m in others),
                            "" if str(proposal.lead) == ours else str(proposal.lead))
        reasons = {str(m.uuid): "; ".join(member_sentence(r) for r in m.reasons)
                   for m in others}
        self._ask_group(None, start, reasons)

    # The dialogs' module loads when one is opened: the page fills at start-up.
    def _ask_group(self, group: Group | None, start: GroupValues | None,
                   reasons: dict[str, str] | None = None) -> None:
        from rrr_desktop.views.groups.group_dialog import GroupDialog, group_values

        taken = [g.name for g in self.model.groups() if group is None or g.uuid != group.uuid]
        dialog = GroupDialog(self.topics, self.cities,
                             group_values(group) if group is not None else start, self,
                             editing=group is not None, taken=taken,
                             ours=self.ours.name if self.ours else "")

        def write() -> None:
            v = dialog.values()
            if group is None:
                self.writes.write(None, self.tr("New Working Group"),
                            lambda s: s.editing.create_group(
                                s.db, v.name, v.topic_ids, v.members, lead=v.lead or None,
                                purpose=v.purpose, reasons=reasons), dialog)
            else:
                lead = v.lead or str(group.our_uuid or "")
                self.writes.write_based(group.uuid, self.tr("Edit Working Group"),
                                  lambda s, based_on: s.editing.edit_group(
                                      s.db, group.uuid, name=v.name, purpose=v.purpose,
                                      stage=v.stage, topic_ids=v.topic_ids,
                                      members=v.members, lead=lead or None,
                                      based_on=based_on),
                                  group.revision, dialog)
        self._open(dialog, write)

    def _ask_delete(self) -> None:
        group = self.detail.group
        if group is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Working Group"), self.tr(
            "Delete the working group “{name}” with its meetings, actions and notes? The "
            "cities stay. Edit › Undo brings the group back.").format(name=group.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Delete Group"))
        self._open(box, lambda: self.writes.write(group.uuid, self.tr("Delete Working Group"),
                                            lambda s: s.editing.delete_group(s.db, group.uuid)))

    def _ask_meeting(self, meeting: Meeting | None) -> None:
        group = self.detail.group
        if group is None:
            return
        from rrr_desktop.views.groups.meeting_dialog import MeetingDialog

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
            self.writes.write_based(group.uuid, self.tr("Edit Meeting") if meeting
                              else self.tr("Plan Meeting"), change,
                              meeting.revision if meeting else None, dialog)
        self._open(dialog, write)

    def _ask_action(self, action: Action | None) -> None:
        group = self.detail.group
        if group is None:
            return
        from rrr_desktop.views.groups.action_dialog import ActionDialog, member_choices

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
            self.writes.write_based(group.uuid, self.tr("Edit Action") if action
                              else self.tr("Add Action"), change,
                              action.revision if action else None, dialog)
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
        save_on_key(dialog)
        self._open(dialog, lambda: self.writes.write(
            group.uuid, self.tr("Edit Our Note"),
            lambda s: s.editing.set_our_note(s.db, group.uuid, dialog.textValue()), dialog))

    def _save_file(self, invite: bool) -> None:
        group, home = self.detail.group, self.home
        if group is not None and home is not None:
            from rrr_desktop.views.groups.group_files import GroupFileDialog

            self.dialog = GroupFileDialog(group, home.paths.home, invite, self)
            self.dialog.failed.connect(self._failed)
            self.dialog.open()

    def _reload(self) -> None:
        if self.home is not None:
            self.refresh(self.home)

    def _written(self, select: object, started: bool) -> None:
        """A change is in the database: the groups again (a new one selected, and this
        page shown)."""
        if self.home is not None:
            self._changed(self.home, select)
        if started:
            self.changeShown.emit()

    def _restored(self, select: object) -> None:
        """Edit › Undo or Redo changed a group: shown, on this page."""
        self._written(select, True)

    def _changed(self, home: Home, select: object = None) -> None:
        """Show the groups again, ``select`` (a new group's UUID) chosen; the window tells
        the other pages."""
        self.refresh(home)
        if isinstance(select, UUID):
            self.detail.group = None
            self._after_refresh(select)
        self.groupsChanged.emit()

    def _after_refresh(self, group_uuid: UUID) -> None:
        """Select ``group_uuid`` once the list shows it (after the refresh under way)."""
        def select() -> None:
            self.filled.disconnect(select)
            self.select_group(group_uuid)
        self.filled.connect(select)

    def _failed(self, error: BaseException) -> None:
        self.dialog = warn_of_failure(self, error, self.tr("Not changed"))


_Loaded = tuple[list["Group"], list[Choice], list[Choice], Choice | None]
