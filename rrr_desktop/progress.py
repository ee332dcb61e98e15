"""Long work that says how far it got and can be stopped: one type for each.

A service that may run long takes ``progress: Progress | None``, called with the
fraction done (0 to 1, never going back), and ``cancelled: CancelCheck | None``,
polled between steps; once the check returns true the service raises
:class:`Cancelled` having written nothing. The window passes a
``threading.Event``'s ``is_set`` as the check and relays progress to the GUI thread
through a queued signal (``docs/style.md``).
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The officer stopped the work before it wrote anything; nothing changed."""


def stop_if_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` if the officer asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled
