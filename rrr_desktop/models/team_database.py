"""A team's register on PostgreSQL: the same sessions and reads as the SQLite file.

Officers of one city share one database on a server; each connects with their own
role. Sessions write in one transaction each and take their turn with an advisory
lock (``queries/team.py``), the way SQLite's ``BEGIN IMMEDIATE`` serialises writers on
a file, so every service keeps the guarantee it was written for. Reads are read-only
snapshots, as the file's read transactions are, through psycopg alone
(``team_reads.py``): as with the file, SQLAlchemy is loaded at the first write (or
migration), not to open the database and fill the window.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models import write_lock
from rrr_desktop.models.database import OFFICER_KEY, Database
from rrr_desktop.models.postgres_connection import PasswordSources
from rrr_desktop.models.queries import Connection, team
from rrr_desktop.models.schema import MigrationResult
from rrr_desktop.models.team_reads import ReadConnections
from rrr_desktop.models.write_lock import DatabaseBusy
from rrr_desktop.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


class TeamDatabase(Database):
    """A PostgreSQL database shared by a city's officers."""

    engine_name = "postgresql"

    def __init__(self, address: str, label: str, password: str | None = None) -> None:
        # No file: ``path`` is the SQLite file's, and is not set here.
        self.address = address
        self.label = label
        # A password typed and not kept yet; else found as libpq finds it.
        self._passwords = PasswordSources(address, password)
        self._application_name = f"rrr-desktop: {getpass.getuser()}"
        self._reads = ReadConnections(address, self._passwords, self._application_name)
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy.orm import sessionmaker

            from rrr_desktop.models.engine import create_postgres_engine

            self._engine = create_postgres_engine(
                self.address, self._passwords, application_name=self._application_name)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one write transaction, its turn taken: committed on success,
        rolled back on error. :class:`DatabaseBusy` names the writer it waited for."""
        self.engine  # noqa: B018 - makes the engine and the session factory on first use
        assert self._sessions is not None
        session = self._sessions()
        session.info[OFFICER_KEY] = self.officer
        try:
            with unreachable_explained(self.label):
                self._take_turn(session)
            yield session
            self._announce(session)
            session.commit()
        except BaseException as error:
            session.rollback()
            if _sqlstate(error) == INSUFFICIENT_PRIVILEGE:  # a reader's role
                raise RejectedInput("database.team_read_only", database=self.label) from error
            raise
        finally:
            session.close()

    def _take_turn(self, session: Session) -> None:
        from rrr_desktop.models.queries import driver_connection

        connection = driver_connection(session)
        try:
            with write_lock.taking_turn():
                team.take_writer_lock(connection)
        except Exception as error:
            if _sqlstate(error) != LOCK_NOT_AVAILABLE:
                raise
            session.rollback()
            raise DatabaseBusy(self.label, self._holder()) from error

    @staticmethod
    def _announce(session: Session) -> None:
        """Other officers' windows hear of the change when it is committed."""
        from rrr_desktop.models.queries import driver_connection
        from rrr_desktop.models.team_changes import this_writer

        team.announce_change(driver_connection(session), this_writer())

    def _holder(self) -> str:
        with self.reading() as connection:
            holder = team.writer_lock_holder(connection)
        if holder is None:
            return "another officer"
        role, application, address = holder
        return " ".join(part for part in (f"{application} ({role})",
                                          f"at {address}" if address else "") if part)

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction through the driver alone, as the SQLite home's: the
        writer's turn, the change announced, committed or rolled back as a session."""
        from rrr_desktop.models.queries import driver_connection

        with self.session() as session:
            yield driver_connection(session)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only snapshot: every query inside sees the same committed state."""
        with unreachable_explained(self.label):
            raw = self._reads.begin()
        try:
            yield Connection(raw, "postgresql")
        finally:
            self._reads.end(raw)

    def close(self) -> None:
        self._reads.close()
        if self._engine is not None:
            self._engine.dispose()


LOCK_NOT_AVAILABLE = "55P03"
INSUFFICIENT_PRIVILEGE = "42501"
_UNREACHABLE_STATES = ("08", "28", "3D")  # connection failures, authentication, no database


def _sqlstate(error: BaseException) -> str:
    original = getattr(error, "orig", error)
    return str(getattr(original, "sqlstate", "") or "")


@contextmanager
def unreachable_explained(label: str) -> Iterator[None]:
    """Turn a server that cannot be reached (or refuses the officer) into a refusal."""
    try:
        yield
    except Exception as error:
        from psycopg import OperationalError

        state = _sqlstate(error)  # SQLAlchemy's errors carry the driver's as ``orig``
        connecting = isinstance(getattr(error, "orig", error), OperationalError) and not state
        if not connecting and not state.startswith(_UNREACHABLE_STATES):
            raise
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
        raise RejectedInput("database.team_unreachable", database=label,
                            reason=reason) from error


def open_team_database(paths: AppPaths, *,
                       backup_confirmed: bool = False) -> tuple[TeamDatabase, MigrationResult]:
    """The team database of ``paths``, its schema brought up to date first (after a
    backup into ``paths.backups``, see ``team_schema``)."""
    from rrr_desktop.models.team_schema import ensure_team_schema

    assert paths.team_database is not None
    db = TeamDatabase(paths.team_database, paths.database_label)
    try:
        with unreachable_explained(db.label):
            migration = ensure_team_schema(db, backups_dir=paths.backups,
                                           backup_confirmed=backup_confirmed)
            with db.reading() as connection:
                db.read_only = team.read_only_role(connection)
                db.role = team.current_role(connection)
    except BaseException:
        db.close()
        raise
    return db, migration


def probe_team_database(address: str, label: str, password: str | None = None
                        ) -> tuple[str, str | None, bool]:
    """(server version, schema revision or None, read-only role) of a team database,
    without changing anything (``password``: one just typed, used when libpq has none);
    a refusal says why it cannot be reached."""
    from rrr_desktop.models.team_schema import read_team_revision

    db = TeamDatabase(address, label, password)
    try:
        with unreachable_explained(label), db.reading() as connection:
            revision = read_team_revision(connection, label)
            read_only = revision is not None and team.read_only_role(connection)
            return team.server_version(connection), revision, read_only
    finally:
        db.close()
