"""A team's database on PostgreSQL: opening, migrating, refusing, taking turns, roles."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from rrr_desktop.errors import NewerDatabaseError, RejectedInput, UnrecognisedDatabaseError
from rrr_desktop.models import postgres_connection, team_schema
from rrr_desktop.models.engine import team_url
from rrr_desktop.models.entities import Base
from rrr_desktop.models.queries import Connection, team
from rrr_desktop.models.schema import MIGRATIONS_DIR, known_revisions
from rrr_desktop.models.write_lock import DatabaseBusy
from rrr_desktop.paths import DATABASE_ENV, resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders
from tests.factories import run_cli
from tests.team_server import TeamServer


def tables_and_revision(url: str) -> tuple[set[str], str | None]:
    with psycopg.connect(url) as connection:
        tables = {name for (name,) in connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return tables, revision


def test_an_empty_team_database_is_migrated_to_exactly_the_orm_schema(
        team_server: TeamServer, tmp_path: Path) -> None:
    url = team_server.new_database()
    try:
        opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=url))
        opened.close()
        assert opened.migration.from_revision is None
        assert opened.migration.to_revision == known_revisions()[-1]
        assert opened.migration.backup is None  # nothing to back up
        assert schema_differences(url) == []
        assert not (tmp_path / "home" / "rrr-desktop.sqlite3").exists()
        assert (tmp_path / "home" / "logs").is_dir()
    finally:
        team_server.drop(url)


def schema_differences(url: str) -> list[object]:
    engine = create_engine(team_url(url))
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    return list(differences)


def migrate_to(url: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_engine(team_url(url))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


@pytest.mark.parametrize("revision", known_revisions()[:-1])
def test_every_earlier_schema_is_backed_up_with_pg_dump_then_migrated(
        team_server: TeamServer, tmp_path: Path, revision: str) -> None:
    url = team_server.new_database()
    try:
        migrate_to(url, revision)
        opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=url))
        opened.close()
        assert (opened.migration.from_revision, opened.migration.to_revision) == (
            revision, known_revisions()[-1])
        backup = opened.migration.backup
        assert backup is not None and backup.parent == tmp_path / "home" / "backups"
        assert backup.read_bytes().startswith(b"PGDMP")  # pg_restore's custom format
        assert schema_differences(url) == []
    finally:
        team_server.drop(url)


def test_without_pg_dump_a_migration_waits_for_a_confirmed_backup(
        team_server: TeamServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(team_schema.shutil, "which", lambda _name: None)
    url = team_server.new_database()
    try:
        migrate_to(url, known_revisions()[0])
        code, _, err = run_cli(capsys, "--home", str(tmp_path / "home"), "--db", url,
                               "peers", "list")
        assert code == 3
        assert "needs a fresh backup first" in err and "--backup-confirmed" in err
        assert tables_and_revision(url)[1] == known_revisions()[0]
        code, _, err = run_cli(capsys, "--home", str(tmp_path / "home"), "--db", url,
                               "--backup-confirmed", "peers", "list")
        assert (code, err) == (0, "")
        assert tables_and_revision(url)[1] == known_revisions()[-1]
    finally:
        team_server.drop(url)


def test_the_address_may_come_from_the_environment(
        team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_ENV, team_database)
    paths = resolve_paths(tmp_path / "home")
    assert paths.team_database == team_database
    opened = open_home(paths)
    try:
        init_our_city(opened.db, "Bilbao", None, None)
    finally:
        opened.close()
    with psycopg.connect(team_database) as connection:
        assert connection.execute("SELECT name FROM city WHERE is_ours").fetchall() == [
            ("Bilbao",)]


def test_a_newer_schema_is_refused_and_left_untouched(
        team_database: str, tmp_path: Path) -> None:
    with psycopg.connect(team_database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = tables_and_revision(team_database)
    with pytest.raises(NewerDatabaseError) as refused:
        open_home(replace(resolve_paths(tmp_path / "home"), team_database=team_database))
    assert "9999" in str(refused.value)
    assert tables_and_revision(team_database) == before


def test_another_programs_database_is_refused_and_left_untouched(
        team_server: TeamServer, tmp_path: Path) -> None:
    url = team_server.new_database()
    try:
        with psycopg.connect(url) as connection:
            connection.execute("CREATE TABLE invoices (id integer)")
        with pytest.raises(UnrecognisedDatabaseError):
            open_home(replace(resolve_paths(tmp_path / "home"), team_database=url))
        assert tables_and_revision(url) == ({"invoices"}, None)
    finally:
        team_server.drop(url)


def test_a_second_writer_waits_its_turn_and_then_names_the_holder(
        team_database: str, tmp_path: Path) -> None:
    opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=team_database))
    try:
        holding, release = threading.Event(), threading.Event()

        def hold() -> None:
            with opened.db.session():
                holding.set()
                release.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        assert holding.wait(10)
        with opened.db.session() as session:
            session.execute(text("SET LOCAL lock_timeout = '300ms'"))
        release.set()
        holder.join()
    finally:
        opened.close()


def test_a_busy_writer_lock_is_refused_naming_who_holds_it(
        team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres_connection, "SESSION_OPTIONS",
                        postgres_connection.SESSION_OPTIONS.replace("30s", "200ms"))
    opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=team_database))
    other = psycopg.connect(team_database + "?application_name=rrr-desktop:%20ana")
    try:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (team.WRITER_LOCK,))
        with pytest.raises(DatabaseBusy) as busy, opened.db.session():
            pass
        assert "rrr-desktop: ana (rrr)" in str(busy.value)
        assert "Nothing was changed" in str(busy.value)
    finally:
        other.close()
        opened.close()


def test_a_readers_role_reads_the_register_and_is_refused_a_change(
        team_database: str, tmp_path: Path) -> None:
    editor = open_home(replace(resolve_paths(tmp_path / "editor"), team_database=team_database))
    init_our_city(editor.db, "Bilbao", None, None)
    create_stakeholder(editor.db, StakeholderForm(name="Ekintza Cooperative"))
    editor.close()
    with psycopg.connect(team_database, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS rrr_reader_test")
        admin.execute("CREATE ROLE rrr_reader_test LOGIN")
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO rrr_reader_test")
    reader_url = team_database.replace("://rrr@", "://rrr_reader_test@")
    reader = open_home(replace(resolve_paths(tmp_path / "reader"), team_database=reader_url))
    try:
        assert reader.read_only and not editor.read_only
        rows = list_stakeholders(reader.db, StakeholderFilter())
        assert [row.name for row in rows] == ["Ekintza Cooperative"]
        with pytest.raises(RejectedInput) as refused:
            create_stakeholder(reader.db, StakeholderForm(name="Another"))
        assert refused.value.code == "database.team_read_only"
        assert "may read the register but not change it" in str(refused.value)
    finally:
        reader.close()
        with psycopg.connect(team_database, autocommit=True) as admin:
            admin.execute("DROP OWNED BY rrr_reader_test")
            admin.execute("DROP ROLE rrr_reader_test")


def count_stakeholders(connection: Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM stakeholder").fetchone()[0])


def test_a_read_is_one_read_only_snapshot_of_committed_changes(
        team_database: str, tmp_path: Path) -> None:
    opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=team_database))
    try:
        with opened.db.reading() as connection:
            before = count_stakeholders(connection)
            create_stakeholder(opened.db, StakeholderForm(name="Ekintza Cooperative"))
            assert count_stakeholders(connection) == before  # committed meanwhile: unseen
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                connection.execute("DELETE FROM stakeholder")
        with opened.db.reading() as connection:
            assert count_stakeholders(connection) == before + 1
    finally:
        opened.close()


def test_a_read_connection_the_server_dropped_is_replaced(
        team_database: str, tmp_path: Path) -> None:
    opened = open_home(replace(resolve_paths(tmp_path / "home"), team_database=team_database))
    try:
        create_stakeholder(opened.db, StakeholderForm(name="Ekintza Cooperative"))
        with opened.db.reading() as connection:
            dropped = connection.raw.info.backend_pid
        with psycopg.connect(team_database, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (dropped,))
            while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s",
                                (dropped,)).fetchone():
                time.sleep(0.05)
        rows = list_stakeholders(opened.db, StakeholderFilter())
        assert [row.name for row in rows] == ["Ekintza Cooperative"]
        with opened.db.reading() as connection:
            assert connection.raw.info.backend_pid != dropped
    finally:
        opened.close()
