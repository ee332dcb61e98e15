"""Migration 0005: groups saved before working groups were shared become shared groups
in the forming stage, made here, with their members, lead and notes kept."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.config import Config

from rrr_desktop.models.database import Database
from rrr_desktop.models.engine import create_sqlite_engine
from rrr_desktop.models.group_vocabulary import GroupStage
from rrr_desktop.models.schema import MIGRATIONS_DIR, ensure_schema
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.groups.shared import working_groups


def test_a_group_saved_under_0004_is_a_forming_group_made_here(paths: AppPaths) -> None:
    paths.create_folders()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_sqlite_engine(paths.database)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004")
    engine.dispose()
    with sqlite3.connect(paths.database) as connection:
        for number, name in enumerate(("Bilbao", "Rotterdam"), start=1):
            connection.execute(
                "INSERT INTO city (uuid, name, country_code, region, languages, website, "
                "summary, profile_source, contact_office, is_ours, revision, created_at, "
                "updated_at) VALUES (?, ?, 'ES', '', '[]', '', '', '', '', ?, 1, "
                "'2026-01-01', '2026-01-01')", (f"{number:032x}", name, int(number == 1)))
        connection.execute(
            "INSERT INTO working_group (uuid, name, topic_ids, lead_city_id, notes, "
            "created_at, updated_at) VALUES ('ab'||hex(randomblob(15)), 'Markets', "
            "'[\"social-impact-bonds\"]', 2, 'ours only', '2026-01-01', '2026-01-01')")
        connection.executemany(
            "INSERT INTO working_group_member (group_id, city_id, position, reason) "
            "VALUES (1, ?, ?, 'why')", [(1, 0), (2, 1)])
    connection.close()

    ensure_schema(paths.database, paths.backups)
    database = Database(paths.database)
    (group,) = working_groups(database)
    database.close()
    assert (group.name, group.stage, group.revision, group.purpose) == (
        "Markets", GroupStage.FORMING, 1, "")
    assert [m.city for m in group.members] == ["Bilbao", "Rotterdam"]
    assert group.lead_city == "Rotterdam" and group.notes == "ours only"
    assert group.source is None and group.editable  # made here: ours to change and share
    assert group.meetings == () and group.actions == ()
