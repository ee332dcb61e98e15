"""Migration 0008: stakeholders stored before the search looked at places are found by
their town and postcode, on the SQLite file and on a team database, from an empty
database and from schema 0007."""

from __future__ import annotations

from uuid import uuid4

from sqlalchemy import Engine, text

from rrr_desktop.models.database import Database
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders
from tests.app.test_migration_changed_by import empty, upgrade

__all__ = ["empty"]  # the fixture, shared with the migration before


def found(db: Database, typed: str) -> list[str]:
    return sorted(row.name for row in list_stakeholders(db, StakeholderFilter(search=typed)))


def insert_old(engine: Engine, name: str, locality: str, postcode: str, tags: str) -> None:
    """A stakeholder as 0007 stored it: its search text folded from the name alone."""
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO stakeholder (uuid, name, kind, is_person, sectors, district, address, "
            "locality, postcode, country_code, website, description, tags, owner, stage, "
            "archived, shareable, external_id, contact_person, email, phone, consent_given, "
            "consent_source, consent_note, search_text, sort_name, revision, created_at, "
            "updated_at) VALUES (:uuid, :name, 'cooperative', FALSE, '[]', 'Hackney', "
            "'', :locality, :postcode, 'GB', '', 'Bakes bread', :tags, '', 'not_engaged', "
            "FALSE, FALSE, '', '', '', '', FALSE, '', '', :search, :sort, 3, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"),
            {"uuid": uuid4().hex, "name": name, "locality": locality, "postcode": postcode,
             "tags": tags, "search": name.lower(), "sort": name.lower()})


def test_an_empty_database_searches_places(empty: tuple[AppPaths, Engine]) -> None:
    paths, _engine = empty
    opened = open_home(paths)
    try:
        assert opened.migration.to_revision == "0008"
        create_stakeholder(opened.db, StakeholderForm("Hackney Co-op", locality="London"))
        assert found(opened.db, "london") == ["Hackney Co-op"]
    finally:
        opened.close()


def test_from_0007_every_stakeholder_is_found_by_its_town_unchanged_otherwise(
        empty: tuple[AppPaths, Engine]) -> None:
    paths, engine = empty
    upgrade(engine, "0007")
    insert_old(engine, "Bread Co-op", "London", "E8 2NS", '["bakery"]')
    insert_old(engine, "Łódź Makers", "Łódź", "90-001", "[]")
    opened = open_home(paths, backup_confirmed=True)
    try:
        assert (opened.migration.from_revision, opened.migration.to_revision) == (
            "0007", "0008")
        assert found(opened.db, "london") == ["Bread Co-op"]
        assert found(opened.db, "e8 2ns") == ["Bread Co-op"]
        assert found(opened.db, "bakery hackney bread") == ["Bread Co-op"]
        assert found(opened.db, "lodz 90-001") == ["Łódź Makers"]
        with engine.connect() as connection:
            revisions = connection.execute(text("SELECT revision FROM stakeholder")).scalars()
            assert list(revisions) == [3, 3]  # not a change peers or colleagues see
    finally:
        opened.close()
