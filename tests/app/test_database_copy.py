"""``db copy``: a filled home into a team database and back, every table the same."""

from __future__ import annotations

import re
import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rrr_desktop.models.queries import driver_connection
from rrr_desktop.models.queries.bundle_import import pin_key
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.cities import init_our_city
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders
from tests.factories import SEED_UUIDS, open_test_home, run_cli
from tests.team_server import TeamServer


def every_row(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(database)) as connection:
        names = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: sorted(connection.execute(f"SELECT * FROM {name}"), key=repr)
                for name in names}


@pytest.fixture
def filled(tmp_path: Path) -> Home:
    opened = open_test_home(tmp_path / "officer")
    init_our_city(opened.db, "Bilbao", None, None)
    load_sample_data(opened.db, into_real_city=True)
    with opened.db.session() as session:
        pin_key(driver_connection(session), uuid.UUID(SEED_UUIDS["Rotterdam"]),
                public_key=bytes(range(32)), fingerprint="AB12-CD34",
                now=datetime(2026, 3, 1, 10, 30, 0, 123456, tzinfo=UTC),
                previous_fingerprint="")
    return opened


def test_a_filled_home_goes_into_a_team_database_and_back_unchanged(
        filled: Home, team_server: TeamServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    team = team_server.new_database()
    try:
        code, out, err = run_cli(capsys, "--home", str(filled.paths.home), "db", "copy",
                                 "--to", team)
        assert (code, err) == (0, "")
        held = len(every_row(filled.paths.database)["stakeholder"])
        assert f"({held} stakeholders) to postgresql://rrr@" in out
        back = tmp_path / "left-the-team.sqlite3"
        code, out, err = run_cli(capsys, "--home", str(tmp_path / "team-officer"), "--db",
                                 team, "db", "copy", "--to", str(back))
        assert (code, err) == (0, "")
        filled.close()
        assert every_row(back) == every_row(filled.paths.database)
        # The team database numbers new records after the copied ones.
        opened = open_home(replace(resolve_paths(tmp_path / "team-officer"),
                                   team_database=team))
        try:
            from rrr_desktop.services.stakeholders.edit import create_stakeholder
            from rrr_desktop.services.stakeholders.form import StakeholderForm

            added = create_stakeholder(opened.db, StakeholderForm(name="Zubiak Cooperative"))
            rows = list_stakeholders(opened.db, StakeholderFilter(search="zubiak"))
            assert [(row.id, row.name) for row in rows] == [(added, "Zubiak Cooperative")]
        finally:
            opened.close()
    finally:
        team_server.drop(team)


def test_a_copy_never_writes_over_data(filled: Home, team_server: TeamServer,
                                       team_database: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "--home", str(filled.paths.home), "db", "copy", "--to",
                           team_database)
    assert code == 3
    assert "already holds records" in err and "Nothing was copied" in err
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"precious")
    code, _, err = run_cli(capsys, "--home", str(filled.paths.home), "db", "copy", "--to",
                           str(existing))
    assert code == 3 and "exists already" in err
    assert existing.read_bytes() == b"precious"



@pytest.mark.parametrize(("language", "said"), [
    ("en", r"^Copied \d{3} records \(1 stakeholder\) to .*copy\.sqlite3\.$"),
    ("es", r"^Copia terminada en .*copy\.sqlite3: \d{3} registros \(1 actor\)\.$"),
    ("pl", r"^Skopiowano do .*copy\.sqlite3: \d{3} rekord(y|ów) \(1 interesariusz\)\.$"),
])
def test_a_copy_says_what_it_copied_in_the_officers_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, said: str) -> None:
    from rrr_desktop.services.stakeholders.edit import create_stakeholder
    from rrr_desktop.services.stakeholders.form import StakeholderForm

    opened = open_test_home(tmp_path / "officer")
    create_stakeholder(opened.db, StakeholderForm(name="Zubiak Cooperative"))
    opened.close()
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "officer"), "--lang", language,
                             "db", "copy", "--to", str(tmp_path / "copy.sqlite3"))
    assert (code, err) == (0, "")
    assert re.match(said, out.strip()), out
