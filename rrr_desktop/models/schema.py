"""Bring the database schema up to date at start-up, safely and cheaply.

The check that no migration is needed is on the start-up path, so it reads the
revision with the standard ``sqlite3`` module and lists the migration files by
name: Alembic (about 0.4 s to import) is loaded only when a migration is due.
Revision ids are four-digit sequence numbers (``0001``, ``0002``...) that are also
the file name prefixes, which is what makes the cheap check possible and lets a
database from a newer app version be recognised as such.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rrr_desktop.errors import NewerDatabaseError, UnrecognisedDatabaseError
from rrr_desktop.models import storage_faults
from rrr_desktop.models.backup import backup_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MigrationResult:
    """What :func:`ensure_schema` did: nothing, or a migration (with its backup)."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.from_revision != self.to_revision


def known_revisions(migrations_dir: Path = MIGRATIONS_DIR) -> list[str]:
    """Revision ids shipped with this app, oldest first."""
    names = (p.name for p in (migrations_dir / "versions").iterdir())
    return sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def read_revision(database: Path) -> str | None:
    """The schema revision of ``database``; ``None`` for a missing or empty database."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise UnrecognisedDatabaseError(database, "it has tables of another program")
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise UnrecognisedDatabaseError(database, str(error)) from error
        fault = storage_faults.explain(database, error)
        raise fault or UnrecognisedDatabaseError(database, str(error)) from error
    if row is None and tables - {"alembic_version"}:  # our tables, their revision lost
        raise storage_faults.StorageFault("database.no_revision", database=database)
    return None if row is None else str(row[0])


def ensure_schema(database: Path, backups_dir: Path,
                  migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Migrate ``database`` to the newest schema, backing it up first if it holds data.

    Raises :class:`NewerDatabaseError` or :class:`UnrecognisedDatabaseError`
    without touching the file.
    """
    revisions = known_revisions(migrations_dir)
    head = revisions[-1]
    current = read_revision(database)
    if current == head:
        return MigrationResult(current, head, None)
    if current is not None and current not in revisions:
        if current.isdigit() and int(current) > int(head):
            raise NewerDatabaseError(database, current, head)
        raise UnrecognisedDatabaseError(database, f"unknown schema revision {current!r}")
    backup = None
    if database.exists() and database.stat().st_size > 0:
        try:
            backup = backup_database(database, backups_dir, f"before-{head}")
        except (OSError, sqlite3.Error) as error:
            raise storage_faults.backup_failed(database, backups_dir, error) from error
        log.info("Backed up %s to %s before migrating", database, backup)
    try:
        _run_migrations(database, migrations_dir)
    except Exception as error:
        fault = storage_faults.explain(database, error)
        if fault is None:
            raise
        raise fault from error
    log.info("Migrated %s from %s to %s", database, current, head)
    return MigrationResult(current, head, backup)


def _run_migrations(database: Path, migrations_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from rrr_desktop.models.engine import create_sqlite_engine

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    engine = create_sqlite_engine(database)
    try:
        with engine.connect() as connection:
            # A migration that rebuilds a table (SQLite's way to change a constraint) drops
            # the old one; with foreign keys on, that would cascade into every child row.
            # The switch only works outside a transaction, so it goes to the driver first;
            # the check afterwards refuses to commit a schema with broken references.
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys = OFF")
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
    finally:
        engine.dispose()
