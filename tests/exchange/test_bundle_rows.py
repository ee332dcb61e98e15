"""Lists are stored by an import exactly as the ORM stores them, whatever they hold."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.models.queries.codecs import stored_time
from rrr_desktop.services.exchange.content import Record
from rrr_desktop.services.exchange.records import incoming_rows, stakeholder_row


@given(st.lists(st.text()) | st.lists(st.integers() | st.none() | st.text()))
def test_stored_lists_are_what_json_dumps_writes(items: list[Any]) -> None:
    fields = {"name": "Co-op", "kind": "cooperative", "is_person": False, "sectors": items,
              "district": "", "locality": "", "country_code": "", "website": "",
              "description": "", "topics": items, "tags": items, "stage": "not_engaged",
              "contact_person": "", "email": "", "phone": ""}
    row = stakeholder_row(1, UUID(int=1), {
        "revision": 1, "updated_at": "2026-11-01 10:00:00.000000", "source_bundle_id": None,
        "fields": fields})
    stored = [value for value in row if isinstance(value, str) and value.startswith("[")]
    assert stored == [json.dumps(items)] * 3


def test_new_records_are_stored_as_their_states_would_be() -> None:
    """The rows of new records, built without a state each, are the rows of their states."""
    record = Record("stakeholder", UUID(int=7), 3, datetime(2026, 11, 1, 10, 0, tzinfo=UTC),
                    "Co-op", {"name": "Co-op", "kind": "cooperative", "is_person": True,
                              "sectors": ["Food"], "district": "North", "locality": "",
                              "country_code": "NL", "website": "", "description": "é",
                              "topics": [], "tags": ["a", "b"], "stage": "engaged",
                              "contact_person": "", "email": "", "phone": ""})
    state = {"revision": 3, "updated_at": stored_time(record.updated_at),
             "source_bundle_id": 12, "fields": record.fields}
    assert incoming_rows(5, 12, [record]) == [stakeholder_row(5, record.uuid, state)]
