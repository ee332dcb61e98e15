"""The window's writes: off the GUI thread, one at a time, and a long wait said.

Another process may hold the database's write lock (a command-line import, a second
installation's backup): a writer then waits its turn for up to half a minute
(``models/write_lock``). The window never waits with it: every change the officer
makes, and every Undo and Redo, runs through :func:`write_in_background`, on a worker
thread of its own that runs writes in the order they were asked (an Undo pressed twice
writes the two states in turn). When a write has waited longer than
:data:`WAIT_SHOWN_AFTER_MS` for another writer to finish, :func:`write_waits` emits
``waiting`` (the main window says so in its status bar); a write of our own that just
takes long is not a wait. The write's own callback then reports how it ended.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from rrr_desktop.services.home import waiting_for_another_writer
from rrr_desktop.views.common.worker import run_in_background

WAIT_SHOWN_AFTER_MS = 1500


class WriteWaits(QObject):
    waiting = Signal()  # a write has waited WAIT_SHOWN_AFTER_MS for another writer

    def check(self) -> None:
        """Say ``waiting`` if a write is still waiting for the write lock."""
        if waiting_for_another_writer():
            self.waiting.emit()


@cache
def write_waits() -> WriteWaits:
    """The one object that says when a write waits (created on the GUI thread)."""
    return WriteWaits()


@cache
def write_pool() -> QThreadPool:
    """One thread: writes run one at a time, in the order they were asked."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    return pool


def write_in_background(owner: QObject, work: Callable[[], Any],
                        on_success: Callable[[Any], None],
                        on_failure: Callable[[BaseException], None]) -> None:
    """:func:`~.worker.run_in_background` for a write: on the writers' thread, with a
    wait longer than :data:`WAIT_SHOWN_AFTER_MS` said through :func:`write_waits`."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(write_waits().check)
    timer.start(WAIT_SHOWN_AFTER_MS)

    def finished() -> None:
        timer.stop()
        timer.deleteLater()

    def succeeded(result: Any) -> None:
        finished()
        on_success(result)

    def failed(error: BaseException) -> None:
        finished()
        on_failure(error)

    run_in_background(owner, work, succeeded, failed, pool=write_pool())
