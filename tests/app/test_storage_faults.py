"""Faults of the disk and the file, told apart, each with advice that loses nothing.

Full disk and read-only file run on a small tmpfs mounted for the test (skipped with the
reason where mounting is not allowed, e.g. without root); the others need no privilege.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from tests.factories import add_stakeholders, open_city_home

ROWS = "Name,Description\n" + "".join(f"Co-op {n},{'x' * 400}\n" for n in range(5000))


def run(capsys: pytest.CaptureFixture[str], home: Path, *argv: str) -> tuple[int, str]:
    try:
        code = main(["--home", str(home), *argv])
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out + err


def checkpointed(database: Path) -> bytes:
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return database.read_bytes()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB tmpfs of its own; skipped where it cannot be mounted."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """A file taking every free byte of ``folder``'s disk."""
    filler = folder / "filler"
    # Unbuffered: a buffered file would try again to write what did not fit when closed.
    with filler.open("wb", buffering=0) as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_is_told_as_such_and_nothing_is_lost(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = small_disk / "home"
    assert run(capsys, home, "init", "--city", "Bilbao")[0] == 0
    database = home / "rrr-desktop.sqlite3"
    listing = tmp_path / "list.csv"
    listing.write_text(ROWS, encoding="utf-8")
    filler = fill(small_disk)
    before = database.read_bytes()
    for argv in (("stakeholders", "import", str(listing)), ("demo",),
                 ("profile", "add-topic", "offer", "trust-building")):
        code, said = run(capsys, home, *argv)
        assert code == 3, said
        assert "is full" in said and "Do not restore a backup" in said, said
        assert "not an RRR Desktop database" not in said
    filler.unlink()
    assert checkpointed(database)[:100] == before[:100]
    code, said = run(capsys, home, "stakeholders", "import", str(listing))
    assert code == 0, said  # with space again, the same import works: nothing was lost


def read_only_view(folder: Path, view: Path) -> Path:
    """``folder`` seen read-only at ``view`` (a read-only bind mount)."""
    view.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
    return view


def test_a_read_only_database_is_told_as_such(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = small_disk / "home"
    assert run(capsys, home, "init", "--city", "Bilbao")[0] == 0
    before = checkpointed(home / "rrr-desktop.sqlite3")
    view = read_only_view(small_disk, tmp_path / "read-only")
    try:  # the home (logs...) writable, the database file on a read-only mount
        code, said = run(capsys, tmp_path / "other-home", "--db",
                         str(view / "home" / "rrr-desktop.sqlite3"), "profile", "add-topic",
                         "offer", "trust-building")
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
    assert code == 3
    assert "cannot be written: it is read-only" in said, said
    assert (home / "rrr-desktop.sqlite3").read_bytes() == before


def test_an_unwritable_backups_folder_stops_the_migration_before_anything_changes(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    database = home / "rrr-desktop.sqlite3"
    connection = sqlite3.connect(database)  # a database the app would migrate
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    before = database.read_bytes()
    read_only_view(small_disk, home / "backups")
    try:
        code, said = run(capsys, home, "peers", "list")
    finally:
        subprocess.run(["umount", "-l", str(home / "backups")], check=False)
    assert code == 3
    assert "copies it into" in said and "Nothing was changed" in said
    assert database.read_bytes() == before


def test_a_damaged_schema_page_is_called_damaged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert run(capsys, home, "init", "--city", "Bilbao")[0] == 0
    database = home / "rrr-desktop.sqlite3"
    data = bytearray(checkpointed(database))
    data[100:400] = os.urandom(300)  # the b-tree page of sqlite_master
    database.write_bytes(bytes(data))
    code, said = run(capsys, home, "peers", "list")
    assert code == 3
    assert "is damaged" in said and "left untouched" in said
    assert database.read_bytes() == bytes(data)


def test_an_empty_alembic_version_is_told_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert run(capsys, home, "init", "--city", "Bilbao")[0] == 0
    database = home / "rrr-desktop.sqlite3"
    connection = sqlite3.connect(database)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    before = checkpointed(database)
    code, said = run(capsys, home, "peers", "list")
    assert code == 3
    assert "schema revision is missing" in said
    assert checkpointed(database) == before


def test_a_file_of_another_kind_is_still_not_an_rrr_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "rrr-desktop.sqlite3").write_bytes(uuid.uuid4().bytes * 512)
    code, said = run(capsys, home, "peers", "list")
    assert code == 3
    assert "is not an RRR Desktop database" in said


def test_a_bundle_import_on_a_full_disk_is_told_and_changes_nothing(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sender = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    add_stakeholders(sender.db, 300, description="x" * 400)
    bundle = tmp_path / "rotterdam.rrrbundle"
    export_bundle(sender.db, sender.paths, bundle, ExportOptions())
    sender.close()
    home = small_disk / "home"
    assert run(capsys, home, "init", "--city", "Bilbao")[0] == 0
    database = home / "rrr-desktop.sqlite3"
    before = checkpointed(database)
    filler = fill(small_disk)
    code, said = run(capsys, home, "bundle", "import", str(bundle), "--yes")
    assert code == 3, said
    assert "is full" in said and "Do not restore a backup" in said, said
    assert "Traceback" not in said and "not an RRR Desktop database" not in said
    filler.unlink()
    assert checkpointed(database) == before  # not a byte changed
    history = json.loads(run(capsys, home, "bundle", "history", "--json")[1])
    assert history == {"received": [], "sent": []}
    code, said = run(capsys, home, "bundle", "import", str(bundle), "--yes")
    assert code == 0, said  # with space again, the same bundle imports
