"""One database file: ORM sessions for writing, plain sqlite3 for fast reading (and for
the few writers that need nothing but plain SQL).

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

from rrr_desktop.models import storage_faults, write_lock
from rrr_desktop.models.queries import Connection

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

from rrr_desktop.models.sqlite_connection import (
    BUSY_TIMEOUT_MS,
    READ_ONLY_PRAGMA,
    configure_connection,
)

OFFICER_KEY = "officer"  # in Session.info: the name of the officer writing (models.base)
OFFICER_NAME_LENGTH = 200  # the longest name ``changed_by`` keeps


class Database:
    """One database file: short-lived ORM sessions and short-lived read connections.

    A team's PostgreSQL database is its subclass ``team_database.TeamDatabase``, with
    the same sessions and reads.
    """

    engine_name = "sqlite"
    read_only = False  # a team database opened with a reader's role: see TeamDatabase
    officer: str | None = None
    """The name of the officer making the changes, recorded with each (``changed_by``)."""
    role = ""
    """The PostgreSQL role the officer logged in with (a team database, once opened)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)
        """The database as named to the officer."""
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
        """A session in one write transaction: committed on success, rolled back on error.

        The transaction holds the write lock from its start (``BEGIN IMMEDIATE``): a second
        writer waits its turn, and gives up with :class:`write_lock.DatabaseBusy` naming
        the holder (:mod:`rrr_desktop.models.write_lock`).
        """
        self.engine  # noqa: B018 - makes the engine and the session factory on first use
        assert self._sessions is not None
        session = write_lock.open_writer(self.path, self._begin_writing)
        session.info[OFFICER_KEY] = self.officer
        try:
            with write_lock.holding(self.path):
                yield session
                session.commit()
        except BaseException as error:
            session.rollback()
            fault = storage_faults.explain(self.path, error)
            if fault is not None:  # a full disk, a read-only file...: told apart
                raise fault from error
            raise
        finally:
            session.close()

    def _begin_writing(self) -> Session:
        assert self._sessions is not None
        session = self._sessions()
        try:
            session.connection()  # BEGIN IMMEDIATE (engine._on_begin): waits for the lock
        except BaseException as error:
            session.close()
            fault = None if write_lock.is_busy(error) else storage_faults.explain(self.path,
                                                                                   error)
            if fault is not None:
                raise fault from error
            raise
        return session

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A plain ``sqlite3`` connection in one write transaction, for writers that go
        through ``queries`` alone (a brief's record, a command-line import) and so need
        not load SQLAlchemy: committed on success, rolled back on error, the write lock
        taken at its start and storage faults told apart, as in :meth:`session`."""
        connection = write_lock.open_writer(self.path, self._begin_plain_writing)
        try:
            with write_lock.holding(self.path):
                yield Connection(connection, "sqlite")
                connection.commit()
        except BaseException as error:
            connection.rollback()
            fault = storage_faults.explain(self.path, error)
            if fault is not None:
                raise fault from error
            raise
        finally:
            connection.close()

    def _begin_plain_writing(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None)
        try:
            configure_connection(connection)
            connection.execute(f"PRAGMA busy_timeout = {write_lock.WRITE_WAIT_MS}")
            connection.execute("BEGIN IMMEDIATE")  # as engine._on_begin: waits for the lock
        except BaseException as error:
            connection.close()
            fault = None if write_lock.is_busy(error) else storage_faults.explain(self.path,
                                                                                   error)
            if fault is not None:
                raise fault from error
            raise
        return connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only snapshot: every query inside sees the same committed state."""
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                     isolation_level=None)
        try:
            configure_connection(connection)
            connection.execute(READ_ONLY_PRAGMA)
            connection.execute("BEGIN")
            yield Connection(connection, "sqlite")
        finally:
            connection.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
