"""Import fixes: websites by host and path, export -> import round trip, failed-rows files
that never replace one, the CLI's exit code and skipped reasons, columns chosen by values."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.models.database import Database
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.services.stakeholders.export import export_stakeholders
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.column_mapping import (
    ColumnChoice,
    column_choices,
    suggest_mapping,
)
from rrr_desktop.services.stakeholders.importing.failed_rows import save_failed_rows
from rrr_desktop.services.stakeholders.importing.importer import plan_import
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.importing.websites import website_key
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from tests.factories import REAL_WORLD, migrated_paths, open_test_home, run_cli

ESSGLOBAL = REAL_WORLD / "uk-worker-coops-essglobal.csv"
COMPARED = ("name", "kind", "stage", "district", "owner", "tags", "sectors", "website",
            "description", "address", "locality", "postcode", "country_code", "influence",
            "interest", "trust", "shareable", "archived", "external_id", "uuid", "latitude",
            "longitude", "is_person")
PERSONAL = ("contact_person", "email", "phone")


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    return path


def import_file(home: Home, path: Path, mode: str = "add") -> dict[str, int]:
    from rrr_desktop.services.stakeholders.importing.importer import ImportMode

    plan = plan_import(home.db, read_table(path), path.name, mode=ImportMode(mode))
    apply_import(home.db, plan)
    return plan.counts


def stored(db: Database, columns: tuple[str, ...]) -> list[tuple[object, ...]]:
    with db.reading() as connection:
        return sorted(connection.execute(
            f"SELECT {', '.join(columns)} FROM stakeholder").fetchall(), key=repr)


@pytest.fixture
def other_home(tmp_path: Path) -> Iterator[Home]:
    opened = open_test_home(tmp_path / "other-home")
    yield opened
    opened.close()


# Websites: host and path


@pytest.mark.parametrize(("first", "second", "same"), [
    ("https://agency.example.org/alpha", "https://agency.example.org/beta", False),
    ("https://agency.example.org/alpha", "HTTP://WWW.Agency.Example.org/alpha/?x=1#top", True),
    ("agency.example.org", "https://www.agency.example.org/", True),
    ("agency.example.org", "agency.example.org/alpha", False),
    ("https://agency.example.org/Alpha", "https://agency.example.org/alpha", False),
    ("https://m.facebook.com/Club2", "facebook.com/club2", True),
    ("https://facebook.com/club1", "https://facebook.com/club2", False),
])
def test_websites_are_the_same_only_with_the_same_host_and_path(
        first: str, second: str, same: bool) -> None:
    assert (website_key(first) == website_key(second)) is same
    assert website_key("https://facebook.com/") == ""  # a shared host alone is no one


def test_organisations_on_one_host_are_neither_merged_nor_dropped(
        home: Home, tmp_path: Path) -> None:
    one = write_csv(tmp_path / "one.csv", [["Name", "Website"],
                                           ["Alpha Housing Coop", "https://agency.example.org/alpha"]])
    two = write_csv(tmp_path / "two.csv", [["Name", "Website"],
                                           ["Beta", "https://agency.example.org/beta"],
                                           ["Gamma", "https://agency.example.org/gamma"],
                                           ["Gamma again", "http://www.agency.example.org/gamma/"]])
    assert import_file(home, one)["add"] == 1
    counts = import_file(home, two, "update")
    assert (counts["add"], counts["update"], counts["skip"]) == (2, 0, 1)
    assert [name for (name,) in stored(home.db, ("name",))] == [
        "Alpha Housing Coop", "Beta", "Gamma"]


def test_the_demo_register_exported_imports_whole_into_an_empty_home(
        home: Home, other_home: Home, tmp_path: Path) -> None:
    load_sample_data(home.db)
    report = export_stakeholders(home.db, StakeholderFilter(include_archived=True),
                                 tmp_path / "demo.csv")
    assert report.rows == 308
    counts = import_file(other_home, tmp_path / "demo.csv")
    assert (counts["add"], counts["skip"], counts["fail"]) == (308, 0, 0)


# Export -> import round trip


@pytest.mark.parametrize(("suffix", "personal"), [(".xlsx", True), (".csv", False),
                                                  (".csv", True)])
def test_an_export_imports_back_with_the_same_values(
        home: Home, other_home: Home, tmp_path: Path, suffix: str, personal: bool) -> None:
    load_sample_data(home.db)
    with sqlite3.connect(home.db.path) as connection:  # the sample shares nothing yet
        connection.execute("UPDATE stakeholder SET shareable = 1 WHERE id % 3 = 0")
    connection.close()
    path = tmp_path / f"register{suffix}"
    export_stakeholders(home.db, StakeholderFilter(include_archived=True), path, personal)
    table = read_table(path)
    plan = plan_import(other_home.db, table, path.name)
    left_out = {table.headers[i] for i in range(len(table.headers))} - {
        table.headers[i] for i in plan.mapping}
    assert left_out == {"Kind", "Stage", "Sectors", "Country", "Topics"}  # codes are read
    apply_import(other_home.db, plan)
    assert stored(other_home.db, COMPARED) == stored(home.db, COMPARED)
    imported_personal = stored(other_home.db, PERSONAL)
    if personal:  # only what the export wrote: persons with recorded consent
        with home.db.reading() as connection:
            consented = connection.execute(
                "SELECT count(*) FROM stakeholder WHERE consent_given AND "
                "(contact_person || email || phone) != ''").fetchone()[0]
        assert sum(1 for values in imported_personal if any(values)) == consented > 0
    else:
        assert all(values == ("", "", "") for values in imported_personal)
    with home.db.reading() as connection:  # the source had values worth comparing
        variety = connection.execute("SELECT count(DISTINCT stage), count(DISTINCT owner), "
                                     "sum(archived), sum(shareable), count(influence) "
                                     "FROM stakeholder").fetchone()
    assert all(number > 1 for number in variety), variety


@pytest.mark.parametrize(("cells", "expected"), [
    (["social_enterprise", "co_creating", "2", "5.0", "1", "yes", "x"],
     ("social_enterprise", "co_creating", 2, 5, 1, 1, 1)),
    (["Entreprise sociale", "En cogestion", "", "", "", "non", "0"],
     ("social_enterprise", "co_managing", None, None, None, 0, 0)),
    (["Ente pubblico", "Geïnformeerd", "3", "4", "5", "sí", "tak"],
     ("public_body", "informed", 3, 4, 5, 1, 1)),
    (["Network / federation", "Consulted", "", "", "", "", ""],
     ("network", "consulted", None, None, None, 0, 0)),  # empty: not shared, not archived
])
def test_kinds_stages_scores_and_flags_are_read_in_every_language(
        home: Home, tmp_path: Path, cells: list[str], expected: tuple[object, ...]) -> None:
    header = ["Nombre", "Kind", "Etapa", "Influence", "Interés", "Trust", "Shareable",
              "Archivado"]
    path = write_csv(tmp_path / "list.csv", [header, ["Org", *cells]])
    assert import_file(home, path)["add"] == 1
    assert stored(home.db, ("kind", "stage", "influence", "interest", "trust", "shareable",
                            "archived")) == [expected]


@pytest.mark.parametrize(("header", "cell", "warning"), [
    ("Influence", "7", "the influence '7' in column 'Influence' is not a whole number from 1 "
                       "to 5: the row is imported without it"),
    ("Influence", "high", "the influence 'high' in column 'Influence' is not a whole number "
                          "from 1 to 5: the row is imported without it"),
    ("Archived", "maybe", "the archived 'maybe' in column 'Archived' is neither yes nor no: "
                          "the row is imported without it"),
    ("Shareable", "maybe", "the shareable 'maybe' in column 'Shareable' is neither yes nor "
                           "no: the row is imported without it"),
    ("Stage", "dating", "the stage 'dating' in column 'Stage' is not a stage: use one of "
                        "Not engaged, Informed, Consulted, Co-creating, Co-implementing, "
                        "Co-managing: the row is imported without it"),
    ("Latitude", "abc", "the latitude 'abc' in column 'Latitude' is not a number: the row is "
                        "imported without it"),
    ("Email", "ask at the desk", "the email 'ask at the desk' in column 'Email' is not an "
                                 "email address: the row is imported without it"),
    ("Consent date", "last spring", "the consent date 'last spring' in column 'Consent date' "
                                    "is not a date (write it as 2024-03-01): the row is "
                                    "imported without it"),
])
def test_a_bad_cell_other_than_the_name_is_left_out_with_a_warning_naming_it(
        home: Home, tmp_path: Path, header: str, cell: str, warning: str) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", header], ["Org", cell], ["Fine", ""]])
    plan = plan_import(home.db, read_table(path), path.name)
    assert [row.action for row in plan.rows] == ["add", "add"]
    assert plan.rows[0].warnings == (warning,)
    assert [str(w) for w in plan.warnings] == [f"row 2: {warning}"]
    summary = apply_import(home.db, plan)
    assert (summary.added, summary.failed, len(summary.warnings)) == (2, 0, 1)


def test_of_two_emails_in_a_cell_the_first_is_kept_and_the_other_named(
        home: Home, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Email"], ["Org", "A@x.org; b@x.org"]])
    plan = plan_import(home.db, read_table(path), path.name)
    assert plan.rows[0].values["email"] == "a@x.org"
    assert plan.rows[0].warnings == (
        "the email 'A@x.org; b@x.org' in column 'Email' holds several addresses: a@x.org is "
        "imported, the others are left out",)


@pytest.mark.parametrize(("cell", "kept"), [
    ("https://coop.example/; www.other.example", "https://coop.example/"),
    ("coop.example other.example", "https://coop.example"),
])
def test_of_two_websites_in_a_cell_the_first_is_kept_and_the_other_named(
        home: Home, tmp_path: Path, cell: str, kept: str) -> None:
    """A youth co-operatives list had cells with two sites: both used to be left out."""
    path = write_csv(tmp_path / "list.csv", [["Name", "Website"], ["Org", cell]])
    plan = plan_import(home.db, read_table(path), path.name)
    assert plan.rows[0].values["website"] == kept
    assert plan.rows[0].warnings == (
        f"the website '{cell}' in column 'Website' holds several addresses: {kept} is "
        "imported, the others are left out",)


def test_a_website_cell_with_one_bad_address_among_several_is_left_out(
        home: Home, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Website"], ["Org", "coop.example; n/a"]])
    plan = plan_import(home.db, read_table(path), path.name)
    assert "website" not in plan.rows[0].values
    assert plan.rows[0].warnings[0].endswith("the row is imported without it")


def test_only_a_row_without_a_usable_name_fails(home: Home, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Trust"], ["", "3"], ["x" * 400, "2"]])
    plan = plan_import(home.db, read_table(path), path.name)
    assert [row.action for row in plan.rows] == ["fail", "fail"]


def test_the_warning_is_in_the_officers_language_in_the_cli(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    home = str(migrated_paths(tmp_path / "h").home)
    assert run_cli(capsys, "--home", home, "init", "--city", "Bilbao")[0] == 0
    path = write_csv(tmp_path / "list.csv", [["Nombre", "Influencia"], ["Org", "alta"]])
    code, out, _ = run_cli(capsys, "--home", home, "stakeholders", "import", str(path))
    assert code == 0
    assert ("fila 2: influencia 'alta' (columna 'Influencia'): no es un número entero del 1 "
            "al 5: la fila se importa sin ese valor") in out


def test_whole_header_fields_are_not_read_from_longer_headers() -> None:
    assert suggest_mapping(["Name", "Interest area", "Land trust name", "Stage name"]) == {
        0: "name"}


# The failed-rows file


def test_the_failed_rows_file_never_replaces_a_file(home: Home, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Name", "Email"], ["", "a@b.org"]])
    (tmp_path / "list-failed-rows.csv").write_text("half fixed")
    table = read_table(path)
    plan = plan_import(home.db, table, path.name)
    first = save_failed_rows(plan, table, path, tmp_path / "home")
    second = save_failed_rows(plan, table, path, tmp_path / "home")
    assert (first.name, second.name) == ("list-failed-rows-2.csv", "list-failed-rows-3.csv")
    assert (tmp_path / "list-failed-rows.csv").read_text() == "half fixed"
    assert "the name is empty" in second.read_text(encoding="utf-8-sig")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# The CLI


def database_bytes(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.read_bytes()


def test_cli_exits_3_when_every_row_fails_and_lists_skipped_rows_with_reasons(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(migrated_paths(tmp_path / "h").home)
    assert run_cli(capsys, "--home", home, "init", "--city", "Bilbao")[0] == 0
    bad = write_csv(tmp_path / "bad.csv", [["Name", "Email"], ["", "a@b.org"], ["", "c@d.org"]])
    before = database_bytes(Path(home) / "rrr-desktop.sqlite3")
    code, out, err = run_cli(capsys, "--home", home, "stakeholders", "import", str(bad))
    assert code == 3
    assert err.startswith("rrr-desktop: Nothing was imported from bad.csv: all 2 rows that are "
                          "not already in the register have a problem (the first, row 2:")
    assert f"The rows that failed are in {tmp_path / 'bad-failed-rows.csv'}" in out
    assert database_bytes(Path(home) / "rrr-desktop.sqlite3") == before  # no import batch
    good = write_csv(tmp_path / "good.csv", [["Name", "Email"], ["Beta Coop", "b@beta.coop"]])
    assert run_cli(capsys, "--home", home, "stakeholders", "import", str(good))[0] == 0
    again = write_csv(tmp_path / "again.csv", [["Name", "Email"], ["Other", "B@beta.coop"],
                                               *[[f"Org {n}", ""] for n in range(12)]])
    assert run_cli(capsys, "--home", home, "stakeholders", "import", str(again))[0] == 0
    code, out, _ = run_cli(capsys, "--home", home, "stakeholders", "import", str(again))
    assert code == 0  # all already there: nothing to do is no failure
    assert "row 2: already in the register (same email as ‘Beta Coop’)" in out
    assert "row 3: already in the register (same name as ‘Org 0’)" in out
    assert "... and 3 more." in out


# Two columns for one field


def test_the_column_with_values_is_used_and_named() -> None:
    headers = ["Name", "Latitude", "Geo Container Latitude", "Type", "Legal Form"]
    rows = [["A", "", "51.5", "Co-op", "Ltd"], ["B", "", "52.1", "", "Ltd"]]
    assert suggest_mapping(headers, rows) == {0: "name", 2: "latitude", 3: "kind"}
    assert column_choices(headers, rows) == (ColumnChoice("latitude", 2, 2, 1, 0),)
    assert suggest_mapping(headers) == {0: "name", 1: "latitude", 3: "kind"}


@pytest.mark.skipif(not ESSGLOBAL.exists(), reason="real-world data not present")
def test_essglobal_coordinates_are_imported(home: Home) -> None:
    table = read_table(ESSGLOBAL)
    plan = plan_import(home.db, table, ESSGLOBAL.name)
    assert {table.headers[i] for i, field in plan.mapping.items()
            if field in ("latitude", "longitude")} == {"Geo Container Latitude",
                                                        "Geo Container Longitude"}
    apply_import(home.db, plan)
    with home.db.reading() as connection:
        located = connection.execute(
            "SELECT count(*) FROM stakeholder WHERE latitude IS NOT NULL").fetchone()[0]
    assert located > 6_000
