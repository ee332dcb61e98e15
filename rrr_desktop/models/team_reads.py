"""A team database's reads through psycopg alone, as the SQLite home's go through sqlite3.

Importing SQLAlchemy, its ORM and its pool costs a second before a team database's
first page is read, and its pool wrapped every read in round trips of its own (a
liveness ping, ``BEGIN``, ``SET TRANSACTION``, the rollback). Reads go here instead: a
few psycopg connections kept open for reading (pages read on worker threads, each read
takes one for the length of its snapshot), opened with the engine's settings and the
same password sources. A read costs its own queries and two statements around them,
the snapshot's ``BEGIN`` and its ``COMMIT``; no ping. A kept connection the server
has dropped fails at that ``BEGIN``, and is replaced by a new one, once.
"""

from __future__ import annotations

import threading

from psycopg import OperationalError
from psycopg.pq import TransactionStatus

from rrr_desktop.models.postgres_connection import PasswordSources, ShapedConnection
from rrr_desktop.models.queries import Connection, team

KEPT = 4  # idle connections kept between reads (the window fills pages side by side)


class ReadConnections:
    """The connections a team database reads through, opened as they are needed."""

    def __init__(self, address: str, passwords: PasswordSources,
                 application_name: str) -> None:
        self._address = address
        self._passwords = passwords
        self._application_name = application_name
        self._idle: list[ShapedConnection] = []
        self._lock = threading.Lock()
        self._closed = False

    def begin(self) -> ShapedConnection:
        """A connection in a read-only snapshot (``REPEATABLE READ``): every query sees
        the same committed state, and nothing may change it; :meth:`end` ends it."""
        with self._lock:
            kept = self._idle.pop() if self._idle else None
        if kept is not None:
            try:
                team.begin_reading(Connection(kept, "postgresql"))
                return kept
            except OperationalError:  # dropped by the server since (restarted, idle timeout)
                kept.close()
        raw = ShapedConnection.open(self._address, self._passwords, self._application_name)
        try:
            team.begin_reading(Connection(raw, "postgresql"))
        except BaseException:
            raw.close()
            raise
        return raw

    def end(self, raw: ShapedConnection) -> None:
        """End the snapshot (nothing is held on the server while a connection is idle)
        and keep the connection for the next read, if it is sound.

        A read that went well ends with ``COMMIT`` (the same as a rollback for a
        read-only transaction): psycopg forgets its prepared statements at every
        ``ROLLBACK`` and tells the server so in one more round trip, and the register's
        queries, prepared once, are then planned again at every read."""
        try:
            if raw.info.transaction_status == TransactionStatus.INTRANS:
                raw.commit()
            else:  # a query failed: the snapshot is aborted
                raw.rollback()
        except OperationalError:  # gone with the server: what was read stands
            raw.close()
            return
        with self._lock:
            if (not self._closed and len(self._idle) < KEPT
                    and raw.info.transaction_status == TransactionStatus.IDLE):
                self._idle.append(raw)
                return
        raw.close()

    def close(self) -> None:
        """Close the kept connections; reads still running close theirs when done."""
        with self._lock:
            self._closed, idle, self._idle = True, self._idle, []
        for raw in idle:
            raw.close()
