"""Reads of ``app_meta``, the key-value facts about the database itself."""

from __future__ import annotations

from rrr_desktop.models.queries import Connection


def app_meta_value(connection: Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])
