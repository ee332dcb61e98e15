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

from collections.abc import Callable
from typing import Any, TypeVar

from psycopg import Connection, Cursor, OperationalError
from psycopg.adapt import AdaptersMap, Buffer, Dumper, Loader

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.keyring_secrets import Secret, known_secret
from rrr_desktop.paths import address_label

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


def _shape_values(adapters: AdaptersMap) -> None:
    for name, loader in _LOADERS:
        adapters.register_loader(name, loader)
    adapters.register_dumper(int, _UntypedInt)


class ShapedConnection(Connection[Any]):
    """A connection of the app's own (``team_reads``) whose every cursor reads and writes
    values as SQLite stores them: shaped once, when it is opened."""

    @classmethod
    def open(cls, address: str, passwords: PasswordSources,
             application_name: str) -> ShapedConnection:
        connection = passwords.connect(
            cls.connect, libpq_address(address), autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S, options=SESSION_OPTIONS,
            application_name=application_name[:63])
        _shape_values(connection.adapters)
        return connection


def query_cursor(connection: Connection[Any]) -> Cursor[Any]:
    """A cursor of ``connection`` that reads and writes values as SQLite stores them."""
    cursor = connection.cursor()
    if not isinstance(connection, ShapedConnection):  # the ORM's: shaped for this cursor
        _shape_values(cursor.adapters)
    return cursor


def libpq_address(address: str) -> str:
    """libpq's spelling of a ``postgresql://`` address (any ``+driver`` dropped)."""
    return "postgresql://" + address.partition("://")[2]


_Connected = TypeVar("_Connected")
_NO_PASSWORD = "no password supplied"  # libpq's words when the server asks and it has none
# The server's words for a refused password (its SQLSTATE 28P01 is not passed on at
# connection time); a refusal in other words is said as the server put it.
_REFUSED = ("password", "authentication")


class PasswordSources:
    """Connects as libpq would by itself, then with the password typed in the window.

    libpq's own places come first (a password in the address, ``PGPASSWORD``, a
    ``PGSERVICE`` entry, ``~/.pgpass``): they are what IT staff set up for the computer,
    and a server that needs no password (TLS certificates, a trusted network) then never
    makes the app read the keyring, which may ask to be unlocked. Only when libpq has
    none and the server asks for one does the password the officer typed come in
    (``keyring_secrets``); once the server has asked, it is given straight away.
    """

    def __init__(self, address: str, typed: str | None = None) -> None:
        self.address = address
        self._typed = typed  # a password just typed, not kept yet ("Test connection")
        self._asks = False

    def connect(self, connect: Callable[..., _Connected], *args: Any,
                **kwargs: Any) -> _Connected:
        if "password" in kwargs or not self._asks:
            try:
                return connect(*args, **kwargs)
            except OperationalError as error:
                if "password" in kwargs or _NO_PASSWORD not in str(error):
                    raise
            self._asks = True
        label = address_label(self.address)
        password = self._typed or known_secret(Secret.DATABASE_PASSWORD, self.address)
        if password is None:
            raise RejectedInput("database.team_password_needed", database=label)
        try:
            return connect(*args, password=password, **kwargs)
        except OperationalError as error:
            if not any(word in str(error).lower() for word in _REFUSED):
                raise
            raise RejectedInput("database.team_password_wrong", database=label) from error
