"""The register's search finds a stakeholder by where it is (town, postcode, street,
district) as well as by what it is, whoever wrote the record: the editor, an import
(adding or updating), a bulk edit."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.bulk import BulkChange, bulk_edit
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_revision
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.importer import ImportMode, plan_import
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders


def found(home: Home, typed: str) -> list[str]:
    return sorted(row.name for row in list_stakeholders(home.db, StakeholderFilter(search=typed)))


def imported(home: Home, folder: Path, rows: list[list[str]],
             mode: ImportMode = ImportMode.ADD) -> None:
    path = folder / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([["Name", "Address", "Town", "Postcode", "District"],
                                    *rows])
    apply_import(home.db, plan_import(home.db, read_table(path), path.name, mode=mode))


def test_the_editor_stores_the_place_for_the_search(home: Home) -> None:
    made = create_stakeholder(home.db, StakeholderForm(
        "Bread & Roses", locality="Łódź", postcode="90-001", address="ul. Piotrkowska 12",
        district="Śródmieście"))
    create_stakeholder(home.db, StakeholderForm("London Co-op Bank", locality="Leeds"))
    assert found(home, "lodz") == ["Bread & Roses"]
    assert found(home, "90-001") == ["Bread & Roses"]
    assert found(home, "piotrkowska") == ["Bread & Roses"]
    assert found(home, "srodmiescie") == ["Bread & Roses"]
    assert found(home, "london") == ["London Co-op Bank"]  # the name still counts
    form, revision = load_revision(home.db, made)
    update_stakeholder(home.db, made, replace(form, locality="Kraków"), based_on=revision)
    assert found(home, "lodz") == []
    assert found(home, "krakow") == ["Bread & Roses"]


def test_imported_rows_are_found_by_town_and_postcode(home: Home, tmp_path: Path) -> None:
    imported(home, tmp_path, [["Hackney Co-operative Developments", "", "London", "E8 2NS",
                               "Hackney"],
                              ["Leeds Bread Co-op", "", "Leeds", "LS6 1AA", ""]])
    assert found(home, "london") == ["Hackney Co-operative Developments"]
    assert found(home, "ls6") == ["Leeds Bread Co-op"]
    assert found(home, "hackney e8") == ["Hackney Co-operative Developments"]
    imported(home, tmp_path, [["Leeds Bread Co-op", "", "Bradford", "BD1 1AA", ""]],
             mode=ImportMode.UPDATE)
    assert found(home, "leeds") == ["Leeds Bread Co-op"]  # its name
    assert found(home, "bradford") == ["Leeds Bread Co-op"]
    assert found(home, "ls6") == []


def test_a_bulk_edit_keeps_the_place_searchable(home: Home) -> None:
    made = create_stakeholder(home.db, StakeholderForm("Repair Café", locality="Utrecht"))
    bulk_edit(home.db, [made], BulkChange(add_tags=("repair",)))
    assert found(home, "utrecht repair") == ["Repair Café"]
