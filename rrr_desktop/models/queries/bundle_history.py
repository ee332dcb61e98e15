"""Reads and writes of the bundle history: bundles received and sent, the changes an
import made (to undo it), erasing what came from a bundle or a peer, and what we
hold about a peer and from which bundle."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_flag,
    read_json,
    read_time,
    read_uuid,
    stored_time,
    stored_uuid,
)

# Our own notes, preferences and groups that name a city: it keeps its name if one does.
_REFERENCES = ("SELECT 1 FROM peer_note WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM peer_preference WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM working_group_member WHERE city_id = :id UNION ALL "
               "SELECT 1 FROM working_group WHERE lead_city_id = :id")
_EXISTS = {"city": "SELECT 1 FROM city WHERE id = ?",
           "practice": "SELECT 1 FROM practice WHERE city_id = ? AND uuid = ?",
           "stakeholder": "SELECT 1 FROM peer_stakeholder WHERE city_id = ? AND uuid = ?"}


def received_bundles(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, file name, sender UUID, sender name, fingerprint, bundle created at, imported
    at, undone at, summary), newest first."""
    return decoded(connection.execute(
        "SELECT id, file_name, sender_uuid, sender_name, fingerprint, bundle_created_at, "
        "imported_at, undone_at, summary FROM bundle_import ORDER BY id DESC"),
        None, None, read_uuid, None, None, read_time, read_time, read_time, read_json)


def sent_bundles(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, file name, created at, summary), newest first."""
    return decoded(connection.execute(
        "SELECT id, file_name, created_at, summary FROM bundle_export ORDER BY id DESC"),
        None, None, read_time, read_json)


def city_id(connection: Connection, city_uuid: UUID) -> int | None:
    row = connection.execute("SELECT id FROM city WHERE uuid = ?",
                             (stored_uuid(city_uuid),)).fetchone()
    return int(row[0]) if row else None


def city_by_uuid(connection: Connection, city_uuid: UUID) -> tuple[int, bool, str] | None:
    """(id, is ours, name) of a city."""
    found = decoded(connection.execute("SELECT id, is_ours, name FROM city WHERE uuid = ?",
                                       (stored_uuid(city_uuid),)), None, read_flag)
    return found[0] if found else None


def changes_of(connection: Connection, import_id: int) -> list[tuple[Any, ...]]:
    """(entity, record UUID, action, previous state or None) of an import, last first."""
    return decoded(connection.execute(
        "SELECT entity, record_uuid, action, previous FROM bundle_change "
        "WHERE import_id = ? ORDER BY id DESC", (import_id,)), None, read_uuid, None, read_json)


def record_exists(connection: Connection, city_id: int, entity: str, uuid: UUID) -> bool:
    params = (city_id,) if entity == "city" else (city_id, stored_uuid(uuid))
    return connection.execute(_EXISTS[entity], params).fetchone() is not None


def delete_peer_stakeholder(connection: Connection, city_id: int, uuid: UUID) -> None:
    connection.execute("DELETE FROM peer_stakeholder WHERE city_id = ? AND uuid = ?",
                       (city_id, stored_uuid(uuid)))


def delete_from_bundle(connection: Connection, import_id: int) -> None:
    """Delete the practices and shared stakeholders that bundle ``import_id`` left."""
    connection.execute("DELETE FROM practice WHERE source_bundle_id = ?", (import_id,))
    connection.execute("DELETE FROM peer_stakeholder WHERE source_bundle_id = ?", (import_id,))


def city_change(connection: Connection, import_ids: list[int], *,
                first: bool) -> tuple[str, Any] | None:
    """(action, previous state) of the first (or last) change of a city among the
    imports ``import_ids``."""
    marks = ", ".join("?" * len(import_ids))
    found = decoded(connection.execute(
        "SELECT action, previous FROM bundle_change WHERE entity = 'city' AND "
        f"import_id IN ({marks}) ORDER BY id {'ASC' if first else 'DESC'} LIMIT 1",
        tuple(import_ids)), None, read_json)
    return found[0] if found else None


def city_source_bundle(connection: Connection, city_id: int) -> int | None:
    """The import the city's profile as held came from (None: not from a bundle)."""
    found = connection.execute("SELECT source_bundle_id FROM city WHERE id = ?",
                               (city_id,)).fetchone()[0]
    return None if found is None else int(found)


def imports_from(connection: Connection, sender: UUID) -> list[int]:
    return [row[0] for row in connection.execute(
        "SELECT id FROM bundle_import WHERE sender_uuid = ? ORDER BY id", (stored_uuid(sender),))]


def delete_bundled_records(connection: Connection, city_id: int, import_ids: list[int]) -> None:
    """Delete a city's shared stakeholders, and its practices that came in a bundle or
    that one of ``import_ids`` added."""
    marks = ", ".join("?" * len(import_ids))
    connection.execute("DELETE FROM peer_stakeholder WHERE city_id = ?", (city_id,))
    connection.execute(
        "DELETE FROM practice WHERE city_id = ? AND (source_bundle_id IS NOT NULL "
        "OR uuid IN (SELECT record_uuid FROM bundle_change WHERE entity = "
        f"'practice' AND import_id IN ({marks})))", (city_id, *import_ids))


def is_referenced(connection: Connection, city_id: int) -> bool:
    """Whether our own notes, preferences or groups name the city."""
    return connection.execute(_REFERENCES, {"id": city_id}).fetchone() is not None


def delete_city(connection: Connection, city_id: int) -> None:
    connection.execute("DELETE FROM city WHERE id = ?", (city_id,))


def delete_city_records(connection: Connection, city_id: int) -> None:
    """Delete a city's practices and shared stakeholders (the city stays)."""
    connection.execute("DELETE FROM practice WHERE city_id = ?", (city_id,))
    connection.execute("DELETE FROM peer_stakeholder WHERE city_id = ?", (city_id,))


def mark_done(connection: Connection, import_ids: list[int], how: str, when: datetime) -> None:
    """Record imports as undone or erased (``how``: "undone" or "erased") at ``when``."""
    assert how in ("undone", "erased"), how
    # SQLite: json_set adds the flag to the summary (PostgreSQL: jsonb's ||).
    flagged = (f"CAST(CAST(summary AS jsonb) || '{{\"{how}\": 1}}' AS json)"
               if connection.postgres else f"json_set(summary, '$.{how}', 1)")
    connection.executemany(
        f"UPDATE bundle_import SET undone_at = ?, summary = {flagged} "
        "WHERE id = ? AND undone_at IS NULL",
        [(stored_time(when), import_id) for import_id in import_ids])


def cities_for_lookup(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, uuid, name, country code, profile source, profile updated at, source bundle
    id, is ours) of every city."""
    return decoded(connection.execute(
        "SELECT id, uuid, name, country_code, profile_source, profile_updated_at, "
        "source_bundle_id, is_ours FROM city"),
        None, read_uuid, None, None, None, read_time, None, read_flag)


def bundle_sources(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, file name, bundle created at, imported at) of every import."""
    return decoded(connection.execute(
        "SELECT id, file_name, bundle_created_at, imported_at FROM bundle_import"),
        None, None, read_time, read_time)


def practice_titles(connection: Connection, city_id: int) -> list[tuple[str, int | None]]:
    """(title, source bundle id) of a city's practices, by title."""
    return connection.execute(
        "SELECT title, source_bundle_id FROM practice WHERE city_id = ? ORDER BY title",
        (city_id,)).fetchall()


def shared_stakeholder_names(connection: Connection,
                             city_id: int) -> list[tuple[str, str, int | None]]:
    """(name, kind, source bundle id) of what a city shares now, by name."""
    return connection.execute(
        "SELECT name, kind, source_bundle_id FROM peer_stakeholder WHERE city_id = ? "
        "AND withdrawn_at IS NULL ORDER BY name", (city_id,)).fetchall()


def latest_import_from(connection: Connection, sender: UUID) -> int | None:
    """The id of the latest import not undone from the sender."""
    found = connection.execute(
        "SELECT max(id) FROM bundle_import WHERE sender_uuid = ? AND undone_at IS NULL",
        (stored_uuid(sender),)).fetchone()[0]
    return None if found is None else int(found)
