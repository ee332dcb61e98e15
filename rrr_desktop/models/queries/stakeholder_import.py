"""Reads and bulk writes of a stakeholder import: the register's matching keys, its
state, the current values of matched records, the fast insert of new ones.

New stakeholders are inserted with the DB-API ``executemany`` of plain tuples on the
session's own connection, inside its transaction: the ORM (or SQLAlchemy Core) spends
more time processing parameters than SQLite spends storing 100,000 rows. The caller
builds the tuples (``services/stakeholders/importing/write.py``) with the codecs.

The whole apply (the batch, the new rows, their topics, the changed records and their
previous values) is plain SQL, so an import from the command line never loads the ORM:
the stakeholder table's columns are named here as ``models/stakeholder.py`` declares
them (``tests/stakeholders/test_stakeholder_import_write.py`` checks both agree).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import read_json, stored_json, stored_time

# Every column of ``stakeholder`` but ``id``, in the entity's order.
INSERT_COLUMNS = (
    "name", "kind", "is_person", "organisation_id", "sectors", "district", "address",
    "locality", "postcode", "country_code", "latitude", "longitude", "website", "description",
    "tags", "owner", "stage", "influence", "interest", "trust", "next_contact_on",
    "review_due_on", "archived", "shareable", "external_id", "contact_person", "email",
    "phone", "consent_given", "consent_on", "consent_source", "consent_note",
    "import_batch_id", "search_text", "sort_name", "uuid", "revision", "created_at",
    "updated_at", "changed_by")
# The declared lengths of its text columns that have one.
COLUMN_LENGTHS: dict[str, int] = {
    "name": 300, "kind": 32, "district": 200, "locality": 200, "postcode": 32,
    "country_code": 2, "website": 500, "owner": 200, "stage": 32, "external_id": 200,
    "contact_person": 300, "email": 320, "phone": 64, "consent_source": 300, "sort_name": 300,
    "changed_by": 200}
_INSERT = "INSERT INTO stakeholder ({columns}) VALUES ({values})"
_LIST_COLUMNS = frozenset({"sectors", "tags"})
# Adding more rows than this to a register that has fewer: the table's secondary indexes
# are dropped and built again once, in the same transaction, which is faster than
# inserting every row into each of them (see benchmarks/README.md; measured from 500 rows
# up, 15-20 % of the write for 2,000 to 7,000 rows).
REBUILD_INDEXES_FROM = 2_000
ANALYSE_FROM = 1_000  # rows added at once after which a team database's statistics are renewed
# What the database raises when a progress handler stops a statement (SQLite: its
# "interrupted" OperationalError).
INTERRUPTED = (sqlite3.OperationalError,)


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


def add_import_batch(connection: Connection, *, file_name: str, mode: str,
                     imported_at: datetime, added: int, updated: int, skipped: int,
                     failed: int) -> int:
    """Record an import (``import_batch``); its id."""
    return int(connection.execute(
        "INSERT INTO import_batch (file_name, mode, imported_at, added, updated, skipped, "
        "failed) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (file_name, mode, stored_time(imported_at), added, updated, skipped, failed),
    ).fetchone()[0])


def link_topics(connection: Connection, links: Iterable[tuple[int, str]]) -> None:
    """(stakeholder id, topic id) links."""
    connection.executemany(
        "INSERT INTO stakeholder_topic (stakeholder_id, topic_id) VALUES (?, ?)", links)


def set_values(connection: Connection, rows: Sequence[Mapping[str, object]],
               updated_at: datetime) -> None:
    """Give stakeholders (``id`` of each row) the row's other values, as the entity stores
    them (lists as JSON, ISO days as they are), and ``updated_at``."""
    # Rows setting the same columns go in one statement.
    by_columns: dict[tuple[str, ...], list[tuple[object, ...]]] = {}
    stamp = stored_time(updated_at)
    for row in rows:
        names = tuple(sorted(set(row) - {"id"}))
        if not set(names) <= _SETTABLE:
            raise ValueError(f"not stakeholder columns: {sorted(set(names) - _SETTABLE)}")
        by_columns.setdefault(names, []).append(
            (*(_stored(row[name]) for name in names), stamp, row["id"]))
    for names, values in by_columns.items():
        assignments = ", ".join(f"{name} = ?" for name in (*names, "updated_at"))
        connection.executemany(f"UPDATE stakeholder SET {assignments} WHERE id = ?", values)


_SETTABLE = frozenset(INSERT_COLUMNS) - {"updated_at"}


def _stored(value: object) -> object:
    return stored_json(value) if isinstance(value, list) else value


def add_import_changes(connection: Connection, batch_id: int,
                       previous: Mapping[int, Mapping[str, object]]) -> None:
    """The values an import replaced, by stakeholder id, for its undo."""
    connection.executemany(
        "INSERT INTO import_change (batch_id, stakeholder_id, previous) VALUES (?, ?, ?)",
        [(batch_id, record_id, stored_json(dict(values)))
         for record_id, values in previous.items()])


def insert_stakeholders(connection: Connection, columns: Sequence[str],
                        records: Sequence[tuple[object, ...]],
                        shared: Mapping[str, object]) -> None:
    """Insert rows of ``columns`` values, each row also taking the ``shared`` values (those
    of the other :data:`INSERT_COLUMNS`, the same for every row), stored as the ORM
    stores them.

    SQLite gets the shared values written into the statement once: binding them again for
    every row took more time than storing the rows (an import leaves two thirds of the
    columns at their defaults). ``connection`` must be inside the caller's transaction:
    nothing is committed here.
    """
    if sorted((*columns, *shared)) != sorted(INSERT_COLUMNS):
        raise ValueError(f"not the stakeholder columns: {(*columns, *shared)}")
    indexes = _secondary_indexes(connection) if _worth_rebuilding(connection,
                                                                  len(records)) else []
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    literals = {} if connection.postgres else {  # COPY takes values only
        column: text for column, value in shared.items() if (text := _literal(value))}
    bound = tuple(column for column in shared if column not in literals)
    if bound:
        extra = tuple(shared[column] for column in bound)
        columns, records = (*columns, *bound), [(*record, *extra) for record in records]
    if connection.postgres:
        connection.copy_rows("stakeholder", columns, records)
    else:  # SQLite: no COPY; executemany runs in-process anyway
        connection.executemany(_INSERT.format(
            columns=", ".join((*columns, *literals)),
            values=", ".join(("?",) * len(columns) + tuple(literals.values()))), records)
    for _name, sql in indexes:
        connection.execute(sql)
    if connection.postgres and len(records) >= ANALYSE_FROM:
        # PostgreSQL plans by its statistics of the table, which a big import leaves
        # stale until autovacuum comes by: searches would scan every row meanwhile.
        connection.execute("ANALYZE stakeholder")


def _literal(value: object) -> str | None:
    """``value`` as an SQL literal stored exactly as the bound value would be: NULL, a
    flag, a whole number or printable ASCII text; None for any other value, which is bound."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str) and value.isascii() and value.isprintable():
        return "'" + value.replace("'", "''") + "'"
    return None


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
