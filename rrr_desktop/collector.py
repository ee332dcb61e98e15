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
