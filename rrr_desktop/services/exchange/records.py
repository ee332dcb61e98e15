"""Peer records as the database holds them: read as :class:`Record`, written back.

The queries are ``models/queries/peer_records.py``; they take a connection, so the
same code reads in a preview (``Database.reading()``) and inside the import's
transaction (the session's own connection). A record's *state* is its fields plus
revision, time and source, times as stored: what :class:`BundleChange` keeps to undo
an import.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import peer_records as queries
from rrr_desktop.models.queries.codecs import (
    stored_json_list,
    stored_time,
    stored_utc_time,
    stored_uuid,
)
from rrr_desktop.services.exchange.content import Record
from rrr_desktop.services.profile.draft import ROLES

# Our words for the stored roles of city_topic / city_free_topic (profile.STORED_ROLE).
ROLE_OF = {"offers": "offers", "wants_to_learn": "wants_to_learn",
           "shared_challenges": "shared_challenge"}


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


def held_city(connection: Connection, city_uuid: UUID) -> HeldCity | None:
    row = queries.city_row(connection, city_uuid)
    if row is None:
        return None
    city_id, is_ours, revision, updated_at, source, *values = row
    fields = dict(zip(queries.CITY_COLUMNS, values, strict=True))
    for role in ROLES:
        fields[role] = []
        fields[f"free_{role}"] = []
    role_of = {stored: role for role, stored in ROLE_OF.items()}
    for stored, topic_id, note in queries.city_topics(connection, city_id):
        fields[role_of[stored]].append([topic_id, note])
    for stored, text, note in queries.city_free_topics(connection, city_id):
        fields[f"free_{role_of[stored]}"].append([text, note])
    fields["self_assessment"] = [[topic_id, score, day] for topic_id, score, day
                                 in queries.city_assessments(connection, city_id)]
    record = Record("city", city_uuid, revision, updated_at, fields["name"], fields)
    return HeldCity(city_id, is_ours, record, source)


def held_practices(connection: Connection, city_id: int) -> dict[UUID, HeldRecord]:
    topics: dict[int, list[str]] = defaultdict(list)
    for practice_id, topic_id in queries.practice_topics(connection, city_id):
        topics[practice_id].append(topic_id)
    held = {}
    for practice_id, uuid, revision, updated_at, source, *values in queries.practices(
            connection, city_id):
        fields = dict(zip(queries.PRACTICE_COLUMNS, values, strict=True))
        fields["topics"] = topics[practice_id]
        record = Record("practice", uuid, revision, updated_at, fields["title"], fields)
        held[record.uuid] = HeldRecord(practice_id, record, source)
    return held


def held_stakeholders(connection: Connection, city_id: int) -> dict[UUID, HeldRecord]:
    held = {}
    for row_id, uuid, revision, modified_at, source, withdrawn_at, *values in (
            queries.stakeholders(connection, city_id)):
        fields = dict(zip(queries.STAKEHOLDER_COLUMNS, values, strict=True))
        fields["topics"] = fields.pop("topic_ids")
        record = Record("stakeholder", uuid, revision, modified_at, fields["name"], fields)
        held[record.uuid] = HeldRecord(row_id, record, source, withdrawn_at)
    return held


def held_digest(connection: Connection, city_uuid: UUID) -> str:
    """A digest of every stored row the classification of ``city_uuid``'s records reads.

    Classifying is a function of the bundle and these rows only, so an unchanged digest
    means an unchanged classification: the import reuses its preview's instead of
    classifying every record again inside the transaction."""
    digest = hashlib.blake2b(digest_size=20)
    for rows in queries.classified_rows(connection, city_uuid):
        digest.update(repr(rows).encode())
    return digest.hexdigest()


# --- states (what BundleChange keeps) -----------------------------------------------------


def state_of(held: HeldRecord | HeldCity, extra: Mapping[str, Any] | None = None
             ) -> dict[str, Any]:
    """A stored record's state as JSON, to restore it exactly on undo."""
    record = held.record
    state: dict[str, Any] = {"revision": record.revision,
                             "updated_at": stored_time(record.updated_at),
                             "source_bundle_id": held.source_bundle_id,
                             "fields": dict(record.fields), **(extra or {})}
    if isinstance(held, HeldRecord) and held.withdrawn_at is not None:
        state["withdrawn_at"] = held.withdrawn_at
    return state


def city_extra(connection: Connection, city_id: int) -> dict[str, Any]:
    source, updated = queries.profile_source(connection, city_id)
    return {"profile_source": source, "profile_updated_at": updated}


# --- writing ----------------------------------------------------------------------------------


def insert_city(connection: Connection, record: Record) -> int:
    """A new peer city with the bundle's card; its profile is written by write_city."""
    return queries.insert_city(connection, record.uuid, revision=record.revision,
                               now=datetime.now(UTC), updated_at=record.updated_at,
                               card=record.fields)


def write_city(connection: Connection, city_id: int, state: Mapping[str, Any]) -> None:
    """Give a city the fields in ``state`` (only those present), revision, time and source."""
    fields = state["fields"]
    queries.update_city(connection, city_id, fields, state)
    if all(role in fields for role in ROLES):
        queries.replace_city_rows(connection, city_id, "city_topic", ("role", "topic_id", "note"),
                                  [(ROLE_OF[role], topic_id, note) for role in ROLES
                                   for topic_id, note in fields[role]])
        queries.replace_city_rows(connection, city_id, "city_free_topic",
                                  ("role", "text", "note"),
                                  [(ROLE_OF[role], text, note) for role in ROLES
                                   for text, note in fields[f"free_{role}"]])
    if "self_assessment" in fields:
        queries.replace_city_rows(connection, city_id, "topic_assessment",
                                  ("topic_id", "score", "assessed_on"),
                                  [tuple(entry) for entry in fields["self_assessment"]])


def write_practice(connection: Connection, city_id: int, practice_uuid: UUID,
                   state: Mapping[str, Any]) -> None:
    """Insert or replace a practice of ``city_id`` with ``state``."""
    queries.write_practice(connection, city_id, practice_uuid, state, now=datetime.now(UTC))


def delete_practice(connection: Connection, city_id: int, practice_uuid: UUID) -> None:
    queries.delete_practice(connection, city_id, practice_uuid)


def stakeholder_row(city_id: int, record_uuid: UUID, state: Mapping[str, Any]
                    ) -> tuple[Any, ...]:
    """The values of one peer_stakeholder row, in the order of :func:`upsert_stakeholders`."""
    return _row((city_id, stored_uuid(record_uuid), state["revision"], state["updated_at"],
                 state["source_bundle_id"], state.get("withdrawn_at")), state["fields"])


def incoming_rows(city_id: int, import_id: int, incoming: Iterable[Record]
                  ) -> list[tuple[Any, ...]]:
    """The peer_stakeholder rows of a bundle's records as import ``import_id`` writes them:
    :func:`stakeholder_row` of each record's state, without building the state.

    Each distinct time is turned into its stored text once: a bundle's times are to the
    second, and records saved together share theirs (a register imported from a
    spreadsheet, a bulk edit), while formatting one costs as much as the rest of its row.
    A bundle's times are in UTC once read (``content.py``). A time equal to the record
    before's is not even looked up: hashing an aware time asks its zone for the offset,
    comparing two in the same zone does not."""
    stored: dict[datetime, str] = {}
    rows = []
    last, text = None, ""
    for record in incoming:
        moment = record.updated_at
        if moment != last:
            last = moment
            found = stored.get(moment)
            if found is None:
                found = stored[moment] = stored_utc_time(moment)
            text = found
        rows.append(_row((city_id, record.uuid.hex, record.revision, text, import_id, None),
                         record.fields))
    return rows


def _row(head: tuple[Any, ...], fields: Mapping[str, Any]) -> tuple[Any, ...]:
    """``head`` (city id, UUID, revision, time, source, withdrawn as stored), then fields
    (joined with ``+``: ``(*head, ...)`` builds a list first, a sixth of a row's time)."""
    return head + (fields["name"], fields["kind"], fields["is_person"],  # noqa: RUF005
                   stored_json_list(fields["sectors"]), fields["district"], fields["locality"],
                   fields["country_code"], fields["website"], fields["description"],
                   stored_json_list(fields["topics"]), stored_json_list(fields["tags"]),
                   fields["stage"], fields["contact_person"], fields["email"], fields["phone"])


def upsert_stakeholders(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert or replace peer stakeholders by (city, uuid), many at once."""
    queries.upsert_stakeholders(connection, rows)


def insert_stakeholders(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Insert peer stakeholders the city does not hold yet, many at once."""
    queries.insert_stakeholders(connection, rows)
