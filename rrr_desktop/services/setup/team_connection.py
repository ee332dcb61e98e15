"""Preferences › Team database: the address from its parts, its password, a connection test.

The password the officer types is kept by ``models/keyring_secrets.py`` (the system
keyring, or this session's memory), never in the settings.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from rrr_desktop.models import keyring_secrets
from rrr_desktop.models.keyring_secrets import Secret
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


def check_team_database(address: str, password: str = "") -> TeamConnectionCheck:
    """Connect and look, changing nothing; a refusal says why it failed. ``password``,
    just typed, is used where the database's remembered one would be."""
    from rrr_desktop.models.team_database import probe_team_database

    version, revision, read_only = probe_team_database(address, address_label(address),
                                                       password or None)
    return TeamConnectionCheck(version, revision, read_only)


def keyring_available() -> bool:
    """Whether this computer can remember passwords (its system keyring works)."""
    return keyring_secrets.keyring_works()


def team_password_remembered(address: str) -> bool:
    """Whether this computer's keyring holds the officer's password for ``address``."""
    return keyring_secrets.is_remembered(Secret.DATABASE_PASSWORD, address)


def keep_team_password(address: str, password: str, *, on_this_computer: bool) -> bool:
    """Use ``password`` for ``address`` from now on: for this session, and in the keyring
    when ``on_this_computer`` (otherwise a copy there is forgotten). True when the
    keyring holds it."""
    return keyring_secrets.remember(Secret.DATABASE_PASSWORD, address, password,
                                    on_this_computer=on_this_computer)


def forget_team_password(address: str) -> None:
    """No password typed for ``address`` any more: libpq's own places only."""
    keyring_secrets.forget(Secret.DATABASE_PASSWORD, address)
