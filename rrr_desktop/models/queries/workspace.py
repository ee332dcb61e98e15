"""Reads of our own workspace about peers: preferences (hidden, pinned), private
notes, saved working groups, key-value preferences, and where a peer's data came from."""

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
    stored_uuid,
)


def peer_preferences(connection: Connection) -> list[tuple[UUID, bool, bool]]:
    """(peer UUID, hidden, pinned) of every peer with preferences."""
    return decoded(connection.execute(
        "SELECT c.uuid, p.hidden, p.pinned FROM peer_preference p "
        "JOIN city c ON c.id = p.city_id WHERE c.is_ours = FALSE"), read_uuid, read_flag, read_flag)


def peer_note(connection: Connection, city_uuid: UUID) -> str | None:
    row = connection.execute(
        "SELECT n.text FROM peer_note n JOIN city c ON c.id = n.city_id WHERE c.uuid = ?",
        (stored_uuid(city_uuid),)).fetchone()
    return None if row is None else str(row[0])


def preference(connection: Connection, key: str) -> Any:
    """The decoded JSON value of a preference, None if it is not set."""
    row = connection.execute("SELECT value FROM preference WHERE key = ?", (key,)).fetchone()
    return None if row is None else read_json(row[0])


def peer_sources(connection: Connection, city_uuid: UUID) -> tuple[Any, ...] | None:
    """(id, profile source, profile updated at, source bundle id) of a city."""
    found = decoded(connection.execute(
        "SELECT id, profile_source, profile_updated_at, source_bundle_id FROM city "
        "WHERE uuid = ?", (stored_uuid(city_uuid),)), None, None, read_time)
    return found[0] if found else None


def newest_import_from(connection: Connection, city_uuid: UUID) -> tuple[int] | None:
    """The id of the newest bundle from the city that is still imported (not undone)."""
    found = connection.execute(
        "SELECT id FROM bundle_import WHERE sender_uuid = ? AND undone_at IS NULL "
        "ORDER BY bundle_created_at DESC, id DESC LIMIT 1", (stored_uuid(city_uuid),)).fetchone()
    return (int(found[0]),) if found else None


def practice_sources(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(practice UUID, source bundle id) of a city's practices."""
    return decoded(connection.execute(
        "SELECT uuid, source_bundle_id FROM practice WHERE city_id = ?", (city_id,)), read_uuid)


def shared_stakeholders(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(uuid, name, kind, locality, website, description, topic ids, modified at, source
    bundle id) of what a peer shares now, by name."""
    return decoded(connection.execute(
        "SELECT uuid, name, kind, locality, website, description, topic_ids, "
        "modified_at, source_bundle_id FROM peer_stakeholder "
        "WHERE city_id = ? AND withdrawn_at IS NULL ORDER BY name", (city_id,)),
        read_uuid, None, None, None, None, None, read_json, read_time)


def note_with_time(connection: Connection, city_id: int) -> tuple[str, datetime | None] | None:
    found = decoded(connection.execute(
        "SELECT text, updated_at FROM peer_note WHERE city_id = ?", (city_id,)), None, read_time)
    return found[0] if found else None


def hidden_and_pinned(connection: Connection, city_id: int) -> tuple[bool, bool]:
    row = connection.execute("SELECT hidden, pinned FROM peer_preference WHERE city_id = ?",
                             (city_id,)).fetchone()
    return (False, False) if row is None else (bool(row[0]), bool(row[1]))


def bundle_imports(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, file name, sender name, bundle created at, imported at) of every import."""
    return decoded(connection.execute(
        "SELECT id, file_name, sender_name, bundle_created_at, imported_at "
        "FROM bundle_import"), None, None, None, read_time, read_time)
