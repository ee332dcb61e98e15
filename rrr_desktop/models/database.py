"""One database file: ORM sessions for writing, plain sqlite3 for fast reading.

Every connection gets the same pragmas (``sqlite_connection.py``).

SQLAlchemy costs about a quarter of a second to import, more than the whole
window takes to appear, so this module does not import it: the engine is made
on the first write. Pages read through :meth:`Database.reading`, a short-lived
standard-library connection in one read transaction; queries that fill lists
are plain SQL anyway, for speed on big tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

from rrr_desktop.models.sqlite_connection import (
    BUSY_TIMEOUT_MS,
    READ_ONLY_PRAGMA,
    configure_connection,
)


class Database:
    """One database file: short-lived ORM sessions and short-lived read connections."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy.orm import sessionmaker

            from rrr_desktop.models.engine import create_sqlite_engine

            self._engine = create_sqlite_engine(self.path)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        self.engine  # noqa: B018 - makes the engine and the session factory on first use
        assert self._sessions is not None
        with self._sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only snapshot: every query inside sees the same committed state."""
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None)
        try:
            configure_connection(connection)
            connection.execute(READ_ONLY_PRAGMA)
            connection.execute("BEGIN")
            yield connection
        finally:
            connection.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
