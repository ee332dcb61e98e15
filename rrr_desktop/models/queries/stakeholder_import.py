"""Reads and bulk writes of a stakeholder import: the register's matching keys, its
state, the current values of matched records, the fast insert of new ones.

New stakeholders are inserted with the DB-API ``executemany`` of plain tuples on the
session's own connection, inside its transaction: the ORM (or SQLAlchemy Core) spends
more time processing parameters than SQLite spends storing 100,000 rows. The caller
builds the tuples (``services/stakeholders/importing/write.py``) with the codecs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.exc import DBAPIError

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import read_json
from rrr_desktop.models.stakeholder import Stakeholder

INSERT_COLUMNS = tuple(column.name for column in cast(Table, Stakeholder.__table__).columns
                       if column.name != "id")
_INSERT = (f"INSERT INTO stakeholder ({', '.join(INSERT_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")
_LIST_COLUMNS = frozenset({"sectors", "tags"})
# Adding more rows than this to a register that has fewer: the table's secondary indexes
# are dropped and built again once, in the same transaction, which is faster than
# inserting every row into each of them (see benchmarks/README.md).
REBUILD_INDEXES_FROM = 20_000
ANALYSE_FROM = 1_000  # rows added at once after which a team database's statistics are renewed
# What the database raises when a progress handler stops a statement (SQLite: its
# "interrupted" OperationalError, raw or wrapped by SQLAlchemy).
INTERRUPTED = (sqlite3.OperationalError, DBAPIError)


def register_keys(connection: Connection) -> list[tuple[Any, ...]]:
    """(id, uuid as stored, external id, website, email, name, is_person) of every
    stakeholder."""
    return connection.execute(
        "SELECT id, uuid, external_id, website, email, name, is_person FROM stakeholder"
    ).fetchall()


def register_state(connection: Connection) -> tuple[object, ...]:
    """Changes whenever a stakeholder is added, edited or deleted."""
    return tuple(connection.execute(
        "SELECT count(*), max(id), max(updated_at) FROM stakeholder").fetchone())


def current_values(connection: Connection, ids: Iterable[int],
                   columns: Sequence[str]) -> dict[int, dict[str, object]]:
    """The given columns of the given stakeholders (lists decoded), by id, in one query
    whatever their number."""
    found = {}
    for record_id, *values in connection.execute(
            f"SELECT id, {', '.join(columns)} FROM stakeholder "
            f"WHERE id IN ({connection.listed('integer')})", (json.dumps(list(ids)),)):
        found[record_id] = {column: read_json(value) if column in _LIST_COLUMNS else value
                            for column, value in zip(columns, values, strict=True)}
    return found


def ids_by_uuid(connection: Connection, batch_id: int) -> dict[str, int]:
    """Stored UUID -> id of the stakeholders import ``batch_id`` added."""
    return dict(connection.execute(
        "SELECT uuid, id FROM stakeholder WHERE import_batch_id = ?", (batch_id,)))


def insert_stakeholders(connection: Connection, records: Sequence[tuple[object, ...]]) -> None:
    """Insert rows of :data:`INSERT_COLUMNS` values, stored as the ORM stores them.

    ``connection`` must be inside the caller's transaction: nothing is committed here.
    """
    indexes = _secondary_indexes(connection) if _worth_rebuilding(connection,
                                                                  len(records)) else []
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    connection.executemany(_INSERT, records)
    for _name, sql in indexes:
        connection.execute(sql)
    if connection.postgres and len(records) >= ANALYSE_FROM:
        # PostgreSQL plans by its statistics of the table, which a big import leaves
        # stale until autovacuum comes by: searches would scan every row meanwhile.
        connection.execute("ANALYZE stakeholder")


def _worth_rebuilding(connection: Connection, adding: int) -> bool:
    if adding < REBUILD_INDEXES_FROM:
        return False
    (present,) = connection.execute("SELECT count(*) FROM stakeholder").fetchone()
    return bool(present < adding)


def _secondary_indexes(connection: Connection) -> list[tuple[str, str]]:
    """The indexes made with CREATE INDEX (not those of UNIQUE or PRIMARY KEY)."""
    if connection.postgres:
        from rrr_desktop.models.queries.team import secondary_indexes

        return secondary_indexes(connection, "stakeholder")
    # SQLite: the schema is read from sqlite_master.
    return connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stakeholder'"
        " AND sql IS NOT NULL").fetchall()


def check_cancelled(connection: Connection, cancelled: Callable[[], bool] | None) -> None:
    """Ask ``cancelled()`` every few thousand steps of the database's work and stop the
    running statement (raising one of :data:`INTERRUPTED`) once it says so; None stops
    asking."""
    # SQLite: a progress handler. A team database's statements run to their end, and the
    # import checks between its steps.
    if connection.postgres:
        return
    if cancelled is None:
        connection.raw.set_progress_handler(None, 0)
    else:
        connection.raw.set_progress_handler(lambda: int(cancelled()), 10_000)
