"""Reference cycles are collected on the GUI thread, never by a worker (a Qt object in
the garbage would be destroyed from the wrong thread and crash the program)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.collector import collector_paused
from rrr_desktop.views.common.gui_collector import collect_on_gui_thread, set_start_up_aside
from rrr_desktop.views.common.worker import run_in_background, wait_for_background_work


@pytest.fixture
def collecting_threads() -> Iterator[list[str]]:
    """The names of the threads that ran a collection during the test."""
    names: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            names.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield names
    gc.callbacks.remove(note)


def _cyclic_garbage(count: int) -> None:
    for _ in range(count):
        node: list[object] = []
        node.append(node)


@pytest.mark.usefixtures("automatic_collection")
def test_a_worker_allocating_cycles_never_collects_them(qtbot: QtBot, qapp: QApplication,
                                                          collecting_threads: list[str]
                                                          ) -> None:
    collect_on_gui_thread(qapp)
    assert not gc.isenabled()
    done: list[object] = []
    run_in_background(qapp, lambda: _cyclic_garbage(50_000), done.append, done.append)
    wait_for_background_work()
    qtbot.waitUntil(lambda: bool(done))
    assert collecting_threads == []
    qtbot.waitUntil(lambda: bool(collecting_threads))  # the timer collects them
    assert set(collecting_threads) == {threading.main_thread().name}


@pytest.mark.usefixtures("automatic_collection")
def test_the_window_collects_a_forgotten_qt_object_in_a_cycle(qtbot: QtBot,
                                                               qapp: QApplication) -> None:
    collect_on_gui_thread(qapp)
    holder = QObject()
    holder.setObjectName("forgotten")
    holder.destroyed.connect(lambda: None)
    destroyed: list[str] = []
    holder.destroyed.connect(lambda: destroyed.append(threading.current_thread().name))
    cycle: list[object] = [holder]
    cycle.append(cycle)
    del holder, cycle
    _cyclic_garbage(5_000)  # crosses the first generation's threshold
    qtbot.waitUntil(lambda: bool(destroyed))
    assert destroyed == [threading.main_thread().name]


def test_no_collection_runs_while_work_asked_the_collector_to_rest(
        qtbot: QtBot, qapp: QApplication, collecting_threads: list[str]) -> None:
    collect_on_gui_thread(qapp)
    with collector_paused():
        _cyclic_garbage(5_000)
        qtbot.wait(600)  # two ticks of the timer
        assert collecting_threads == []
    qtbot.waitUntil(lambda: bool(collecting_threads))


def test_asking_twice_keeps_one_timer(qapp: QApplication) -> None:
    first = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is first


class _Node:
    """Something a weak reference can watch, put in a cycle with itself."""

    def __init__(self) -> None:
        self.me = self


def test_what_start_up_made_is_set_aside_and_later_cycles_are_still_collected() -> None:
    start_up = weakref.ref(_Node())  # cyclic garbage made before the window settled
    try:
        set_start_up_aside()
        later = weakref.ref(_Node())
        gc.collect()
        assert later() is None  # made since: collected as ever
        assert start_up() is not None  # set aside: never looked at again
    finally:
        gc.unfreeze()
    gc.collect()
    assert start_up() is None
