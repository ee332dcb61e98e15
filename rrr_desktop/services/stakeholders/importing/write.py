"""Insert an import's new stakeholders fast, with exactly what the ORM would store.

The rows go in as plain tuples (``models/queries/stakeholder_import.py``, for speed);
the values are the ones the ORM would write: its column defaults, the folded
``sort_name`` and ``search_text`` of the ``before_insert`` listener, and the stored
forms of ``models/queries/codecs.py`` (``tests/stakeholders/test_stakeholder_import_write.py``
compares both paths row by row).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, cast

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    SEARCHED_COLUMNS,
    folded_search_text,
    stored_json_list,
    stored_time,
)
from rrr_desktop.models.queries.stakeholder_import import INSERT_COLUMNS, insert_stakeholders
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.importing.values import COLUMN_OF_FIELD
from rrr_desktop.text import normalise

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
# Columns every record gets its own value for, whatever the file holds.
_OWN = frozenset({"uuid", "sort_name", "search_text"})
# How a value read from the file is stored (enumerations as their value, lists as JSON).
_STORED: dict[str, Callable[[Any], object]] = {
    "kind": str, "stage": str, "tags": stored_json_list, "sectors": stored_json_list}
_VERSION_4 = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_RFC_4122_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))


def insert_new_stakeholders(connection: Connection,
                            rows: Sequence[dict[str, object]], *, batch_id: int, share: bool,
                            now: datetime, changed_by: str | None) -> list[str]:
    """Insert stakeholders with these column values (as ``plan_import`` reads them), made
    by the officer ``changed_by``; returns their UUIDs (as stored), in the order of ``rows``.

    ``connection`` must be inside the caller's transaction: nothing is committed here.
    """
    if not rows:
        return []
    stamp = stored_time(now)
    common = {**_DEFAULTS, "created_at": stamp, "updated_at": stamp, "shareable": share,
              "import_batch_id": batch_id, "changed_by": changed_by}
    # A row from the app's own export keeps its UUID: a later import matches it again.
    uuids = [str(values.get("uuid") or generated)
             for values, generated in zip(rows, _sorted_random_uuids(len(rows)), strict=True)]
    # The columns no row has a value for are the same in every record: written once.
    given = set().union(*rows)
    varying = tuple(column for column in INSERT_COLUMNS if column in given or column in _OWN)
    defaults = {column: common.get(column, []) for column in varying if column not in _OWN}
    stored = [(column, _STORED[column]) for column in varying if column in _STORED]
    in_order = itemgetter(*varying)
    searched = {column: common[column] for column in SEARCHED_COLUMNS if column in common}
    records = []
    for values, record_uuid in zip(rows, uuids, strict=True):
        record = {**defaults, **values}
        name = cast(str, record["name"])
        tags = cast("list[str]", record.get("tags", []))
        record.update(uuid=record_uuid, sort_name=normalise(name),
                      search_text=folded_search_text({**searched, **record, "tags": tags}))
        for column, store in stored:
            record[column] = store(record[column])
        records.append(in_order(record))
    shared = {column: _stored_default(column, common) for column in INSERT_COLUMNS
              if column not in varying}
    insert_stakeholders(connection, varying, records, shared)
    return uuids


def _stored_default(column: str, common: dict[str, object]) -> object:
    """What a record with no value for ``column`` stores in it."""
    if column in _STORED:
        return _STORED[column](common.get(column, []))
    return common[column]


def _sorted_random_uuids(count: int) -> list[str]:
    """``count`` version-4 UUIDs (as ``uuid.uuid4().hex``), sorted, so that they fill the
    unique index from one end instead of all over it: what ``uuid4`` does to 16 random
    bytes, done to all of them at once."""
    blob = bytearray(os.urandom(16 * count))
    blob[6::16] = blob[6::16].translate(_VERSION_4)
    blob[8::16] = blob[8::16].translate(_RFC_4122_VARIANT)
    digits = blob.hex()
    return sorted(digits[start:start + 32] for start in range(0, len(digits), 32))
