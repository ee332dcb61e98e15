"""What bundles did: history, undo of the last import, erasing a bundle's or a peer's data.

Undo restores each record an import touched to the state it had before
(``bundle_change.previous``), where the record still exists: data erased since stays
erased. Erasing removes what came from bundles and keeps our own data and our notes
on peers. For a city that ships with the app, erasing its data gives back its state
before its first bundle (the seeded facts); a city first met in a bundle is removed
from the directory unless our notes, preferences or working groups refer to it, in
which case its name stays and its profile is emptied. Keys stay pinned: erasing a
peer's data is no reason to trust the next key that claims its name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.services.exchange import records
from rrr_desktop.services.exchange.records import Execute, db_time, parse_time
from rrr_desktop.services.peers.identity import find_by_name

_REFERENCES = ("SELECT 1 FROM peer_note WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM peer_preference WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM working_group_member WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM working_group WHERE lead_city_id = :id")


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
        """The last import, if it was not undone or erased (only the last can be undone)."""
        last = self.received[0] if self.received else None
        return last if last is not None and last.undone_at is None else None


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
        received = tuple(
            ReceivedBundle(row[0], row[1], UUID(hex=row[2]), row[3], row[4],
                           parse_time(row[5]), parse_time(row[6]),
                           parse_time(row[7]) if row[7] else None, json.loads(row[8]))
            for row in connection.execute(
                "SELECT id, file_name, sender_uuid, sender_name, fingerprint, "
                "bundle_created_at, imported_at, undone_at, summary FROM bundle_import "
                "ORDER BY id DESC"))
        sent = tuple(SentBundle(row[0], row[1], parse_time(row[2]), json.loads(row[3]))
                     for row in connection.execute(
                         "SELECT id, file_name, created_at, summary FROM bundle_export "
                         "ORDER BY id DESC"))
    return BundleHistory(received, sent)


def undo_bundle_import(db: Database, import_id: int | None = None) -> ReceivedBundle:
    """Undo the last bundle import (``import_id``, if given, must be it); returns it."""
    last = bundle_history(db).undoable
    if last is None:
        raise RejectedInput("There is no bundle import to undo: the last one was already "
                            "undone or erased.")
    if import_id is not None and import_id != last.id:
        raise RejectedInput(f"Only the last bundle import can be undone: {last.file_name} from "
                            f"{last.sender_name} (number {last.id}). Nothing was changed.")
    with db.session() as session:
        execute: Execute = session.connection().exec_driver_sql
        city_id = _city_id(execute, last.sender_uuid)
        changes = list(execute("SELECT entity, record_uuid, action, previous FROM bundle_change "
                               "WHERE import_id = ? ORDER BY id DESC", (last.id,)))
        for entity, uuid, action, previous in changes:
            if city_id is not None:
                _restore(execute, city_id, entity, UUID(hex=uuid), action=action,
                         previous=json.loads(previous) if previous else None)
        _mark_done(execute, [last.id], "undone")
    return last


def erase_bundle(db: Database, import_id: int) -> ReceivedBundle:
    """Remove what still comes from one bundle; our own data is untouched."""
    found = next((b for b in bundle_history(db).received if b.id == import_id), None)
    if found is None:
        raise RejectedInput(f"No bundle import number {import_id} is known. Nothing was "
                            "changed.")
    with db.session() as session:
        execute: Execute = session.connection().exec_driver_sql
        city_id = _city_id(execute, found.sender_uuid)
        if city_id is not None:
            execute("DELETE FROM practice WHERE source_bundle_id = ?", (import_id,))
            execute("DELETE FROM peer_stakeholder WHERE source_bundle_id = ?", (import_id,))
            city_change = next(iter(execute(
                "SELECT action, previous FROM bundle_change WHERE import_id = ? AND "
                "entity = 'city' ORDER BY id DESC", (import_id,))), None)
            source = next(iter(execute("SELECT source_bundle_id FROM city WHERE id = ?",
                                       (city_id,))))[0]
            if city_change is not None and source == import_id:
                if city_change[0] == "added":
                    _remove_city(execute, city_id)
                else:
                    records.write_city(execute, city_id, json.loads(city_change[1]))
        _mark_done(execute, [import_id], "erased")
    return found


def erase_peer_data(db: Database, city_uuid: UUID) -> int:
    """Remove everything that came in bundles from one city; returns how many bundles."""
    with db.session() as session:
        execute: Execute = session.connection().exec_driver_sql
        city = next(iter(execute("SELECT id, is_ours, name FROM city WHERE uuid = ?",
                                 (city_uuid.hex,))), None)
        if city is not None and city[1]:
            raise RejectedInput(f"{city[2]} is our own city: its data did not come from "
                                "bundles, and nothing was erased.")
        imports = [row[0] for row in execute(
            "SELECT id FROM bundle_import WHERE sender_uuid = ? ORDER BY id",
            (city_uuid.hex,))]
        if city is not None and imports:
            city_id = city[0]
            marks = ", ".join("?" * len(imports))
            execute("DELETE FROM peer_stakeholder WHERE city_id = ?", (city_id,))
            execute("DELETE FROM practice WHERE city_id = ? AND (source_bundle_id IS NOT NULL "
                    "OR uuid IN (SELECT record_uuid FROM bundle_change WHERE entity = "
                    f"'practice' AND import_id IN ({marks})))", (city_id, *imports))
            first = next(iter(execute(
                "SELECT action, previous FROM bundle_change WHERE entity = 'city' AND "
                f"import_id IN ({marks}) ORDER BY id", tuple(imports))), None)
            if first is not None and first[0] == "added":
                _remove_city(execute, city_id)
            elif first is not None:
                records.write_city(execute, city_id, json.loads(first[1]))
        _mark_done(execute, imports, "erased")
    return len(imports)


def peer_holdings(db: Database, city: str) -> PeerHoldings:
    """What we hold about a peer city (by name as :func:`name_key` compares it, or by UUID).

    RejectedInput when the name is that of several cities: the officer gives the UUID.
    """
    with db.reading() as connection:
        found = _find_city(connection.execute, city)
        city_id, uuid, name, country, profile_source, profile_updated_at, source_id = found
        sources = {row[0]: Source(row[1], parse_time(row[2]), parse_time(row[3]))
                   for row in connection.execute(
                       "SELECT id, file_name, bundle_created_at, imported_at FROM bundle_import")}
        practices = tuple((title, sources.get(source)) for title, source in connection.execute(
            "SELECT title, source_bundle_id FROM practice WHERE city_id = ? ORDER BY title",
            (city_id,)))
        stakeholders = tuple(
            (name_, kind, sources.get(source)) for name_, kind, source in connection.execute(
                "SELECT name, kind, source_bundle_id FROM peer_stakeholder WHERE city_id = ? "
                "AND withdrawn_at IS NULL ORDER BY name", (city_id,)))
        latest = next(iter(connection.execute(
            "SELECT max(id) FROM bundle_import WHERE sender_uuid = ? AND undone_at IS NULL",
            (uuid,))))[0]
    return PeerHoldings(UUID(hex=uuid), name, country, profile_source,
                        parse_time(profile_updated_at) if profile_updated_at else None,
                        sources.get(source_id), sources.get(latest), practices, stakeholders)


def _find_city(execute: Execute, wanted: str) -> tuple[Any, ...]:
    rows = [row for row in execute("SELECT id, uuid, name, country_code, profile_source, "
                                   "profile_updated_at, source_bundle_id, is_ours FROM city")
            if not row[7]]
    found = find_by_name(rows, wanted, name=lambda row: row[2],
                         uuid=lambda row: UUID(hex=row[1]))
    if found is None:
        raise RejectedInput(f"No peer city named {wanted} is in the directory. List them with "
                            "rrr-desktop peers list.")
    return tuple(found[:7])


def _city_id(execute: Execute, city_uuid: UUID) -> int | None:
    row = next(iter(execute("SELECT id FROM city WHERE uuid = ?", (city_uuid.hex,))), None)
    return int(row[0]) if row else None


def _restore(execute: Execute, city_id: int, entity: str, uuid: UUID, *, action: str,
             previous: dict[str, Any] | None) -> None:
    exists = {"city": "SELECT 1 FROM city WHERE id = ?",
              "practice": "SELECT 1 FROM practice WHERE city_id = ? AND uuid = ?",
              "stakeholder": "SELECT 1 FROM peer_stakeholder WHERE city_id = ? AND uuid = ?"}
    params = (city_id,) if entity == "city" else (city_id, uuid.hex)
    present = next(iter(execute(exists[entity], params)), None) is not None
    if action == "added":
        if entity == "city":
            _remove_city(execute, city_id)
        elif entity == "practice":
            records.delete_practice(execute, city_id, uuid)
        else:
            execute("DELETE FROM peer_stakeholder WHERE city_id = ? AND uuid = ?", params)
        return
    assert previous is not None
    if entity == "city" and present:
        records.write_city(execute, city_id, previous)
    elif entity == "practice" and (present or action == "withdrawn"):
        records.write_practice(execute, city_id, uuid, previous)
    elif entity == "stakeholder" and present:
        records.upsert_stakeholders(execute, [records.stakeholder_row(city_id, uuid, previous)])


def _remove_city(execute: Execute, city_id: int) -> None:
    """Delete a city met in bundles; if our notes refer to it, keep its name only."""
    referenced = next(iter(execute(_REFERENCES, {"id": city_id})), None)
    if referenced is None:
        execute("DELETE FROM city WHERE id = ?", (city_id,))
        return
    execute("DELETE FROM practice WHERE city_id = ?", (city_id,))
    execute("DELETE FROM peer_stakeholder WHERE city_id = ?", (city_id,))
    records.write_city(execute, city_id, {
        "fields": {"summary": "", "languages": [], "contact_office": "", "offers": [],
                   "wants_to_learn": [], "shared_challenges": [], "free_offers": [],
                   "free_wants_to_learn": [], "free_shared_challenges": [],
                   "self_assessment": []},
        "revision": 1, "updated_at": db_time(datetime.now(UTC)), "source_bundle_id": None,
        "profile_source": "", "profile_updated_at": None})


def _mark_done(execute: Execute, import_ids: list[int], how: str) -> None:
    if import_ids:
        execute(f"UPDATE bundle_import SET undone_at = ?, summary = json_set(summary, '$.{how}', "
                "1) WHERE id = ? AND undone_at IS NULL",
                [(db_time(datetime.now(UTC)), import_id) for import_id in import_ids])
