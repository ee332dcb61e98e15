"""Translated names for the codes the services use (practice kinds, stages...).

The vocabulary's codes (kinds, stages, practice kinds and stages, interaction kinds,
sectors) are named by ``services/vocabulary.py`` from the message catalogue, whose
language follows the window's; the names here are the window's own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from rrr_desktop.services.vocabulary import (
    interaction_kind_label,
    practice_kind_label,
    practice_stage_label,
    sector_label,
)
from rrr_desktop.services.vocabulary import kind_label as stakeholder_kind_label
from rrr_desktop.services.vocabulary import stage_label as collaboration_stage_label

__all__ = ["changed_label", "collaboration_stage_label", "date_label", "duplicate_reason_label",
           "interaction_kind_label", "merge_field_label", "moment_label", "points_label",
           "practice_kind_label", "practice_stage_label", "sector_label", "stakeholder_kind_label"]


def date_label(day: date, format_type: QLocale.FormatType = QLocale.FormatType.ShortFormat
               ) -> str:
    """``day`` written the way the officer's locale writes dates (a datetime gives its day)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), format_type)


def moment_label(moment: datetime) -> str:
    """An instant in the officer's time zone, written the way the officer's locale writes
    a date and a time ("07.12.2026 20:01"; an instant without a zone is taken as UTC)."""
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return QLocale().toString(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)),
        QLocale.FormatType.ShortFormat)


def changed_label(changed_by: str | None, changed_at: datetime,
                  today: date | None = None) -> str:
    """"Last changed by Ana at 10:32" (or on another day, with the date), in local time;
    without a name where the record does not say who (changed before names were kept)."""
    local = changed_at.astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
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
