"""Who a city is: its names, countries and pinned keys, for the identity checks of bundles."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

Execute = Callable[..., Iterable[Sequence[Any]]]


@dataclass(frozen=True)
class KnownCity:
    uuid: UUID
    name: str
    country_code: str
    is_ours: bool
    fingerprint: str | None  # of the key pinned for it; None: no bundle from it yet


def known_cities(execute: Execute) -> list[KnownCity]:
    """Every city of the directory (ours included) with the fingerprint pinned for it."""
    return [KnownCity(UUID(hex=uuid), name, country, bool(ours), fingerprint)
            for uuid, name, country, ours, fingerprint in execute(
                "SELECT c.uuid, c.name, c.country_code, c.is_ours, t.fingerprint FROM city c "
                "LEFT JOIN trusted_sender t ON t.city_uuid = c.uuid ORDER BY c.id")]


def cities_pinned_to(execute: Execute, public_key: bytes, other_than: UUID) -> list[str]:
    """The names (or UUIDs, for a city no longer listed) of other cities pinned to a key."""
    return [name or str(UUID(hex=uuid)) for uuid, name in execute(
        "SELECT t.city_uuid, c.name FROM trusted_sender t LEFT JOIN city c "
        "ON c.uuid = t.city_uuid WHERE t.public_key = ? AND t.city_uuid != ?",
        (public_key, other_than.hex))]
