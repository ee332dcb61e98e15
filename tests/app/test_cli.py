"""The command line: exit codes, one-line messages, JSON output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rrr_desktop import __version__
from rrr_desktop.__main__ import main
from rrr_desktop.paths import database_file, is_team_address
from rrr_desktop.services.setup import directory
from tests.factories import run_cli


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "--version") == (0, f"rrr-desktop {__version__}\n", "")


@pytest.mark.parametrize("argv", [["bogus"], ["init"], ["peers"], ["peers", "list", "--xml"]])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _out, err = run_cli(capsys, *argv)
    assert code == 2
    assert "usage:" in err


def test_init_then_peers_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    home = str(tmp_path / "h")
    code, out, err = run_cli(capsys, "--home", home, "init", "--city", "Rotterdam")
    assert (code, err) == (0, "")
    assert "Our city is now Rotterdam (NL)" in out
    code, out, _ = run_cli(capsys, "peers", "list", "--home", home)
    assert code == 0
    assert "Bilbao — Spain, Basque Country" in out
    assert "Rotterdam" not in out


def test_peers_list_json(capsys: pytest.CaptureFixture[str], home_dir: str) -> None:
    code, out, _ = run_cli(capsys, "--home", home_dir, "peers", "list", "--json")
    peers = json.loads(out)
    assert code == 0
    assert len(peers) == 9
    montreal = next(p for p in peers if p["country"] == "CA")
    assert montreal["name"] == "Montréal"
    assert {"id", "offers", "wants_to_learn", "shared_challenges", "practices", "source",
            "updated"} <= montreal.keys()
    assert montreal["offers"][0]["label"]


@pytest.mark.parametrize(("argv", "problem"), [
    (["init", "--city", "Łódź", "--country", "XX"], "'XX' is not a country code"),
    (["init", "--city", "Łódź", "--country", "PL", "--language", "polish"],
     "not a language code"),
    (["init", "--city", "Łódź"], "add --country"),
])
def test_rejected_input_exits_3_with_one_line(
        capsys: pytest.CaptureFixture[str], home_dir: str, argv: list[str], problem: str) -> None:
    code, out, err = run_cli(capsys, "--home", home_dir, *argv)
    assert code == 3
    assert out == ""
    assert err.count("\n") == 1
    assert problem in err
    assert "Traceback" not in err


def test_newer_database_exits_3_and_is_untouched(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run_cli(capsys, "--home", str(tmp_path), "peers", "list")
    database = tmp_path / "rrr-desktop.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0042'")
    connection.close()
    before = database.read_bytes()
    code, _, err = run_cli(capsys, "--home", str(tmp_path), "peers", "list")
    assert code == 3
    assert "newer version" in err
    assert database.read_bytes() == before


def test_db_option_overrides_only_the_database(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "city.sqlite3"
    code, _, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "--db", str(database),
                         "init", "--city", "Dublin")
    assert code == 0
    assert database.exists()
    assert not (tmp_path / "h" / "rrr-desktop.sqlite3").exists()
    assert (tmp_path / "h" / "logs" / "rrr-desktop.log").exists()


@pytest.mark.parametrize("url", ["mysql+pymysql://u:p@h/db", "https://example.org/x.sqlite3"])
def test_a_database_url_not_supported_is_refused_before_anything_is_created(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        url: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "h"), "--db", url,
                         "init", "--city", "Dublin")
    assert code == 3
    assert "databases are not supported yet" in err and "s3cret" not in err + out
    assert list(tmp_path.iterdir()) == []


def test_a_mistyped_address_is_refused_without_creating_its_password_as_a_folder(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "h"), "--db",
                             "postgresql:/officer:s3cret@host", "init", "--city", "Dublin")
    assert code == 3
    assert "starts with “postgresql:” but is not such an address" in err
    assert "s3cret" not in err + out
    assert list(tmp_path.iterdir()) == []


_SCHEMES = st.from_regex(r"[A-Za-z][A-Za-z0-9+.-]{1,12}", fullmatch=True)


@settings(max_examples=40, deadline=None)
@given(scheme=_SCHEMES, rest=st.text(st.characters(blacklist_categories=("Cs",),
                                                   blacklist_characters="\x00"), max_size=20))
def test_nothing_is_created_for_an_argument_that_looks_like_an_address(
        scheme: str, rest: str) -> None:
    argument = f"{scheme}:{rest}officer:s3cret@host"
    assume(not argument.startswith("sqlite:///") and not is_team_address(argument))
    err = io.StringIO()
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder), \
            contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--home", str(Path(folder) / "h"), "--db", argument, "init",
                     "--city", "Dublin"])
        assert (code, os.listdir(folder)) == (3, [])
    assert "s3cret" not in err.getvalue() and "Nothing was created" in err.getvalue()


def test_a_drive_letter_is_a_path_not_an_address() -> None:
    assert database_file("C:city.sqlite3").name == "C:city.sqlite3"


def test_a_team_database_that_cannot_be_reached_is_refused_without_its_password(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "--home", str(tmp_path / "h"), "--db",
                             "postgresql://officer:s3cret@127.0.0.1:1/rrr", "init",
                             "--city", "Dublin")
    assert code == 3
    assert "team database postgresql://officer@127.0.0.1:1/rrr cannot be reached" in err
    assert "s3cret" not in err + out
    assert not (tmp_path / "h" / "rrr-desktop.sqlite3").exists()


def test_a_sqlite_url_names_a_database_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "city.sqlite3"
    code, _, _ = run_cli(capsys, "--home", str(tmp_path / "h"), "--db", f"sqlite:///{database}",
                     "init", "--city", "Dublin")
    assert code == 0
    assert database.exists()


def test_home_from_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RRR_DESKTOP_HOME", str(tmp_path / "env-home"))
    assert run_cli(capsys, "init", "--city", "Warsaw")[0] == 0
    assert (tmp_path / "env-home" / "rrr-desktop.sqlite3").exists()


def test_unusable_home_exits_3(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run_cli(capsys, "--home", str(blocker / "home"), "peers", "list")
    assert code == 3
    assert "cannot use the data folder" in err


def test_unexpected_failure_exits_1_and_points_to_the_log(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_db: object) -> None:
        raise ZeroDivisionError("injected")

    monkeypatch.setattr(directory, "peer_cities", broken)
    code, _, err = run_cli(capsys, "--home", str(tmp_path), "peers", "list")
    assert code == 1
    assert "unexpected error: ZeroDivisionError: injected" in err
    assert "Traceback" not in err
    log = (tmp_path / "logs" / "rrr-desktop.log").read_text()
    assert "Traceback" in log and "injected" in log


@pytest.mark.slow
def test_the_installed_entry_point_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "rrr_desktop", "--home", str(tmp_path), "init", "--city", "x"],
        capture_output=True, text=True, env={**os.environ}, check=False)
    assert result.returncode == 3
    assert result.stderr.startswith("rrr-desktop: x is not one of the cities")


def test_profile_show_add_and_remove_topics(capsys: pytest.CaptureFixture[str],
                                            home_dir: str) -> None:
    run_cli(capsys, "--home", home_dir, "init", "--city", "Rotterdam")
    code, out, err = run_cli(capsys, "--home", home_dir, "profile", "add-topic", "learn", "Trust",
                             "Building", "--note", "With housing co-ops")
    assert (code, err) == (0, "")
    assert out == "Added Trust building [trust-building] in what we want to learn.\n"
    code, out, _ = run_cli(capsys, "--home", home_dir, "profile", "show")
    assert code == 0
    assert out.startswith("Rotterdam (NL, Netherlands)\n")
    assert "  - Trust building [trust-building]: With housing co-ops\n" in out
    code, out, _ = run_cli(capsys, "--home", home_dir, "profile", "remove-topic", "learn",
                           "TRUST-BUILDING")
    assert (code, out) == (0, "Removed Trust building [trust-building] from what we want to "
                              "learn.\n")
    code, out, _ = run_cli(capsys, "--home", home_dir, "profile", "remove-topic", "learn", "trust")
    assert (code, out.split(":")[0]) == (0, "Not listed, nothing changed")


def test_profile_show_json_has_stable_keys(capsys: pytest.CaptureFixture[str],
                                           home_dir: str) -> None:
    run_cli(capsys, "--home", home_dir, "demo")
    code, out, _ = run_cli(capsys, "--home", home_dir, "profile", "show", "--json")
    profile = json.loads(out)
    assert code == 0
    assert {"id", "name", "contact_office", "offers", "free_offers", "free_wants_to_learn",
            "free_shared_challenges", "practices", "self_assessment", "updated"} <= profile.keys()
    assert profile["free_offers"][0]["text"] == "Community kitchens in schools"
    assert {a["score"] for a in profile["self_assessment"]} >= {7, None}


@pytest.mark.parametrize(("argv", "problem"), [
    (["profile", "add-topic", "offer", "astrology"],
     "'astrology' is not a topic of the vocabulary. Nearest: "),
    (["profile", "export", "profile.txt"], "a profile file ends in .yaml"),
    (["profile", "import", "missing.yaml"], "could not be read"),
])
def test_profile_rejections_exit_3(capsys: pytest.CaptureFixture[str], home_dir: str,
                                   argv: list[str], problem: str) -> None:
    run_cli(capsys, "--home", home_dir, "init", "--city", "Rotterdam")
    code, out, err = run_cli(capsys, "--home", home_dir, *argv)
    assert (code, out) == (3, "")
    assert problem in err and err.count("\n") == 1


def test_profile_without_our_city_exits_3(capsys: pytest.CaptureFixture[str],
                                          home_dir: str) -> None:
    code, _, err = run_cli(capsys, "--home", home_dir, "profile", "show")
    assert code == 3
    assert "no city of its own yet" in err


def test_profile_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "--home", str(tmp_path), "profile", "add-topic", "hope", "trust")[0] == 2
    assert run_cli(capsys, "--home", str(tmp_path), "profile")[0] == 2


def test_profile_export_then_import(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    home_dir: str) -> None:
    home, file = home_dir, str(tmp_path / "ours.yaml")
    run_cli(capsys, "--home", home, "init", "--city", "Rotterdam")
    code, out, _ = run_cli(capsys, "--home", home, "profile", "export", file)
    assert (code, out) == (0, f"Exported the profile of Rotterdam to {file}.\n")
    text = Path(file).read_text(encoding="utf-8")
    Path(file).write_text(text.replace("contact_office: ''", "contact_office: Stadhuis"),
                          encoding="utf-8")
    code, out, _ = run_cli(capsys, "--home", home, "profile", "import", file)
    assert (code, out) == (0, f"Imported the profile of Rotterdam from {file}.\n")
    code, out, _ = run_cli(capsys, "--home", home, "profile", "import", file)
    assert (code, out) == (0, f"{file} holds the profile as it already is: nothing changed.\n")
    assert "Contact office: Stadhuis" in run_cli(capsys, "--home", home, "profile", "show")[1]
    Path(file).write_text(text.replace("stage: pilot", "stage: done"), encoding="utf-8")
    code, _, err = run_cli(capsys, "--home", home, "profile", "import", file)
    assert code == 3
    assert err == ("rrr-desktop: ours.yaml: practices[0].stage: must be one of idea, pilot, "
                   "running, evaluated\n")
