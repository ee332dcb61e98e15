"""The key bundles are signed with: one per city, whoever of its officers exports.

A single officer's home keeps the key in its own folder (``container/keys.py``). A
team shares one database, and peers must see the same city whichever officer sends a
bundle, so a team's key lives in the team database itself, sealed with a passphrase
the team shares (``container/sealed_key.py``): the database is where the city's data
already lives, every officer reaches it, and a reader's role, a database backup or
the server's administrator cannot sign as the city without the passphrase. Officers
give the passphrase in ``RRR_DESKTOP_TEAM_PASSPHRASE``, or type it when the window asks
(:func:`unlock_city_key`; kept for the session, or remembered in the system keyring,
``models/keyring_secrets.py``, which the command line reads too). The first export of a team
makes the key; ``db copy`` into a team database brings the officer's existing key
along, so peers that pinned it keep trusting the city.
"""

from __future__ import annotations

import os

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models import keyring_secrets
from rrr_desktop.models.database import Database
from rrr_desktop.models.keyring_secrets import Secret
from rrr_desktop.models.queries import driver_connection
from rrr_desktop.models.queries.app_meta import add_app_meta_value, app_meta_value
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.exchange.container import SigningKey, load_or_create_signing_key
from rrr_desktop.services.exchange.container.sealed_key import seal, unseal

PASSPHRASE_ENV = "RRR_DESKTOP_TEAM_PASSPHRASE"
CITY_KEY = "city_signing_key"


def _address(db: Database) -> str:
    from rrr_desktop.models.team_database import TeamDatabase

    assert isinstance(db, TeamDatabase)
    return db.address


def team_passphrase(db: Database) -> str:
    """The team's passphrase, or a refusal saying how to give it: as typed in the window
    this session (it was checked; it mends a wrong one in the environment), else from
    the environment (the command line's way), else as remembered in the keyring."""
    address = _address(db)
    passphrase = (keyring_secrets.typed_secret(Secret.TEAM_PASSPHRASE, address)
                  or os.environ.get(PASSPHRASE_ENV, "")
                  or keyring_secrets.known_secret(Secret.TEAM_PASSPHRASE, address) or "")
    if not passphrase:
        raise RejectedInput("team.passphrase_needed", database=db.label, env=PASSPHRASE_ENV)
    return passphrase


def city_signing_key(db: Database, paths: AppPaths) -> SigningKey:
    """The key this city signs with: the home's own, or the team database's."""
    if db.engine_name != "postgresql":
        return load_or_create_signing_key(paths.signing_key)
    passphrase = team_passphrase(db)
    with db.reading() as connection:
        sealed = app_meta_value(connection, CITY_KEY)
    if sealed is None:  # the team's first export: its key is made (the first one wins)
        with db.session() as session:
            add_app_meta_value(driver_connection(session), CITY_KEY,
                               seal(bytes(SigningKey.generate()), passphrase))
        with db.reading() as connection:
            sealed = app_meta_value(connection, CITY_KEY)
    seed = None if sealed is None else unseal(sealed, passphrase)
    if seed is None:
        raise RejectedInput("team.passphrase_wrong", database=db.label, env=PASSPHRASE_ENV)
    return SigningKey(seed)


def team_key_exists(db: Database) -> bool:
    """Whether the team database holds its city's sealed key (else the next export makes
    it, sealed with the passphrase then given)."""
    with db.reading() as connection:
        return app_meta_value(connection, CITY_KEY) is not None


def unlock_city_key(db: Database, passphrase: str, *, on_this_computer: bool) -> bool:
    """Check a typed passphrase against the team's sealed key (a team without a key yet
    takes it for its first one), then keep it for the session and, when
    ``on_this_computer``, in the system keyring. True when the keyring holds it; a wrong
    passphrase is refused and nothing is kept."""
    with db.reading() as connection:
        sealed = app_meta_value(connection, CITY_KEY)
    if not passphrase or (sealed is not None and unseal(sealed, passphrase) is None):
        raise RejectedInput("team.passphrase_typed_wrong", field="passphrase",
                            database=db.label)
    return keyring_secrets.remember(Secret.TEAM_PASSPHRASE, _address(db), passphrase,
                                    on_this_computer=on_this_computer)


def sealed_home_key(paths: AppPaths, passphrase: str) -> str | None:
    """The home's own key sealed with ``passphrase`` (for a team database), if it has one."""
    if not paths.signing_key.exists():
        return None
    return seal(bytes(load_or_create_signing_key(paths.signing_key)), passphrase)


def city_key_fingerprint(db: Database, paths: AppPaths) -> str:
    """The fingerprint peers compare: of the home's key, or of the team's."""
    from rrr_desktop.services.exchange.container import fingerprint, public_key_bytes

    return fingerprint(public_key_bytes(city_signing_key(db, paths)))
