"""Writers take their turn: the write lock at BEGIN, a polite wait, and who holds it.

A deferred ``BEGIN`` takes the write lock only at the first write, and SQLite cannot
wait there (the reader's snapshot would be stale): two processes writing at once
failed within a second with "database is locked" despite the busy timeout. Every
write transaction therefore starts with ``BEGIN IMMEDIATE`` (see ``engine``), where
the busy timeout does wait. :func:`open_writer` waits ``WRITE_ATTEMPTS`` times
``WRITE_WAIT_MS``; while a process holds the lock it names itself in a small file
beside the database (``<database>.writer``), so that a writer that gives up can say
who holds the database and what to do.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from rrr_desktop.errors import RejectedInput

WRITE_WAIT_MS = 10_000
WRITE_ATTEMPTS = 3

T = TypeVar("T")

class _Turns:
    """How many writers of this process wait for the write lock right now."""

    def __init__(self) -> None:
        self.awaited = 0
        self.lock = threading.Lock()

    def add(self, step: int) -> None:
        with self.lock:
            self.awaited += step


_TURNS = _Turns()


@contextmanager
def taking_turn() -> Iterator[None]:
    """Around the step that waits for the write lock (SQLite's ``BEGIN IMMEDIATE``, the
    team database's writer lock): while it lasts, :func:`waiting_for_turn` is true."""
    _TURNS.add(1)
    try:
        yield
    finally:
        _TURNS.add(-1)


def waiting_for_turn() -> bool:
    """Whether a writer of this process is waiting for another to release the write
    lock, rather than writing (a long write of our own is not a wait)."""
    return _TURNS.awaited > 0


class DatabaseBusy(RejectedInput):
    """Another process kept the database's write lock longer than we waited."""

    def __init__(self, database: Path | str, holder: str) -> None:
        self.database = database
        super().__init__("database.busy", database=database, holder=holder,
                         seconds=WRITE_WAIT_MS * WRITE_ATTEMPTS // 1000)


def holder_file(database: Path) -> Path:
    return database.with_name(database.name + ".writer")


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` (or the driver error it wraps) is SQLite's "locked" or "busy"."""
    original = getattr(error, "orig", error)
    return isinstance(original, sqlite3.OperationalError) and (
        "locked" in str(original) or "busy" in str(original))


def open_writer(database: Path, begin: Callable[[], T]) -> T:
    """``begin()`` (which must start a write transaction), retried while busy.

    :class:`DatabaseBusy` names the holder when every attempt ran out.
    """
    for attempt in range(WRITE_ATTEMPTS):
        try:
            with taking_turn():
                return begin()
        except Exception as error:
            if not is_busy(error):
                raise
            if attempt == WRITE_ATTEMPTS - 1:
                raise DatabaseBusy(database, describe_holder(database)) from error
    raise AssertionError("unreachable")


@contextmanager
def holding(database: Path) -> Iterator[None]:
    """Name this process as the writer while the block runs (best effort: never fails)."""
    marker = holder_file(database)
    command = (" ".join(["rrr-desktop", *sys.argv[1:]])[:120] if len(sys.argv) > 1
               else "the RRR Desktop window")
    with suppress(OSError):
        marker.write_text(f"{os.getpid()}\n{command}\n", encoding="utf-8")
    try:
        yield
    finally:
        with suppress(OSError):
            marker.unlink()


def describe_holder(database: Path) -> str:
    """Who holds the write lock, as far as the marker file tells."""
    try:
        pid, command, *_ = holder_file(database).read_text(encoding="utf-8").split("\n")
    except (OSError, ValueError):
        return "another program (not RRR Desktop, or an RRR Desktop that is still starting)"
    return f"process {pid}: {command or 'rrr-desktop'}"
