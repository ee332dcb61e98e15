"""Reads of ``app_meta``, the key-value facts about the database itself."""

from __future__ import annotations

from rrr_desktop.models.queries import Connection


def app_meta_value(connection: Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def add_app_meta_value(connection: Connection, key: str, value: str) -> None:
    """Store ``value`` under ``key`` unless a value is there already (the first wins)."""
    connection.execute("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO NOTHING", (key, value))
