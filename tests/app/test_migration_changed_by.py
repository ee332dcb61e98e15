"""Migration 0007: records name the officer who changed them last (``changed_by``), on
the SQLite file and on a team database, from an empty database and from schema 0006."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, inspect, text

from rrr_desktop.models.engine import create_sqlite_engine, team_url
from rrr_desktop.models.schema import MIGRATIONS_DIR, known_revisions
from rrr_desktop.paths import AppPaths, resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.stakeholders.edit import update_stakeholder
from rrr_desktop.services.stakeholders.form import load_revision
from rrr_desktop.services.stakeholders.listing import stakeholder_detail
from tests.team_server import TeamServer

TABLES = {"city", "practice", "stakeholder", "working_group", "working_group_action",
          "working_group_meeting", "working_group_note"}


@pytest.fixture
def empty(engine: str, tmp_path: Path,
          request: pytest.FixtureRequest) -> Iterator[tuple[AppPaths, Engine]]:
    """Paths of a home whose database (a file, or a team database) is still empty, and
    an engine on that database."""
    home = resolve_paths(tmp_path / "home")
    home.create_folders()
    if engine == "sqlite":
        made = create_sqlite_engine(home.database)
        yield home, made
        made.dispose()
        return
    server: TeamServer = request.getfixturevalue("team_server")
    url = server.new_database()
    made = create_engine(team_url(url))
    yield replace(home, team_database=url), made
    made.dispose()
    server.drop(url)


def upgrade(engine: Engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def columns_named_changed_by(engine: Engine) -> set[str]:
    found = inspect(engine)
    return {table for table in found.get_table_names()
            if "changed_by" in {column["name"] for column in found.get_columns(table)}}


def test_an_empty_database_gets_changed_by_on_every_edited_record(
        empty: tuple[AppPaths, Engine]) -> None:
    paths, engine = empty
    opened = open_home(paths, officer="Ana Officer")
    opened.close()
    assert opened.migration.to_revision == known_revisions()[-1]
    assert columns_named_changed_by(engine) == TABLES


def test_from_0006_records_are_kept_their_author_unknown_until_changed(
        empty: tuple[AppPaths, Engine]) -> None:
    paths, engine = empty
    upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO stakeholder (uuid, name, kind, is_person, sectors, district, address, "
            "locality, postcode, country_code, website, description, tags, owner, stage, "
            "archived, shareable, external_id, contact_person, email, phone, consent_given, "
            "consent_source, consent_note, search_text, sort_name, revision, created_at, "
            "updated_at) VALUES ('0123456789abcdef0123456789abcdef', 'Old Co-op', 'other', "
            "FALSE, '[]', '', '', '', '', '', '', '', '[]', '', 'not_engaged', FALSE, FALSE, "
            "'', '', '', '', FALSE, '', '', 'old co-op', 'old co-op', 3, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    assert columns_named_changed_by(engine) == set()
    opened = open_home(paths, officer="Ana Officer", backup_confirmed=True)
    try:
        assert (opened.migration.from_revision, opened.migration.to_revision) == (
            "0006", known_revisions()[-1])
        assert columns_named_changed_by(engine) == TABLES
        with engine.connect() as connection:
            old = connection.execute(
                text("SELECT id FROM stakeholder WHERE name = 'Old Co-op'")).scalar_one()
        detail = stakeholder_detail(opened.db, old)
        assert detail is not None and detail.changed_by is None  # not known
        form, revision = load_revision(opened.db, old)
        assert revision == 3
        update_stakeholder(opened.db, old, replace(form, district="Centre"), based_on=3)
        detail = stakeholder_detail(opened.db, old)
        assert detail is not None and detail.changed_by == "Ana Officer"
    finally:
        opened.close()
