"""``rrr-desktop bundle ...``: exit codes, text and JSON, and the all-or-nothing import."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import open_home
from tests.factories import (
    OTHER_KEY,
    THIRD_KEY,
    add_stakeholders,
    city_card,
    content_bundle,
    peer_stakeholder,
    posing_bundle,
    run_cli,
)


@pytest.fixture
def homes(city_homes: tuple[str, str]) -> tuple[str, str]:
    """Bilbao's home with three shareable stakeholders, and Rotterdam's."""
    bilbao, rotterdam = city_homes
    home = open_home(resolve_paths(bilbao))
    add_stakeholders(home.db, 3, email="x@y.example", consent_given=True)
    home.close()
    return bilbao, rotterdam


def peer_count(home: str) -> int:
    connection = sqlite3.connect(resolve_paths(home).database)
    try:
        return int(connection.execute("SELECT count(*) FROM peer_stakeholder").fetchone()[0])
    finally:
        connection.close()


def test_export_inspect_import_undo(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                    homes: tuple[str, str]) -> None:
    bilbao, rotterdam = homes
    bundle = str(tmp_path / "Bilbao")
    code, out, _ = run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)
    assert code == 0 and "stakeholders: 3;" in out and "records that carry it: 0;" in out
    assert (tmp_path / "Bilbao.rrrbundle").exists()
    bundle += ".rrrbundle"

    code, out, _ = run_cli(capsys, "bundle", "inspect", bundle, "--json", "--home", rotterdam)
    preview = json.loads(out)
    assert code == 0 and preview["trust"] == "first-use" and preview["counts"]["new"] == 3

    code, out, _ = run_cli(capsys, "bundle", "import", bundle, "--home", rotterdam)
    assert code == 0 and "Run again with --yes" in out and peer_count(rotterdam) == 0
    code, out, _ = run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)
    assert code == 0 and "Records added: 3;" in out and peer_count(rotterdam) == 3
    code, out, _ = run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)
    assert code == 0 and "Nothing to import" in out

    code, out, _ = run_cli(capsys, "bundle", "history", "--json", "--home", rotterdam)
    assert json.loads(out)["received"][0]["sender"] == "Bilbao"
    code, out, _ = run_cli(capsys, "bundle", "undo", "--home", rotterdam)
    assert code == 0 and "Undid" in out and peer_count(rotterdam) == 0
    code, _, err = run_cli(capsys, "bundle", "undo", "--home", rotterdam)
    assert code == 3 and "no bundle import to undo" in err


def test_refused_bundles_exit_3_with_one_message(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path, homes: tuple[str, str]) -> None:
    _, rotterdam = homes
    junk = tmp_path / "junk.rrrbundle"
    junk.write_bytes(b"PK not really")
    for action in ("inspect", "import"):
        code, out, err = run_cli(capsys, "bundle", action, str(junk), "--home", rotterdam)
        assert code == 3 and out == "" and len(err.strip().splitlines()) == 1


def test_a_changed_key_needs_accept_new_key(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                            homes: tuple[str, str]) -> None:
    _, rotterdam = homes
    first = content_bundle(tmp_path / "a.rrrbundle", {"profile.yaml": city_card()})
    assert run_cli(capsys, "bundle", "import", str(first), "--yes", "--home", rotterdam)[0] == 0
    other = content_bundle(tmp_path / "b.rrrbundle", {
        "profile.yaml": city_card(revision=9), "stakeholders.json": [peer_stakeholder(1)]},
        key=OTHER_KEY)
    code, _, err = run_cli(capsys, "bundle", "import", str(other), "--yes", "--home", rotterdam)
    assert code == 3 and "--accept-new-key" in err and peer_count(rotterdam) == 0
    code, _, _ = run_cli(capsys, "bundle", "import", str(other), "--yes", "--accept-new-key",
                         "--home", rotterdam)
    assert code == 0 and peer_count(rotterdam) == 1


def test_erase_by_peer_and_by_import(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     homes: tuple[str, str]) -> None:
    bilbao, rotterdam = homes
    bundle = str(tmp_path / "b.rrrbundle")
    run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)
    run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)
    code, out, _ = run_cli(capsys, "bundle", "erase", "--import", "1", "--home", rotterdam)
    assert "Erased what still came from b.rrrbundle" in out
    assert code == 0 and peer_count(rotterdam) == 0
    code, _, err = run_cli(capsys, "bundle", "erase", "--peer", "Rotterdam", "--home", rotterdam)
    assert code == 3 and "No peer city named Rotterdam" in err
    assert run_cli(capsys, "bundle", "erase", "--home", rotterdam)[0] == 2


_CHILD = """
import sys
from pathlib import Path
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
home = open_home(resolve_paths(sys.argv[1]))
preview = inspect_bundle(home.db, Path(sys.argv[2]))
print("ready", flush=True)
apply_bundle(home.db, preview)
print("done", flush=True)
"""


@pytest.mark.slow
def test_a_killed_import_leaves_all_or_nothing(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "rotterdam")
    assert run_cli(capsys, "--home", home, "init", "--city", "Rotterdam")[0] == 0
    count = 20_000
    bundle = content_bundle(tmp_path / "big.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(n) for n in range(count)]})
    rng = random.Random(4)
    for _ in range(4):
        child = subprocess.Popen([sys.executable, "-c", _CHILD, home, str(bundle)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        connection = sqlite3.connect(resolve_paths(home).database)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            held = connection.execute("SELECT count(*) FROM peer_stakeholder").fetchone()[0]
            imports = connection.execute("SELECT count(*) FROM bundle_import").fetchone()[0]
        finally:
            connection.close()
        assert (held, imports) in {(0, 0), (count, 1)}
        if held:
            break  # applied in full before the kill: nothing left to interrupt


def test_peers_show_says_what_we_hold_and_where_it_came_from(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, homes: tuple[str, str]) -> None:
    bilbao, rotterdam = homes  # Bilbao has three shareable stakeholders
    bundle = str(tmp_path / "Bilbao.rrrbundle")
    assert run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)[0] == 0
    assert run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)[0] == 0

    code, out, _ = run_cli(capsys, "peers", "show", "bilbao", "--home", rotterdam)
    assert code == 0
    assert "Latest bundle: bundle Bilbao.rrrbundle made" in out
    assert "Shared stakeholders (3):" in out and "(bundle Bilbao.rrrbundle" in out
    code, out, _ = run_cli(capsys, "peers", "show", "Bilbao", "--json", "--home", rotterdam)
    shown = json.loads(out)
    assert shown["latest_bundle"]["file"] == "Bilbao.rrrbundle"
    assert len(shown["shared_stakeholders"]) == 3
    assert all(s["from"]["file"] == "Bilbao.rrrbundle" for s in shown["shared_stakeholders"])


def test_a_rename_is_shown_and_refused_without_accept_rename(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, homes: tuple[str, str]) -> None:
    _, rotterdam = homes
    lyon = uuid.UUID("5d0c1e2f-0000-4000-8000-000000000001")
    first = posing_bundle(tmp_path / "lyon1.rrrbundle", lyon, "Lyon", "FR", OTHER_KEY)
    assert run_cli(capsys, "bundle", "import", str(first), "--yes", "--home", rotterdam)[0] == 0
    renamed = posing_bundle(tmp_path / "lyon2.rrrbundle", lyon, "Lugdunum", "FR", OTHER_KEY,
                            revision=9)
    code, out, _ = run_cli(capsys, "bundle", "inspect", str(renamed), "--home", rotterdam)
    assert code == 3
    assert "NAME CHANGED: the city you know as Lyon (FR) now calls itself Lugdunum (FR)" in out
    code, _, err = run_cli(capsys, "bundle", "import", str(renamed), "--yes", "--home", rotterdam)
    assert code == 3
    assert "--accept-rename" in err
    code, _, _ = run_cli(capsys, "bundle", "import", str(renamed), "--yes", "--accept-rename",
                     "--home", rotterdam)
    assert code == 0
    code, out, _ = run_cli(capsys, "peers", "show", "Lugdunum", "--home", rotterdam)
    assert code == 0


def test_a_name_held_by_two_cities_asks_for_the_uuid(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, homes: tuple[str, str]) -> None:
    _, rotterdam = homes
    spain = uuid.UUID("5d0c1e2f-0000-4000-8000-0000000000e5")
    venezuela = uuid.UUID("5d0c1e2f-0000-4000-8000-0000000000e7")
    for city, country, key in ((spain, "ES", OTHER_KEY), (venezuela, "VE", THIRD_KEY)):
        bundle = posing_bundle(tmp_path / f"{country}.rrrbundle", city, "Valencia", country, key)
        imported = run_cli(capsys, "bundle", "import", str(bundle), "--yes", "--home", rotterdam)
        assert imported[0] == 0
    code, _, err = run_cli(capsys, "bundle", "erase", "--peer", "valencia", "--home", rotterdam)
    assert code == 3
    assert str(spain) in err and str(venezuela) in err and "UUID" in err
    code, out, _ = run_cli(capsys, "bundle", "erase", "--peer", str(venezuela), "--home", rotterdam)
    assert code == 0
    assert "Erased what came from Valencia" in out
    code, _, _ = run_cli(capsys, "bundle", "erase", "--peer", "Valencia", "--home", rotterdam)
    assert code == 0  # one Valencia is left: the name is no longer ambiguous


def test_control_characters_from_a_bundle_reach_the_terminal_escaped(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, homes: tuple[str, str]) -> None:
    _, rotterdam = homes
    hiding = "\x1b[2K\x1b[1A\r"  # erase the line, move up, return: hides the line before
    bundle = content_bundle(tmp_path / "ansi.rrrbundle", {
        "profile.yaml": city_card(),
        "stakeholders.json": [peer_stakeholder(1, name=f"Co-op{hiding}\u202eevil\u202c\x9b1m")]})
    for as_json in ((), ("--json",)):
        code, out, err = run_cli(capsys, "bundle", "inspect", str(bundle), "--home", rotterdam,
                             *as_json)
        assert code == 0, err
        shown = out + err
        assert not any(c in shown for c in "\x1b\r\u202e\u202c\x9b")
        if not as_json:
            assert "Co-op\\u001b[2K\\u001b[1A\\u000d\\u202eevil\\u202c\\u009b1m" in shown
    assert json.loads(out)["records"][1]["title"] == f"Co-op{hiding}\u202eevil\u202c\x9b1m"


def test_the_import_command_keeps_the_collector_resting_from_preview_to_apply(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, homes: tuple[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the preview and the apply the command holds every parsed record: a
    collection there would only walk them (benchmarks/BUNDLES.md)."""
    from rrr_desktop import collector
    from rrr_desktop.cli.exchange import commands

    bilbao, rotterdam = homes
    bundle = str(tmp_path / "Bilbao.rrrbundle")
    assert run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)[0] == 0
    between: list[bool] = []
    checked = commands.refuse_unless_importable

    def watched(*args: object, **options: bool) -> None:
        between.append(collector.paused())
        checked(*args, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(commands, "refuse_unless_importable", watched)
    code, out, _ = run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", rotterdam)
    assert code == 0 and "Records added: 3;" in out and peer_count(rotterdam) == 3
    assert between == [True] and not collector.paused()
