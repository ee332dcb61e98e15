"""Translated names for the codes the services use (practice kinds, stages...).

The vocabulary's codes (kinds, stages, practice kinds and stages, interaction kinds,
sectors) are named by ``services/vocabulary.py`` from the message catalogue, whose
language follows the window's; the names here are the window's own.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from rrr_desktop.messages import current_language
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.vocabulary import (
    interaction_kind_label,
    practice_kind_label,
    practice_stage_label,
    sector_label,
)
from rrr_desktop.services.vocabulary import kind_label as stakeholder_kind_label
from rrr_desktop.services.vocabulary import stage_label as collaboration_stage_label

__all__ = ["changed_label", "collaboration_stage_label", "date_format", "date_label",
           "date_time_format", "duplicate_reason_label", "interaction_kind_label",
           "long_date_label", "merge_field_label", "moment_label", "points_label",
           "practice_kind_label", "practice_stage_label", "sector_label",
           "stakeholder_kind_label"]


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in full ("d/M/yyyy" in Spanish,
    "d.MM.yyyy" in Polish): a two-digit year reads ambiguously in a date field."""
    short = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", short)


def date_time_format(locale: QLocale | None = None) -> str:
    """A short date with its full year and the locale's time ("d/M/yyyy H:mm")."""
    locale = locale or QLocale()
    return f"{date_format(locale)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def date_label(day: date, format_type: QLocale.FormatType = QLocale.FormatType.ShortFormat
               ) -> str:
    """``day`` written the way the officer's locale writes dates (a datetime gives its day):
    "21/12/2026" in Spanish, or with the month's name in the long format."""
    shown = QDate(day.year, day.month, day.day)
    if format_type == QLocale.FormatType.ShortFormat:
        return QLocale().toString(shown, date_format())
    return QLocale().toString(shown, format_type)


def long_date_label(day: date) -> str:
    """A day in a sentence, with its month's name in the app's language: "7 December
    2026", "7 de diciembre de 2026", "7 grudnia 2026" (a datetime gives its day)."""
    return Labels(current_language()).long_date(date(day.year, day.month, day.day))


def moment_label(moment: datetime) -> str:
    """An instant in the officer's time zone as a short date and time of their locale:
    "21/12/2026 16:00" in Spanish, "21.12.2026 16:00" in Polish (an instant without a
    zone is taken as UTC)."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{date_label(local)} {_time_label(local)}"


def _time_label(local: datetime) -> str:
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def changed_label(changed_by: str | None, changed_at: datetime,
                  today: date | None = None) -> str:
    """"Last changed by Ana at 10:32" (or on another day, with the date), in local time;
    without a name where the record does not say who (changed before names were kept)."""
    local = changed_at.astimezone()
    time = _time_label(local)
    same_day = local.date() == (today or date.today())

    translate = QCoreApplication.translate
    if changed_by:
        text = (translate("labels", "Last changed by {name} at {time}") if same_day
                else translate("labels", "Last changed by {name} on {date} at {time}"))
    else:
        text = (translate("labels", "Last changed at {time}") if same_day
                else translate("labels", "Last changed on {date} at {time}"))
    return text.format(name=changed_by, time=time, date=date_label(local.date()))


def points_label(value: float) -> str:
    """A match score or a criterion's points as the officer's locale writes decimals
    ("3,5" in Spanish, "3.5" in English), without trailing zeros."""
    return QLocale().toString(float(value), "g", 6)


def duplicate_reason_label(reason: str) -> str:
    """Why a stakeholder may be the one being typed (services.stakeholder_duplicates)."""
    labels = {
        "email": QCoreApplication.translate("labels", "same email"),
        "website": QCoreApplication.translate("labels", "same website"),
        "name": QCoreApplication.translate("labels", "same name"),
        "name_start": QCoreApplication.translate("labels", "similar name"),
    }
    return labels.get(reason, reason)


def merge_field_label(field: str) -> str:
    """The fields a merge chooses between (services.stakeholder_merge.MERGE_FIELDS)."""
    labels = {
        "name": QCoreApplication.translate("labels", "Name"),
        "kind": QCoreApplication.translate("labels", "Kind"),
        "organisation": QCoreApplication.translate("labels", "Organisation"),
        "district": QCoreApplication.translate("labels", "District"),
        "address": QCoreApplication.translate("labels", "Address"),
        "website": QCoreApplication.translate("labels", "Website"),
        "description": QCoreApplication.translate("labels", "Description"),
        "owner": QCoreApplication.translate("labels", "Relationship owner"),
        "stage": QCoreApplication.translate("labels", "Collaboration stage"),
        "influence": QCoreApplication.translate("labels", "Influence"),
        "interest": QCoreApplication.translate("labels", "Interest"),
        "trust": QCoreApplication.translate("labels", "Trust"),
        "next_contact_on": QCoreApplication.translate("labels", "Next contact"),
        "review_due_on": QCoreApplication.translate("labels", "Review due"),
        "shareable": QCoreApplication.translate("labels", "Shareable"),
        "external_id": QCoreApplication.translate("labels", "ID in other systems"),
        "personal_data": QCoreApplication.translate(
            "labels", "Personal data (contact, email, phone, consent)"),
    }
    return labels.get(field, field)
