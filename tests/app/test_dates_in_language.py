"""Dates in the window follow the language chosen in Preferences, with the year in full,
and are typed the way they are shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from pytestqt.qtbot import QtBot

from rrr_desktop.messages import set_language
from rrr_desktop.views.common.form_fields import DateEdit
from rrr_desktop.views.common.labels import date_label, long_date_label, moment_label
from rrr_desktop.views.common.translations import chosen_locale
from rrr_desktop.views.groups.meeting_dialog import MeetingDialog


@pytest.fixture
def language() -> Iterator[None]:
    """Restores the default locale a test changes with ``chosen_locale``."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("chosen", "shown"), [("es", "21/12/2026 16:00"),
                                                ("pl", "21.12.2026 16:00"),
                                                ("it", "21/12/2026 16:00")])
def test_the_meeting_dialog_writes_its_time_in_the_chosen_language(
        qtbot: QtBot, language: None, chosen: str, shown: str) -> None:
    chosen_locale(chosen)
    dialog = MeetingDialog(default_zone="Europe/Madrid")
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 21), QTime(16, 0)))
    assert dialog.when.text() == shown


@pytest.mark.parametrize(("chosen", "typed", "expected"), [
    ("es", "7/1/2027 9:05", datetime(2027, 1, 7, 9, 5)),
    ("it", "07/01/2027 09:05", datetime(2027, 1, 7, 9, 5)),
    ("pl", "21.12.2026 16:00", datetime(2026, 12, 21, 16, 0)),
    ("nl", "3-2-2027 8:30", datetime(2027, 2, 3, 8, 30)),
])
def test_a_date_and_time_typed_as_written_is_taken(
        qtbot: QtBot, language: None, chosen: str, typed: str, expected: datetime) -> None:
    chosen_locale(chosen)
    edit = DateEdit(with_time=True)
    qtbot.addWidget(edit)
    edit.setDateTime(QDateTime(QDate(2026, 1, 1), QTime(10, 0)))
    edit.show()
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))  # the officer clicks on the day
    qtbot.keyClicks(edit, typed)
    assert edit.dateTime().toPython() == expected


def test_the_interaction_date_has_its_year_in_full(qtbot: QtBot, language: None) -> None:
    chosen_locale("it")
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 12, 7))
    assert edit.text() == "07/12/2026"


def test_texts_write_dates_in_the_language(language: None) -> None:
    chosen_locale("pl")
    set_language("pl")
    assert date_label(date(2026, 12, 21)) == "21.12.2026"
    assert long_date_label(date(2026, 12, 7)) == "7 grudnia 2026"
    noon = datetime(2026, 12, 21, 12, 0, tzinfo=UTC).astimezone()
    assert moment_label(noon) == f"21.12.2026 {noon:%H:%M}"
    chosen_locale("es")
    set_language("es")
    assert long_date_label(date(2026, 12, 7)) == "7 de diciembre de 2026"
