"""Import a bundle from a peer city: verify, check trust, preview, apply in one transaction.

Nothing is written before :func:`apply_bundle`. The preview sorts every record into
:class:`RecordStatus` classes; the rule is that a higher revision wins and an older
or equal one never overwrites (``conflicting``: same revision, different content,
which happens when a city reinstalled or a seeded record was edited; kept out unless
the officer includes it). Our notes on peers (``peer_note``, ``peer_preference``) are
other tables, never touched. Undo, erase and history are in ``bundle_history``.
A bundle of our own city previews what it holds (``own_city``) but never applies.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from rrr_desktop.collector import collector_paused
from rrr_desktop.messages import message
from rrr_desktop.models.database import Database
from rrr_desktop.models.exchange import BundleImport
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import bundle_import as queries
from rrr_desktop.models.queries.codecs import stored_json, stored_time, stored_uuid
from rrr_desktop.models.queries.topics import topic_labels
from rrr_desktop.progress import CancelCheck, Progress, stop_if_cancelled
from rrr_desktop.services.exchange import records
from rrr_desktop.services.exchange.changes import (
    FieldChange,
)
from rrr_desktop.services.exchange.container import (
    BundleRejected,
    check_sender_key,
    open_bundle,
)
from rrr_desktop.services.exchange.container.keys import fingerprint
from rrr_desktop.services.exchange.content import (
    BundleContent,
    Record,
    read_content,
)
from rrr_desktop.services.exchange.from_bytes import FROM_BYTES
from rrr_desktop.services.exchange.group_content import ENTITIES as GROUP_ENTITIES
from rrr_desktop.services.exchange.preview import (
    APPLIED,
    CONFIRMED,
    BundlePreview,
    ImportResult,
    RecordPreview,
    RecordStatus,
    RenameNotAccepted,
    confirms_only,
)
from rrr_desktop.services.exchange.records import HeldCity, HeldRecord
from rrr_desktop.services.exchange.sender_checks import (
    OwnCityBundle,
    check_identity,
    is_our_city,
    refuse_foreign_records,
)
from rrr_desktop.services.setup.sources import bundle_source
from rrr_desktop.services.vocabulary import localised_topics

CHUNK = 1000


def file_digest(path: Path) -> str:
    """The file's SHA-256, read in chunks: the bundle itself is held only by the reader."""
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError as error:
        raise BundleRejected("bundle.unreadable", ask_again=False, path=path,
                             reason=error.strerror or str(error)) from error


@collector_paused()
def inspect_bundle(db: Database, path: Path, accept_new_key: bool = False,
                   accept_rename: bool = False) -> BundlePreview:
    """Verify ``path`` and preview its import; changes nothing. BundleRejected if refused.

    A known city that calls itself by another name or country is previewed with its
    ``rename``; it imports only with ``accept_rename``.
    """
    digest = file_digest(path)
    bundle = open_bundle(path, schemas=FROM_BYTES)
    with db.reading() as connection:
        labels = localised_topics(topic_labels(connection))
        content = read_content(bundle, frozenset(labels))
        own = is_our_city(connection, bundle.sender)
        held = None if own else records.held_city(connection, bundle.sender.city_uuid)
        warnings, rename = (([], None) if own else
                            check_identity(connection, bundle.sender, bundle.public_key, held))
        if not own:
            refuse_foreign_records(connection, content, held.id if held else None)
        pinned = queries.pinned_key(connection, bundle.sender.city_uuid)
        trust = check_sender_key(pinned, bundle.public_key,
                                 accept_new_key)
        previews = [] if own else _plan(connection, content, held)
        digest_held = None if own else records.held_digest(connection, bundle.sender.city_uuid)
        seen = queries.last_import_of_file(connection, digest)
    if rename is None and held is not None and held.record.title != bundle.sender.name:
        warnings.append(message("bundle.city_renamed", name=bundle.sender.name,
                                known=held.record.title).text())
    if trust.key_changed:
        warnings.insert(0, trust.warning().text())
    if file_digest(path) != digest:
        raise BundleRejected("bundle.changed_while_read", ask_again=False, file=path.name)
    return BundlePreview(path, digest, bundle.sender, fingerprint(bundle.public_key), trust,
                         bundle.created_at, tuple(previews), tuple(warnings),
                         seen, content, labels, own, digest_held, rename, accept_rename)


def inspect_bundles(db: Database, paths: Iterable[Path], accept_new_key: bool = False,
                    accept_rename: bool = False) -> list[BundlePreview]:
    """Several bundles, each verified on its own, oldest (by its creation time) first."""
    previews = [inspect_bundle(db, path, accept_new_key, accept_rename) for path in paths]
    return sorted(previews, key=lambda preview: preview.created_at)


def classify(incoming: Record, held: HeldRecord | HeldCity | None
             ) -> tuple[RecordStatus, tuple[FieldChange, ...]]:
    """New, updated, unchanged, conflicting or older, with the fields that differ."""
    if held is None:
        return RecordStatus.NEW, ()
    ours = held.record
    changes = tuple(FieldChange(name, ours.fields.get(name), value)
                    for name, value in incoming.fields.items() if ours.fields.get(name) != value)
    if isinstance(held, HeldRecord) and held.withdrawn:
        return (RecordStatus.UPDATED if incoming.revision > ours.revision
                else RecordStatus.OLDER), changes
    if not changes:
        return RecordStatus.UNCHANGED, ()
    if incoming.revision > ours.revision:
        return RecordStatus.UPDATED, changes
    if incoming.revision < ours.revision:
        return RecordStatus.OLDER, changes
    return RecordStatus.CONFLICTING, changes


def _plan(connection: Connection, content: BundleContent, held_city: HeldCity | None
          ) -> list[RecordPreview]:
    status, changes = classify(content.city, held_city)
    plan = [RecordPreview("city", content.city.uuid, content.city.title, status,
                          held_city.record.revision if held_city else None,
                          content.city.revision, changes, record=content.city)]
    city_id = held_city.id if held_city else None
    held_by_entity = {
        "practice": records.held_practices(connection, city_id) if city_id else {},
        "stakeholder": records.held_stakeholders(connection, city_id) if city_id else {},
    }
    for entity, incoming in (("practice", content.practices),
                             ("stakeholder", content.stakeholders)):
        held = held_by_entity[entity]
        for record in incoming or ():
            found = held.get(record.uuid) if held else None
            if found is None:  # most records of a first bundle: no need to classify
                plan.append(RecordPreview(entity, record.uuid, record.title, RecordStatus.NEW,
                                          None, record.revision, (), "", record))
                continue
            status, changes = classify(record, found)
            plan.append(RecordPreview(entity, record.uuid, record.title, status,
                                      found.record.revision, record.revision, changes, "",
                                      record))
    incoming_uuids = {p.uuid for p in plan} if content.tombstones else set()
    for tombstone in content.tombstones:
        found = held_by_entity[tombstone.entity].get(tombstone.uuid)
        if (found is None or found.withdrawn or tombstone.uuid in incoming_uuids
                or found.record.revision > tombstone.revision):
            continue
        plan.append(RecordPreview(tombstone.entity, tombstone.uuid, found.record.title,
                                  RecordStatus.WITHDRAWN, found.record.revision,
                                  tombstone.revision))
    return plan + _group_plan(connection, content)


def _group_plan(connection: Connection, content: BundleContent) -> list[RecordPreview]:
    """The working groups' records (format version 2), with the ownership rules."""
    if content.groups is None:
        return []
    from rrr_desktop.services.exchange.group_import import plan_groups  # imports classify

    return [RecordPreview(entity, uuid, title, status or RecordStatus.REFUSED, ours, theirs,
                          changes, reason)
            for entity, uuid, title, status, ours, theirs, changes, reason in plan_groups(
                connection, content.groups, content.city.uuid, classify,
                RecordStatus.WITHDRAWN)]


def refuse_unless_importable(preview: BundlePreview, *, command_line: bool = False) -> None:
    """Refuse a preview that may not be applied: our own city's bundle, a refused key
    (the command line's message names ``--accept-new-key``), an unaccepted rename."""
    if preview.own_city:
        raise OwnCityBundle(preview.sender.name)
    if not preview.trust.accepted and command_line:
        raise BundleRejected("bundle.key_refused_cli", ask_again=False,
                             warning=preview.trust.warning())
    if not preview.trust.accepted:
        raise BundleRejected("bundle.key_refused", ask_again=False,
                             warning=preview.trust.warning())
    if preview.rename is not None and preview.rename_refused:
        raise RenameNotAccepted(preview.rename)


@collector_paused()
def apply_bundle(db: Database, preview: BundlePreview, excluded: Iterable[UUID] = (), *,
                 included_conflicts: Iterable[UUID] = (),
                 cancelled: CancelCheck | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Write the previewed bundle in one transaction: all of it, or nothing.

    Records are classified again inside the transaction if the database changed since
    the preview (the rule, not the preview, decides), which ``held_digest`` tells. New, updated and
    withdrawn records are written unless in ``excluded``; conflicting ones only if
    in ``included_conflicts``. Raises BundleRejected if the key is refused or the file
    changed since the preview, Cancelled (nothing written) once ``cancelled()``.
    """
    refuse_unless_importable(preview)
    if file_digest(preview.path) != preview.file_sha256:
        raise BundleRejected("bundle.changed_since_preview", ask_again=False,
                             file=preview.path.name)
    left_out, conflicts = set(excluded), set(included_conflicts)
    with db.session() as session:
        connection = driver_connection(session)
        held_city = records.held_city(connection, preview.sender.city_uuid)
        unchanged = (records.held_digest(connection, preview.sender.city_uuid)
                     == preview.held_digest)
        plan = ([p for p in preview.records if p.entity not in GROUP_ENTITIES]
                + _group_plan(connection, preview.content) if unchanged
                else _plan(connection, preview.content, held_city))
        refused = tuple(p.reason for p in plan if p.status is RecordStatus.REFUSED)
        chosen = [p for p in plan  # UUIDs hash in Python: looked up only if needed
                  if (p.status in APPLIED and not (left_out and p.uuid in left_out))
                  or (p.status is RecordStatus.CONFLICTING and p.uuid in conflicts)]
        if preview.trust.key_to_pin is not None:
            _pin_key(connection, preview)
        if not chosen and (not confirms_only(plan)
                           or queries.last_import_of_file(connection, preview.file_sha256)):
            # all left out, or this very file recorded already
            return ImportResult(None, {}, refused)
        # A bundle that changes nothing is still recorded: checked and signed, it proves
        # that what we hold of its city is current as of its date (the peer's freshness).
        batch = BundleImport(
            file_name=preview.path.name, file_sha256=preview.file_sha256,
            sender_uuid=preview.sender.city_uuid, sender_name=preview.sender.name,
            fingerprint=preview.fingerprint, bundle_created_at=preview.created_at,
            summary=_counted([p.status for p in chosen])
            | ({RecordStatus.REFUSED.value: len(refused)} if refused else {})
            if chosen else {CONFIRMED: 1})
        session.add(batch)
        session.flush()
        if not chosen:
            return ImportResult(batch.id, {})
        writer = _Writer(connection, preview, batch.id, cancelled=cancelled, progress=progress,
                         total=len(chosen))
        writer.write(held_city, chosen)
        return ImportResult(batch.id, batch.summary, refused)


def _counted(statuses: list[RecordStatus]) -> dict[str, int]:
    """How many records have each status (``list.count`` compares in C, where counting
    in a dict would hash every enum member in Python)."""
    return {status.value: count for status in RecordStatus if (count := statuses.count(status))}


def _pin_key(connection: Connection, preview: BundlePreview) -> None:
    key = preview.trust.key_to_pin
    assert key is not None
    queries.pin_key(connection, preview.sender.city_uuid, public_key=key,
                    fingerprint=preview.fingerprint, now=datetime.now(UTC),
                    previous_fingerprint=preview.trust.pinned_fingerprint or "")


class _Writer:
    """Writes the chosen records of one import and what each replaced."""

    def __init__(self, connection: Connection, preview: BundlePreview, import_id: int, *,
                 cancelled: CancelCheck | None, progress: Progress | None, total: int
                 ) -> None:
        self.connection = connection
        self.preview = preview
        self.import_id = import_id
        self.cancelled = cancelled
        self.progress = progress
        self.total = total
        self.done = 0
        self.changes: list[tuple[Any, ...]] = []

    def write(self, held_city: HeldCity | None, chosen: list[RecordPreview]) -> None:
        by_entity: dict[str, list[RecordPreview]] = defaultdict(list)
        for entry in chosen:  # working groups' records in one list, in the plan's order
            by_entity["group" if entry.entity in GROUP_ENTITIES else entry.entity].append(entry)
        content = self.preview.content
        city_id = held_city.id if held_city else records.insert_city(self.connection, content.city)
        if held_city is None:
            self._change("city", content.city.uuid, "added", None)
        if by_entity["city"]:
            if held_city is not None:
                self._change("city", content.city.uuid, "updated", records.state_of(
                    held_city, records.city_extra(self.connection, city_id)))
            records.write_city(self.connection, city_id, {
                **self._state(content.city),
                "profile_source": bundle_source(self.preview.path.name, self.preview.sender.name,
                                                self.preview.created_at.date()),
                "profile_updated_at": stored_time(content.city.updated_at)})
        self._tick(1)
        self._practices(city_id, by_entity["practice"])
        self._stakeholders(city_id, by_entity["stakeholder"])
        self._groups(by_entity["group"])
        queries.record_changes(self.connection, self.changes)

    def _groups(self, chosen: list[RecordPreview]) -> None:
        groups = self.preview.content.groups
        if groups is None:
            return
        from rrr_desktop.services.exchange.group_import import write_groups

        self._tick(write_groups(
            self.connection, groups,
            [entry.uuid for entry in chosen if entry.status is not RecordStatus.WITHDRAWN],
            [(entry.entity, entry.uuid) for entry in chosen
             if entry.status is RecordStatus.WITHDRAWN],
            state=self._state, change=self._change))

    def _practices(self, city_id: int, chosen: list[RecordPreview]) -> None:
        held = records.held_practices(self.connection, city_id) if chosen else {}
        for entry in chosen:
            found = held.get(entry.uuid)
            if entry.status is RecordStatus.WITHDRAWN:
                assert found is not None
                self._change("practice", entry.uuid, "withdrawn", records.state_of(found))
                records.delete_practice(self.connection, city_id, entry.uuid)
            else:
                assert entry.record is not None
                self._change("practice", entry.uuid, "updated" if found else "added",
                             records.state_of(found) if found else None)
                records.write_practice(self.connection, city_id, entry.uuid,
                                       self._state(entry.record))
            self._tick(1)

    def _stakeholders(self, city_id: int, chosen: list[RecordPreview]) -> None:
        """New records are inserted and logged by their source only (undo deletes what
        still names this import: ``bundle_history.delete_from_bundle``); the records
        they replace are kept in ``bundle_change``."""
        new: list[Record] = []
        replacing: list[RecordPreview] = []
        for entry in chosen:
            if entry.status is RecordStatus.NEW and entry.record is not None:
                new.append(entry.record)
            else:
                replacing.append(entry)
        added = records.incoming_rows(city_id, self.import_id, new)
        held = records.held_stakeholders(self.connection, city_id) if replacing else {}
        replaced = []
        for entry in replacing:
            before = records.state_of(held[entry.uuid])
            if entry.status is RecordStatus.WITHDRAWN:
                self._change("stakeholder", entry.uuid, "withdrawn", before)
                replaced.append(records.stakeholder_row(city_id, entry.uuid, {
                    **before, "withdrawn_at": stored_time(datetime.now(UTC))}))
            else:
                assert entry.record is not None
                self._change("stakeholder", entry.uuid, "updated", before)
                replaced.append(records.stakeholder_row(city_id, entry.uuid,
                                                        self._state(entry.record)))
        for rows, write in ((added, records.insert_stakeholders),
                            (replaced, records.upsert_stakeholders)):
            for start in range(0, len(rows), CHUNK):
                write(self.connection, rows[start:start + CHUNK])
                self._tick(len(rows[start:start + CHUNK]))

    def _state(self, record: Record) -> dict[str, Any]:
        return {"revision": record.revision, "updated_at": stored_time(record.updated_at),
                "source_bundle_id": self.import_id, "fields": record.fields}

    def _change(self, entity: str, uuid: UUID, action: str,
                previous: Mapping[str, Any] | None) -> None:
        self.changes.append((self.import_id, entity, stored_uuid(uuid), action,
                             None if previous is None else stored_json(previous)))

    def _tick(self, count: int) -> None:
        stop_if_cancelled(self.cancelled)
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total) / self.total)
