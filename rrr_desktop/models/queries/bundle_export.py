"""Reads and writes of a bundle export: our city's card, versions of our practices,
our shareable stakeholders (decoded as fast as 10,000 of them need), what was shared
before (for tombstones), and the record of what went out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    iso_from_stored,
    read_json,
    read_time,
    read_uuid,
    stored_json,
    stored_time,
    stored_uuid,
    stored_uuid_from_text,
    uuid_text,
)


def our_card(connection: Connection) -> tuple[Any, ...] | None:
    """(id, uuid, name, country code, region, website, revision, updated at) of our city."""
    found = decoded(connection.execute(
        "SELECT id, uuid, name, country_code, region, website, revision, updated_at "
        "FROM city WHERE is_ours = TRUE"), None, read_uuid, None, None, None, None, None, read_time)
    return found[0] if found else None


def practice_versions(connection: Connection, city_id: int) -> dict[UUID, tuple[int, datetime]]:
    """Practice UUID -> (revision, updated at) of a city's practices."""
    return {uuid: (revision, updated) for uuid, revision, updated in decoded(connection.execute(
        "SELECT uuid, revision, updated_at FROM practice WHERE city_id = ?", (city_id,)),
        read_uuid, None, read_time)}


def stakeholder_topics(connection: Connection) -> dict[int, list[str]]:
    """Stakeholder id -> its topic ids (sorted), for every stakeholder with topics."""
    topics: dict[int, list[str]] = {}
    for stakeholder_id, topic_id in connection.execute(
            "SELECT stakeholder_id, topic_id FROM stakeholder_topic ORDER BY topic_id"):
        topics.setdefault(stakeholder_id, []).append(topic_id)
    return topics


def shareable_stakeholders(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, uuid as text, revision, updated at as ISO text, name, kind, is_person, sectors,
    district, locality, country code, website, description, tags, stage, contact person,
    email, phone, consent given) of our shareable stakeholders not archived, by name.

    UUIDs and times are decoded by slicing, straight into what a bundle writes."""
    rows = []
    for (row_id, uuid, revision, updated, name, kind, is_person, sectors, *middle, tags,
         stage, contact, email, phone, consent) in connection.execute(
            "SELECT s.id, s.uuid, s.revision, s.updated_at, s.name, s.kind, s.is_person, "
            "s.sectors, s.district, s.locality, s.country_code, s.website, s.description, "
            "s.tags, s.stage, s.contact_person, s.email, s.phone, s.consent_given "
            "FROM stakeholder s WHERE s.shareable = TRUE AND s.archived = FALSE "
            "ORDER BY s.sort_name, s.id"):
        rows.append((row_id, uuid_text(uuid), revision, iso_from_stored(updated), name, kind,
                     bool(is_person), read_json(sectors), *middle, read_json(tags), stage,
                     contact, email, phone, bool(consent)))
    return rows


def shared_before(connection: Connection, entities: Sequence[str]) -> list[tuple[Any, ...]]:
    """(entity, record UUID, revision shared, withdrawn at, current revision or None) of
    every record of ``entities`` shared in an earlier bundle."""
    return decoded(connection.execute(
        "SELECT r.entity, r.record_uuid, r.revision, r.withdrawn_at, "
        "coalesce(p.revision, s.revision) FROM shared_record r "
        "LEFT JOIN practice p ON r.entity = 'practice' AND p.uuid = r.record_uuid "
        "LEFT JOIN stakeholder s ON r.entity = 'stakeholder' AND s.uuid = r.record_uuid "
        f"WHERE r.entity IN ({', '.join('?' * len(entities))}) "
        "ORDER BY r.entity, r.record_uuid", tuple(entities)), None, read_uuid, None, read_time)


def record_export(connection: Connection, file_name: str, now: datetime, *,
                  summary: dict[str, int], shared: Iterable[tuple[str, str, int]],
                  withdrawn: Iterable[tuple[str, UUID]]) -> int:
    """Remember a bundle written: its file, time and counts, the records it shared (entity,
    UUID as text, revision) and those it withdrew. Returns the export's id."""
    (export_id,) = connection.execute(
        "INSERT INTO bundle_export (file_name, created_at, summary) VALUES (?, ?, ?) "
        "RETURNING id", (file_name, stored_time(now), stored_json(summary))).fetchone()
    # SQLite (and PostgreSQL): INSERT ... ON CONFLICT DO UPDATE.
    connection.executemany(
        "INSERT INTO shared_record (entity, record_uuid, revision, last_export_id, "
        "withdrawn_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (entity, record_uuid) "
        "DO UPDATE SET revision = excluded.revision, last_export_id = excluded."
        "last_export_id, withdrawn_at = NULL",
        [(entity, stored_uuid_from_text(uuid), revision, export_id)
         for entity, uuid, revision in shared])
    connection.executemany(
        "UPDATE shared_record SET withdrawn_at = ? WHERE entity = ? AND "
        "record_uuid = ? AND withdrawn_at IS NULL",
        [(stored_time(now), entity, stored_uuid(uuid)) for entity, uuid in withdrawn])
    return int(export_id)
