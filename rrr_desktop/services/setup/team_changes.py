"""Hearing other officers' changes to a team database (the window refreshes on them)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from rrr_desktop.services.home import Home


def watch_team_changes(home: Home, on_change: Callable[[], None],
                       stopped: threading.Event) -> None:
    """Call ``on_change()`` whenever another officer commits a change, until ``stopped``
    is set; returns at once for a home's own file (no one else writes it)."""
    if home.paths.team_database is None:
        return
    from rrr_desktop.models.team_changes import watch_changes

    watch_changes(home.paths.team_database, on_change, stopped)
