"""Lists are stored by an import exactly as the ORM stores them, whatever they hold."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.exchange.records import stakeholder_row


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
