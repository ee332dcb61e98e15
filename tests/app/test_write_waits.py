"""The window says a write waits only when another writer holds the database."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.views.common.writes import WAIT_SHOWN_AFTER_MS, write_in_background, write_waits


def _write(qtbot: QtBot, work: object) -> list[str]:
    """Run ``work`` as the window runs a write; what it said while waiting."""
    said: list[str] = []
    done: list[object] = []
    owner = QObject()
    write_waits().waiting.connect(lambda: said.append("waiting"))
    write_in_background(owner, work, done.append, done.append)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    return said


def test_a_long_write_of_our_own_is_not_called_a_wait(qtbot: QtBot, home: Home) -> None:
    """Nothing else writes: a write that takes long (a big merge, a slow disk) must not
    claim that another program is writing."""
    def long_write() -> None:
        with home.db.writing():
            time.sleep(WAIT_SHOWN_AFTER_MS / 1000 + 0.7)

    assert _write(qtbot, long_write) == []


@pytest.mark.sqlite_only  # another program holding the file's write lock
def test_a_write_behind_another_program_is_said(qtbot: QtBot, home: Home) -> None:
    other = sqlite3.connect(home.db.path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")

    def release_later() -> None:
        time.sleep(WAIT_SHOWN_AFTER_MS / 1000 + 0.7)
        other.execute("COMMIT")

    releasing = threading.Thread(target=release_later)
    releasing.start()
    try:
        said = _write(qtbot, lambda: create_stakeholder(home.db, StakeholderForm("A")))
    finally:
        releasing.join()
        other.close()
    assert said == ["waiting"]
