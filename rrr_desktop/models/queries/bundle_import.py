"""Reads and writes of a bundle import around the records themselves: who the sender
is to us (our city, a known city, a pinned key), whether the file came before, and
the log of the changes an import made (``bundle_change``, to undo it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import read_time, read_uuid, stored_time, stored_uuid


def our_city_uuid(connection: Connection) -> UUID | None:
    row = connection.execute("SELECT uuid FROM city WHERE is_ours = TRUE").fetchone()
    return None if row is None else read_uuid(row[0])


def pinned_key(connection: Connection, city_uuid: UUID) -> bytes | None:
    """The public key pinned for a sender city, if any."""
    row = connection.execute("SELECT public_key FROM trusted_sender WHERE city_uuid = ?",
                             (stored_uuid(city_uuid),)).fetchone()
    return None if row is None else row[0]


def last_import_of_file(connection: Connection, file_sha256: str) -> datetime | None:
    """When the file with this digest was last imported (and not undone), if ever."""
    return read_time(connection.execute(
        "SELECT max(imported_at) FROM bundle_import WHERE file_sha256 = ? "
        "AND undone_at IS NULL", (file_sha256,)).fetchone()[0])


def pin_key(connection: Connection, city_uuid: UUID, *, public_key: bytes, fingerprint: str,
            now: datetime, previous_fingerprint: str) -> None:
    """Trust ``public_key`` for the sender city from now on (replacing any pinned one)."""
    connection.execute(
        "INSERT INTO trusted_sender (city_uuid, public_key, fingerprint, pinned_at, "
        "previous_fingerprint) VALUES (?, ?, ?, ?, ?) ON CONFLICT (city_uuid) DO UPDATE "
        "SET public_key = excluded.public_key, fingerprint = excluded.fingerprint, "
        "pinned_at = excluded.pinned_at, previous_fingerprint = excluded."
        "previous_fingerprint",
        (stored_uuid(city_uuid), public_key, fingerprint, stored_time(now),
         previous_fingerprint))


def record_changes(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Log changes: rows of (import id, entity, record UUID as stored, action, previous
    state as stored JSON or None)."""
    connection.executemany(
        "INSERT INTO bundle_change (import_id, entity, record_uuid, action, previous) "
        "VALUES (?, ?, ?, ?, ?)", rows)
