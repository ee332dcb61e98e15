"""Preferences › Team database: the address from its parts, and a connection test."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from rrr_desktop.paths import address_label, is_team_address

TLS_MODES = ("require", "verify-full", "prefer", "disable")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamAddress:
    """Where a team database is, as the officer types it (never a password)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "rrr"
    user: str = ""
    tls: str = "require"

    @property
    def address(self) -> str:
        user = quote(self.user or getpass.getuser(), safe="")
        return (f"postgresql://{user}@{quote(self.host, safe='')}:{self.port}/"
                f"{quote(self.database, safe='')}?sslmode={self.tls}")


def parse_team_address(address: str) -> TeamAddress | None:
    """The parts of a stored ``postgresql://`` address (None for anything else)."""
    if not is_team_address(address):
        return None
    parts = urlsplit(address)
    tls = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
    return TeamAddress(host=unquote(parts.hostname or ""), port=parts.port or DEFAULT_PORT,
                       database=unquote(parts.path.lstrip("/")) or "rrr",
                       user=unquote(parts.username or ""),
                       tls=tls if tls in TLS_MODES else "prefer")


@dataclass(frozen=True)
class TeamConnectionCheck:
    """What "Test connection" found: the server, and the register's state there."""

    server_version: str
    schema_revision: str | None  # None: an empty database, made ready on first use
    read_only: bool


def check_team_database(address: str) -> TeamConnectionCheck:
    """Connect and look, changing nothing; a refusal says why it failed."""
    from rrr_desktop.models.team_database import probe_team_database

    version, revision, read_only = probe_team_database(address, address_label(address))
    return TeamConnectionCheck(version, revision, read_only)
