"""The SQLAlchemy engines: one SQLite file, or a team's PostgreSQL database.

Every connection gets the same pragmas (``sqlite_connection.py``). pysqlite's own
transaction handling is switched off and SQLAlchemy emits ``BEGIN IMMEDIATE`` itself,
the recipe SQLAlchemy documents, so that transactions and savepoints really are
transactions.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event

# Every entity mapped before the first session flushes: a write that names only some
# (a working group's meeting) still finds the tables their foreign keys point to.
import rrr_desktop.models.entities  # noqa: F401
from rrr_desktop.models import write_lock
from rrr_desktop.models.sqlite_connection import BUSY_TIMEOUT_MS, configure_connection

if TYPE_CHECKING:
    from rrr_desktop.models.postgres_connection import PasswordSources


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Stop pysqlite from issuing BEGIN itself (and from committing before DDL).
    dbapi_connection.isolation_level = None
    configure_connection(dbapi_connection)


def _on_begin(connection: Any) -> None:
    # IMMEDIATE: the write lock is taken here, where the busy timeout can wait for it
    # (rrr_desktop.models.write_lock), not at the first write, where SQLite cannot.
    connection.exec_driver_sql(f"PRAGMA busy_timeout = {write_lock.WRITE_WAIT_MS}")
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for the database file at ``path`` with the pragmas and real transactions."""
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def team_url(address: str) -> str:
    """SQLAlchemy's spelling of a ``postgresql://`` address, with the psycopg 3 driver."""
    _scheme, _, rest = address.partition("://")
    return f"postgresql+psycopg://{rest}"


def create_postgres_engine(address: str, passwords: PasswordSources, *,
                           application_name: str = "rrr-desktop") -> Engine:
    """An engine for a team's PostgreSQL database at ``address``.

    The password comes from libpq's own places (``~/.pgpass``, ``PGPASSWORD``,
    ``PGSERVICE``) or from the address, else from what the officer typed in the window
    (``passwords``, shared with the database's reads); the app never writes it into a file.
    """
    from rrr_desktop.models.postgres_connection import CONNECT_TIMEOUT_S, SESSION_OPTIONS

    # Writes only (reads keep connections of their own, ``team_reads``), and writers
    # take turns: two kept between writes, a few more while several wait their turn.
    engine = create_engine(
        team_url(address), pool_pre_ping=True, pool_size=2, max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": SESSION_OPTIONS,
                      "application_name": application_name[:63]})

    @event.listens_for(engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        return passwords.connect(dialect.connect, *cargs, **cparams)

    return engine
