"""Secrets an officer types in the window: a team database's password, the team's passphrase.

When the officer ticks "Remember on this computer" a secret goes into the system keyring
(the ``keyring`` library: Windows Credential Manager, the macOS Keychain, Secret Service
on Linux desktops); otherwise, and on a computer where no keyring works (a Linux
session without Secret Service), it is kept in this process's memory until RRR Desktop
closes, and asked for again at the next start. No secret is ever written to a file.
Secrets are filed under the team database's address without its password (user, server,
port and database), so a change of encryption mode keeps them. This is the one module
that touches the keyring; ``keyring`` is imported on first use only.
"""

from __future__ import annotations

import getpass
import logging
import threading
from enum import Enum
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432


class Secret(Enum):
    """What a secret opens; its value names the keyring entry's service."""

    DATABASE_PASSWORD = "RRR Desktop: team database password"
    TEAM_PASSPHRASE = "RRR Desktop: team passphrase"


_typed: dict[tuple[Secret, str], str] = {}  # this session's secrets
_typed_lock = threading.Lock()


def address_key(address: str) -> str:
    """``postgresql://user@host:port/database``: what a team database's secrets are filed
    under (no password, no options; libpq's defaults filled in)."""
    parts = urlsplit(address)
    user = unquote(parts.username or "") or getpass.getuser()
    host = unquote(parts.hostname or "") or "localhost"
    database = unquote(parts.path.lstrip("/")) or user
    return f"postgresql://{user}@{host}:{parts.port or DEFAULT_PORT}/{database}"


def keyring_works() -> bool:
    """Whether this computer has a keyring that can remember secrets."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation is no keyring
        log.warning("The system keyring cannot be loaded", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def typed_secret(kind: Secret, address: str) -> str | None:
    """The secret typed this session, if any."""
    with _typed_lock:
        return _typed.get((kind, address_key(address)))


def known_secret(kind: Secret, address: str) -> str | None:
    """The secret typed this session, else the one remembered in the keyring, else None."""
    typed = typed_secret(kind, address)
    return typed if typed is not None else _from_keyring(kind, address_key(address))


def is_remembered(kind: Secret, address: str) -> bool:
    """Whether the keyring holds this secret."""
    return _from_keyring(kind, address_key(address)) is not None


def remember(kind: Secret, address: str, secret: str, *, on_this_computer: bool) -> bool:
    """Keep ``secret`` for this session and, if asked, in the keyring (replacing what was
    there); not asked, any copy in the keyring is forgotten. True when the keyring holds it."""
    key = address_key(address)
    with _typed_lock:
        _typed[(kind, key)] = secret
    if not on_this_computer:
        _forget_in_keyring(kind, key)
        return False
    if not keyring_works():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(kind.value, key, secret)
    except KeyringError:  # locked, or the officer refused the keyring's own prompt
        log.warning("The keyring did not take the %s for %s", kind.name, key, exc_info=True)
        return False
    return True


def forget(kind: Secret, address: str) -> None:
    """Forget the secret, in this session and in the keyring."""
    key = address_key(address)
    with _typed_lock:
        _typed.pop((kind, key), None)
    _forget_in_keyring(kind, key)


def _from_keyring(kind: Secret, key: str) -> str | None:
    if not keyring_works():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(kind.value, key)
    except KeyringError:
        log.warning("The keyring did not give the %s for %s", kind.name, key, exc_info=True)
        return None


def _forget_in_keyring(kind: Secret, key: str) -> None:
    if not keyring_works():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(kind.value, key)
    except PasswordDeleteError:
        return  # there was none
    except KeyringError:
        log.warning("The keyring did not forget the %s for %s", kind.name, key, exc_info=True)
