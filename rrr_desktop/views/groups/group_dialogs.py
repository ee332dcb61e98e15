"""The dialogs that edit a working group: the group itself, a meeting, an action.

Each dialog only asks: it checks the officer's entries with the services' own rules
before it closes (the problem said inside it, the field at fault focused), then
reports them through ``accepted`` with its ``values()``; the page writes them in the
background (so every change is an undo step there) and, if the write is refused, opens
the same dialog again with the entries and the reason (``show_refusal``). Times are
entered in a chosen IANA zone, shown beside the officer's own time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.groups.actions import checked_title
from rrr_desktop.services.groups.editing import (
    checked_member_count,
    checked_name,
    checked_purpose,
)
from rrr_desktop.services.groups.meetings import checked_items, checked_link, instant
from rrr_desktop.services.groups.shared import (
    Action,
    ActionStatus,
    Group,
    GroupStage,
    Meeting,
)
from rrr_desktop.text import normalise, show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.discard_question import GuardedDialog
from rrr_desktop.views.common.form_fields import DateEdit, OptionalDateEdit
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.groups.groups_model import LATE, stage_label, status_label

_Role = Qt.ItemDataRole.UserRole


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class FormDialog(GuardedDialog):
    """A form that says what is wrong inside itself and stays open until it is right."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = plain_label()
        self.problem.setStyleSheet(f"color: {LATE.name()};")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.fields: dict[str, QWidget] = {}  # a refusal's field -> the widget at fault
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_on_key(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def values(self) -> object:
        """The entries, as the page writes them (each form has its own)."""
        raise NotImplementedError

    def entries(self) -> object:
        return self.values()

    def opening_entries(self) -> object:
        # Entries given back after a refused write are the officer's own: never
        # "unchanged", so closing asks before losing them.
        return self.values() if self.problem.isHidden() else object()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.problem.isHidden() and (first := self.first_field()) is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes into the form

    def check(self) -> None:
        """Raise the refusal the services would give the entries (nothing by default)."""

    def accept(self) -> None:
        try:
            self.check()
        except RejectedInput as refusal:
            self.show_refusal(refusal)
            return
        self.problem.hide()
        super().accept()

    def show_refusal(self, refusal: RejectedInput | None, text: str = "") -> None:
        """Say inside the dialog why its entries were not taken and focus the field at
        fault (``text`` when there is no refusal to show)."""
        self.problem.setText(str(refusal) if refusal is not None else text)
        self.problem.show()
        field = self.fields.get(refusal.field or "") if refusal is not None else None
        if (target := field or self.first_field()) is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


@dataclass(frozen=True)
class GroupValues:
    name: str
    purpose: str
    stage: GroupStage
    topic_ids: tuple[str, ...]
    members: tuple[str, ...]  # city UUIDs as text, for a new group
    lead: str


def group_values(group: Group) -> GroupValues:
    """What the group dialog starts from for an existing group."""
    return GroupValues(group.name, group.purpose, group.stage, group.topic_ids,
                       tuple(str(m.uuid) for m in group.members if not m.is_ours),
                       "" if group.we_lead or group.lead_uuid is None else str(group.lead_uuid))


class GroupDialog(FormDialog):
    """A group: a new one (``start``: the entries it starts from, as from a proposal) or
    an existing one (``editing``: its record, members and lead). ``taken``: the names
    of the other groups; ``ours``: our city's name."""

    def __init__(self, topics: list[Choice], cities: list[Choice],
                 start: GroupValues | None = None, parent: QWidget | None = None, *,
                 editing: bool = False, taken: Collection[str] = (), ours: str = "") -> None:
        super().__init__(self.tr("Edit Working Group") if editing
                         else self.tr("New Working Group") if start is None or not start.name
                         else self.tr("Start a Working Group"), parent)
        self.setMinimumWidth(640)
        self.taken = {normalise(name) for name in taken}
        self.ours = (self.tr("{city} (our city)").format(city=show_controls(ours)) if ours
                     else self.tr("Our city"))
        self.name = QLineEdit(start.name if start else "")
        self.name.setMaxLength(200)
        self.purpose = QPlainTextEdit(start.purpose if start else "")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(80)
        self.stage = QComboBox()
        for stage in GroupStage:
            self.stage.addItem(stage_label(stage), stage.value)
        self.stage.setCurrentIndex(self.stage.findData((start.stage if start
                                                        else GroupStage.FORMING).value))
        self.topics = self._checklist(topics, set(start.topic_ids) if start else set(),
                                      self.tr("Themes"))
        self.members = self._checklist(cities, set(start.members) if start else set(),
                                       self.tr("Member cities"))
        self.members.itemChanged.connect(lambda _item: self._fill_lead())
        self.lead = QComboBox()
        self.lead.setAccessibleName(self.tr("Lead city"))
        self._fill_lead(start.lead if start else "")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.form.addRow(self.tr("&Stage:"), self.stage)
        self.form.addRow(self.tr("&Themes:"), self.topics)
        self.form.addRow(self.tr("&Members (besides us):"), self.members)
        self.form.addRow(self.tr("&Lead:"), self.lead)
        self.form.addRow(plain_label(self.tr(
            "The lead city's bundles carry the group, its meetings and its decisions to the "
            "members; each member sends its own actions and note."), role="hint"))
        self.fields = {"name": self.name, "purpose": self.purpose, "members": self.members,
                       "lead": self.lead, "topics": self.topics}

    def _fill_lead(self, chosen: str | None = None) -> None:
        """The lead is our city or one of the ticked members."""
        keep = str(self.lead.currentData() or "") if chosen is None else chosen
        self.lead.clear()
        self.lead.addItem(self.ours, "")
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.lead.addItem(item.text(), item.data(_Role))
        self.lead.setCurrentIndex(max(self.lead.findData(keep), 0))

    def check(self) -> None:
        name = checked_name(self.name.text())
        if normalise(name) in self.taken:
            raise RejectedInput("workgroup.name_taken", field="name", name=name)
        checked_purpose(self.purpose.toPlainText())
        checked_member_count(1 + len(self._ticked(self.members)))

    def _checklist(self, choices: list[Choice], ticked: set[str], name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        listing.setMinimumHeight(110)
        for choice in choices:
            item = QListWidgetItem(show_controls(choice.name))
            item.setData(_Role, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.code in ticked
                               else Qt.CheckState.Unchecked)
            listing.addItem(item)
            if choice.code in ticked and listing.currentItem() is None:
                listing.setCurrentItem(item)  # shown first: the choice is in view
        return listing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for listing in (self.topics, self.members):
            if (current := listing.currentItem()) is not None:
                listing.scrollToItem(current, QListWidget.ScrollHint.PositionAtTop)

    @staticmethod
    def _ticked(listing: QListWidget) -> tuple[str, ...]:
        return tuple(str(listing.item(row).data(_Role)) for row in range(listing.count())
                     if listing.item(row).checkState() == Qt.CheckState.Checked)

    def values(self) -> GroupValues:
        return GroupValues(self.name.text(), self.purpose.toPlainText(),
                           GroupStage(self.stage.currentData()), self._ticked(self.topics),
                           self._ticked(self.members), str(self.lead.currentData() or ""))


@dataclass(frozen=True)
class MeetingValues:
    local: datetime  # naive, in ``time_zone``
    time_zone: str
    duration_minutes: int
    place: str
    link: str
    agenda: tuple[str, ...]
    minutes: str
    decisions: tuple[str, ...]


class MeetingDialog(FormDialog):
    """A meeting: its local time in a zone, where, agenda, minutes and decisions."""

    def __init__(self, meeting: Meeting | None = None, default_zone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting") if meeting else self.tr("Plan a Meeting"), parent)
        zone = meeting.time_zone if meeting else default_zone or "UTC"
        start = meeting.local_start() if meeting else None
        self.when = DateEdit(with_time=True)
        if start is not None:
            self.when.setDateTime(QDateTime(QDate(start.year, start.month, start.day),
                                            QTime(start.hour, start.minute)))
        else:
            self.when.setDateTime(QDateTime(QDate.currentDate().addDays(14), QTime(16, 0)))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName(self.tr("Time zone"))
        zones = sorted(z for z in available_timezones() if "/" in z or z == "UTC")
        self.zone.addItems(zones)
        self.zone.setCurrentText(zone)
        completer = QCompleter(zones, self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.duration = QSpinBox()
        self.duration.setRange(15, 720)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(meeting.duration_minutes if meeting else 90)
        self.place = QLineEdit(meeting.place if meeting else "")
        self.place.setMaxLength(500)
        self.link = QLineEdit(meeting.link if meeting else "")
        self.link.setPlaceholderText("https://")
        self.agenda = self._text("\n".join(meeting.agenda) if meeting else "")
        self.minutes = self._text(meeting.minutes if meeting else "")
        self.decisions = self._text("\n".join(meeting.decisions) if meeting else "")
        self.form.addRow(self.tr("&When (local time):"), self.when)
        self.form.addRow(self.tr("Time &zone:"), self.zone)
        self.zone_hint = plain_label("", role="hint")
        self.form.addRow("", self.zone_hint)
        self.zone.currentTextChanged.connect(self._show_zone)
        self.when.dateTimeChanged.connect(self._show_zone)
        self._show_zone()
        self.form.addRow(self.tr("&Length:"), self.duration)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("Online &link:"), self.link)
        self.form.addRow(self.tr("&Agenda (one item a line):"), self.agenda)
        self.form.addRow(self.tr("Min&utes:"), self.minutes)
        self.form.addRow(self.tr("&Decisions (one a line):"), self.decisions)
        self.form.addRow(plain_label(self.tr("Every member sees the meeting in their own time "
                                             "zone."), role="hint"))
        self.fields = {"at": self.when, "time_zone": self.zone, "duration": self.duration,
                       "place": self.place, "link": self.link, "agenda": self.agenda,
                       "purpose": self.minutes, "decisions": self.decisions}

    def _show_zone(self) -> None:
        """The zone as the officer's language names it, and the meeting's time on this
        computer's clock: the ids ("America/Sao_Paulo") say little to most."""
        zone = QTimeZone(self.zone.currentText().strip().encode())
        if not zone.isValid():
            self.zone_hint.setText(self.tr("Choose a time zone from the list."))
            return
        chosen = self.when.dateTime()
        start = QDateTime(chosen.date(), chosen.time(), zone)
        name = zone.displayName(start, QTimeZone.NameType.LongName, QLocale())
        here = start.toLocalTime()
        self.zone_hint.setText(self.tr("{zone}; on this computer: {time}").format(
            zone=name, time=QLocale().toString(here.time(), QLocale.FormatType.ShortFormat)))

    def check(self) -> None:
        v = self.values()
        instant(v.local, v.time_zone)
        checked_link(v.link)
        checked_items(v.agenda, "agenda")
        checked_purpose(v.minutes)
        checked_items(v.decisions, "decisions")

    @staticmethod
    def _text(text: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(text)
        editor.setTabChangesFocus(True)
        editor.setMaximumHeight(90)
        return editor

    def values(self) -> MeetingValues:
        chosen = self.when.dateTime()
        day, time = chosen.date(), chosen.time()
        return MeetingValues(
            datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()),
            self.zone.currentText().strip(), self.duration.value(), self.place.text(),
            self.link.text(), tuple(_lines(self.agenda.toPlainText())),
            self.minutes.toPlainText(), tuple(_lines(self.decisions.toPlainText())))


@dataclass(frozen=True)
class ActionValues:
    title: str
    owner: str  # city UUID as text
    due_on: date | None
    status: ActionStatus
    notes: str


class ActionDialog(FormDialog):
    """An action: what, by which member city, by when, how far it got."""

    def __init__(self, members: list[Choice], action: Action | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Action") if action else self.tr("New Action"), parent)
        self.title = QLineEdit(action.title if action else "")
        self.title.setMaxLength(300)
        self.owner = QComboBox()
        for member in members:
            self.owner.addItem(member.name, member.code)
        if action is not None:
            self.owner.setCurrentIndex(max(self.owner.findData(str(action.owner_uuid)), 0))
            self.owner.setEnabled(False)  # an action stays with its owner
        self.due = OptionalDateEdit(self.tr("Due date"))
        self.due.set_day(action.due_on if action else None)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData((action.status if action
                                                          else ActionStatus.OPEN).value))
        self.notes = QPlainTextEdit(action.notes if action else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.form.addRow(self.tr("&What:"), self.title)
        self.form.addRow(self.tr("&Owner city:"), self.owner)
        self.form.addRow(self.tr("D&ue:"), self.due)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.fields = {"title": self.title, "owner": self.owner, "due": self.due,
                       "status": self.status, "purpose": self.notes}

    def check(self) -> None:
        checked_title(self.title.text())
        checked_purpose(self.notes.toPlainText())

    def values(self) -> ActionValues:
        return ActionValues(self.title.text(), str(self.owner.currentData() or ""),
                            self.due.day(), ActionStatus(self.status.currentData()),
                            self.notes.toPlainText())


def member_choices(group: Group) -> list[Choice]:
    """The member cities, ours first: a new action is ours unless the officer picks
    another (only the lead may give actions to other cities)."""
    members = sorted(group.members, key=lambda member: not member.is_ours)
    return [Choice(str(m.uuid), m.city) for m in members]
