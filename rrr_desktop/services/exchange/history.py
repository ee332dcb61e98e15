"""What bundles did: history, undo of the last import, erasing a bundle's or a peer's data.

Undo restores each record an import touched to the state it had before
(``bundle_change.previous``), where the record still exists: data erased since stays
erased. The shared stakeholders an import added have no change of their own (10,000
rows of undo data for nothing to restore): once the others are restored, undo deletes
the records that still name the import as their source.
Erasing removes what came from bundles and keeps our own data and our notes on peers.
For a city that ships with the app, erasing its data gives back its state before its
first bundle (the seeded facts); a city first met in a bundle is removed from the
directory unless our notes, preferences or working groups refer to it, in which case its
name stays and its profile is emptied. Keys stay pinned: erasing a peer's data is no
reason to trust the next key that claims its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import bundle_history as queries
from rrr_desktop.models.queries import groups as group_queries
from rrr_desktop.models.queries.codecs import stored_time
from rrr_desktop.services.exchange import group_import, records
from rrr_desktop.services.exchange.group_content import ENTITIES as GROUP_ENTITIES
from rrr_desktop.services.exchange.preview import CONFIRMED
from rrr_desktop.services.peers.identity import find_by_name


@dataclass(frozen=True)
class ReceivedBundle:
    id: int
    file_name: str
    sender_uuid: UUID
    sender_name: str
    fingerprint: str
    created_at: datetime
    imported_at: datetime
    undone_at: datetime | None
    summary: dict[str, int]

    @property
    def confirmation(self) -> bool:
        """It changed nothing: it only confirmed what we hold of its city, as of its date."""
        return bool(self.summary.get(CONFIRMED))


@dataclass(frozen=True)
class SentBundle:
    id: int
    file_name: str
    created_at: datetime
    summary: dict[str, int]


@dataclass(frozen=True)
class BundleHistory:
    received: tuple[ReceivedBundle, ...]  # newest first
    sent: tuple[SentBundle, ...]

    @property
    def undoable(self) -> ReceivedBundle | None:
        """The last import that changed something, if it was not undone or erased (only
        the last can be undone; a confirmation has nothing to undo)."""
        last = next((got for got in self.received if not got.confirmation), None)
        return last if last is not None and last.undone_at is None else None

    def confirming(self, imported: ReceivedBundle) -> list[int]:
        """The confirmations of ``imported``'s data: later bundles from its city that
        changed nothing (they confirmed what it wrote; undoing it withdraws them too)."""
        return [got.id for got in self.received
                if got.id > imported.id and got.sender_uuid == imported.sender_uuid
                and got.confirmation and got.undone_at is None]


@dataclass(frozen=True)
class Source:
    """Where a record came from: a bundle (file, sender's date, when imported), or not."""

    file_name: str
    bundle_created_at: datetime | None
    imported_at: datetime | None


@dataclass(frozen=True)
class PeerHoldings:
    city_uuid: UUID
    name: str
    country_code: str
    profile_source: str
    profile_updated_at: datetime | None
    profile_bundle: Source | None  # the bundle the profile as held came from
    latest_bundle: Source | None  # the newest bundle imported from this city (not undone)
    practices: tuple[tuple[str, Source | None], ...]  # title, source (None: seeded)
    stakeholders: tuple[tuple[str, str, Source | None], ...]  # name, kind, source


def bundle_history(db: Database) -> BundleHistory:
    with db.reading() as connection:
        received = tuple(ReceivedBundle(*row) for row in queries.received_bundles(connection))
        sent = tuple(SentBundle(*row) for row in queries.sent_bundles(connection))
    return BundleHistory(received, sent)


def undo_bundle_import(db: Database, import_id: int | None = None) -> ReceivedBundle:
    """Undo the last bundle import (``import_id``, if given, must be it); returns it."""
    history = bundle_history(db)
    last = history.undoable
    if last is None:
        raise RejectedInput("bundle.nothing_to_undo")
    if import_id is not None and import_id != last.id:
        raise RejectedInput("bundle.undo_only_last", file=last.file_name,
                            sender=last.sender_name, number=last.id)
    with db.session() as session:
        connection = driver_connection(session)
        city_id = queries.city_id(connection, last.sender_uuid)
        if city_id is not None:
            for entity, uuid, action, previous in queries.changes_of(connection, last.id):
                _restore(connection, city_id, entity, uuid, action=action, previous=previous)
            # what the import added and no change names (its new shared stakeholders)
            queries.delete_from_bundle(connection, last.id)
        _mark_done(connection, [last.id, *history.confirming(last)], "undone")
    return last


def erase_bundle(db: Database, import_id: int) -> ReceivedBundle:
    """Remove what still comes from one bundle; our own data is untouched."""
    found = next((b for b in bundle_history(db).received if b.id == import_id), None)
    if found is None:
        raise RejectedInput("bundle.no_such_import", number=import_id)
    with db.session() as session:
        connection = driver_connection(session)
        city_id = queries.city_id(connection, found.sender_uuid)
        if city_id is not None:
            queries.delete_from_bundle(connection, import_id)
            group_queries.delete_from_bundles(connection, [import_id])
            city_change = queries.city_change(connection, [import_id], first=False)
            source = queries.city_source_bundle(connection, city_id)
            if city_change is not None and source == import_id:
                if city_change[0] == "added":
                    _remove_city(connection, city_id)
                else:
                    records.write_city(connection, city_id, city_change[1])
        _mark_done(connection, [import_id], "erased")
    return found


def erase_peer_data(db: Database, city_uuid: UUID) -> int:
    """Remove everything that came in bundles from one city; returns how many bundles."""
    with db.session() as session:
        connection = driver_connection(session)
        city = queries.city_by_uuid(connection, city_uuid)
        if city is not None and city[1]:
            raise RejectedInput("bundle.erase_ours", city=city[2])
        imports = queries.imports_from(connection, city_uuid)
        if city is not None and imports:
            city_id = city[0]
            queries.delete_bundled_records(connection, city_id, imports)
            group_queries.delete_from_bundles(connection, imports)
            first = queries.city_change(connection, imports, first=True)
            if first is not None and first[0] == "added":
                _remove_city(connection, city_id)
            elif first is not None:
                records.write_city(connection, city_id, first[1])
        _mark_done(connection, imports, "erased")
    return len(imports)


def peer_holdings(db: Database, city: str) -> PeerHoldings:
    """What we hold about a peer city (by name as :func:`name_key` compares it, or by UUID).

    RejectedInput when the name is that of several cities: the officer gives the UUID.
    """
    with db.reading() as connection:
        found = _find_city(connection, city)
        city_id, uuid, name, country, profile_source, profile_updated_at, source_id = found
        sources = {row[0]: Source(*row[1:]) for row in queries.bundle_sources(connection)}
        practices = tuple((title, sources.get(source))
                          for title, source in queries.practice_titles(connection, city_id))
        stakeholders = tuple(
            (name_, kind, sources.get(source))
            for name_, kind, source in queries.shared_stakeholder_names(connection, city_id))
        latest = queries.latest_import_from(connection, uuid)
    return PeerHoldings(uuid, name, country, profile_source, profile_updated_at,
                        sources.get(source_id), sources.get(latest), practices, stakeholders)


def _find_city(connection: Connection, wanted: str) -> tuple[Any, ...]:
    rows = [row for row in queries.cities_for_lookup(connection) if not row[7]]
    found = find_by_name(rows, wanted, name=lambda row: row[2], uuid=lambda row: row[1])
    if found is None:
        raise RejectedInput("bundle.no_such_peer", name=wanted)
    return tuple(found[:7])


def _restore(connection: Connection, city_id: int, entity: str, uuid: UUID, *, action: str,
             previous: dict[str, Any] | None) -> None:
    if entity in GROUP_ENTITIES:
        group_import.restore(connection, entity, uuid, action=action, previous=previous)
        return
    present = queries.record_exists(connection, city_id, entity, uuid)
    if action == "added":
        if entity == "city":
            _remove_city(connection, city_id)
        elif entity == "practice":
            records.delete_practice(connection, city_id, uuid)
        else:
            queries.delete_peer_stakeholder(connection, city_id, uuid)
        return
    assert previous is not None
    if entity == "city" and present:
        records.write_city(connection, city_id, previous)
    elif entity == "practice" and (present or action == "withdrawn"):
        records.write_practice(connection, city_id, uuid, previous)
    elif entity == "stakeholder" and present:
        records.upsert_stakeholders(connection,
                                    [records.stakeholder_row(city_id, uuid, previous)])


def _remove_city(connection: Connection, city_id: int) -> None:
    """Delete a city met in bundles; if our notes refer to it, keep its name only."""
    if not queries.is_referenced(connection, city_id):
        queries.delete_city(connection, city_id)
        return
    queries.delete_city_records(connection, city_id)
    records.write_city(connection, city_id, {
        "fields": {"summary": "", "languages": [], "contact_office": "", "offers": [],
                   "wants_to_learn": [], "shared_challenges": [], "free_offers": [],
                   "free_wants_to_learn": [], "free_shared_challenges": [],
                   "self_assessment": []},
        "revision": 1, "updated_at": stored_time(datetime.now(UTC)), "source_bundle_id": None,
        "profile_source": "", "profile_updated_at": None})


def _mark_done(connection: Connection, import_ids: list[int], how: str) -> None:
    if import_ids:
        queries.mark_done(connection, import_ids, how, datetime.now(UTC))
