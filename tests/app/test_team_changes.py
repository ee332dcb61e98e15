"""Other officers' windows hear of a change to the team database within seconds."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rrr_desktop.models import team_changes
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.views.window.team_refresh import TeamRefresh


@pytest.fixture
def officer(team_database: str, tmp_path: Path) -> Iterator[Home]:
    opened = open_home(replace(resolve_paths(tmp_path / "officer"),
                               team_database=team_database))
    yield opened
    opened.close()


def as_a_colleague(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's next commits are announced as another officer's."""
    monkeypatch.setattr(team_changes, "this_writer", lambda: "another-desk:4242")


def test_a_colleagues_change_is_heard_and_ones_own_is_not(
        officer: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    heard: list[float] = []
    stopped = threading.Event()
    listener = threading.Thread(target=team_changes.watch_changes, args=(
        officer.paths.team_database, lambda: heard.append(time.monotonic()), stopped))
    listener.start()
    try:
        time.sleep(1.5)  # listening by now
        create_stakeholder(officer.db, StakeholderForm(name="Our own change"))
        time.sleep(1.5)
        assert heard == []
        as_a_colleague(monkeypatch)
        committed = time.monotonic()
        create_stakeholder(officer.db, StakeholderForm(name="A colleague's change"))
        deadline = time.monotonic() + 5
        while not heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard and heard[0] - committed < 2
    finally:
        stopped.set()
        listener.join(5)
    assert not listener.is_alive()


def test_the_window_part_settles_the_changes_into_one_signal(
        qtbot: QtBot, officer: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    refresh = TeamRefresh(officer)
    refresh.start()
    try:
        time.sleep(1.5)
        as_a_colleague(monkeypatch)
        with qtbot.waitSignal(refresh.changed, timeout=5_000):
            for number in range(3):
                create_stakeholder(officer.db, StakeholderForm(name=f"Co-op {number}"))
        with qtbot.assertNotEmitted(refresh.changed, wait=1_000):
            pass
    finally:
        refresh.stop()
