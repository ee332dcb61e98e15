"""Copy every row of one database into another, new one: a home into a team database,
or a team database into a portable file.

Both databases are at the newest schema (the caller migrates them first). The copy
goes through SQLAlchemy's column types, so each engine stores values its own way
(UUIDs, times, flags, JSON) while every value stays the same: ids, UUIDs, revisions,
provenance (source bundles, imports), keys and pinned peer keys. Tables are copied
parents first; a table's references to itself (a person's organisation) are filled in
once all of its rows are there. The target is written in one transaction: an
interrupted copy leaves it empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Integer, Table, bindparam, func, select

from rrr_desktop.models.entities import Base
from rrr_desktop.models.queries import Connection, team
from rrr_desktop.models.seed_record import AppMeta

if TYPE_CHECKING:
    from sqlalchemy import Connection as SqlConnection
    from sqlalchemy import Engine

BATCH = 2_000


def tables() -> list[Table]:
    """Every table of the schema, parents before their children."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: SqlConnection) -> dict[str, int]:
    return {table.name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
            for table in tables()}


def copy_database(source: Engine, target: Engine,
                  progress: Callable[[float], None] | None = None,
                  extra_meta: dict[str, str] | None = None) -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``, then ``extra_meta`` into
    its ``app_meta`` (in the same transaction); the rows copied by table."""
    reading = source.connect()
    if source.dialect.name == "postgresql":  # one snapshot of a database others write to
        reading = reading.execution_options(isolation_level="REPEATABLE READ")
    copied: dict[str, int] = {}
    with reading, target.begin() as writing:
        total = sum(row_counts(reading).values()) or 1
        done = 0
        for table in tables():
            copied[table.name] = _copy_table(reading, writing, table)
            done += copied[table.name]
            if progress is not None:
                progress(min(done / total, 1.0))
        if extra_meta:
            writing.execute(cast(Table, AppMeta.__table__).insert(),
                            [{"key": key, "value": value} for key, value in extra_meta.items()])
        if target.dialect.name == "postgresql":
            raw = Connection(writing.connection.driver_connection, "postgresql")
            for table in tables():
                key = _serial_key(table)
                if key is not None:
                    team.follow_copied_ids(raw, table.name, key)
    return copied


def _copy_table(reading: SqlConnection, writing: SqlConnection, table: Table) -> int:
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    # Filling them in is an update: columns that an update sets (updated_at) keep theirs.
    kept = [column.name for column in table.columns if column.onupdate is not None]
    keys = [column.name for column in table.primary_key.columns]
    later: list[dict[str, Any]] = []
    count = 0
    result = reading.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns))
    for rows in result.mappings().partitions(BATCH):
        batch = [dict(row) for row in rows]
        for row in batch:
            if any(row[name] is not None for name in own):
                later.append({**{f"k_{k}": row[k] for k in keys},
                              **{f"v_{n}": row[n] for n in (*own, *kept)}})
                row.update(dict.fromkeys(own, None))
        writing.execute(table.insert(), batch)
        count += len(batch)
    if later:
        condition = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        writing.execute(table.update().where(*condition).values(
            {n: bindparam(f"v_{n}") for n in (*own, *kept)}), later)
    return count


def _serial_key(table: Table) -> str | None:
    """The integer key PostgreSQL numbers itself (a sequence), if the table has one."""
    columns = list(table.primary_key.columns)
    if len(columns) == 1 and isinstance(columns[0].type, Integer) \
            and columns[0].autoincrement in (True, "auto"):
        return columns[0].name
    return None
