"""The SQLite engine and short-lived sessions.

Every connection gets the same pragmas: foreign keys on, WAL journal (readers do
not block the writer), a busy timeout (a second process waits instead of
failing), and ``synchronous=FULL`` so that a committed change survives a power
cut. pysqlite's own transaction handling is switched off and SQLAlchemy emits
``BEGIN`` itself, the recipe SQLAlchemy documents, so that transactions and
savepoints really are transactions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
CONNECTION_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous = FULL",
)


def configure_connection(connection: sqlite3.Connection) -> None:
    """Apply the pragmas to a raw sqlite3 connection (also used outside SQLAlchemy)."""
    for pragma in CONNECTION_PRAGMAS:
        connection.execute(pragma)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Stop pysqlite from issuing BEGIN itself (and from committing before DDL).
    dbapi_connection.isolation_level = None
    configure_connection(dbapi_connection)


def _on_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for the database file at ``path`` with the pragmas and real transactions."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """One database file: its engine and a factory of short-lived sessions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
