"""Peer records as the database holds them: read as :class:`Record`, written back.

Plain SQL over an ``execute`` callable, so the same code reads in a preview
(``Database.reading()``) and inside the import's transaction
(``session.connection().exec_driver_sql``). Values are stored the way the ORM
stores them (UUIDs as 32 hex digits, UTC times without zone, JSON lists), so the
ORM and the pages read them back unchanged. A record's *state* is its fields plus
revision, time and source: what :class:`BundleChange` keeps to undo an import.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from json.encoder import encode_basestring_ascii
from typing import Any
from uuid import UUID

from rrr_desktop.services.exchange.content import Record
from rrr_desktop.services.profile.draft import ROLES

Execute = Callable[..., Iterable[Sequence[Any]]]

# Our words for the stored roles of city_topic / city_free_topic (profile.STORED_ROLE).
ROLE_OF = {"offers": "offers", "wants_to_learn": "wants_to_learn",
           "shared_challenges": "shared_challenge"}
CITY_COLUMNS = ("name", "country_code", "region", "website", "summary", "languages",
                "contact_office")
PRACTICE_COLUMNS = ("title", "kind", "stage", "description", "year_started", "link")
STAKEHOLDER_COLUMNS = ("name", "kind", "is_person", "sectors", "district", "locality",
                       "country_code", "website", "description", "topic_ids", "tags", "stage",
                       "contact_person", "email", "phone")
_NO_OFFSET = timedelta(0)
_JSON_COLUMNS = {"languages", "sectors", "topic_ids", "tags"}


@dataclass(frozen=True)
class HeldCity:
    id: int
    is_ours: bool
    record: Record
    source_bundle_id: int | None


@dataclass(frozen=True)
class HeldRecord:
    id: int
    record: Record
    source_bundle_id: int | None
    withdrawn_at: str | None = None  # as stored

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


def db_time(value: datetime) -> str:
    """A time as the ORM stores it (UTC, no zone, microseconds)."""
    if value.utcoffset() != _NO_OFFSET:  # a bundle's times are UTC already: skip the shift
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _column_value(column: str, value: Any) -> Any:
    if column in _JSON_COLUMNS:
        return json.loads(value)
    if column == "is_person":
        return bool(value)
    return value


def held_city(execute: Execute, city_uuid: UUID) -> HeldCity | None:
    row = next(iter(execute(
        f"SELECT id, is_ours, revision, updated_at, source_bundle_id, {', '.join(CITY_COLUMNS)} "
        "FROM city WHERE uuid = ?", (city_uuid.hex,))), None)
    if row is None:
        return None
    city_id, is_ours, revision, updated_at, source, *values = row
    fields = {c: _column_value(c, v) for c, v in zip(CITY_COLUMNS, values, strict=True)}
    for role in ROLES:
        fields[role] = []
        fields[f"free_{role}"] = []
    role_of = {stored: role for role, stored in ROLE_OF.items()}
    for role, topic_id, note in execute("SELECT role, topic_id, note FROM city_topic "
                                        "WHERE city_id = ? ORDER BY id", (city_id,)):
        fields[role_of[role]].append([topic_id, note])
    for role, text, note in execute("SELECT role, text, note FROM city_free_topic "
                                    "WHERE city_id = ? ORDER BY id", (city_id,)):
        fields[f"free_{role_of[role]}"].append([text, note])
    fields["self_assessment"] = [
        [topic_id, score, day] for topic_id, score, day in execute(
            "SELECT topic_id, score, assessed_on FROM topic_assessment WHERE city_id = ? "
            "ORDER BY id", (city_id,))]
    record = Record("city", city_uuid, revision, parse_time(updated_at), fields["name"], fields)
    return HeldCity(city_id, bool(is_ours), record, source)


def held_practices(execute: Execute, city_id: int) -> dict[UUID, HeldRecord]:
    topics: dict[int, list[str]] = defaultdict(list)
    for practice_id, topic_id in execute(
            "SELECT pt.practice_id, pt.topic_id FROM practice_topic pt JOIN practice p "
            "ON p.id = pt.practice_id WHERE p.city_id = ? ORDER BY pt.topic_id", (city_id,)):
        topics[practice_id].append(topic_id)
    held = {}
    for practice_id, uuid, revision, updated_at, source, *values in execute(
            f"SELECT id, uuid, revision, updated_at, source_bundle_id, "
            f"{', '.join(PRACTICE_COLUMNS)} FROM practice WHERE city_id = ?", (city_id,)):
        fields = dict(zip(PRACTICE_COLUMNS, values, strict=True))
        fields["topics"] = topics[practice_id]
        record = Record("practice", UUID(hex=uuid), revision, parse_time(updated_at),
                        fields["title"], fields)
        held[record.uuid] = HeldRecord(practice_id, record, source)
    return held


def held_stakeholders(execute: Execute, city_id: int) -> dict[UUID, HeldRecord]:
    held = {}
    for row_id, uuid, revision, modified_at, source, withdrawn_at, *values in execute(
            f"SELECT id, uuid, revision, modified_at, source_bundle_id, withdrawn_at, "
            f"{', '.join(STAKEHOLDER_COLUMNS)} FROM peer_stakeholder WHERE city_id = ?",
            (city_id,)):
        fields = {c: _column_value(c, v) for c, v in zip(STAKEHOLDER_COLUMNS, values, strict=True)}
        fields["topics"] = fields.pop("topic_ids")
        record = Record("stakeholder", UUID(hex=uuid), revision, parse_time(modified_at),
                        fields["name"], fields)
        held[record.uuid] = HeldRecord(row_id, record, source, withdrawn_at)
    return held


def foreign_owner(execute: Execute, entity: str, uuids: Iterable[UUID], city_id: int | None
                  ) -> tuple[UUID, str] | None:
    """The first of ``uuids`` that names a record of another city (or of our register)."""
    wanted = json.dumps([u.hex for u in uuids])
    if entity == "practice":
        sql = ("SELECT p.uuid, c.name FROM practice p JOIN city c ON c.id = p.city_id "
               "WHERE p.uuid IN (SELECT value FROM json_each(?)) AND p.city_id IS NOT ? LIMIT 1")
        row = next(iter(execute(sql, (wanted, city_id))), None)
    else:
        row = next(iter(execute(
            "SELECT uuid, 'our own register' FROM stakeholder "
            "WHERE uuid IN (SELECT value FROM json_each(?)) "
            "UNION ALL SELECT s.uuid, c.name FROM peer_stakeholder s JOIN city c "
            "ON c.id = s.city_id WHERE s.uuid IN (SELECT value FROM json_each(?)) "
            "AND s.city_id IS NOT ? LIMIT 1", (wanted, wanted, city_id))), None)
    return (UUID(hex=row[0]), row[1]) if row else None


# Every row the classification of a city's records reads (held_city, held_practices,
# held_stakeholders), all columns, in a fixed order.
_CLASSIFIED_ROWS = (
    "SELECT * FROM city WHERE id = ?",
    "SELECT * FROM city_topic WHERE city_id = ? ORDER BY id",
    "SELECT * FROM city_free_topic WHERE city_id = ? ORDER BY id",
    "SELECT * FROM topic_assessment WHERE city_id = ? ORDER BY id",
    "SELECT * FROM practice WHERE city_id = ? ORDER BY id",
    "SELECT pt.* FROM practice_topic pt JOIN practice p ON p.id = pt.practice_id "
    "WHERE p.city_id = ? ORDER BY pt.rowid",
    "SELECT * FROM peer_stakeholder WHERE city_id = ? ORDER BY id",
)


def held_digest(execute: Execute, city_uuid: UUID) -> str:
    """A digest of every stored row the classification of ``city_uuid``'s records reads.

    Classifying is a function of the bundle and these rows only, so an unchanged digest
    means an unchanged classification: the import reuses its preview's instead of
    classifying every record again inside the transaction."""
    digest = hashlib.blake2b(digest_size=20)
    found = next(iter(execute("SELECT id FROM city WHERE uuid = ?", (city_uuid.hex,))), None)
    if found is not None:
        for sql in _CLASSIFIED_ROWS:
            digest.update(repr([tuple(row) for row in execute(sql, (found[0],))]).encode())
    return digest.hexdigest()


# --- states (what BundleChange keeps) -----------------------------------------------------


def state_of(held: HeldRecord | HeldCity, extra: Mapping[str, Any] | None = None
             ) -> dict[str, Any]:
    """A stored record's state as JSON, to restore it exactly on undo."""
    record = held.record
    state: dict[str, Any] = {"revision": record.revision,
                             "updated_at": db_time(record.updated_at),
                             "source_bundle_id": held.source_bundle_id,
                             "fields": dict(record.fields), **(extra or {})}
    if isinstance(held, HeldRecord) and held.withdrawn_at is not None:
        state["withdrawn_at"] = held.withdrawn_at
    return state


def city_extra(execute: Execute, city_id: int) -> dict[str, Any]:
    source, updated = next(iter(execute(
        "SELECT profile_source, profile_updated_at FROM city WHERE id = ?", (city_id,))))
    return {"profile_source": source, "profile_updated_at": updated}


# --- writing ----------------------------------------------------------------------------------


def insert_city(execute: Execute, record: Record) -> int:
    """A new peer city with the bundle's card; its profile is written by write_city."""
    fields = record.fields
    execute("INSERT INTO city (uuid, revision, created_at, updated_at, name, country_code, "
            "region, languages, website, summary, contact_office, profile_source, is_ours) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, '', '', '', 0)",
            (record.uuid.hex, record.revision, db_time(datetime.now(UTC)),
             db_time(record.updated_at), fields["name"], fields["country_code"],
             fields["region"], fields["website"]))
    return int(next(iter(execute("SELECT id FROM city WHERE uuid = ?", (record.uuid.hex,))))[0])


def write_city(execute: Execute, city_id: int, state: Mapping[str, Any]) -> None:
    """Give a city the fields in ``state`` (only those present), revision, time and source."""
    fields = state["fields"]
    columns = [c for c in CITY_COLUMNS if c in fields]
    values = [json.dumps(fields[c]) if c in _JSON_COLUMNS else fields[c] for c in columns]
    assignments = "".join(f"{c} = ?, " for c in columns)
    execute(f"UPDATE city SET {assignments}revision = ?, updated_at = ?, source_bundle_id = ?, "
            "profile_source = ?, profile_updated_at = ? WHERE id = ?",
            (*values, state["revision"], state["updated_at"], state["source_bundle_id"],
             state["profile_source"], state["profile_updated_at"], city_id))
    if all(role in fields for role in ROLES):
        _replace_rows(execute, city_id, "city_topic", ("role", "topic_id", "note"),
                      [(ROLE_OF[role], topic_id, note) for role in ROLES
                       for topic_id, note in fields[role]])
        _replace_rows(execute, city_id, "city_free_topic", ("role", "text", "note"),
                      [(ROLE_OF[role], text, note) for role in ROLES
                       for text, note in fields[f"free_{role}"]])
    if "self_assessment" in fields:
        _replace_rows(execute, city_id, "topic_assessment", ("topic_id", "score", "assessed_on"),
                      [tuple(entry) for entry in fields["self_assessment"]])


def _replace_rows(execute: Execute, city_id: int, table: str, columns: tuple[str, ...],
                  wanted: list[tuple[Any, ...]]) -> None:
    """Make a city's rows of ``table`` be ``wanted``, in order; equal rows are left alone."""
    names = ", ".join(columns)
    held = [tuple(row) for row in execute(f"SELECT {names} FROM {table} WHERE city_id = ? "
                                          "ORDER BY id", (city_id,))]
    if held == wanted:
        return
    execute(f"DELETE FROM {table} WHERE city_id = ?", (city_id,))
    for row in wanted:
        execute(f"INSERT INTO {table} (city_id, {names}) VALUES (?, {', '.join('?' * len(row))})",
                (city_id, *row))


def write_practice(execute: Execute, city_id: int, practice_uuid: UUID,
                   state: Mapping[str, Any]) -> None:
    """Insert or replace a practice of ``city_id`` with ``state``."""
    fields = state["fields"]
    values = [fields[c] for c in PRACTICE_COLUMNS]
    row = next(iter(execute("SELECT id FROM practice WHERE uuid = ? AND city_id = ?",
                            (practice_uuid.hex, city_id))), None)
    if row is None:
        execute(f"INSERT INTO practice (uuid, city_id, created_at, revision, updated_at, "
                f"source_bundle_id, {', '.join(PRACTICE_COLUMNS)}) "
                f"VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' * len(PRACTICE_COLUMNS))})",
                (practice_uuid.hex, city_id, db_time(datetime.now(UTC)), state["revision"],
                 state["updated_at"], state["source_bundle_id"], *values))
        row = next(iter(execute("SELECT id FROM practice WHERE uuid = ?",
                                (practice_uuid.hex,))))
    else:
        execute(f"UPDATE practice SET revision = ?, updated_at = ?, source_bundle_id = ?, "
                f"{', '.join(c + ' = ?' for c in PRACTICE_COLUMNS)} WHERE id = ?",
                (state["revision"], state["updated_at"], state["source_bundle_id"], *values,
                 row[0]))
        execute("DELETE FROM practice_topic WHERE practice_id = ?", (row[0],))
    for topic_id in fields["topics"]:
        execute("INSERT INTO practice_topic (practice_id, topic_id) VALUES (?, ?)",
                (row[0], topic_id))


def delete_practice(execute: Execute, city_id: int, practice_uuid: UUID) -> None:
    execute("DELETE FROM practice WHERE uuid = ? AND city_id = ?", (practice_uuid.hex, city_id))


def stakeholder_row(city_id: int, record_uuid: UUID, state: Mapping[str, Any]
                    ) -> tuple[Any, ...]:
    """The values of one peer_stakeholder row, in the order of :func:`upsert_stakeholders`."""
    fields = state["fields"]
    return (city_id, record_uuid.hex, state["revision"], state["updated_at"],
            state["source_bundle_id"], state.get("withdrawn_at"), fields["name"],
            fields["kind"], fields["is_person"], _json_list(fields["sectors"]),
            fields["district"], fields["locality"], fields["country_code"], fields["website"],
            fields["description"], _json_list(fields["topics"]), _json_list(fields["tags"]),
            fields["stage"], fields["contact_person"], fields["email"], fields["phone"])


_encode = json.JSONEncoder().encode  # json.dumps with its default options, set up once


def _json_list(items: list[Any]) -> str:
    """A list as ``json.dumps`` (and so the ORM) stores it, without its per-call set-up.

    A list of strings (every list a bundle carries) is joined from its encoded items, as
    ``json.dumps`` would write it, at a quarter of the cost; anything else is encoded."""
    if not items:
        return "[]"
    try:
        return "[" + ", ".join(map(encode_basestring_ascii, items)) + "]"
    except TypeError:  # not all strings
        return _encode(items)


def upsert_stakeholders(execute: Execute, rows: list[tuple[Any, ...]]) -> None:
    """Insert or replace peer stakeholders by (city, uuid), many at once."""
    columns = ("city_id", "uuid", "revision", "modified_at", "source_bundle_id", "withdrawn_at",
               *STAKEHOLDER_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns[2:])
    execute(f"INSERT INTO peer_stakeholder ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT (city_id, uuid) DO UPDATE SET {updates}", rows)
