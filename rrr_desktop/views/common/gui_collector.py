"""Collect Python's reference cycles on the GUI thread only.

Python's cycle collector runs in whichever thread crosses an allocation threshold.
When that is a worker thread (reading the database for a page) and the garbage holds a
Qt object that Python owns (a dialog or model left in a cycle of its signal
connections), PySide6 destroys the C++ object from the wrong thread and the program
dies with a segmentation fault. So while the window runs, automatic collection is off,
and a timer on the GUI thread collects whatever generations are due, with Python's own
thresholds (``collector.collect_if_due``). Reference counting frees everything else
as usual.

Once the window has settled, what start-up made (modules, classes, the window's
widgets: about 40,000 objects, none of them garbage then) is set aside for good
(``gc.freeze``): a full collection, on the GUI thread, then looks only at what was made
since (measured on the start-up benchmark's home: 15-25 ms before, under 1 ms right
after). A cycle among those start-up objects that became garbage later would not be
collected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from rrr_desktop.collector import collect_if_due

COLLECT_EVERY_MS = 250
TIMER_NAME = "gui-thread-collector"


def collect_on_gui_thread(app: QObject) -> QTimer:
    """Turn automatic collection off and collect from a timer owned by ``app`` (once:
    asking again returns the running timer)."""
    gc.disable()
    running = app.findChild(QTimer, TIMER_NAME)
    if running is not None:
        return running
    timer = QTimer(app)
    timer.setObjectName(TIMER_NAME)
    timer.setInterval(COLLECT_EVERY_MS)
    timer.timeout.connect(collect_if_due)
    timer.start()
    return timer


def set_start_up_aside() -> None:
    """Later collections skip every object alive now (call once start-up is over)."""
    gc.freeze()
