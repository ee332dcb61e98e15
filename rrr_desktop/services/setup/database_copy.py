"""Move a register in or out of a team database: ``rrr-desktop db copy --to TARGET``.

A single officer's home is copied into a new, empty team database (PostgreSQL), and a
team database (or a home) into a new SQLite file: a portable backup, or the register
of an officer who leaves the team. Everything is copied as it is (ids, UUIDs,
revisions, where records came from, the signing keys pinned for peer cities), so that
peers see the same city and the same records afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database_copy import copy_database, row_counts
from rrr_desktop.models.engine import create_sqlite_engine
from rrr_desktop.models.schema import ensure_schema
from rrr_desktop.paths import AppPaths, database_file, is_team_address
from rrr_desktop.progress import Progress
from rrr_desktop.services.home import Home


@dataclass(frozen=True)
class CopyReport:
    """What a copy wrote: where (as shown, without a password), and how many rows."""

    target: str
    rows: int
    stakeholders: int


def copy_register(home: Home, target: str, progress: Progress | None = None) -> CopyReport:
    """Copy every record of ``home``'s database into the new database ``target`` (a
    ``postgresql://`` address of an empty database, or a file that does not exist yet).

    Refused, with nothing written, when the target holds data or the file exists.
    """
    if is_team_address(target):
        return _into_team_database(home, AppPaths(home.paths.home, home.paths.database,
                                                  team_database=target), progress)
    path = database_file(target)
    if path.exists():
        raise RejectedInput("database.copy_target_exists", field="to", target=path)
    try:
        ensure_schema(path, home.paths.backups)
        engine = create_sqlite_engine(path)
        try:
            copied = copy_database(home.db.engine, engine, progress)
        finally:
            engine.dispose()
    except BaseException:
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return CopyReport(str(path), sum(copied.values()), copied["stakeholder"])


def _into_team_database(home: Home, paths: AppPaths, progress: Progress | None) -> CopyReport:
    from rrr_desktop.models.team_database import TeamDatabase, unreachable_explained
    from rrr_desktop.models.team_schema import ensure_team_schema
    from rrr_desktop.services.exchange.city_key import (
        CITY_KEY,
        sealed_home_key,
        team_passphrase,
    )

    label = paths.database_label
    team = TeamDatabase(paths.team_database or "", label)
    try:
        # Peers pinned this officer's key: the team signs with it from now on (a team
        # database copied into another brings its sealed key along with its rows).
        sealed = (sealed_home_key(home.paths, team_passphrase(team))
                  if home.db.engine_name == "sqlite" and home.paths.signing_key.exists()
                  else None)
        with unreachable_explained(label):
            ensure_team_schema(team)
            with team.engine.connect() as connection:
                held = sum(row_counts(connection).values())
            if held:
                raise RejectedInput("database.copy_target_not_empty", field="to",
                                    target=label, count=held)
            copied = copy_database(home.db.engine, team.engine, progress,
                                   extra_meta={CITY_KEY: sealed} if sealed else None)
    finally:
        team.close()
    return CopyReport(label, sum(copied.values()), copied["stakeholder"])

