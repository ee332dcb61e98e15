"""Schema migrations: from empty, from the previous schema, backups, refusals."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from rrr_desktop.errors import NewerDatabaseError, UnrecognisedDatabaseError
from rrr_desktop.models.backup import BACKUPS_KEPT, backup_database, list_backups
from rrr_desktop.models.engine import create_sqlite_engine
from rrr_desktop.models.entities import Base
from rrr_desktop.models.schema import (
    MIGRATIONS_DIR,
    ensure_schema,
    known_revisions,
    read_revision,
)
from rrr_desktop.paths import AppPaths

EXTRA_REVISION = '''
import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("city") as batch:
        batch.add_column(sa.Column("motto", sa.String(100), nullable=False, server_default=""))
    {extra}


def downgrade():
    pass
'''


def table_names(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {row[0] for row in rows}


def column_names(database: Path, table: str) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {r[1] for r in connection.execute(f"PRAGMA table_info({table})")}


def migrations_with_extra(tmp_path: Path, extra: str = "") -> Path:
    """A copy of the shipped migrations plus a next revision (as a future release adds)."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = known_revisions()[-1]
    new = f"{int(head) + 1:04d}"
    (folder / "versions" / f"{new}_add_motto.py").write_text(
        EXTRA_REVISION.format(rev=new, down=head, extra=extra))
    return folder


def test_new_database_gets_every_table_and_no_backup(paths: AppPaths) -> None:
    paths.create_folders()
    result = ensure_schema(paths.database, paths.backups)
    assert result.from_revision is None
    assert result.to_revision == known_revisions()[-1]
    assert result.backup is None
    assert {"city", "topic", "city_topic", "practice", "alembic_version"} <= table_names(
        paths.database)


def test_up_to_date_database_is_not_touched(paths: AppPaths) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    before = paths.database.read_bytes()
    result = ensure_schema(paths.database, paths.backups)
    assert not result.migrated
    assert paths.database.read_bytes() == before
    assert list_backups(paths.backups, paths.database.stem) == []


@pytest.mark.slow
def test_checking_an_up_to_date_database_does_not_import_alembic(paths: AppPaths) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    probe = (
        "import sys; from pathlib import Path; "
        "from rrr_desktop.models.schema import ensure_schema; "
        f"ensure_schema(Path({str(paths.database)!r}), Path({str(paths.backups)!r})); "
        "print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout.split()
    assert output == ["False", "False"]


def test_previous_schema_is_backed_up_then_migrated_with_data_kept(
        paths: AppPaths, tmp_path: Path) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO city (uuid, name, country_code, region, languages, website, summary,"
            " profile_source, is_ours, created_at, updated_at) VALUES ('a'||hex(randomblob(15)),"
            " 'Łódź', 'PL', '', '[]', '', 'our notes', '', 1, '2026-01-01', '2026-01-01')")
    old_revision = read_revision(paths.database)

    result = ensure_schema(paths.database, paths.backups, migrations_with_extra(tmp_path))

    assert result.from_revision == old_revision
    assert "motto" in column_names(paths.database, "city")
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT name, summary FROM city").fetchall() == [
            ("Łódź", "our notes")]
    assert result.backup is not None
    assert read_revision(result.backup) == old_revision
    assert "motto" not in column_names(result.backup, "city")
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT name FROM city").fetchall() == [("Łódź",)]


def test_failed_migration_leaves_the_previous_schema_whole(
        paths: AppPaths, tmp_path: Path) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    old_revision = read_revision(paths.database)
    broken = migrations_with_extra(tmp_path, extra="raise RuntimeError('migration bug')")
    with pytest.raises(RuntimeError, match="migration bug"):
        ensure_schema(paths.database, paths.backups, broken)
    assert read_revision(paths.database) == old_revision
    assert "motto" not in column_names(paths.database, "city")


def test_only_the_last_ten_backups_are_kept(paths: AppPaths) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    made = [backup_database(paths.database, paths.backups, f"test{n}") for n in range(13)]
    kept = list_backups(paths.backups, paths.database.stem)
    assert len(kept) == BACKUPS_KEPT
    assert kept == made[-BACKUPS_KEPT:]


def test_database_from_a_newer_version_is_refused_and_left_untouched(paths: AppPaths) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = paths.database.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        ensure_schema(paths.database, paths.backups)
    assert paths.database.read_bytes() == before
    assert list_backups(paths.backups, paths.database.stem) == []


@pytest.mark.parametrize("content", [b"not a database" * 10, b"SQLite format 3\0junk"])
def test_a_file_that_is_not_a_database_is_refused(paths: AppPaths, content: bytes) -> None:
    paths.create_folders()
    paths.database.write_bytes(content)
    with pytest.raises(UnrecognisedDatabaseError):
        ensure_schema(paths.database, paths.backups)
    assert paths.database.read_bytes() == content


def test_another_programs_database_is_refused(paths: AppPaths) -> None:
    paths.create_folders()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    with pytest.raises(UnrecognisedDatabaseError, match="another program"):
        ensure_schema(paths.database, paths.backups)
    assert table_names(paths.database) == {"invoices"}


def test_revision_files_form_one_numbered_chain() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    revisions = known_revisions()
    assert script.get_heads() == [revisions[-1]]
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert chain == revisions
    assert revisions == [f"{n:04d}" for n in range(1, len(revisions) + 1)]


def test_migrations_produce_exactly_the_orm_schema(paths: AppPaths) -> None:
    paths.create_folders()
    ensure_schema(paths.database, paths.backups)
    engine = create_sqlite_engine(paths.database)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def upgrade_to(database: Path, revision: str) -> None:
    from alembic import command

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_sqlite_engine(database)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@pytest.mark.parametrize("start", known_revisions()[:-1])
def test_every_shipped_schema_migrates_to_the_newest_with_a_backup(
        paths: AppPaths, start: str) -> None:
    paths.create_folders()
    upgrade_to(paths.database, start)
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO city (uuid, name, country_code, region, languages, website, summary,"
            " profile_source, is_ours, created_at, updated_at) VALUES ('b'||hex(randomblob(15)),"
            " 'Gdańsk', 'PL', '', '[\"pl\"]', '', '', '', 1, '2026-01-01', '2026-01-01')")
        # Child rows too: a migration that rebuilds ``city`` must not cascade into them.
        connection.execute("INSERT INTO topic (id, label, description) VALUES ('t', 'T', '')")
        connection.execute("INSERT INTO city_topic (city_id, topic_id, role, note) "
                           "VALUES (1, 't', 'offers', 'kept')")
        connection.execute(
            "INSERT INTO practice (uuid, city_id, title, kind, description, stage, link, "
            "created_at, updated_at) VALUES ('d'||hex(randomblob(15)), 1, 'Awards', 'award', "
            "'', 'running', '', '2026-01-01', '2026-01-01')")
    connection.close()
    result = ensure_schema(paths.database, paths.backups)
    assert (result.from_revision, result.to_revision) == (start, known_revisions()[-1])
    assert result.backup is not None and read_revision(result.backup) == start
    assert "stakeholder" in table_names(paths.database)
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT name FROM city").fetchall() == [("Gdańsk",)]
        assert connection.execute("SELECT note FROM city_topic").fetchall() == [("kept",)]
        assert connection.execute("SELECT title FROM practice").fetchall() == [("Awards",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_profile_migration_keeps_cities_and_guards_the_score_range(paths: AppPaths) -> None:
    paths.create_folders()
    upgrade_to(paths.database, "0002")
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO city (uuid, name, country_code, region, languages, website, summary,"
            " profile_source, is_ours, created_at, updated_at) VALUES ('c'||hex(randomblob(15)),"
            " 'Gdańsk', 'PL', '', '[\"pl\"]', '', '', '', 1, '2026-01-01', '2026-01-01')")
        connection.execute("INSERT INTO topic (id, label, description) VALUES ('t', 'T', '')")
    connection.close()
    ensure_schema(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT name, contact_office FROM city").fetchall() == [
            ("Gdańsk", "")]
        insert = "INSERT INTO topic_assessment (city_id, topic_id, score) VALUES (1, 't', ?)"
        connection.execute(insert, (None,))
        with pytest.raises(sqlite3.IntegrityError, match="score_0_to_10"):
            connection.execute(insert.replace("'t'", "'t2'"), (11,))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute(insert, (3,))
    connection.close()
