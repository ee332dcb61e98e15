"""The dialog of a meeting, its time entered in a chosen IANA zone and shown beside the
officer's own time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from rrr_desktop.services.groups.editing import checked_purpose
from rrr_desktop.services.groups.meetings import checked_items, checked_link, instant
from rrr_desktop.services.groups.shared import Meeting
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.form_fields import DateEdit
from rrr_desktop.views.groups.form_dialog import FormDialog


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


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
