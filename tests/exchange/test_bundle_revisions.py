"""Bulk updates of the register raise ``revision``, so peers see the change as newer."""

from __future__ import annotations

from pathlib import Path

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.bulk import BulkChange, bulk_edit
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from rrr_desktop.services.stakeholders.merge import merge_stakeholders
from tests.factories import add_stakeholders


def revisions(home: Home, ids: list[int]) -> list[int]:
    with home.db.reading() as connection:
        return [connection.execute("SELECT revision FROM stakeholder WHERE id = ?",
                                   (i,)).fetchone()[0] for i in ids]


def test_bulk_edit_raises_the_revision_of_changed_records_only(home: Home) -> None:
    ids = add_stakeholders(home.db, 2)
    bulk_edit(home.db, ids[:1], BulkChange(owner="Ana"))
    assert revisions(home, ids) == [2, 1]


def test_archive_and_restore_raise_the_revision(home: Home) -> None:
    ids = add_stakeholders(home.db, 1)
    set_archived(home.db, ids, True)
    set_archived(home.db, ids, False)
    assert revisions(home, ids) == [3]


def test_merge_raises_the_revision_of_relinked_persons(home: Home) -> None:
    master, other = add_stakeholders(home.db, 2)
    [person] = add_stakeholders(home.db, 1, is_person=True, organisation_id=other)
    merge_stakeholders(home.db, master, [other], {})
    assert revisions(home, [person]) == [2]


def test_a_list_import_update_raises_the_revision(home: Home, tmp_path: Path) -> None:
    from rrr_desktop.services.stakeholders.importing.applying import apply_import
    from rrr_desktop.services.stakeholders.importing.importer import ImportMode, plan_import
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    [record] = add_stakeholders(home.db, 1, name="Green Bridge", website="https://gb.example")
    path = tmp_path / "list.csv"
    path.write_text("Name,Website,District\nGreen Bridge,https://gb.example,Centre\n")
    plan = plan_import(home.db, read_table(path), path.name, mode=ImportMode.UPDATE)
    apply_import(home.db, plan)
    assert revisions(home, [record]) == [2]
