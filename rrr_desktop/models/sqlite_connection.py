"""SQLite connection settings shared by the ORM engine and the plain read connections.

Every connection gets the same pragmas: foreign keys on, WAL journal (readers do
not block the writer), a busy timeout (a second process waits instead of
failing), and ``synchronous=FULL`` so that a committed change survives a power
cut. Both ``database.py`` (plain ``sqlite3`` reads) and ``engine.py`` (the
SQLAlchemy engine) take them from here, so neither imports the other.

SQLite only: a second engine brings its own settings module.
"""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 10_000
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous = FULL",
)
READ_ONLY_PRAGMA = "PRAGMA query_only = ON"


def configure_connection(connection: sqlite3.Connection) -> None:
    """Apply the pragmas to a raw sqlite3 connection."""
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)
