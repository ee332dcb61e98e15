"""The SQLAlchemy engine for one SQLite file.

Every connection gets the same pragmas (``sqlite_connection.py``). pysqlite's own
transaction handling is switched off and SQLAlchemy emits ``BEGIN`` itself, the
recipe SQLAlchemy documents, so that transactions and savepoints really are
transactions.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from rrr_desktop.models.sqlite_connection import BUSY_TIMEOUT_MS, configure_connection


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

