"""The changes of a bundle's record, and what a bundle holds, in the officer's language.

The service gives each change by field code (``bundle_changes.ReadableChange``); the
field names and the few words around the values are translated here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from rrr_desktop.services.bundle_changes import ReadableChange
    from rrr_desktop.services.bundle_content import ContentSummary


def _tr(text: str) -> str:
    return QCoreApplication.translate("BundleChangeText", text)


def field_label(code: str) -> str:
    """The field's name for the officer; an unknown code (a newer bundle) as itself."""
    labels = {
        "name": _tr("Name"), "title": _tr("Title"), "country_code": _tr("Country"),
        "region": _tr("Region"), "website": _tr("Website"), "summary": _tr("Summary"),
        "languages": _tr("Languages"), "contact_office": _tr("Contact office"),
        "offers": _tr("What we offer"), "wants_to_learn": _tr("What we want to learn"),
        "shared_challenges": _tr("Shared challenges"),
        "free_offers": _tr("What we offer (own words)"),
        "free_wants_to_learn": _tr("What we want to learn (own words)"),
        "free_shared_challenges": _tr("Shared challenges (own words)"),
        "self_assessment": _tr("Self-assessment"), "kind": _tr("Kind"),
        "stage": _tr("Stage"), "description": _tr("Description"),
        "year_started": _tr("Year started"), "link": _tr("Link"), "topics": _tr("Topics"),
        "is_person": _tr("Person"), "sectors": _tr("Sectors"), "district": _tr("District"),
        "locality": _tr("Locality"), "tags": _tr("Tags"),
        "contact_person": _tr("Contact person"), "email": _tr("Email"), "phone": _tr("Phone"),
    }
    return labels.get(code, code)


def change_lines(change: ReadableChange) -> list[str]:
    """``Label: before → after``, or the label then ``+ item`` / ``- item`` lines."""
    label = field_label(change.field)
    if change.reordered:
        return [_tr("{field}: same items in another order").format(field=label)]
    if change.is_list:
        return [f"{label}:", *(f"  + {item}" for item in change.added),
                *(f"  - {item}" for item in change.removed)]
    return [f"{label}: {_value(change.before)} → {_value(change.after)}"]


def _value(value: str | bool) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return value or _tr("(empty)")


def contents_text(held: ContentSummary) -> str:
    """What a bundle holds, in one or two sentences."""
    profile = _tr("profile included") if held.profile else _tr("profile left out")
    text = _tr("It holds: {profile}, {practices} practices, {assessments} self-assessed "
               "topics, {stakeholders} stakeholders, {tombstones} withdrawn records.").format(
        profile=profile, practices=held.practices, assessments=held.assessments,
        stakeholders=held.stakeholders, tombstones=held.tombstones)
    if held.with_personal_data:
        return text + " " + _tr("Personal data (contact person, email or phone) included "
                                "for {count} of them.").format(count=held.with_personal_data)
    return text + " " + _tr("No personal data (contact person, email or phone).")
