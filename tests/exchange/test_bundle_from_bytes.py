"""Long lists validated straight from their bytes refuse and accept exactly what the safe
parse followed by validation refuses and accepts, with the same messages."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rrr_desktop.services.exchange.container import BundleRejected, open_bundle
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.content import (
    STAKEHOLDERS,
    TOMBSTONES,
    BundleStakeholders,
    BundleTombstones,
)
from rrr_desktop.services.exchange.from_bytes import FROM_BYTES
from tests.factories import CONTENT, forged_bundle

RECORD = {"uuid": str(uuid.UUID(int=1)), "revision": 2, "updated_at": "2026-11-01T10:00:00Z",
          "name": "Co-op 1", "kind": "cooperative", "stage": "informed", "tags": ["food"],
          "description": "Bread and jam."}


def record_text(**changes: Any) -> str:
    return json.dumps({**RECORD, **changes})


def _refused(path: Path, **options: Any) -> str:
    with pytest.raises(BundleRejected) as refusal:
        open_bundle(path, **options).validate(STAKEHOLDERS, BundleStakeholders)
    return str(refusal.value)


def readings(model: BundleStakeholders) -> list[dict[str, Any]]:
    """The records as validated (the stricter schema of FROM_BYTES is a subclass)."""
    return [record.model_dump() for record in model.root]


def written(folder: Path, stakeholders: bytes, **members: bytes) -> Path:
    path = folder / "from-a-stranger.rrrbundle"
    path.write_bytes(forged_bundle({**CONTENT, STAKEHOLDERS: stakeholders, **members}))
    return path


def listed(*texts: str) -> str:
    return "[" + ", ".join(texts) + "]"


# (id, stakeholders.json, a pattern of the refusal)
HOSTILE: list[tuple[str, str, str]] = [
    ("key-twice", listed(record_text()[:-1] + ', "name": "Co-op 2"}'), "'name' appears twice"),
    ("key-twice-same-value", listed(record_text()[:-1] + ', "kind": "cooperative"}'),
     "'kind' appears twice"),
    ("key-twice-in-second-record", listed(record_text(), record_text(
        uuid=str(uuid.UUID(int=2)))[:-1] + ', "uuid": "x"}'), "'uuid' appears twice"),
    ("nan", listed(record_text().replace('"revision": 2', '"revision": NaN')), "NaN"),
    ("infinity", listed(record_text().replace('"revision": 2', '"revision": -Infinity')),
     "Infinity"),
    ("lone-surrogate", listed(record_text().replace("Co-op 1", "Co-op \\ud800")), "surrogate"),
    ("huge-integer", listed(record_text().replace('"revision": 2', '"revision": ' + "9" * 5000)),
     "4,300 digits"),
    ("truncated", listed(record_text())[:-3], "not valid JSON"),
    ("trailing-garbage", listed(record_text()) + " []", "not valid JSON"),
    ("control-character", listed(record_text().replace("Bread", "Bre\x01ad")), "not valid JSON"),
    ("nested-object", listed(record_text(tags={"a": 1})), r"stakeholders\[0\]\.tags"),
    ("unknown-field", listed(record_text(influence=3)), r"stakeholders\[0\]\.influence"),
    ("unknown-kind", listed(record_text(kind="guild")),
     r"stakeholders\[0\]\.kind: .*cooperative"),
    ("unknown-stage", listed(record_text(stage="married")), r"stakeholders\[0\]\.stage"),
    ("naive-time", listed(record_text(updated_at="2026-11-01T10:00:00")),
     r"stakeholders\[0\]\.updated_at"),
    ("time-out-of-range", listed(record_text(updated_at="3026-11-01T10:00:00Z")),
     "between the years 1970 and 2999"),
    ("revision-as-text", listed(record_text(revision="2")), r"stakeholders\[0\]\.revision"),
    ("not-a-list", record_text(), "stakeholders: Input should be a valid list"),
]


@pytest.mark.parametrize(("content", "expected"), [case[1:] for case in HOSTILE],
                         ids=[case[0] for case in HOSTILE])
def test_a_hostile_list_is_refused_as_the_safe_parse_refuses_it(
        tmp_path: Path, content: str, expected: str) -> None:
    path = written(tmp_path, content.encode())
    safe = _refused(path)
    assert re.search(expected, safe), safe
    assert _refused(path, schemas=FROM_BYTES) == safe


def test_a_sound_list_is_validated_from_its_bytes_as_parsed(tmp_path: Path) -> None:
    records = [{**RECORD, "uuid": str(uuid.UUID(int=n)), "name": f"Co-op \u00e9 {n}"}
               for n in range(1, 30)]
    tombstones = [{"entity": "stakeholder", "uuid": str(uuid.UUID(int=99)), "revision": 3,
                   "withdrawn_at": "2026-11-02T10:00:00+02:00"}]
    path = written(tmp_path, dump_json(records), **{TOMBSTONES: dump_json(tombstones)})
    fast = open_bundle(path, schemas=FROM_BYTES)
    assert set(fast.validated) == {STAKEHOLDERS, TOMBSTONES}  # neither parsed twice
    safe = open_bundle(path)
    assert (readings(fast.validate(STAKEHOLDERS, BundleStakeholders))
            == readings(safe.validate(STAKEHOLDERS, BundleStakeholders)))
    assert (fast.validate(TOMBSTONES, BundleTombstones)
            == safe.validate(TOMBSTONES, BundleTombstones))
    assert fast.holds(STAKEHOLDERS) and fast.holds(TOMBSTONES) and not fast.holds("x.json")


def test_times_with_other_offsets_and_unusual_addresses_are_read_as_before(
        tmp_path: Path) -> None:
    """The schema used on the bytes takes only UTC times and plain web addresses; any
    other list is parsed safely and read by the full schema, which takes them."""
    records = [{**RECORD, "uuid": str(uuid.UUID(int=1)),
                "updated_at": "2026-11-01T12:00:00+02:00"},
               {**RECORD, "uuid": str(uuid.UUID(int=2)), "website": "https://coop.example:8080/"}]
    for record in records:
        path = written(tmp_path, dump_json([record]))
        fast = open_bundle(path, schemas=FROM_BYTES)
        assert STAKEHOLDERS in fast.documents  # parsed safely instead
        [person] = fast.validate(STAKEHOLDERS, BundleStakeholders).root
        assert person.updated_at == datetime(2026, 11, 1, 10, tzinfo=UTC)
        assert person.website == record.get("website", "")
    path = written(tmp_path, dump_json([{**RECORD, "website": "HTTPS://Coop.Example/a?b=1"}]))
    assert STAKEHOLDERS in open_bundle(path, schemas=FROM_BYTES).validated


def test_text_that_looks_like_nan_is_read_from_the_bytes(tmp_path: Path) -> None:
    """Only a number NaN is refused (no field takes one); the word is text."""
    records = [{**RECORD, "description": "NaN and Infinity are words too"}]
    path = written(tmp_path, dump_json(records))
    fast = open_bundle(path, schemas=FROM_BYTES)
    assert STAKEHOLDERS in fast.validated
    people = fast.validate(STAKEHOLDERS, BundleStakeholders).root
    assert people[0].description == "NaN and Infinity are words too"


FIELDS = st.fixed_dictionaries({}, optional={
    "name": st.sampled_from(["Co-op", " spaced ", "", "\u00e9\u00e8", 7]),
    "kind": st.sampled_from(["cooperative", "guild", None]),
    "tags": st.sampled_from([[], ["a", "b"], [{"a": 1}], "a"]),
    "website": st.sampled_from(["", "https://coop.example", "ftp://x", " https://a.example ",
                                "https://a.example:8080/", "http://[::1]/", "https://a b",
                                "https://caf\u00e9.example", "https://x.example/" + "a" * 490]),
    "updated_at": st.sampled_from(["2026-11-01T10:00:00+02:00", "2026-11-01T10:00:00-00:00",
                                   "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
                                   "2999-12-31T23:59:59Z", "3000-01-01T00:00:00Z",
                                   "2999-12-31T23:00:00-05:00", "2026-11-01T10:00:00.5Z",
                                   "2026-11-01"]),
    "description": st.sampled_from(["", "NaN", "x" * 10_001, "\\ud800"]),
    "revision": st.sampled_from([1, 0, 2**31 + 1, 1.0, True, "1"]),
})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(FIELDS, max_size=3), twice=st.sampled_from([None, "name", "kind"]))
def test_both_readings_agree(tmp_path: Path, records: list[dict[str, Any]],
                             twice: str | None) -> None:
    texts = [json.dumps({**RECORD, "uuid": str(uuid.UUID(int=n + 1)), **fields})
             for n, fields in enumerate(records)]
    if twice is not None and texts:
        texts[-1] = texts[-1][:-1] + f', "{twice}": "again"}}'
    path = written(tmp_path, ("[" + ", ".join(texts) + "]").encode())
    outcomes = []
    for options in ({}, {"schemas": FROM_BYTES}):
        try:
            outcomes.append(readings(open_bundle(path, **options).validate(
                STAKEHOLDERS, BundleStakeholders)))
        except BundleRejected as refusal:
            outcomes.append(str(refusal))
    assert outcomes[0] == outcomes[1]


@pytest.mark.parametrize("member", sorted(FROM_BYTES))
def test_no_field_read_from_the_bytes_takes_nan(member: str) -> None:
    """pydantic's parser reads NaN and Infinity as numbers: the reader relies on no
    field of these schemas taking a number that is not an integer."""
    assert '"number"' not in json.dumps(FROM_BYTES[member].model_json_schema())
