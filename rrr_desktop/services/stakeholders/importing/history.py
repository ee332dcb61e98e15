"""The imports made so far, as an officer is told about them before undoing one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.import_history import latest_import


@dataclass(frozen=True)
class ImportRecord:
    batch_id: int
    file_name: str
    imported_at: datetime  # UTC
    added: int
    updated: int


def find_import(db: Database, batch_id: int | None = None) -> ImportRecord | None:
    """The import ``batch_id``, or the latest one, if it is not undone yet."""
    with db.reading() as connection:
        found = latest_import(connection, batch_id)
    return None if found is None else ImportRecord(*found)
