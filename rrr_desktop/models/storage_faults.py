"""What went wrong with the database file, told apart, so the advice fits the fault.

A full disk, a read-only file, an unwritable backups folder, a damaged page and an
empty ``alembic_version`` all surface as ``sqlite3`` errors (or as a database that
looks foreign); advising "restore a backup" for a full disk would lose the work done
since. Each is a :class:`RejectedInput` with its own code; nothing is changed when one
is raised (SQLite rolls the transaction back, and the file is left untouched).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from rrr_desktop.errors import RejectedInput

LOW_SPACE_BYTES = 1024 * 1024  # less than this free beside the database: the disk is full


class StorageFault(RejectedInput):
    """The database file cannot be written or read as it should; ``code`` tells which."""


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(database: Path) -> StorageFault:
    return StorageFault("database.disk_full", database=database,
                        folder=database.parent)


# (kind, SQLite error names it starts with, words of its message)
_KINDS = (("full", "SQLITE_FULL", "disk is full"), ("read_only", "SQLITE_READONLY", "readonly"),
          ("io", "SQLITE_IOERR", "disk i/o error"), ("damaged", "SQLITE_CORRUPT", "malformed"),
          ("cantopen", "SQLITE_CANTOPEN", "unable to open"))
_OS_KINDS = {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EFBIG: "full",
             errno.EACCES: "read_only", errno.EPERM: "read_only", errno.EROFS: "read_only"}


def explain(database: Path, error: BaseException) -> StorageFault | None:
    """The fault behind a driver error (``sqlite3`` or SQLAlchemy's wrapper), if it is one."""
    original = getattr(error, "orig", error)
    kind = _kind(original)
    if kind is None:
        return None
    free = free_bytes(database.parent)
    low_space = free is not None and free < LOW_SPACE_BYTES
    if kind == "full" or (kind in ("io", "cantopen") and low_space):
        return disk_full(database)
    if kind in ("read_only", "cantopen") or _read_only(database):
        return StorageFault("database.read_only", database=database)
    if kind == "io":
        return StorageFault("database.io_error", database=database, reason=str(original))
    return StorageFault("database.damaged", database=database, reason=str(original))


def _kind(error: BaseException) -> str | None:
    if isinstance(error, OSError):
        return _OS_KINDS.get(error.errno or 0)
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    return next((kind for kind, prefix, words in _KINDS
                 if name.startswith(prefix) or words in text), None)


def _read_only(database: Path) -> bool:
    """The file, or the folder SQLite must create its journal files in, is not writable."""
    return ((database.exists() and not os.access(database, os.W_OK))
            or not os.access(database.parent, os.W_OK))


def backup_failed(database: Path, backups: Path, error: OSError | sqlite3.Error) -> StorageFault:
    """The copy made before a migration could not be written: nothing was migrated."""
    space = (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        "full" in str(error).lower())
    return StorageFault("database.backup_failed", database=database, backups=backups,
                        reason="no space left" if space else str(getattr(error, "strerror",
                                                                          None) or error))
