"""Where a bundle's record stands against ours, in words and dates an officer reads.

"New to us", "Changed since we last received it (their change of 3 May 2026)", "We
changed it too": the revision numbers the import compares stay behind, in a tool tip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from rrr_desktop.views.common.labels import date_label, long_date_label

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.preview import RecordPreview


class RecordStanding(QObject):
    """The words of a record's status (the tree's "Their change" column and the sentence
    above its fields)."""

    @staticmethod
    def their_change(record: RecordPreview, *, short: bool = False) -> str:
        """The day the sender last changed the record ("" when the bundle does not say)."""
        if record.record is None:
            return ""
        moment = record.record.updated_at.astimezone()
        return date_label(moment) if short else long_date_label(moment)

    def sentence(self, record: RecordPreview) -> str:
        """Where the record stands, then what the fields below show and what import does."""
        status = record.status.value
        if status == "refused":
            return record.reason
        heading = {
            "new": self.tr("New to us"),
            "updated": self.tr("Changed since we last received it"),
            "conflicting": self.tr("We changed it too"),
            "older": self.tr("Ours is newer"),
            "unchanged": self.tr("The same as ours"),
            "withdrawn": self.tr("Withdrawn by the sender"),
        }[status]
        day = self.their_change(record)
        if day:
            heading = self.tr("{status} (their change of {day})").format(status=heading, day=day)
        then = {
            "new": self.tr("Everything it holds is below; importing adds it."),
            "updated": self.tr("Below, the fields they changed: ours and theirs. Importing "
                               "takes theirs."),
            "conflicting": self.tr("Ours and theirs differ and neither is newer (below). We "
                                   "keep ours unless you tick it to take theirs."),
            "older": self.tr("We hold a later version of it: theirs is kept out."),
            "unchanged": self.tr("Importing changes nothing; below, what it holds."),
            "withdrawn": self.tr("Importing removes it from what we hold of the sender."),
        }[status]
        return f"{heading}. {then}"

    def revisions(self, record: RecordPreview) -> str:
        """The revision numbers the import compares, for whoever asks (a tool tip)."""
        if record.our_revision is None:
            return self.tr("Their revision: {theirs}; we have no revision of it").format(
                theirs=record.their_revision)
        return self.tr("Our revision: {ours}; theirs: {theirs}").format(
            ours=record.our_revision, theirs=record.their_revision)
