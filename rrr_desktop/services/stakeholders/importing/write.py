"""Insert an import's new stakeholders fast, with exactly what the ORM would store.

The ORM (or SQLAlchemy Core) spends more time processing parameters than SQLite spends
storing 100,000 rows, so new stakeholders are written with the standard library's
``executemany`` of plain tuples on the session's own connection, inside its
transaction. The values are the ones the ORM would write: its column defaults, the
folded ``sort_name`` and ``search_text`` of the ``before_insert`` listener, JSON lists,
UUIDs as 32 hex digits and UTC times in SQLAlchemy's SQLite format
(``tests/test_stakeholder_import_write.py`` compares both paths row by row).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import cast

from sqlalchemy import Table as SqlTable

from rrr_desktop.models.stakeholder import Stakeholder, folded_search_text
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.importing.values import COLUMN_OF_FIELD
from rrr_desktop.text import normalise

_TABLE = cast(SqlTable, Stakeholder.__table__)
COLUMNS = tuple(column.name for column in _TABLE.columns if column.name != "id")
_INSERT = (f"INSERT INTO stakeholder ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(COLUMNS))})")
_IN_ORDER = itemgetter(*COLUMNS)
# Every column of a new stakeholder that an import does not set from the file.
_DEFAULTS: dict[str, object] = {
    **dict.fromkeys(set(COLUMN_OF_FIELD.values()) - {"sectors", "tags"}, ""),
    "kind": StakeholderKind.OTHER.value,
    "latitude": None, "longitude": None, "is_person": False, "organisation_id": None,
    "owner": "", "stage": CollaborationStage.NOT_ENGAGED.value, "influence": None,
    "interest": None, "trust": None, "next_contact_on": None, "review_due_on": None,
    "archived": False, "consent_given": False, "consent_on": None, "consent_source": "",
    "consent_note": "", "revision": 1,
}
# Adding more rows than this to a register that has fewer: the table's secondary indexes
# are dropped and built again once, in the same transaction, which is faster than
# inserting every row into each of them (see benchmarks/README.md).
_REBUILD_INDEXES_FROM = 20_000


_encode = json.JSONEncoder().encode  # json.dumps with its default options
_VERSION_4 = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_RFC_4122_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))


def stored_time(moment: datetime) -> str:
    """How SQLAlchemy's ``UTCDateTime`` stores an aware time in SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def insert_new_stakeholders(connection: sqlite3.Connection,
                            rows: Sequence[dict[str, object]], *, batch_id: int, share: bool,
                            now: datetime) -> list[str]:
    """Insert stakeholders with these column values (as ``plan_import`` reads them); returns
    their UUIDs (as stored), in the order of ``rows``.

    ``connection`` must be inside the caller's transaction: nothing is committed here.
    """
    if not rows:
        return []
    stamp = stored_time(now)
    common = {**_DEFAULTS, "created_at": stamp, "updated_at": stamp, "shareable": share,
              "import_batch_id": batch_id}
    # A row from the app's own export keeps its UUID: a later import matches it again.
    uuids = [str(values.get("uuid") or generated)
             for values, generated in zip(rows, _sorted_random_uuids(len(rows)), strict=True)]
    records = []
    for values, record_uuid in zip(rows, uuids, strict=True):
        record = {**common, **values}
        name, description = cast(str, record["name"]), cast(str, record["description"])
        tags = cast("list[str]", values.get("tags", []))
        record.update(
            uuid=record_uuid, kind=str(record["kind"]), stage=str(record["stage"]),
            tags=_json_list(tags),
            sectors=_json_list(values.get("sectors")), sort_name=normalise(name),
            search_text=folded_search_text(name, description, tags))
        records.append(_IN_ORDER(record))
    indexes = _secondary_indexes(connection) if _worth_rebuilding(connection, len(rows)) else []
    for name, _sql in indexes:
        connection.execute(f'DROP INDEX "{name}"')
    connection.executemany(_INSERT, records)
    for _name, sql in indexes:
        connection.execute(sql)
    return uuids


def _json_list(items: object) -> str:
    """A list as SQLAlchemy's JSON type stores it (``json.dumps``), skipping the encoder's
    set-up for each of 100,000 cells."""
    return _encode(items) if items else "[]"


def _sorted_random_uuids(count: int) -> list[str]:
    """``count`` version-4 UUIDs (as ``uuid.uuid4().hex``), sorted, so that they fill the
    unique index from one end instead of all over it: what ``uuid4`` does to 16 random
    bytes, done to all of them at once."""
    blob = bytearray(os.urandom(16 * count))
    blob[6::16] = blob[6::16].translate(_VERSION_4)
    blob[8::16] = blob[8::16].translate(_RFC_4122_VARIANT)
    digits = blob.hex()
    return sorted(digits[start:start + 32] for start in range(0, len(digits), 32))


def _worth_rebuilding(connection: sqlite3.Connection, adding: int) -> bool:
    if adding < _REBUILD_INDEXES_FROM:
        return False
    (present,) = connection.execute("SELECT count(*) FROM stakeholder").fetchone()
    return bool(present < adding)


def _secondary_indexes(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """The indexes made with CREATE INDEX (not those of UNIQUE or PRIMARY KEY)."""
    return connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stakeholder'"
        " AND sql IS NOT NULL").fetchall()
