"""Bring a team database's schema up to date, as ``schema.py`` does for a file.

The same Alembic migrations run on PostgreSQL, in one transaction (PostgreSQL's DDL
is transactional), behind an advisory lock: when two officers start a new version at
once, one migrates and the other finds the work done. A schema written by a newer
version, or a database holding another program's tables, is refused untouched.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from rrr_desktop.errors import NewerDatabaseError, UnrecognisedDatabaseError
from rrr_desktop.models.queries import Connection, team
from rrr_desktop.models.schema import MIGRATIONS_DIR, MigrationResult, known_revisions

if TYPE_CHECKING:
    from sqlalchemy import Connection as SqlConnection
    from sqlalchemy import Engine

log = logging.getLogger(__name__)


def _raw(connection: SqlConnection) -> Connection:
    return Connection(connection.connection.driver_connection, "postgresql")


def read_team_revision(connection: SqlConnection, label: str) -> str | None:
    """The schema revision; ``None`` for an empty database. Refuses another program's."""
    raw = _raw(connection)
    tables = team.table_names(raw)
    if "alembic_version" not in tables:
        if tables:
            raise UnrecognisedDatabaseError(label, "it has tables of another program")
        return None
    return team.schema_revision(raw)


def check_revision(current: str | None, revisions: list[str], label: str) -> None:
    """Refuse a revision this version does not know (newer, or not ours)."""
    head = revisions[-1]
    if current is None or current in revisions:
        return
    if current.isdigit() and int(current) > int(head):
        raise NewerDatabaseError(label, current, head)
    raise UnrecognisedDatabaseError(label, f"unknown schema revision {current!r}")


def ensure_team_schema(engine: Engine, label: str,
                       migrations_dir: Path = MIGRATIONS_DIR) -> MigrationResult:
    """Migrate the team database to the newest schema (nothing to do: one query)."""
    revisions = known_revisions(migrations_dir)
    head = revisions[-1]
    with engine.connect() as connection:
        current = read_team_revision(connection, label)
    check_revision(current, revisions, label)
    if current == head:
        return MigrationResult(current, head, None)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    with engine.connect() as connection, connection.begin():
        team.take_migration_lock(_raw(connection))
        current = read_team_revision(connection, label)  # another officer may have
        check_revision(current, revisions, label)
        if current == head:
            return MigrationResult(head, head, None)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("Migrated the team database %s from %s to %s", label, current, head)
    return MigrationResult(current, head, None)
