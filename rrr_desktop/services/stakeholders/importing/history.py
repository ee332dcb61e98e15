"""The imports made so far, as an officer is told about them before undoing one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from rrr_desktop.models.database import Database


@dataclass(frozen=True)
class ImportRecord:
    batch_id: int
    file_name: str
    imported_at: datetime  # UTC
    added: int
    updated: int


def find_import(db: Database, batch_id: int | None = None) -> ImportRecord | None:
    """The import ``batch_id``, or the latest one, if it is not undone yet."""
    where = "undone_at IS NULL" + ("" if batch_id is None else " AND id = ?")
    with db.reading() as connection:
        found = connection.execute(
            f"SELECT id, file_name, imported_at, added, updated FROM import_batch WHERE {where} "
            "ORDER BY id DESC LIMIT 1", () if batch_id is None else (batch_id,)).fetchone()
    if found is None:
        return None
    record_id, file_name, imported_at, added, updated = found
    return ImportRecord(record_id, file_name,
                        datetime.fromisoformat(imported_at).replace(tzinfo=UTC), added, updated)
