"""PostgreSQL connection settings shared by the ORM engine and the raw queries.

The twin of ``sqlite_connection.py``. Raw queries (``models/queries``) are written
once for both engines, and read values as SQLite stores them (``queries/codecs.py``):
UUIDs as 32 hex digits, times as "2026-11-25 10:30:00.123456", days as ISO text, JSON
as its text and flags as 0 and 1. The cursors they get here load PostgreSQL's values
into those shapes, and send Python integers untyped so that PostgreSQL reads each as
its column's type (a flag column takes ``0`` as false), as SQLite's loose typing does;
strings are untyped already (psycopg's default), so stored times and UUIDs go into
``timestamp`` and ``uuid`` columns as they are. The ORM's own cursors are not touched.
"""

from __future__ import annotations

from typing import Any

from psycopg import Connection, Cursor
from psycopg.adapt import Buffer, Dumper, Loader

CONNECT_TIMEOUT_S = 10
# Every session: ISO dates (the codecs parse them), UTC (stored times are UTC), and a
# statement that waits for a lock gives up rather than hang a window.
SESSION_OPTIONS = "-c DateStyle=ISO,YMD -c TimeZone=UTC -c lock_timeout=30s"


class _HexUuid(Loader):
    def load(self, data: Buffer) -> str:
        return bytes(data).decode("ascii").replace("-", "")


class _StoredTime(Loader):
    """"2026-11-25 10:30:00" or "...:00.5" as "2026-11-25 10:30:00.500000"."""

    def load(self, data: Buffer) -> str:
        text = bytes(data).decode("ascii")
        whole, _, fraction = text.partition(".")
        return f"{whole}.{fraction.ljust(6, '0')}"


class _Text(Loader):
    def load(self, data: Buffer) -> str:
        return bytes(data).decode("utf-8")


class _Flag(Loader):
    def load(self, data: Buffer) -> int:
        return 1 if bytes(data) == b"t" else 0


class _UntypedInt(Dumper):
    oid = 0  # "unknown": PostgreSQL takes the type from where the value goes

    def dump(self, obj: Any) -> bytes:
        return str(int(obj)).encode("ascii")


_LOADERS = (("uuid", _HexUuid), ("timestamp", _StoredTime), ("date", _Text),
            ("json", _Text), ("jsonb", _Text), ("bool", _Flag))


def query_cursor(connection: Connection[Any]) -> Cursor[Any]:
    """A cursor of ``connection`` that reads and writes values as SQLite stores them."""
    cursor = connection.cursor()
    adapters = cursor.adapters
    for name, loader in _LOADERS:
        adapters.register_loader(name, loader)
    adapters.register_dumper(int, _UntypedInt)
    return cursor
