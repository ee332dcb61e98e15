"""What importing a bundle would do, and did: the statuses of its records, the preview
the officer reads (window and command line alike) and the result of applying it.

Made by :mod:`~rrr_desktop.services.exchange.importing`, which verifies, classifies and
applies; kept apart so that readers of a preview need not load the importer.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from rrr_desktop.services.exchange.changes import (
    FieldChange,
    ReadableChange,
    Wording,
    readable_changes,
)
from rrr_desktop.services.exchange.container import BundleRejected, Sender, TrustDecision
from rrr_desktop.services.exchange.content import (
    BundleContent,
    ContentSummary,
    Record,
    summarise,
)
from rrr_desktop.services.exchange.sender_checks import Rename


class RecordStatus(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICTING = "conflicting"
    OLDER = "older"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"  # a working-group record its sender may not change (group_import)


CONFIRMED = "confirmed"  # the summary of an import that wrote nothing, only confirmed
APPLIED_BY_DEFAULT = frozenset({RecordStatus.NEW, RecordStatus.UPDATED, RecordStatus.WITHDRAWN})
APPLIED = tuple(APPLIED_BY_DEFAULT)  # found by identity, without Enum.__hash__ (Python code)


class RenameNotAccepted(BundleRejected):
    def __init__(self, rename: Rename) -> None:
        super().__init__("bundle.rename_not_accepted", ask_again=False, old=rename.old_name,
                         old_country=rename.old_country, name=rename.new_name,
                         country=rename.new_country)


class RecordPreview(NamedTuple):
    """What the import would do with one record. A named tuple: a preview holds one per
    record (a third of a frozen dataclass's cost to build, as :class:`Record`)."""

    entity: str  # city, practice, stakeholder
    uuid: UUID
    title: str
    status: RecordStatus
    our_revision: int | None
    their_revision: int
    changes: tuple[FieldChange, ...] = ()
    reason: str = ""  # why a refused record is refused, in the officer's language
    # the bundle's city, practice or stakeholder the import writes (None: a withdrawal,
    # or a working group's record, written from the bundle's groups)
    record: Record | None = None


@dataclass(frozen=True)
class BundlePreview:
    """What importing a bundle would do; ``content`` is what :func:`apply_bundle` writes."""

    path: Path
    file_sha256: str
    sender: Sender
    fingerprint: str
    trust: TrustDecision
    created_at: datetime
    records: tuple[RecordPreview, ...]
    warnings: tuple[str, ...]
    already_imported_at: datetime | None
    content: BundleContent = field(repr=False)
    topic_labels: Mapping[str, str] = field(default_factory=dict, repr=False)
    own_city: bool = False  # made by the city of this data folder: shown, never imported
    # records.held_digest of what ``records`` were classified against (None: classify again)
    held_digest: str | None = field(default=None, repr=False)
    rename: Rename | None = None  # a known city under another name or country
    rename_accepted: bool = False  # the officer accepted ``rename`` (nothing imports if not)

    @property
    def rename_refused(self) -> bool:
        return self.rename is not None and not self.rename_accepted

    @property
    def summary(self) -> ContentSummary:
        return summarise(self.content)

    def readable(self, record: RecordPreview) -> tuple[ReadableChange, ...]:
        """The record's changes in words (topics by label, lists as items added/removed,
        cities and groups by name)."""
        return readable_changes(record.changes,
                                Wording(record.entity, self.topic_labels, self._names))

    def contents(self, record: RecordPreview) -> tuple[ReadableChange, ...]:
        """What the bundle's record holds, field by field in words (each a change from
        nothing to its value: lists as items added), its empty fields left out: a new
        record, or one the same as ours, read before it is imported."""
        if record.record is None:
            return ()
        held = tuple(FieldChange(name, None, value)
                     for name, value in record.record.fields.items()
                     if value not in (None, "", [], {}))
        return readable_changes(held, Wording(record.entity, self.topic_labels, self._names))

    @cached_property
    def _names(self) -> dict[str, str]:
        """The cities and groups the bundle names, by UUID (as its records hold them)."""
        names = {str(self.sender.city_uuid): self.sender.name}
        for group in self.content.groups.groups if self.content.groups else ():
            names[str(group.uuid)] = group.title
            names.update((uuid, name) for uuid, name, _country in group.fields["members"])
        return names

    def counts(self) -> dict[str, int]:
        counted = Counter(record.status.value for record in self.records)
        return {status.value: counted[status.value] for status in RecordStatus}

    @property
    def conflicting(self) -> frozenset[UUID]:
        """The records that differ from ours at the same revision (ours kept unless taken)."""
        return frozenset(record.uuid for record in self.records
                         if record.status is RecordStatus.CONFLICTING)

    @property
    def changes_anything(self) -> bool:
        return any(record.status in APPLIED_BY_DEFAULT for record in self.records)

    @property
    def confirms_only(self) -> bool:
        """Everything in it is what we hold (or older): importing it writes nothing but
        records that the city's data is current as of the bundle's date."""
        return confirms_only(self.records)


@dataclass(frozen=True)
class ImportResult:
    """``import_id``: the import recorded (None: none, as the same file was imported
    already); ``applied``: status -> records written (empty: the bundle only confirmed
    that what we hold of its city is current as of its date); ``refused``: why each
    record its sender may not change was left out."""

    import_id: int | None
    applied: Mapping[str, int]
    refused: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.applied)


def confirms_only(plan: Iterable[RecordPreview]) -> bool:
    """Everything planned is what we hold already (or older)."""
    return all(p.status in (RecordStatus.UNCHANGED, RecordStatus.OLDER) for p in plan)
