"""Reads of the stakeholder imports made so far (light: no SQLAlchemy)."""

from __future__ import annotations

from typing import Any

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import read_time


def latest_import(connection: Connection, batch_id: int | None) -> tuple[Any, ...] | None:
    """(id, file name, imported at, added, updated) of import ``batch_id``, or of the
    latest, if not undone."""
    where = "undone_at IS NULL" + ("" if batch_id is None else " AND id = ?")
    found = connection.execute(
        f"SELECT id, file_name, imported_at, added, updated FROM import_batch WHERE {where} "
        "ORDER BY id DESC LIMIT 1", () if batch_id is None else (batch_id,)).fetchone()
    if found is None:
        return None
    record_id, file_name, imported_at, added, updated = found
    return record_id, file_name, read_time(imported_at), added, updated
