"""The SQLAlchemy engine for one SQLite file.

Every connection gets the same pragmas (``sqlite_connection.py``). pysqlite's own
transaction handling is switched off and SQLAlchemy emits ``BEGIN IMMEDIATE`` itself,
the recipe SQLAlchemy documents, so that transactions and savepoints really are
transactions.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from rrr_desktop.models import write_lock
from rrr_desktop.models.sqlite_connection import BUSY_TIMEOUT_MS, configure_connection


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

