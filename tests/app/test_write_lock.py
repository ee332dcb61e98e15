"""Two writers on one home take turns; one that waits too long says who holds the lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from rrr_desktop.models import write_lock
from rrr_desktop.models.database import Database
from rrr_desktop.models.write_lock import DatabaseBusy
from rrr_desktop.services.home import Home

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys, time
from pathlib import Path
from sqlalchemy import text
from rrr_desktop.models.database import Database
db = Database(Path(sys.argv[1]))
for n in range(int(sys.argv[2])):
    with db.session() as session:  # read, think, write: a lost update if not serialised
        count = session.execute(text("SELECT value FROM counter")).scalar_one()
        time.sleep(float(sys.argv[3]))
        session.execute(text("UPDATE counter SET value = :v"), {"v": count + 1})
print("done", flush=True)
"""
# The same through Database.writing(): a plain sqlite3 connection, no ORM.
PLAIN_WRITER = WRITER.replace(
    "with db.session() as session:", "with db.writing() as connection:").replace(
    'session.execute(text("SELECT value FROM counter")).scalar_one()',
    'connection.execute("SELECT value FROM counter").fetchone()[0]').replace(
    'session.execute(text("UPDATE counter SET value = :v"), {"v": count + 1})',
    'connection.execute("UPDATE counter SET value = ?", (count + 1,))')


def writer(database: Path, rounds: int, pause: float,
           script: str = WRITER) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", script, str(database), str(rounds),
                             str(pause)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def counter_db(home: Home) -> Database:
    with home.db.session() as session:
        session.execute(text("CREATE TABLE counter (value INTEGER NOT NULL)"))
        session.execute(text("INSERT INTO counter VALUES (0)"))
    return home.db


def test_two_writers_at_once_take_turns_and_lose_nothing(home: Home) -> None:
    db = counter_db(home)
    rounds = 25
    both = [writer(db.path, rounds, 0.005) for _ in range(2)]
    for process in both:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out == "done\n"
    with db.reading() as connection:
        assert connection.execute("SELECT value FROM counter").fetchone() == (2 * rounds,)


def test_a_plain_writer_and_a_session_take_turns_and_lose_nothing(home: Home) -> None:
    db = counter_db(home)
    rounds = 25
    both = [writer(db.path, rounds, 0.005, script) for script in (WRITER, PLAIN_WRITER)]
    for process in both:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out == "done\n"
    with db.reading() as connection:
        assert connection.execute("SELECT value FROM counter").fetchone() == (2 * rounds,)


def test_a_plain_writer_that_waits_too_long_names_the_holder(
        home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    db = counter_db(home)
    holder = writer(db.path, 1, 8.0)
    marker = write_lock.holder_file(db.path)
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()
    monkeypatch.setattr(write_lock, "WRITE_WAIT_MS", 200)
    monkeypatch.setattr(write_lock, "WRITE_ATTEMPTS", 2)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as busy, db.writing() as connection:
        connection.execute("UPDATE counter SET value = 99")
    assert time.monotonic() - started < 5
    assert f"process {holder.pid}: rrr-desktop" in str(busy.value)
    holder.communicate(timeout=60)
    with db.reading() as connection:
        assert connection.execute("SELECT value FROM counter").fetchone() == (1,)


def test_a_writer_that_waits_too_long_names_the_holder(
        home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    db = counter_db(home)
    holder = writer(db.path, 1, 8.0)
    marker = write_lock.holder_file(db.path)
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the holder names itself while it writes"
    monkeypatch.setattr(write_lock, "WRITE_WAIT_MS", 200)
    monkeypatch.setattr(write_lock, "WRITE_ATTEMPTS", 2)
    db.close()  # a new engine: the wait is set on each BEGIN
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as busy, db.session() as session:
        session.execute(text("UPDATE counter SET value = 99"))
    assert time.monotonic() - started < 5
    message = str(busy.value)
    assert f"process {holder.pid}: rrr-desktop" in message
    assert "Nothing was changed" in message
    holder.communicate(timeout=60)
    assert not marker.exists()
    with db.reading() as connection:
        assert connection.execute("SELECT value FROM counter").fetchone() == (1,)


def test_two_first_starts_with_demo_at_once_end_cleanly(tmp_path: Path) -> None:
    """The issue's case: two `demo` on a new home crashed with "database is locked"."""
    home = str(tmp_path / "home")
    both = [subprocess.Popen([sys.executable, "-m", "rrr_desktop", "--home", home, "demo"],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outcomes = []
    for process in both:
        _, err = process.communicate(timeout=300)
        outcomes.append(process.returncode)
        assert "Traceback" not in err and "locked" not in err, err
    assert sorted(outcomes) == [0, 3]  # one loads the sample, the other is told it is there
