"""Consistent copies of the database with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUPS_KEPT = 10
BACKUP_SUFFIX = ".sqlite3"


def backup_database(database: Path, backups_dir: Path, reason: str) -> Path:
    """Copy ``database`` into ``backups_dir`` and keep only the newest backups.

    The backup API copies a consistent snapshot even while WAL holds committed
    pages outside the main file, which a plain file copy would miss.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir / f"{database.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    prune_backups(backups_dir, database.stem)
    return target


def list_backups(backups_dir: Path, stem: str) -> list[Path]:
    """Backups of the database named ``stem``, oldest first (names sort by time)."""
    return sorted(backups_dir.glob(f"{stem}-*{BACKUP_SUFFIX}"))


def prune_backups(backups_dir: Path, stem: str, keep: int = BACKUPS_KEPT) -> None:
    for old in list_backups(backups_dir, stem)[:-keep]:
        old.unlink()
