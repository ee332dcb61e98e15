"""The schemas a bundle's long lists are validated with straight from their bytes.

``open_bundle(schemas=FROM_BYTES)`` validates ``stakeholders.json`` and
``tombstones.json`` with pydantic's own parser (``container/reader.py``); whatever
these schemas refuse is parsed safely and validated again with the full schemas of
``content.py``, so a problem is always named as the full schema names it. That lets a
schema here be *stricter* than its full twin, never looser: a stakeholder's time must
be written in UTC (``Z``), as every RRR Desktop writes it, and its web address must be
a plain one, both checked by pydantic's compiled code instead of a Python function per
record (a tenth of a 10,000-record import's validation). A bundle with other offsets
or unusual addresses is accepted exactly as before, by the full schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import BaseModel, Field, GetCoreSchemaHandler, StringConstraints
from pydantic_core import CoreSchema, core_schema

from rrr_desktop.services.exchange.container.manifest import EARLIEST_YEAR, LATEST_YEAR
from rrr_desktop.services.exchange.content import (
    MAX_STAKEHOLDERS,
    STAKEHOLDERS,
    TOMBSTONES,
    BundleStakeholder,
    BundleStakeholders,
    BundleTombstones,
)
from rrr_desktop.text import PLAIN_WEB_ADDRESS


class _UtcTime:
    """A time with a zero UTC offset, in the years a bundle's times may be from (the
    full schema's ``UtcTime`` also takes other offsets and moves them to UTC)."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler
                                     ) -> CoreSchema:
        return core_schema.datetime_schema(
            tz_constraint=0, ge=datetime(EARLIEST_YEAR, 1, 1, tzinfo=UTC),
            lt=datetime(LATEST_YEAR + 1, 1, 1, tzinfo=UTC))


# text.is_web_address's plain addresses, or none (the full schema also takes ports, IPv6
# hosts and other addresses urlsplit takes apart); "i-u": ASCII letters in either case
_PLAIN_WEB_ADDRESS = rf"^(?i-u:{PLAIN_WEB_ADDRESS})?$"


class _PlainStakeholder(BundleStakeholder):
    updated_at: Annotated[datetime, _UtcTime]
    website: Annotated[str, StringConstraints(
        strict=True, strip_whitespace=True, max_length=500, pattern=_PLAIN_WEB_ADDRESS)] = ""


class _PlainStakeholders(BundleStakeholders):
    root: list[_PlainStakeholder] = Field(max_length=MAX_STAKEHOLDERS)  # type: ignore[assignment]


FROM_BYTES: Mapping[str, type[BaseModel]] = MappingProxyType(
    {STAKEHOLDERS: _PlainStakeholders, TOMBSTONES: BundleTombstones})
