"""Small inputs the stakeholder forms share: optional dates, optional 1-5 scores, checklists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from rrr_desktop.views.common.labels import date_format, date_time_format

_NOT_SET = QDate(1900, 1, 1)


class DateEdit(QDateTimeEdit):
    """A date (``with_time``: and a time) written and typed the way the window's language
    writes them, with the year in full: "21/12/2026 16:00" in Spanish, "21.12.2026" in
    Polish (Qt's default keeps a two-digit year; a fixed format ignores the language).

    Typed like a written date: once Qt has moved on by itself to the next part (a day
    "7" cannot grow to two digits... or "21" is full), the separator the officer types
    next ("7/", "21.") does not skip another part.
    """

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        locale = self.locale()
        self.setDisplayFormat(date_time_format(locale) if with_time else date_format(locale))
        self.setCalendarPopup(True)
        self._moved_on_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text()
        if self._moved_on_by_itself and typed and not typed.isdigit() and typed.isprintable():
            self._moved_on_by_itself = False
            event.accept()
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on_by_itself = typed.isdigit() and self.currentSectionIndex() != section


class OptionalDateEdit(DateEdit):
    """A date that may be "not set": the minimum date stands for no date.

    "Not set" is the minimum date underneath, so without care its calendar would open
    in 1900 and typed digits would be appended to the words "not set". Unset, the
    calendar opens at today's month, and the first digit typed starts a date in the
    locale's format (today's, overwritten section by section as the officer types).
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setMinimumDate(_NOT_SET)
        self.setSpecialValueText(self.tr("not set"))
        self.set_day(None)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.calendarWidget() and event.type() == QEvent.Type.Show
                and self.day() is None):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.day() is None and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def day(self) -> date | None:
        value = self.date()
        return None if value == _NOT_SET else value.toPython()  # type: ignore[return-value]

    def set_day(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _NOT_SET)


class ScoreCombo(QComboBox):
    """A score from ``scores`` (1-5 unless told), or no score, shown as ``unset_text``."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None, *,
                 scores: Iterable[int] = range(1, 6), unset_text: str | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.addItem(self.tr("not set") if unset_text is None else unset_text, None)
        for score in scores:
            self.addItem(str(score), score)

    def score(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_score(self, value: int | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


class CheckList(QListWidget):
    """Items to tick (topics, sectors), each holding its code."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)

    def set_choices(self, choices: Iterable[tuple[str, str]], checked: Iterable[str]) -> None:
        """``choices``: (code, label); codes in ``checked`` but not offered are kept too."""
        ticked = list(checked)
        self.clear()
        offered = list(choices)
        known = {code for code, _label in offered}
        for code, label in [*offered, *((c, c) for c in ticked if c not in known)]:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked
                               else Qt.CheckState.Unchecked)

    def checked_codes(self) -> tuple[str, ...]:
        items = (self.item(row) for row in range(self.count()))
        return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                     if item.checkState() == Qt.CheckState.Checked)
