"""Persons in an import: the Record and Organisation columns, and the export -> import round
trip that brings persons back linked to their organisations."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.services.stakeholders.export import export_stakeholders
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.column_mapping import suggest_mapping
from rrr_desktop.services.stakeholders.importing.importer import (
    ImportMode,
    ImportPlan,
    plan_import,
)
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from tests.factories import open_test_home


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def plan(home: Home, path: Path, mode: ImportMode = ImportMode.ADD) -> ImportPlan:
    return plan_import(home.db, read_table(path), path.name, mode=mode)


def persons(db: Database) -> list[tuple[str, str]]:
    """(person, their organisation) by name."""
    with db.reading() as connection:
        return sorted(connection.execute(
            "SELECT p.name, o.name FROM stakeholder p "
            "LEFT JOIN stakeholder o ON o.id = p.organisation_id WHERE p.is_person").fetchall())


def organisations(db: Database) -> list[str]:
    with db.reading() as connection:
        return sorted(name for (name,) in connection.execute(
            "SELECT name FROM stakeholder WHERE NOT is_person"))


@pytest.fixture
def other_home(tmp_path: Path) -> Iterator[Home]:
    opened = open_test_home(tmp_path / "other-home")
    yield opened
    opened.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_demo_s_persons_come_back_linked_to_their_organisations(
        home: Home, other_home: Home, tmp_path: Path, suffix: str) -> None:
    load_sample_data(home.db)
    path = tmp_path / f"register{suffix}"
    export_stakeholders(home.db, StakeholderFilter(include_archived=True), path)
    result = plan(other_home, path)
    assert result.counts["add"] == 308 and result.counts["fail"] == 0
    apply_import(other_home.db, result)
    assert len(persons(home.db)) == 8
    assert persons(other_home.db) == persons(home.db)
    assert organisations(other_home.db) == organisations(home.db)
    again = plan(other_home, path, ImportMode.UPDATE)  # persons are found, not added twice
    assert (again.counts["add"], again.counts["skip"]) == (0, 308)


def test_the_export_says_which_rows_are_persons_and_whose(home: Home, tmp_path: Path) -> None:
    load_sample_data(home.db)
    path = export_stakeholders(home.db, StakeholderFilter(include_archived=True),
                               tmp_path / "register.csv").path
    table = read_table(path)
    name, record, organisation = (table.headers.index(title)
                                  for title in ("Name", "Record", "Organisation"))
    rows = {row[name]: (row[record], row[organisation]) for row in table.rows}
    assert rows["María López (sample)"] == ("Person", "Textile Network 78 (sample)")
    assert rows["Textile Network 78 (sample)"] == ("Organisation", "")
    assert {table.headers[i]: field for i, field in suggest_mapping(table.headers).items()
            if field in ("name", "record", "organisation")} == {
        "Name": "name", "Record": "record", "Organisation": "organisation"}


def test_persons_are_linked_to_organisations_of_the_file_and_the_register(
        home: Home, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [["Name"], ["Łódź Co-op"]])
    apply_import(home.db, plan(home, first))
    path = write_csv(tmp_path / "list.csv", [
        ["Nombre", "Registro", "Organización"],
        ["Ana", "Persona", "Beta Network"],  # before its organisation's row
        ["Piotr", "person", "LODZ CO-OP"],  # in the register, written another way
        ["Beta Network", "Organisatie", ""],
        ["Gamma", "organisation", "Ignored for an organisation"],
    ])
    result = plan(home, path)
    assert result.failures == ()
    apply_import(home.db, result)
    assert persons(home.db) == [("Ana", "Beta Network"), ("Piotr", "Łódź Co-op")]
    assert organisations(home.db) == ["Beta Network", "Gamma", "Łódź Co-op"]


TOO_LONG = " and friends" * 30  # a name longer than the register takes: the row fails


def test_a_person_without_a_known_organisation_fails_saying_why(
        home: Home, tmp_path: Path) -> None:
    with home.db.session() as session:  # two organisations of one name: neither is meant
        session.add_all([Stakeholder(name=name, kind=StakeholderKind.OTHER)
                         for name in ("Same", "SAME")])
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "Record", "Organisation", "Email"],
        ["Ana", "Person", "Nowhere Coop", ""],
        ["Bea", "Person", "", ""],
        ["Broken Coop" + TOO_LONG, "Organisation", "", "not an email"],
        ["Cai", "Person", "Broken Coop" + TOO_LONG, ""],
        ["Dan", "Person", "Same", ""],
        ["Eve", "Maybe", "", ""],
        ["Fine", "Organisation", "", ""],
    ])
    result = plan(home, path)
    assert [str(problem) for problem in result.failures] == [
        "row 2: the organisation ‘Nowhere Coop’ of this person is not in the register or "
        "the file",
        "row 3: this person has no organisation: write the name of their organisation in the "
        "Organisation column",
        "row 4: the name in column 'Name' is longer than 300 characters",
        f"row 5: the organisation ‘Broken Coop{TOO_LONG}’ of this person is in row 4, which "
        "cannot be imported",
        "row 6: several organisations are called ‘Same’: give them different names to link "
        "this person to one of them",
    ]
    assert [str(problem) for problem in result.warnings] == [
        "row 7: the record 'Maybe' in column 'Record' is neither Person nor Organisation: the "
        "row is imported without it"]
    apply_import(home.db, result)
    assert persons(home.db) == []
    assert organisations(home.db) == ["Eve", "Fine", "SAME", "Same"]


def test_a_person_is_not_matched_to_an_organisation_of_the_same_name(
        home: Home, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Record", "Organisation"],
                                             ["Alex Smith", "Organisation", ""],
                                             ["Alex Smith", "Person", "Alex Smith"]])
    apply_import(home.db, plan(home, path))
    assert persons(home.db) == [("Alex Smith", "Alex Smith")]
    assert organisations(home.db) == ["Alex Smith"]


def test_an_update_links_a_person_to_an_organisation_the_same_import_adds(
        home: Home, tmp_path: Path) -> None:
    apply_import(home.db, plan(home, write_csv(tmp_path / "one.csv", [
        ["Name", "Record", "Organisation"], ["Old Coop", "Organisation", ""],
        ["Ana", "Person", "Old Coop"]])))
    result = plan(home, write_csv(tmp_path / "two.csv", [
        ["Name", "Record", "Organisation"], ["Ana", "Person", "New Coop"],
        ["New Coop", "Organisation", ""]]), ImportMode.UPDATE)
    assert (result.counts["update"], result.counts["add"]) == (1, 1)
    apply_import(home.db, result)
    assert persons(home.db) == [("Ana", "New Coop")]


@pytest.mark.parametrize(("headers", "expected"), [
    (["Name", "Record", "Organisation"], {0: "name", 1: "record", 2: "organisation"}),
    (["Name", "Organisation"], {0: "name"}),  # no persons in the file: as before
    (["Organisation", "Record"], {0: "name", 1: "record"}),
    (["Name", "Record type", "Organisation of the person"],
     {0: "name", 1: "record", 2: "organisation"}),
    (["Name", "Record ID"], {0: "name", 1: "external_id"}),
])
def test_record_and_organisation_columns_are_recognised(
        headers: list[str], expected: dict[int, str]) -> None:
    assert suggest_mapping(headers) == expected
