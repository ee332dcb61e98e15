"""The one home of raw SQL: named queries that bypass the ORM for speed.

One module per table family. Each function takes a :class:`Connection` (the read
connection of ``Database.reading()``, or a session's own via :func:`driver_connection`)
and returns plain rows decoded with ``codecs``, never ORM objects. Services call these
functions and never write SQL text (``tests/app/test_sql_owner.py`` checks it);
``tests/app/test_queries*.py`` check each function against the ORM on the same rows.

Two engines read the same SQL: the embedded SQLite file and a team's PostgreSQL
server. The text is written once, with ``?`` (or ``:name``) parameters and the
syntax both accept (``TRUE``/``FALSE`` for flags, ``RETURNING``, ``ON CONFLICT``);
:class:`Connection` turns the parameters into psycopg's on PostgreSQL, and its cursors
hand back values exactly as SQLite stores them (``models/postgres_connection.py``), so
the codecs and the services see one shape. Where the engines differ, the statement
has a variant per engine next to it, marked ``# SQLite:`` (``json_each``, the schema
tables, the progress handler, ``COLLATE NOCASE``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Engine = Literal["sqlite", "postgresql"]
Params = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """What a query reads back: sqlite3's cursor, or psycopg's."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class _Batched:
    """psycopg's cursor, iterated a batch of rows at a time: iterated row by row, it
    makes each row in a call of its own (0.1 to 0.2 ms of a register page's 2 ms)."""

    __slots__ = ("_cursor",)
    BATCH = 500

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    @property
    def description(self) -> Any:
        return self._cursor.description

    def fetchone(self) -> Any:
        return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        return list(self._cursor.fetchall())

    def __iter__(self) -> Iterator[Any]:
        while batch := self._cursor.fetchmany(self.BATCH):
            yield from batch


class Connection:
    """A DB-API connection of either engine, with one way to run SQL on both."""

    __slots__ = ("engine", "raw")

    def __init__(self, raw: Any, engine: Engine) -> None:
        self.raw = raw
        self.engine: Engine = engine

    @property
    def postgres(self) -> bool:
        return self.engine == "postgresql"

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        if not self.postgres:
            return self.raw.execute(sql, params)  # type: ignore[no-any-return]
        return _Batched(self._cursor().execute(psycopg_sql(sql), params))

    def executemany(self, sql: str, rows: Iterable[Params]) -> Cursor:
        if not self.postgres:
            return self.raw.executemany(sql, rows)  # type: ignore[no-any-return]
        cursor = self._cursor()
        cursor.executemany(psycopg_sql(sql), rows)
        return cursor  # type: ignore[no-any-return]

    def copy_rows(self, table: str, columns: Sequence[str],
                  rows: Iterable[Sequence[Any]]) -> None:
        """PostgreSQL: insert many rows of ``columns`` in one ``COPY`` stream, with the
        values ``execute`` would send (a third of the time of a statement per row)."""
        assert self.postgres
        with self._cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _cursor(self) -> Any:
        from rrr_desktop.models.postgres_connection import query_cursor

        return query_cursor(self.raw)

    # Spellings that differ between the engines, for the statements that need them.

    @property
    def is_not(self) -> str:
        """"Is distinct from" (NULL-safe inequality)."""
        # SQLite: "IS NOT" (IS DISTINCT FROM only since SQLite 3.39).
        return "IS DISTINCT FROM" if self.postgres else "IS NOT"

    def listed(self, sql_type: str) -> str:
        """A sub-select of the values of one JSON list parameter, as ``sql_type``
        ("integer", "uuid"): ``x IN ({connection.listed("integer")})``."""
        if self.postgres:
            return (f"SELECT CAST(value AS {sql_type}) FROM "
                    "json_array_elements_text(CAST(? AS json)) AS value")
        return "SELECT value FROM json_each(?)"  # SQLite: json_each

    def nocase(self, column: str) -> str:
        """``column`` for sorting ignoring case, as SQLite's NOCASE collation sorts."""
        # SQLite: COLLATE NOCASE (folds ASCII letters only, then compares bytes).
        if self.postgres:
            return f'lower({column}) COLLATE "C"'
        return f"{column} COLLATE NOCASE"

    def binary(self, column: str) -> str:
        """``column`` compared byte by byte (SQLite's default; PostgreSQL's "C")."""
        return f'{column} COLLATE "C"' if self.postgres else column


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@lru_cache(maxsize=512)
def psycopg_sql(sql: str) -> str:
    """``sql`` with psycopg's placeholders: ``%s`` for ``?``, ``%(name)s`` for ``:name``."""
    escaped = sql.replace("%", "%%").replace("?", "%s")
    return _NAMED.sub(r"%(\1)s", escaped)


def driver_connection(session: Session) -> Connection:
    """The session's own DB-API connection, inside its transaction."""
    raw = session.connection().connection.driver_connection
    return Connection(raw, "sqlite" if isinstance(raw, sqlite3.Connection) else "postgresql")
