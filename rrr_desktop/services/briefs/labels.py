"""The fixed texts, numbers and dates of a brief in its language.

The texts are the message catalogue's ``brief_text.*`` entries; dates are written with
the catalogue's month names and patterns (``date.month_01``... in the form a date uses,
Polish "7 grudnia 2026"; ``date.long``, ``date.short``, ``date.moment``). Briefs are drawn
by reportlab, without Qt's locale data, and Babel is not among the app's dependencies:
twelve month names per language are all a brief needs, so they live in the catalogue,
where a test keeps every language complete.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rrr_desktop.messages import grouped_number, message_text


class Labels:
    """``labels("page_of", page=1, pages=3)`` -> ``"Page 1 of 3"`` in the chosen language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **values: Any) -> str:
        return message_text(f"brief_text.{key}", values, self.language)

    def number(self, value: int) -> str:
        """A count as the language writes it (:func:`~rrr_desktop.messages.grouped_number`)."""
        return grouped_number(value, self.language)

    def points(self, value: float) -> str:
        """A match score (points, see docs/matching.md) with at most two decimals:
        ``9.25`` in English, ``9,25`` elsewhere."""
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text if self.language == "en" else text.replace(".", ",")

    def long_date(self, day: date) -> str:
        """``7 de diciembre de 2026``, ``7 grudnia 2026``, ``7 December 2026``; the first
        of the month as the language writes it (French ``1er décembre``, Portuguese
        ``1º de dezembro``)."""
        month = message_text(f"date.month_{day.month:02d}", language=self.language)
        number = (message_text("date.first_day", language=self.language) if day.day == 1
                  else str(day.day))
        return message_text("date.long", {"day": number, "month": month,
                                          "year": str(day.year)}, self.language)

    def short_date(self, day: date) -> str:
        """A table's date: ``07/12/2026``, ``07.12.2026``; ISO in English, which Dublin
        and San Francisco read alike."""
        return message_text("date.short", {"dd": f"{day.day:02d}", "mm": f"{day.month:02d}",
                                           "year": str(day.year)}, self.language)

    def moment(self, moment: datetime) -> str:
        """``7 de diciembre de 2026, 14:05``."""
        return message_text("date.moment", {"date": self.long_date(moment.date()),
                                            "time": moment.strftime("%H:%M")}, self.language)
