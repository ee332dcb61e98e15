"""The changes of a bundle's record, and what a bundle holds, in the officer's language.

The service gives each change already worded in the officer's language
(``services/exchange/changes.ReadableChange``: its field's name, its values); the few
words around them are translated here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.content import ContentSummary


# lupdate reads translate("Context", "text") calls with literal texts.
translate = QCoreApplication.translate


def field_value(value: str | bool) -> str:
    """A field's value as shown: yes/no in the officer's language, "(empty)" for none."""
    if isinstance(value, bool):
        return (
            translate("BundleChangeText", "yes") if value else translate("BundleChangeText", "no")
        )
    return value or translate("BundleChangeText", "(empty)")


class _Counts(QObject):
    """Counted texts: ``self.tr(text, "", n)`` is what lupdate reads as plural forms."""

    def practices(self, count: int) -> str:
        return self.tr("%Ln practices", "", count)

    def assessments(self, count: int) -> str:
        return self.tr("%Ln self-assessed topics", "", count)

    def stakeholders(self, count: int) -> str:
        return self.tr("%Ln stakeholders", "", count)

    def withdrawn(self, count: int) -> str:
        return self.tr("%Ln withdrawn records", "", count)

    def group_records(self, count: int) -> str:
        return self.tr("%Ln working group entries (groups, meetings, actions, notes)", "",
                       count)

    def contacts(self, count: int) -> str:
        return self.tr("%Ln stakeholders have an email address or phone number in their "
                       "description.", "", count)


def contents_text(held: ContentSummary) -> str:
    """What a bundle holds, in one or two sentences."""
    profile = (
        translate("BundleChangeText", "profile included")
        if held.profile
        else translate("BundleChangeText", "profile left out")
    )
    counted = _Counts()
    text = translate("BundleChangeText", "It holds: {contents}.").format(contents=", ".join((
        profile, counted.practices(held.practices), counted.assessments(held.assessments),
        counted.stakeholders(held.stakeholders), counted.withdrawn(held.tombstones),
        *((counted.group_records(held.group_records),) if held.group_records else ()))))
    if held.contacts_in_descriptions:
        text += " " + counted.contacts(held.contacts_in_descriptions)
    if held.with_personal_data:
        return (
            text
            + " "
            + translate(
                "BundleChangeText",
                "Personal data (contact person, email or phone) included for {count} of them.",
            ).format(count=QLocale().toString(held.with_personal_data))
        )
    return (
        text
        + " "
        + translate("BundleChangeText", "No personal data (contact person, email or phone).")
    )
