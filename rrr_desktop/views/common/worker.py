"""Run slow work off the GUI thread and get the result back on it.

``run_in_background(owner, work, on_success, on_failure)`` runs ``work()`` in
Qt's global thread pool; exactly one of the callbacks is then called on the GUI
thread with the result or the exception, unless ``owner`` (the widget or object
the callbacks belong to) was deleted meanwhile: then the result is dropped, so a
window closed during a load is never touched. Widgets are only ever touched from
those callbacks, never from ``work``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_pending: set[_Relay] = set()
_pools: set[QThreadPool] = set()  # pools other than the global one that ran work


class _Relay(QObject):
    """Created on the GUI thread, so signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]) -> None:
        super().__init__(owner)
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        _pending.discard(self)
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        _pending.discard(self)
        self._on_failure(error)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            log.debug("Background work failed", exc_info=error)
            self._deliver(self._relay.failed, error)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("Owner deleted before background work finished; result dropped")


def run_in_background(owner: QObject, work: Callable[[], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None], *,
                      pool: QThreadPool | None = None) -> None:
    """Run ``work`` on a worker thread (of ``pool``, else Qt's global pool); call back on
    the GUI thread while ``owner`` lives."""
    relay = _Relay(owner, on_success, on_failure)
    _pending.add(relay)  # keep the wrapper alive until its callback ran
    relay.destroyed.connect(lambda: _pending.discard(relay))
    if pool is not None:
        _pools.add(pool)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until the pools are idle (used on exit, so no work is cut off mid-write)."""
    idle = [pool.waitForDone(timeout_ms) for pool in (*_pools, QThreadPool.globalInstance())]
    return all(idle)
