"""The dialogs that edit a working group: the group itself, a meeting, an action.

Each dialog only asks: it reports the officer's choices through ``accepted`` with
its ``values()`` and the page writes them in the background (so every change is an
undo step there). Times are entered in a chosen IANA zone, shown beside the
officer's own time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
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

from rrr_desktop.services.dto import Choice
from rrr_desktop.services.groups.shared import (
    Action,
    ActionStatus,
    Group,
    GroupStage,
    Meeting,
    stage_text,
    status_text,
)
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.form_fields import OptionalDateEdit

_Role = Qt.ItemDataRole.UserRole


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Dialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class GroupValues:
    name: str
    purpose: str
    stage: GroupStage
    topic_ids: tuple[str, ...]
    members: tuple[str, ...]  # city UUIDs as text, for a new group
    lead: str


class GroupDialog(_Dialog):
    """A new group (members and lead chosen here) or the group's record."""

    def __init__(self, topics: list[Choice], cities: list[Choice], group: Group | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Working Group") if group else self.tr("New Working Group"),
                         parent)
        self.name = QLineEdit(group.name if group else "")
        self.name.setMaxLength(200)
        self.purpose = QPlainTextEdit(group.purpose if group else "")
        self.purpose.setTabChangesFocus(True)
        self.stage = QComboBox()
        for stage in GroupStage:
            self.stage.addItem(stage_text(stage), stage.value)
        self.stage.setCurrentIndex(self.stage.findData((group.stage if group
                                                        else GroupStage.FORMING).value))
        self.topics = self._checklist(topics, set(group.topic_ids) if group else set(),
                                      self.tr("Themes"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.form.addRow(self.tr("&Stage:"), self.stage)
        self.form.addRow(self.tr("&Themes:"), self.topics)
        self.members = self._checklist(cities, set(), self.tr("Member cities"))
        self.lead = QComboBox()
        self.lead.setAccessibleName(self.tr("Lead city"))
        self.lead.addItem(self.tr("Our city"), "")
        for city in cities:
            self.lead.addItem(city.name, city.code)
        if group is None:
            self.form.addRow(self.tr("&Members (besides us):"), self.members)
            self.form.addRow(self.tr("&Lead:"), self.lead)

    def _checklist(self, choices: list[Choice], ticked: set[str], name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        for choice in choices:
            item = QListWidgetItem(choice.name)
            item.setData(_Role, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.code in ticked
                               else Qt.CheckState.Unchecked)
            listing.addItem(item)
        return listing

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


class MeetingDialog(_Dialog):
    """A meeting: its local time in a zone, where, agenda, minutes and decisions."""

    def __init__(self, meeting: Meeting | None = None, default_zone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meeting") if meeting else self.tr("Plan a Meeting"), parent)
        zone = meeting.time_zone if meeting else default_zone or "UTC"
        start = meeting.local_start() if meeting else None
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
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
        self.link = QLineEdit(meeting.link if meeting else "")
        self.link.setPlaceholderText("https://")
        self.agenda = self._text("\n".join(meeting.agenda) if meeting else "")
        self.minutes = self._text(meeting.minutes if meeting else "")
        self.decisions = self._text("\n".join(meeting.decisions) if meeting else "")
        self.form.addRow(self.tr("&When (local time):"), self.when)
        self.form.addRow(self.tr("Time &zone:"), self.zone)
        self.form.addRow(self.tr("&Length:"), self.duration)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("Online &link:"), self.link)
        self.form.addRow(self.tr("&Agenda (one item a line):"), self.agenda)
        self.form.addRow(self.tr("Min&utes:"), self.minutes)
        self.form.addRow(self.tr("&Decisions (one a line):"), self.decisions)
        self.form.addRow(plain_label(self.tr("Every member sees the meeting in their own time "
                                             "zone."), role="hint"))

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


class ActionDialog(_Dialog):
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
            self.status.addItem(status_text(status), status.value)
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

    def values(self) -> ActionValues:
        return ActionValues(self.title.text(), str(self.owner.currentData() or ""),
                            self.due.day(), ActionStatus(self.status.currentData()),
                            self.notes.toPlainText())


def member_choices(group: Group) -> list[Choice]:
    return [Choice(str(m.uuid), m.city) for m in group.members]
