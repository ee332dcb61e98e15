"""Optional dates: an unset date opens at today and takes a date typed the locale's way."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.views.common.form_fields import OptionalDateEdit


@pytest.fixture
def field(qtbot: QtBot) -> OptionalDateEdit:
    edit = OptionalDateEdit("Next contact")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


@pytest.mark.parametrize("language", ["en_GB", "en_US", "es_ES", "pl_PL", "nl_NL"])
def test_a_date_typed_in_the_locale_format_is_taken(qtbot: QtBot, language: str) -> None:
    QLocale.setDefault(QLocale(language))
    try:
        edit = OptionalDateEdit("Review due")
    finally:
        QLocale.setDefault(QLocale.c())
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    typed = QLocale(language).toString(date(2027, 1, 15), edit.displayFormat())
    qtbot.keyClicks(edit, typed)
    assert edit.day() == date(2027, 1, 15)
    assert "not set" not in edit.text()


def test_an_unset_date_opens_its_calendar_at_today(field: OptionalDateEdit,
                                                   qtbot: QtBot) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton,
                     pos=QPoint(field.width() - 6, field.height() // 2))  # the arrow
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert field.day() is None  # opening the calendar chooses nothing


def test_a_set_date_is_kept_when_typing_starts(field: OptionalDateEdit, qtbot: QtBot) -> None:
    field.set_day(date(2025, 3, 9))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.day() is not None and field.day() != date(2025, 3, 9)
