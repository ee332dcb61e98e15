"""Open a home: folders, schema migration, seed data, and the database handle."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rrr_desktop.models import write_lock
from rrr_desktop.models.database import OFFICER_NAME_LENGTH, Database
from rrr_desktop.models.schema import MigrationResult, ensure_schema
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.setup.seed_files import seed_is_current

if TYPE_CHECKING:
    from rrr_desktop.services.dto import FirstRunChoices

log = logging.getLogger(__name__)


@dataclass
class Home:
    """An open home: where it lives, its database and what opening it did."""

    paths: AppPaths
    db: Database
    migration: MigrationResult

    @property
    def read_only(self) -> bool:
        """The officer's role may read the team's register but not change it."""
        return self.db.read_only

    @property
    def officer(self) -> str:
        """The officer's name, recorded with every change they make."""
        return self.db.officer or ""

    def name_officer(self, name: str = "") -> None:
        """Record changes from now on as made by ``name`` (blank: the default name,
        :func:`default_officer`)."""
        self.db.officer = " ".join(name.split())[:OFFICER_NAME_LENGTH] or default_officer(
            self.db)

    def close(self) -> None:
        self.db.close()


def default_officer(db: Database) -> str:
    """The name of an officer who gave none in Preferences: their role on a team
    database, else the full name the computer knows them by, else their login name."""
    if db.role:
        return db.role
    login = getpass.getuser()
    try:
        import pwd  # POSIX only

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):  # Windows: the login name
        return login
    return full or login


def waiting_for_another_writer() -> bool:
    """Whether one of our writes is waiting for another program or officer to finish
    writing (not merely taking long)."""
    return write_lock.waiting_for_turn()


def open_home(paths: AppPaths, *, officer: str = "", backup_confirmed: bool = False) -> Home:
    """Create the folders, migrate (with a backup first) and add new seed records.

    Raises :class:`~rrr_desktop.errors.RejectedInput` for a database it must not
    touch (newer app version, not ours); the file is then left as it was. A team
    database that needs migrating is backed up with ``pg_dump`` first, or needs
    ``backup_confirmed`` where ``pg_dump`` is not installed. Changes made through the
    home are recorded as made by ``officer`` (blank: :func:`default_officer`).
    """
    paths.create_folders()
    db: Database
    if paths.team_database is not None:
        from rrr_desktop.models.team_database import open_team_database

        db, migration = open_team_database(paths, backup_confirmed=backup_confirmed)
    else:
        migration = ensure_schema(paths.database, paths.backups)
        db = Database(paths.database)
    if not db.read_only and not seed_is_current(db):  # a reader's role adds nothing
        from rrr_desktop.services.setup.seed import apply_seed  # PyYAML, pydantic and the ORM

        with db.session() as session:
            report = apply_seed(session)
        log.info("Seed data added: %s", report)
    home = Home(paths, db, migration)
    home.name_officer(officer)
    return home


def first_run_choices(home: Home) -> FirstRunChoices:
    # Only the first start asks: a command opening a home does not load the directory.
    from rrr_desktop.services import reference
    from rrr_desktop.services.dto import FirstRunChoices
    from rrr_desktop.services.setup import directory

    seeded = tuple(directory.seeded_cities(home.db))
    return FirstRunChoices(seeded, reference.countries(), reference.languages())
