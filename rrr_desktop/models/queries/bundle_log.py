"""Reads of the bundles received (``bundle_import``) and sent (``bundle_export``), as
the briefs cite them."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import decoded, read_time, read_uuid, stored_uuid


def imports_in_force(connection: Connection) -> list[tuple[UUID, str, str, datetime]]:
    """(sender UUID, sender name, file name, bundle created at) of every import not
    undone, oldest bundle first."""
    return decoded(connection.execute(
        "SELECT sender_uuid, sender_name, file_name, bundle_created_at FROM bundle_import "
        "WHERE undone_at IS NULL ORDER BY bundle_created_at, id"),
        read_uuid, None, None, read_time)


def received(connection: Connection, sender: UUID | None) -> list[tuple[datetime, str, str]]:
    """(imported at, sender name, file name) of the imports not undone (from ``sender``
    only, when given)."""
    query = "SELECT imported_at, sender_name, file_name FROM bundle_import WHERE undone_at IS NULL"
    params: list[object] = []
    if sender is not None:
        query += " AND sender_uuid = ?"
        params.append(stored_uuid(sender))
    return decoded(connection.execute(query, params), read_time)


def sent(connection: Connection) -> list[tuple[datetime, str]]:
    """(created at, file name) of every bundle written."""
    return decoded(connection.execute("SELECT created_at, file_name FROM bundle_export"),
                   read_time)
