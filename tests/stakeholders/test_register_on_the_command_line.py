"""``stakeholders list`` and ``export`` on the command line: persons marked as persons with
their organisation, the window's person/organisation filter, counts that agree."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rrr_desktop.models.entities import Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from tests.factories import home_arguments, run_cli


@pytest.fixture
def register(home: Home) -> Home:
    with home.db.session() as session:
        bakery = Stakeholder(name="Bakery Co-op", kind=StakeholderKind.COOPERATIVE,
                             district="Deusto")
        session.add_all([bakery, Stakeholder(name="Dairy Trust", kind=StakeholderKind.FOUNDATION)])
        session.flush()
        session.add_all([
            Stakeholder(name="Ana Ruiz", kind=StakeholderKind.MUTUAL, is_person=True,
                        organisation_id=bakery.id),
            Stakeholder(name="Jon Ibarra", kind=StakeholderKind.OTHER, is_person=True)])
    return home


def listed(capsys: pytest.CaptureFixture[str], home: Home, *options: str) -> list[str]:
    code, out, err = run_cli(capsys, *home_arguments(home), *options, "stakeholders", "list")
    assert (code, err) == (0, "")
    return out.splitlines()


def test_a_person_is_listed_as_one_with_their_organisation_and_no_kind(
        register: Home, capsys: pytest.CaptureFixture[str]) -> None:
    lines = listed(capsys, register)
    assert "Ana Ruiz (Person at Bakery Co-op, Not engaged)" in lines
    assert "Jon Ibarra (Person, Not engaged)" in lines
    assert "Bakery Co-op (Co-operative, Not engaged, Deusto)" in lines
    assert not any("Mutual" in line for line in lines)
    assert lines[-1] == "4 stakeholders"
    spanish = listed(capsys, register, "--lang", "es")
    assert "Ana Ruiz (Persona de Bakery Co-op, Sin relación)" in spanish, spanish


@pytest.mark.parametrize(("option", "names", "count"), [
    ("--persons", ["Ana Ruiz", "Jon Ibarra"], "2 stakeholders"),
    ("--people", ["Ana Ruiz", "Jon Ibarra"], "2 stakeholders"),
    ("--organisations", ["Bakery Co-op", "Dairy Trust"], "2 stakeholders"),
])
def test_persons_or_organisations_as_the_windows_filter(
        register: Home, capsys: pytest.CaptureFixture[str], option: str, names: list[str],
        count: str) -> None:
    code, out, err = run_cli(capsys, *home_arguments(register), "stakeholders", "list",
                             option)
    assert (code, err) == (0, "")
    *lines, total = out.splitlines()
    assert [line.split(" (")[0] for line in lines] == names
    assert total == count


def test_one_stakeholder_is_counted_as_one_in_every_language(
        register: Home, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = home_arguments(register)
    code, out, _ = run_cli(capsys, *home, "--lang", "pl", "stakeholders", "list",
                           "--search", "Dairy")
    assert (code, out.splitlines()[-1]) == (0, "1 interesariusz")
    code, out, _ = run_cli(capsys, *home, "--lang", "fr", "stakeholders", "export",
                           str(tmp_path / "one.csv"), "--search", "Dairy")
    assert (code, out.strip()) == (0, f"1 acteur exporté dans {tmp_path / 'one.csv'}.")
    code, out, _ = run_cli(capsys, *home, "stakeholders", "export",
                           str(tmp_path / "people.csv"), "--persons")
    assert out.startswith("Exported 2 stakeholders")
    with (tmp_path / "people.csv").open(encoding="utf-8-sig") as sheet:
        assert sorted(row["Name"] for row in csv.DictReader(sheet)) == ["Ana Ruiz", "Jon Ibarra"]


def test_the_json_list_marks_persons(register: Home,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, *home_arguments(register), "stakeholders", "list", "--json",
                           "--persons")
    rows = {row["name"]: row for row in json.loads(out)}
    assert code == 0 and sorted(rows) == ["Ana Ruiz", "Jon Ibarra"]
    assert (rows["Ana Ruiz"]["person"], rows["Ana Ruiz"]["organisation"],
            rows["Ana Ruiz"]["kind"]) == (True, "Bakery Co-op", None)
    assert rows["Jon Ibarra"]["organisation"] is None
    code, out, _ = run_cli(capsys, *home_arguments(register), "stakeholders", "list", "--json",
                           "--organisations")
    bakery = next(row for row in json.loads(out) if row["name"] == "Bakery Co-op")
    assert (bakery["person"], bakery["organisation"], bakery["kind"]) == (
        False, None, "cooperative")
