"""Pause Python's cycle collector while many long-lived objects are built.

Exporting or importing 10,000 stakeholders allocates a few hundred thousand small
containers (parsed JSON, validated records, row tuples) that all stay alive until the
end, so the collector runs again and again over objects that are not garbage: about
half of an import's time on the development machine (``benchmarks/BUNDLES.md``).
Reading 1,000 peer cities for the Peer cities page is the same story.
Reference counting still frees everything as usual; cycles made meanwhile are
collected once the last pause ends. Pauses may overlap (a preview in a worker thread
while another runs): the collector comes back on when the last one ends, and only if
it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many pauses are running, and whether the collector was on before the first."""

    lock = threading.Lock()
    running = 0
    was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    with _Pauses.lock:
        if _Pauses.running == 0:
            _Pauses.was_enabled = gc.isenabled()
            gc.disable()
        _Pauses.running += 1
    try:
        yield
    finally:
        with _Pauses.lock:
            _Pauses.running -= 1
            if _Pauses.running == 0 and _Pauses.was_enabled:
                gc.enable()


def paused() -> bool:
    """Whether some work asked the collector to rest (:func:`collector_paused`)."""
    return _Pauses.running > 0


def collect_if_due() -> int:
    """Collect the generations whose thresholds are crossed, as Python would on its own.

    For a program that turned automatic collection off so that cycles are only ever
    collected on one thread (``views/common/gui_collector.py``); nothing is collected
    while a pause runs. Returns the number of unreachable objects found."""
    if paused():
        return 0
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = [generation for generation in range(3)
           if thresholds[generation] and counts[generation] > thresholds[generation]]
    return gc.collect(due[-1]) if due else 0
