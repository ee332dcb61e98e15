"""Bring a team database's schema up to date, as ``schema.py`` does for a file.

The same Alembic migrations run on PostgreSQL, in one transaction (PostgreSQL's DDL
is transactional), behind an advisory lock: when two officers start a new version at
once, one migrates and the other finds the work done. A schema written by a newer
version, or a database holding another program's tables, is refused untouched.

Before migrating a database that holds data, a fresh backup is required: ``pg_dump``
writes one into the officer's ``backups/`` folder when it is installed; otherwise the
migration is refused until the officer confirms that IT made one
(``--backup-confirmed``).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rrr_desktop.errors import NewerDatabaseError, RejectedInput, UnrecognisedDatabaseError
from rrr_desktop.models.postgres_connection import libpq_address
from rrr_desktop.models.queries import Connection, team
from rrr_desktop.models.schema import MIGRATIONS_DIR, MigrationResult, known_revisions

if TYPE_CHECKING:
    from rrr_desktop.models.team_database import TeamDatabase

log = logging.getLogger(__name__)


def read_team_revision(connection: Connection, label: str) -> str | None:
    """The schema revision; ``None`` for an empty database. Refuses another program's."""
    tables = team.table_names(connection)
    if "alembic_version" not in tables:
        if tables:
            raise UnrecognisedDatabaseError(label, "it has tables of another program")
        return None
    return team.schema_revision(connection)


def check_revision(current: str | None, revisions: list[str], label: str) -> None:
    """Refuse a revision this version does not know (newer, or not ours)."""
    head = revisions[-1]
    if current is None or current in revisions:
        return
    if current.isdigit() and int(current) > int(head):
        raise NewerDatabaseError(label, current, head)
    raise UnrecognisedDatabaseError(label, f"unknown schema revision {current!r}")


BACKUP_TIMEOUT_S = 3600


def backup_team_database(address: str, label: str, backups_dir: Path, reason: str) -> Path:
    """A ``pg_dump`` of the database (custom format, for ``pg_restore``) in
    ``backups_dir``; refused when ``pg_dump`` fails."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"team-{stamp}-{reason}.dump"
    done = subprocess.run(["pg_dump", "--format=custom", f"--file={target}",
                           f"--dbname={libpq_address(address)}"], capture_output=True, text=True,
                          timeout=BACKUP_TIMEOUT_S, check=False)
    if done.returncode:
        target.unlink(missing_ok=True)
        reason_text = (done.stderr.strip().splitlines() or ["pg_dump failed"])[-1]
        raise RejectedInput("database.team_backup_failed", database=label,
                            reason=reason_text, backups=backups_dir)
    return target


def ensure_team_schema(db: TeamDatabase, *, backups_dir: Path | None = None,
                       backup_confirmed: bool = False,
                       migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Migrate the team database to the newest schema (nothing to do: one read, through
    psycopg alone; SQLAlchemy and Alembic are loaded only for a migration).

    A database that holds data is first backed up with ``pg_dump`` into
    ``backups_dir``; without ``pg_dump`` the migration needs ``backup_confirmed``.
    """
    label = db.label
    revisions = known_revisions(migrations_dir)
    head = revisions[-1]
    with db.reading() as reading:
        current = read_team_revision(reading, label)
    check_revision(current, revisions, label)
    if current == head:
        return MigrationResult(current, head, None)
    backup = None
    if current is not None and backups_dir is not None:
        if shutil.which("pg_dump"):
            backup = backup_team_database(db.address, label, backups_dir, f"before-{head}")
            log.info("Backed up the team database %s to %s before migrating", label, backup)
        elif not backup_confirmed:
            raise RejectedInput("database.team_backup_needed", database=label,
                                revision=current, head=head)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    with db.engine.connect() as connection, connection.begin():
        raw = Connection(connection.connection.driver_connection, "postgresql")
        team.take_migration_lock(raw)
        current = read_team_revision(raw, label)  # another officer may have
        check_revision(current, revisions, label)
        if current == head:
            return MigrationResult(head, head, None)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("Migrated the team database %s from %s to %s", label, current, head)
    return MigrationResult(current, head, backup)
