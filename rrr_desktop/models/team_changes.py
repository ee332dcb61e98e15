"""Other officers' changes to a team database, as they are committed.

Every write transaction on a team database announces itself (PostgreSQL's
``NOTIFY``, delivered at commit, nothing at a rollback); a window listens on a
connection of its own and refreshes its pages within a couple of seconds. The
announcement names the writing process, so a window ignores its own changes (it has
refreshed for those already).
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable

import psycopg

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.postgres_connection import (
    CONNECT_TIMEOUT_S,
    PasswordSources,
    libpq_address,
)
from rrr_desktop.models.queries import Connection, team

POLL_S = 1.0


def this_writer() -> str:
    """How this process names itself in its announcements."""
    return f"{socket.gethostname()}:{os.getpid()}"


def watch_changes(address: str, on_change: Callable[[], None],
                  stopped: threading.Event) -> None:
    """Call ``on_change()`` for each change another process commits, until ``stopped``
    is set (checked every second). Returns quietly when the server goes away: the
    window then simply stops refreshing by itself."""
    me = this_writer()
    try:
        with PasswordSources(address).connect(
                psycopg.connect, libpq_address(address), autocommit=True,
                connect_timeout=CONNECT_TIMEOUT_S,
                application_name="rrr-desktop: listening") as raw:
            team.listen_for_changes(Connection(raw, "postgresql"))
            while not stopped.is_set():
                if any(n.payload != me for n in raw.notifies(timeout=POLL_S)):
                    on_change()
    except (psycopg.OperationalError, RejectedInput):  # gone, or no password known
        return
