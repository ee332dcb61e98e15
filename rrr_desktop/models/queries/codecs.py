"""How values are stored in the database, and one helper to decode rows.

Plain SQL reads and bulk writes bypass SQLAlchemy's column types, so they must
store and read values exactly the way the ORM does (``models/base.py``): times as
naive UTC text ("2026-11-25 10:30:00.123456"), UUIDs as 32 lower-case hex digits,
lists as JSON text. Every query module uses these codecs and nothing else, so the
two paths cannot drift apart; ``tests/app/test_queries.py`` checks them against
the ORM.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from json.encoder import encode_basestring_ascii
from typing import Any
from uuid import UUID

from rrr_desktop.text import normalise

Decoder = Callable[[Any], Any]
"""Turns one stored column value into its Python value (``None`` stays ``None``)."""

_encode_json = json.JSONEncoder().encode  # json.dumps with its default options, set up once
_NO_OFFSET = timedelta(0)


def stored_time(moment: datetime) -> str:
    """How SQLAlchemy's ``UTCDateTime`` stores an aware time in SQLite (its
    ``DATETIME`` storage format: four-digit year, microseconds always)."""
    if moment.utcoffset() != _NO_OFFSET:  # a bundle's times are UTC already: skip the shift
        moment = moment.astimezone(UTC)
    return stored_utc_time(moment)


def stored_utc_time(moment: datetime) -> str:
    """:func:`stored_time` of a time known to be in UTC (a bundle's, checked so when it
    was read), without asking its zone for the offset first."""
    # an aware time's text is the stored one, then "+00:00" (years have four digits)
    return moment.isoformat(sep=" ", timespec="microseconds")[:26]


def read_time(stored: str | None) -> datetime | None:
    """An aware UTC time from its stored text."""
    return None if stored is None else datetime.fromisoformat(stored).replace(tzinfo=UTC)


def iso_from_stored(stored: str) -> str:
    """The ISO 8601 UTC text ("2026-11-25T10:30:00Z") of a stored time, by slicing:
    as fast as the bundle writer needs, and exact because the ORM always stores UTC."""
    return f"{stored[:10]}T{stored[11:19]}Z"


def read_day(stored: str | None) -> date | None:
    return None if stored is None else date.fromisoformat(stored)


def stored_day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def stored_uuid(value: UUID) -> str:
    """How SQLAlchemy's ``Uuid`` stores a UUID in SQLite: 32 hex digits."""
    return value.hex


def read_uuid(stored: str) -> UUID:
    return UUID(hex=stored)


def uuid_text(stored: str) -> str:
    """``str(read_uuid(stored))``, by slicing: for writers of many rows."""
    h = stored
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def stored_uuid_from_text(text: str) -> str:
    """``stored_uuid(UUID(text))`` of a UUID's usual text (with dashes), by slicing."""
    return text.replace("-", "")


def read_json(stored: str | None) -> Any:
    """A JSON column (a list of tags, topic ids, a summary): ``None`` stays ``None``."""
    if stored is None:
        return None
    return [] if stored == "[]" else json.loads(stored)


def stored_json(value: object) -> str:
    """JSON text as the ORM's ``JSON`` type writes it (``json.dumps`` defaults)."""
    return _encode_json(value)


def stored_json_list(items: Sequence[Any]) -> str:
    """A list as ``json.dumps`` (and so the ORM) stores it, without its per-call set-up.

    A list of strings (every list a bundle or an import carries) is joined from its
    encoded items, as ``json.dumps`` would write it, at a quarter of the cost; anything
    else is encoded."""
    if not items:
        return "[]"
    try:
        if len(items) == 1:  # the commonest list after an empty one (a sector, a tag)
            return "[" + encode_basestring_ascii(items[0]) + "]"
        return "[" + ", ".join(map(encode_basestring_ascii, items)) + "]"
    except TypeError:  # not all strings
        return _encode_json(list(items))


SEARCHED_COLUMNS = ("name", "description", "tags", "address", "postcode", "locality",
                    "district")
"""The stakeholder columns the register's search box looks in: what the record is and
says, and where it is (the street, postcode, town and district an officer types)."""


def folded_search_text(record: Mapping[str, Any]) -> str:
    """What a stakeholder's ``search_text`` holds: the ``SEARCHED_COLUMNS`` of ``record``
    (column -> value, tags as a list; a missing or empty one is skipped) folded, lower
    case and without accents (the entity's listener, the plain-SQL writers and the
    migration that filled it all store this)."""
    words: list[str] = []
    for column in SEARCHED_COLUMNS:
        value = record.get(column)
        if isinstance(value, list | tuple):
            words += [str(item) for item in value]
        elif value:
            words.append(str(value))
    return normalise(" ".join(words))


def read_flag(stored: int | None) -> bool:
    return bool(stored)


def decoded(rows: Iterable[Sequence[Any]], *decoders: Decoder | None) -> list[tuple[Any, ...]]:
    """Rows with column ``i`` passed through ``decoders[i]``; ``None`` keeps a column as
    stored, and so do the columns past the last decoder. NULL stays ``None``."""
    def one(index: int, value: Any) -> Any:
        decoder = decoders[index] if index < len(decoders) else None
        return value if decoder is None or value is None else decoder(value)

    return [tuple(one(index, value) for index, value in enumerate(row)) for row in rows]
