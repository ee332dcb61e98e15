"""Migration 0006: texts typed before profiles had a language get one."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config

from rrr_desktop.models.engine import create_sqlite_engine
from rrr_desktop.models.schema import MIGRATIONS_DIR, ensure_schema
from rrr_desktop.paths import AppPaths


def test_our_texts_are_taken_to_be_in_our_first_language_and_the_peers_in_english(
        paths: AppPaths) -> None:
    paths.create_folders()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_sqlite_engine(paths.database)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(paths.database) as connection:
        for name, languages, ours in (("Gdańsk", '["csb", "pl"]', 1),
                                      ("Lisboa", '["pt"]', 0)):
            connection.execute(
                "INSERT INTO city (uuid, name, country_code, region, languages, website, "
                "summary, profile_source, is_ours, created_at, updated_at) VALUES "
                "(hex(randomblob(16)), ?, 'PL', '', ?, '', 'Tekst', '', ?, '2026-01-01', "
                "'2026-01-01')", (name, languages, ours))
    connection.close()
    ensure_schema(paths.database, paths.backups)
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute(
            "SELECT name, text_language, translations FROM city ORDER BY name").fetchall() == [
            ("Gdańsk", "pl", "{}"), ("Lisboa", "en", "{}")]
    connection.close()
