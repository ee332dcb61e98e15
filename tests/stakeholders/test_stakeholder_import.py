"""Importing stakeholder lists: matching, modes, failures, undo, and the CLI command."""

from __future__ import annotations

import csv
import gc
import io
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.cli.stakeholders import commands as stakeholder_commands
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import set_language
from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import ImportChange, Stakeholder, StakeholderKind
from rrr_desktop.models.queries import Connection
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.importing.applying import (
    ImportSummary,
    apply_import,
    undo_import,
)
from rrr_desktop.services.stakeholders.importing.cells import clean_cell, neutralised
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.failed_rows import (
    save_failed_rows,
    write_failed_rows,
)
from rrr_desktop.services.stakeholders.importing.importer import (
    ImportMode,
    ImportPlan,
    plan_import,
)
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from tests.factories import REAL_WORLD, heavy_modules_loaded_by, migrated_paths, run_cli

HEADER = ["ID", "Name", "Type", "Website", "Email", "Country", "Latitude", "Longitude",
          "Tags", "Sector", "Contact", "Phone", "Description"]


def csv_file(folder: Path, rows: list[list[str]], header: list[str] = HEADER,
             name: str = "list.csv") -> Path:
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([header, *rows])
    return path


def row(name: str, **cells: str) -> list[str]:
    """A row of HEADER with the given cells (keyword = header in lower case)."""
    values = {"name": name, **cells}
    return [values.get(header.lower(), "") for header in HEADER]


def run_import(home: Home, path: Path, mode: ImportMode = ImportMode.ADD,
               share: bool = False) -> tuple[ImportPlan, ImportSummary]:
    plan = plan_import(home.db, read_table(path), path.name, mode=mode, share=share)
    return plan, apply_import(home.db, plan)


def add(home: Home, name: str, **fields: object) -> int:
    with home.db.session() as session:
        record = Stakeholder(name=name, kind=fields.pop("kind", StakeholderKind.COOPERATIVE),
                             **fields)
        session.add(record)
        session.flush()
        return record.id


def records(db: Database) -> dict[str, dict[str, object]]:
    """Every stakeholder by name, all columns but updated_at and revision (an undo is a
    change too: a peer holding a copy must see the restored values as newer)."""
    with db.reading() as connection:
        cursor = connection.execute("SELECT * FROM stakeholder")
        columns = [column[0] for column in cursor.description]
        rows = [dict(zip(columns, values, strict=True)) for values in cursor]
    return {str(r["name"]): {k: v for k, v in r.items()
                             if k not in ("updated_at", "revision")} for r in rows}


def dump(db: Database) -> list[str]:
    """Every row of the register's and the imports' tables, whichever the engine."""
    with db.reading() as connection:
        return [repr((table, row)) for table in ("stakeholder", "stakeholder_topic",
                                                 "import_batch", "import_change")
                for row in sorted(connection.execute(f"SELECT * FROM {table}"), key=repr)]


# Adding rows


def test_an_added_row_gets_every_value_read_and_cleaned(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row(
        "  Coopérative  Montréal ", id="Q-1", type="Cooperativa de producción",
        website="www.coop-montreal.coop", email="Info@Coop-Montreal.COOP",
        country="Canada", latitude="45,5", longitude="-73.56", tags="jeunes; logement, jeunes",
        sector="ICA210; Food", contact="Ana Pérez", phone="+1 514 555 0100",
        description="Logement\u202e abordable")])
    plan, summary = run_import(home, path)
    assert (summary.added, summary.updated, summary.skipped, summary.failed) == (1, 0, 0, 0)
    stored = records(home.db)["Coopérative Montréal"]
    assert {k: stored[k] for k in ("external_id", "kind", "website", "email", "country_code",
                                   "latitude", "longitude", "tags", "sectors", "description",
                                   "contact_person", "phone", "shareable", "consent_given",
                                   "import_batch_id", "stage", "archived")} == {
        "external_id": "Q-1", "kind": "cooperative", "website": "https://www.coop-montreal.coop",
        "email": "info@coop-montreal.coop", "country_code": "CA", "latitude": 45.5,
        "longitude": -73.56, "tags": '["jeunes", "logement"]', "sectors": '["ICA210", "Food"]',
        "description": "Logement abordable", "contact_person": "Ana Pérez",
        "phone": "+1 514 555 0100", "shareable": 0, "consent_given": 0,
        "import_batch_id": summary.batch_id, "stage": "not_engaged", "archived": 0}
    assert stored["search_text"] == "cooperative montreal logement abordable jeunes logement"
    assert len(str(stored["uuid"])) == 32
    assert plan.mapping == {0: "external_id", 1: "name", 2: "kind", 3: "website", 4: "email",
                            5: "country", 6: "latitude", 7: "longitude", 8: "tags",
                            9: "sectors", 10: "contact_person", 11: "phone", 12: "description"}


def test_unknown_kinds_and_countries_are_not_failures(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("Mill", type="Society", country="Atlantis"),
                               row("Barn", country="uk"), row("Shed", country="XX")])
    run_import(home, path)
    stored = records(home.db)
    assert (stored["Mill"]["kind"], stored["Mill"]["country_code"]) == ("other", "")
    assert stored["Barn"]["country_code"] == "GB"
    assert stored["Shed"]["country_code"] == ""


def test_placeholders_are_empty_and_share_marks_added_rows(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("Mill", website="n/a", email="N/A", phone="-")])
    plan, summary = run_import(home, path, share=True)
    stored = records(home.db)["Mill"]
    assert (stored["website"], stored["email"], stored["phone"]) == ("", "", "")
    assert stored["shareable"] == 1
    assert summary.personal_data_rows == plan.personal_data_rows == 0


def test_personal_data_is_counted_and_never_consented(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("A", email="a@a.org"), row("B", contact="Bo"),
                               row("C", phone="123"), row("D")])
    _, summary = run_import(home, path)
    assert summary.personal_data_rows == 3
    assert {r["consent_given"] for r in records(home.db).values()} == {0}


# Failures


def test_failed_rows_are_reported_by_row_number_and_the_rest_imported(
        home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [
        row("Good one"), row("", email="x@y.org"), row("Bad mail", email="someone at x.org"),
        row("Far north", latitude="200", longitude="0"), row("Too long " * 40),
        row("Not a number", longitude="east")])
    _, summary = run_import(home, path)
    assert (summary.added, summary.failed) == (4, 2)
    assert [str(f) for f in summary.failures] == [
        "row 3: the name is empty",
        "row 6: the name in column 'Name' is longer than 300 characters"]
    assert [str(w) for w in summary.warnings] == [
        "row 4: the email 'someone at x.org' in column 'Email' is not an email address: the "
        "row is imported without it",
        "row 5: the latitude '200' in column 'Latitude' is not between -90 and 90: the row is "
        "imported without it",
        "row 7: the longitude 'east' in column 'Longitude' is not a number: the row is "
        "imported without it"]
    assert sorted(records(home.db)) == ["Bad mail", "Far north", "Good one", "Not a number"]


def test_a_row_whose_only_problem_is_its_website_is_kept_with_a_warning(
        home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [
        row("Two sites", website="www.a.org; www.b.org"), row("Script", website="javascript:x"),
        row("Not yet", website="not currently"), row("Social", website="Facebook"),
        row("Mailed", website="info@mailed.org"), row("Fine", website="fine.coop")])
    plan, summary = run_import(home, path)
    assert (summary.added, summary.failed) == (6, 0)
    assert [(w.row_number, "is not a web address" in w.message) for w in plan.warnings] == [
        (2, False), (3, True), (4, True), (5, True), (6, True)]
    assert "holds several addresses: https://www.a.org is imported" in str(plan.warnings[0])
    assert "'Facebook' in column 'Website'" in str(plan.warnings[3])
    sites = {name: values["website"] for name, values in records(home.db).items()}
    assert sites == {"Two sites": "https://www.a.org", "Script": "", "Not yet": "",
                     "Social": "", "Mailed": "", "Fine": "https://fine.coop"}


@pytest.mark.parametrize(("mapping", "problem"), [
    ({0: "external_id"}, "No column is chosen for the names"),
    ({1: "name", 3: "email", 4: "email"}, "'Website', 'Email' are all matched to email"),
])
def test_a_mapping_without_names_or_with_a_field_twice_is_refused(
        home: Home, tmp_path: Path, mapping: dict[int, str], problem: str) -> None:
    table = read_table(csv_file(tmp_path, [row("Mill")]))
    with pytest.raises(RejectedInput, match=problem):
        plan_import(home.db, table, "list.csv", mapping=mapping)


# Matching


@pytest.mark.parametrize(("cells", "how"), [
    ({"id": "q-7"}, "same ID"),
    ({"website": "HTTPS://www.Mill.coop/?x=1#top"}, "same website"),
    ({"email": "HELLO@mill.coop"}, "same email"),
    ({}, "same name"),
])
def test_rows_already_in_the_register_are_skipped_in_add_mode(
        home: Home, tmp_path: Path, cells: dict[str, str], how: str) -> None:
    mill = add(home, "Old Mill Co-op", external_id="Q-7", website="mill.coop",
               email="hello@mill.coop")
    name = "old mill co op" if how == "same name" else "Another name"
    plan, summary = run_import(home, csv_file(tmp_path, [row(name, **cells)]))
    assert plan.rows[0].action == "skip"
    assert plan.rows[0].match_id == mill
    assert plan.rows[0].reason == f"already in the register ({how} as ‘Old Mill Co-op’)"
    assert (summary.added, summary.skipped) == (0, 1)


def test_an_organisation_twice_in_one_file_is_added_once(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("Mill", website="mill.coop"), row("Barn"),
                               row("The Mill Co-op", website="http://www.mill.coop/"),
                               row("BARN")])
    plan, summary = run_import(home, path)
    assert [(r.action, r.reason) for r in plan.rows] == [
        ("add", ""), ("add", ""), ("skip", "repeats row 2"), ("skip", "repeats row 3")]
    assert (summary.added, summary.skipped) == (2, 2)


def test_different_ids_and_shared_websites_never_match(home: Home, tmp_path: Path) -> None:
    add(home, "Agency housing A", website="agency.org")
    add(home, "Agency housing B", website="agency.org")
    path = csv_file(tmp_path, [
        row("Housing C", website="www.agency.org"),  # the website identifies no one
        row("Club 1", id="R1", website="www.facebook.com/club1"),
        row("Club 2", id="R2", website="www.facebook.com/club2"),  # another page
        row("Club 3", id="R3", website="http://en-gb.facebook.com/club1/"),  # another ID
        row("Club 2 again", website="https://m.facebook.com/Club2"),
        row("Club 1 again", website="https://facebook.com/club1")])  # R1's or R3's page?
    plan, _ = run_import(home, path)
    assert [r.action for r in plan.rows] == ["add", "add", "add", "add", "skip", "add"]
    assert plan.rows[4].reason == "repeats row 4"


# Update and fill


@pytest.fixture
def mill(home: Home) -> int:
    return add(home, "Old Mill", external_id="Q-7", email="old@mill.coop", phone="",
               description="", tags=["heritage"], kind=StakeholderKind.OTHER)


def test_update_overwrites_with_every_filled_value(home: Home, tmp_path: Path,
                                                   mill: int) -> None:
    path = csv_file(tmp_path, [row("Old Mill Co-op", id="Q-7", email="new@mill.coop",
                                   phone="555", type="strange", description="")])
    plan, summary = run_import(home, path, ImportMode.UPDATE)
    assert plan.rows[0].values == {"name": "Old Mill Co-op", "email": "new@mill.coop",
                                   "phone": "555"}
    assert (summary.added, summary.updated, summary.personal_data_rows) == (0, 1, 1)
    stored = records(home.db)["Old Mill Co-op"]
    assert (stored["email"], stored["phone"], stored["kind"]) == ("new@mill.coop", "555",
                                                                  "other")
    assert stored["search_text"] == "old mill co-op heritage"
    with home.db.session() as session:
        change = session.query(ImportChange).one()
        assert (change.stakeholder_id, change.batch_id) == (mill, summary.batch_id)
        assert change.previous == {"name": "Old Mill", "email": "old@mill.coop", "phone": ""}


def test_fill_only_gives_values_to_empty_fields(home: Home, tmp_path: Path, mill: int) -> None:
    path = csv_file(tmp_path, [row("Mill", id="Q-7", email="new@mill.coop", phone="555",
                                   type="co-op", tags="new")])
    plan, _ = run_import(home, path, ImportMode.FILL)
    assert plan.rows[0].values == {"phone": "555", "kind": StakeholderKind.COOPERATIVE}
    stored = records(home.db)["Old Mill"]
    assert (stored["email"], stored["phone"], stored["kind"], stored["tags"]) == (
        "old@mill.coop", "555", "cooperative", '["heritage"]')


@pytest.mark.parametrize("mode", [ImportMode.UPDATE, ImportMode.FILL])
def test_nothing_new_is_a_skip_and_new_organisations_are_added(
        home: Home, tmp_path: Path, mill: int, mode: ImportMode) -> None:
    path = csv_file(tmp_path, [row("Old Mill", id="Q-7", email="old@mill.coop",
                                   type="Employee trust"), row("New Barn")])
    plan, _ = run_import(home, path, mode)
    assert [(r.action, r.reason) for r in plan.rows] == [
        ("skip", "already up to date (same ID as ‘Old Mill’)"), ("add", "")]


# Plans change nothing; an import is all or nothing; undo


def test_planning_changes_nothing(home: Home, tmp_path: Path, mill: int) -> None:
    before, database = dump(home.db), home.db.path.read_bytes()
    path = csv_file(tmp_path, [row("Old Mill", id="Q-7", phone="1"), row("New"),
                               row("", phone="1")])
    for mode in ImportMode:
        assert plan_import(home.db, read_table(path), "list.csv", mode=mode).counts["fail"] == 1
    assert dump(home.db) == before
    assert home.db.path.read_bytes() == database


def test_a_plan_made_before_the_register_changed_is_refused(home: Home, tmp_path: Path) -> None:
    plan = plan_import(home.db, read_table(csv_file(tmp_path, [row("Mill")])), "list.csv")
    add(home, "Mill")
    before = dump(home.db)
    with pytest.raises(RejectedInput, match="register changed since"):
        apply_import(home.db, plan)
    assert dump(home.db) == before


def test_undo_restores_exactly_the_previous_state(home: Home, tmp_path: Path,
                                                  mill: int) -> None:
    add(home, "Bystander", website="by.org")
    before = records(home.db)
    path = csv_file(tmp_path, [row("Old Mill, renamed", id="Q-7", phone="555", tags="x"),
                               row("New Barn", email="barn@x.org"), row("By", website="by.org")])
    _, summary = run_import(home, path, ImportMode.UPDATE)
    assert (summary.added, summary.updated) == (1, 2)
    assert undo_import(home.db, summary.batch_id or 0) == 3
    assert records(home.db) == before
    with pytest.raises(RejectedInput, match="was already undone"):
        undo_import(home.db, summary.batch_id or 0)
    with pytest.raises(RejectedInput, match="There is no import number 99"):
        undo_import(home.db, 99)


@contextmanager
def counted_queries(db: Database) -> Iterator[list[str]]:
    """Every statement the plan's read connection and the session's engine run."""
    seen: list[str] = []
    reading = Database.reading

    @contextmanager
    def traced(self: Database) -> Iterator[Connection]:
        with reading(self) as connection:
            connection.raw.set_trace_callback(seen.append)  # SQLite's own trace
            yield connection

    from sqlalchemy import event

    def before(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", before)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Database, "reading", traced)
        yield seen
    event.remove(db.engine, "before_cursor_execute", before)


@pytest.mark.parametrize("rows", [10, 300])
@pytest.mark.sqlite_only
def test_queries_do_not_grow_with_the_rows(home: Home, tmp_path: Path, rows: int) -> None:
    for number in range(0, rows, 2):
        add(home, f"Org {number}", external_id=f"E{number}")
    path = csv_file(tmp_path, [row(f"Org {n}", id=f"E{n}", phone="1") for n in range(rows)])
    with counted_queries(home.db) as seen:
        run_import(home, path, ImportMode.UPDATE)
    assert len(seen) <= 20


# Failed rows


TOO_LONG = " and friends" * 30  # a name longer than the register takes: the row fails


def test_failed_rows_are_saved_for_excel_with_formulas_neutralised(
        home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [
        row("Fine"), row("", id="X1", description="=cmd|' /C calc'!A0", longitude="-2.5"),
        row("=Equals Co-op" + TOO_LONG, tags="+tag", phone="-1+2")])
    plan = plan_import(home.db, read_table(path), path.name)
    saved = save_failed_rows(plan, read_table(path), path, tmp_path / "home")
    assert saved == tmp_path / "list-failed-rows.csv"
    data = saved.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert lines[0] == [*HEADER, "Problem"]
    assert lines[1][HEADER.index("Description")] == "'=cmd|' /C calc'!A0"
    assert lines[1][HEADER.index("Longitude")] == "-2.5"
    assert lines[1][-1] == "row 3: the name is empty"
    assert lines[2][:2] == ["", "'=Equals Co-op" + TOO_LONG]
    assert lines[1][:2] == ["X1", ""]
    assert lines[2][HEADER.index("Tags")] == "'+tag"
    assert lines[2][HEADER.index("Phone")] == "'-1+2"
    assert len(lines) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "list-failed-rows.csv",
                                                          "list.csv"]
    # Fixed in the file, the rows import with the apostrophes taken off again.
    fixed = saved.read_text(encoding="utf-8-sig").replace("X1,,", "X1,Fixed,")
    saved.write_text(fixed.replace(TOO_LONG, ""), encoding="utf-8-sig")
    _, summary = run_import(home, saved)
    assert summary.added == 2
    assert records(home.db)["=Equals Co-op"]["tags"] == '["+tag"]'


def test_failed_rows_go_to_the_fallback_folder_when_needed(home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("", phone="1")])
    plan = plan_import(home.db, read_table(path), path.name)
    gone = tmp_path / "gone" / "list.csv"
    assert save_failed_rows(plan, read_table(path), gone, tmp_path) == (
        tmp_path / "list-failed-rows.csv")


def test_a_failed_write_leaves_the_previous_file_and_no_temporary_one(
        home: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = csv_file(tmp_path, [row("", phone="1")])
    table = read_table(path)
    plan = plan_import(home.db, table, path.name)
    target = tmp_path / "report.csv"
    target.write_text("previous")

    def broken(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", broken)
        with pytest.raises(OSError, match="No space"):
            write_failed_rows(plan, table, target)
    with pytest.raises(IsADirectoryError):  # the move fails: nothing is left behind either
        write_failed_rows(plan, table, tmp_path / "home")
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "list.csv", "report.csv"]


@pytest.mark.parametrize("cell", ["=1+2", "+33 1 23", "-x", "@SUM(A1)", "\tx", "plain",
                                  "-2.5", "'quoted", ""])
def test_neutralising_and_cleaning_are_inverse(cell: str) -> None:
    assert clean_cell(neutralised(cell)) == cell.strip()


# Arbitrary rows never crash the planner


_printable = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"]),
                     max_size=40)
_cell = st.one_of(st.just(""), _printable, st.sampled_from(["n/a", "x@y.org", "-12.5", "OS115"]))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.lists(_cell, min_size=len(HEADER), max_size=len(HEADER)),
                min_size=1, max_size=8))
def test_arbitrary_rows_are_planned_or_failed_with_a_message(
        home: Home, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADER, *rows])
    try:
        table = read_csv_bytes(buffer.getvalue().encode(), "random.csv")
    except RejectedInput:
        return  # the reader refused the whole file, with its own message
    try:
        plan = plan_import(home.db, table, "random.csv")
    except RejectedInput:
        return  # no column holds names: the whole file is refused, with a message
    assert len(plan.rows) == len(table.rows)
    for planned in plan.rows:
        assert planned.action in ("add", "skip", "fail")
        assert planned.action == "add" or planned.reason


# Real files


def real_file(name: str) -> Path:
    path = REAL_WORLD / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return path


def test_uk_worker_coops_import_once(home: Home) -> None:
    table = read_table(real_file("uk-worker-coops-essglobal.csv"))
    plan = plan_import(home.db, table, "uk.csv")
    summary = apply_import(home.db, plan)
    # 7,272 records (on 12,980 lines): all different organisations, although 936 of them
    # share a website with another (facebook.com pages, managing agencies' sites).
    assert summary.added == len(table.rows) > 7_000
    assert summary.failed == 0
    with home.db.reading() as connection:
        kinds = Counter(dict(connection.execute(
            "SELECT kind, count(*) FROM stakeholder GROUP BY kind").fetchall()))
        sectors = connection.execute(
            "SELECT sectors FROM stakeholder WHERE name = 'The Co-operative Group'").fetchone()
    # ESSGlobal OS130 (Community Benefit Society / IPS: the UK's registered co-operative
    # societies, The Co-operative Group among them), most of this list, is a co-operative.
    assert kinds.most_common(1)[0][0] == "cooperative"
    assert kinds["social_enterprise"] > 0
    assert sectors == ('["ICA260"]',)
    again = plan_import(home.db, table, "uk.csv")
    assert again.counts["add"] == 0
    assert {r.reason.split(" as ")[0] for r in again.rows} == {
        "already in the register (same ID"}


def test_ica_youth_led_coops_keep_their_accents(home: Home) -> None:
    _, summary = run_import(home, real_file("ica-youth-led-coops.csv"))
    assert summary.added > 90
    stored = records(home.db)
    name = "Centre d'Etude pour l'Aménagement de l'Environnement Défavorisé (CEAED)"
    assert stored[name]["country_code"] == "CD"
    assert stored["Agricultores Federados Argentinos S.C.L."]["country_code"] == "AR"
    assert "Date de Création" in str(stored["COOPAPRU"]["description"])
    assert {r["kind"] for r in stored.values()} == {"cooperative"}


# Command line


def test_cli_imports_and_saves_the_failed_rows(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    migrated_paths(tmp_path / "h")  # the home is not what these tests are about
    path = csv_file(tmp_path, [row("Mill", email="m@mill.org"), row("Mill"),
                               row("", phone="1"), row("Barn" * 80, latitude="91")])
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                             str(path), "--share")
    assert (code, err) == (0, "")
    assert "Column 'Name' -> name\n" in out
    assert "Added 1, updated 0, skipped 1, failed 2 (rows with personal data: 1).\n" in out
    assert "row 4: the name is empty\n" in out
    assert f"The rows that failed are in {tmp_path / 'list-failed-rows.csv'}" in out
    code, out, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "list")
    assert out == "Mill (Other, Not engaged)\n1 stakeholder\n"


def test_cli_dry_run_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    migrated_paths(tmp_path / "h")  # the home is not what these tests are about
    path = csv_file(tmp_path, [["", "Mill", "", "North"], ["", "", "", "South"]],
                    header=[*HEADER[:3], "Region"])
    run_cli(capsys, "--home", str(tmp_path / "h"), "peers", "list")
    database = tmp_path / "h" / "rrr-desktop.sqlite3"
    before = database.read_bytes()
    code, out, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                           str(path), "--dry-run", "--mode", "update")
    assert code == 0
    assert "Columns left out: 'Region'\n" in out
    assert "Would add 1, update 0, skip 0, fail 1 (rows with personal data: 0).\n" in out
    assert out.endswith("Dry run: nothing was changed.\n")
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h", "list.csv"]


@pytest.mark.parametrize("officer", ["Ann O'Neil", "José d'Ávila"])
def test_every_added_record_names_the_officer_as_typed(home: Home, tmp_path: Path,
                                                      officer: str) -> None:
    """The values all new records share are written once into the statement: a quote in
    the officer's name (or a letter outside ASCII, which is passed as a value) is kept."""
    home.name_officer(officer)
    _, summary = run_import(home, csv_file(tmp_path, [row(f"Mill {n}") for n in range(3)]),
                            share=True)
    assert summary.added == 3
    with home.db.reading() as connection:
        assert connection.execute(
            "SELECT changed_by, shareable, count(*) FROM stakeholder WHERE name LIKE 'Mill %' "
            "GROUP BY changed_by, shareable").fetchall() == [(officer, True, 3)]


@pytest.mark.usefixtures("automatic_collection")
def test_the_cycle_collector_rests_from_reading_the_file_to_the_summary(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows read stay alive until the command ends: the collector would only walk
    them, between reading and planning as well as during both. It is back on after."""
    migrated_paths(tmp_path / "h")
    path = csv_file(tmp_path, [row(f"Co-op {n}") for n in range(50)])
    collecting: list[bool] = []
    guess = stakeholder_commands.guess_columns

    def guess_columns(*args: Any) -> Any:  # between reading the file and planning
        collecting.append(gc.isenabled())
        return guess(*args)

    monkeypatch.setattr(stakeholder_commands, "guess_columns", guess_columns)
    code, out, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                           str(path))
    assert code == 0
    assert "Added 50, updated 0, skipped 0, failed 0" in out
    assert collecting == [False]
    assert gc.isenabled()


@pytest.mark.slow
def test_cli_import_and_its_undo_data_leave_the_orm_unloaded(tmp_path: Path) -> None:
    """SQLAlchemy alone takes a quarter of a second to import: an import writes through
    plain SQL, updates and the previous values for its undo included. Countries are read
    from pycountry's files, without importing pycountry (its import reads package
    metadata)."""
    migrated_paths(tmp_path / "h")
    path = csv_file(tmp_path, [row("Mill", email="m@mill.org", country="Hiszpania"),
                               row("Barn", country="GB")])
    command = ("from rrr_desktop.__main__ import main\n"
               f"assert main(['--home', {str(tmp_path / 'h')!r}, 'stakeholders', 'import', "
               f"{str(path)!r}{{}}]) == 0")
    assert heavy_modules_loaded_by(command.format("")) == []
    path.write_text(path.read_text(encoding="utf-8").replace("m@mill.org", "new@mill.org"),
                    encoding="utf-8")
    assert heavy_modules_loaded_by(command.format(", '--mode', 'update'")) == []
    with sqlite3.connect(tmp_path / "h" / "rrr-desktop.sqlite3") as connection:
        assert connection.execute("SELECT email FROM stakeholder WHERE name = 'Mill'"
                                  ).fetchall() == [("new@mill.org",)]
        assert connection.execute("SELECT name, country_code FROM stakeholder ORDER BY name"
                                  ).fetchall() == [("Barn", "GB"), ("Mill", "ES")]
        assert connection.execute("SELECT previous FROM import_change").fetchall() == [
            ('{"email": "m@mill.org"}',)]


def test_cli_header_only_file_has_nothing_to_import(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    migrated_paths(tmp_path / "h")  # the home is not what these tests are about
    path = csv_file(tmp_path, [])
    code, out, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                           str(path))
    assert (code, out) == (0, "Nothing to import: list.csv has a header row but no rows "
                              "below it.\n")


def test_cli_binary_file_exits_3_with_one_line(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    migrated_paths(tmp_path / "h")  # the home is not what these tests are about
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 4)
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "h"), "stakeholders", "import",
                             str(path))
    assert (code, out) == (3, "")
    assert err.count("\n") == 1
    assert "photo.csv looks like a binary file" in err


def test_cli_modes_are_the_import_modes() -> None:
    from rrr_desktop.cli.parser import IMPORT_MODES

    assert tuple(ImportMode) == IMPORT_MODES


def test_cli_plans_again_when_a_colleague_changed_the_register_meanwhile(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from rrr_desktop.services.stakeholders.importing import importer

    paths = migrated_paths(tmp_path / "h")
    path = csv_file(tmp_path, [row("Mill", website="mill.org"), row("Barn")])
    plans = []
    real_plan = importer.plan_import

    def plan_then_a_colleague_saves(*args: Any, **kwargs: Any) -> importer.ImportPlan:
        plans.append(real_plan(*args, **kwargs))
        if len(plans) == 1:
            colleague = open_home(paths)
            create_stakeholder(colleague.db, StakeholderForm(name="Mill",
                                                             website="https://mill.org"))
            colleague.close()
        return plans[-1]

    monkeypatch.setattr(importer, "plan_import", plan_then_a_colleague_saves)
    code, out, err = run_cli(capsys, "--home", str(paths.home), "stakeholders", "import",
                             str(path))
    assert (code, err) == (0, "")
    assert len(plans) == 2
    assert "Added 1, updated 0, skipped 1, failed 0" in out  # the colleague's Mill is kept
    code, out, _ = run_cli(capsys, "--home", str(paths.home), "stakeholders", "list")
    assert out.splitlines()[-1] == "2 stakeholders"


def test_the_rows_to_fix_are_named_in_the_officer_s_language(
        home: Home, tmp_path: Path) -> None:
    path = csv_file(tmp_path, [row("Fine"), row("", phone="1")])
    set_language("pt")
    try:
        plan = plan_import(home.db, read_table(path), path.name)
        saved = save_failed_rows(plan, read_table(path), path, tmp_path / "home")
        again = save_failed_rows(plan, read_table(path), path, tmp_path / "home")
    finally:
        set_language("en")
    assert (saved.name, again.name) == ("list-linhas-a-corrigir.csv",
                                        "list-linhas-a-corrigir-2.csv")
    lines = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert lines[0] == [*HEADER, "Problema"]
    assert lines[1][-1] == "linha 3: nome: está vazio"
