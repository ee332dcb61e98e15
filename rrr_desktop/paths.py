"""Where RRR Desktop keeps its state: one per-user folder, overridable.

Everything the app writes for a user lives in the *home* folder: the SQLite
database, ``backups/``, ``logs/``, the settings file and the instance lock. The
home is, in order of precedence, ``--home DIR``, the ``RRR_DESKTOP_HOME``
environment variable, or the platform's user data folder (platformdirs). This
makes tests and portable installs (a USB stick) trivial: point the home
elsewhere. ``--db FILE`` (or ``RRR_DESKTOP_DB``) overrides only the database file, and
``--db postgresql://officer@host/rrr`` puts the register in a team's shared database
(``docs/team-database.md``); the home then keeps the officer's logs, settings, drafts
and briefs.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from rrr_desktop import APP_ID
from rrr_desktop.errors import RejectedInput

HOME_ENV = "RRR_DESKTOP_HOME"
DATABASE_ENV = "RRR_DESKTOP_DB"
DATABASE_NAME = "rrr-desktop.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one home."""

    home: Path
    database: Path
    team_database: str | None = None
    """The ``postgresql://`` address of a team database; ``database`` is then unused."""

    @property
    def database_label(self) -> str:
        """The database as shown to the officer: the file, or the address without its
        password."""
        if self.team_database is None:
            return str(self.database)
        return address_label(self.team_database)

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "rrr-desktop.log"

    @property
    def settings_file(self) -> Path:
        return self.home / "settings.ini"

    @property
    def profile_draft(self) -> Path:
        """Unsaved edits of our city's profile, kept while the editor is open."""
        return self.home / "profile-draft.yaml"

    @property
    def brief_texts(self) -> Path:
        """The texts the officer rewrote for briefs, kept until reset."""
        return self.home / "brief-texts.json"

    @property
    def briefs(self) -> Path:
        """PDF briefing notes the officer generated (listed on the Briefs page)."""
        return self.home / "briefs"

    @property
    def bundles(self) -> Path:
        """Bundles we wrote, when the documents folder cannot be used."""
        return self.home / "bundles"

    @property
    def signing_key(self) -> Path:
        """This installation's key for signing exchange bundles (made on first export)."""
        return self.home / "signing-key.pem"

    @property
    def lock_file(self) -> Path:
        return self.home / "rrr-desktop.lock"

    def create_folders(self) -> None:
        """Create the home and its sub-folders if they are missing."""
        for folder in (self.home, self.backups, self.logs, self.briefs, self.database.parent):
            folder.mkdir(parents=True, exist_ok=True)


def default_home() -> Path:
    """The platform's per-user data folder, e.g. ``~/.local/share/rrr-desktop``."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False, roaming=True)


def resolve_paths(home: str | os.PathLike[str] | None = None,
                  database: str | os.PathLike[str] | None = None) -> AppPaths:
    """Work out the home and database from the command line and environment."""
    if home:
        home_path = Path(home)
    elif os.environ.get(HOME_ENV):
        home_path = Path(os.environ[HOME_ENV])
    else:
        home_path = default_home()
    home_path = home_path.expanduser().absolute()
    database = database or os.environ.get(DATABASE_ENV) or None
    if database and is_team_address(os.fspath(database)):
        return AppPaths(home=home_path, database=home_path / DATABASE_NAME,
                        team_database=os.fspath(database))
    db_path = database_file(database) if database else home_path / DATABASE_NAME
    return AppPaths(home=home_path, database=db_path)


_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")
# What looks like an address rather than a path: a scheme of two or more characters, then
# ":" (a Windows drive letter, "C:", has one)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")
_SQLITE_URL = "sqlite:///"  # SQLAlchemy's spelling: sqlite:///relative, sqlite:////absolute
_TEAM_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_PASSWORD = re.compile(r"^([^:/]+://[^:/@]*):[^@/]*@")
_PASSWORD_PARAMETER = re.compile(r"([?&]password=)[^&]*", re.IGNORECASE)


def is_team_address(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL team database."""
    url = _URL.match(text)
    return url is not None and url.group(1).lower() in _TEAM_SCHEMES


def address_label(address: str) -> str:
    """A team database's address as shown: without its password."""
    return _PASSWORD_PARAMETER.sub(r"\1***", _PASSWORD.sub(r"\1@", address))


def database_file(database: str | os.PathLike[str]) -> Path:
    """The file ``--db`` names: a path, or a ``sqlite:///`` URL.

    Anything else that starts like an address (``mysql://user:secret@host/db``, or a
    mistyped ``postgresql:/user:secret@host``) is refused before anything is created:
    taken as a file name it would make a folder ``postgresql:`` holding the password in
    its path. The message names the scheme only, never the rest.
    """
    text = os.fspath(database)
    if text.startswith(_SQLITE_URL):
        return Path(text.removeprefix(_SQLITE_URL)).expanduser().absolute()
    url = _URL.match(text)
    if url:
        raise RejectedInput("database.url_not_supported", field="db", scheme=url.group(1))
    scheme = _SCHEME.match(text)
    if scheme:
        raise RejectedInput("database.address_malformed", field="db", scheme=scheme.group(1))
    return Path(text).expanduser().absolute()
