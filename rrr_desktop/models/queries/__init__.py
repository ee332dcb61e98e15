"""The one home of raw SQL: named queries that bypass the ORM for speed.

One module per table family. Each function takes a DB-API connection (``Connection``:
the plain ``sqlite3`` connection of ``Database.reading()``, or a session's own via
:func:`driver_connection`) and returns plain rows decoded with ``codecs``, never
ORM objects. Services call these functions and never write SQL text
(``tests/app/test_sql_owner.py`` checks it); ``tests/app/test_queries*.py`` check
each function against the ORM on the same rows.

A second database engine is added here: SQLite-only syntax is marked
``# SQLite:`` in these modules, next to the statement that uses it. Throughout, and
not marked each time: ``?`` parameters (the sqlite3 paramstyle), booleans compared as
0 and 1 (SQLite stores them as integers), ``IS NOT ?`` for "distinct from".
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Connection = sqlite3.Connection
"""The DB-API connection every query takes."""


def driver_connection(session: Session) -> Connection:
    """The session's own DB-API connection, inside its transaction."""
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw
