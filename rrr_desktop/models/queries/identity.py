"""Who a city is: its names, countries and pinned keys, for the identity checks of bundles."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import decoded, read_flag, read_uuid, stored_uuid


@dataclass(frozen=True)
class KnownCity:
    uuid: UUID
    name: str
    country_code: str
    is_ours: bool
    fingerprint: str | None  # of the key pinned for it; None: no bundle from it yet


def known_cities(connection: Connection) -> list[KnownCity]:
    """Every city of the directory (ours included) with the fingerprint pinned for it."""
    return [KnownCity(*row) for row in decoded(connection.execute(
        "SELECT c.uuid, c.name, c.country_code, c.is_ours, t.fingerprint FROM city c "
        "LEFT JOIN trusted_sender t ON t.city_uuid = c.uuid ORDER BY c.id"),
        read_uuid, None, None, read_flag)]


def cities_pinned_to(connection: Connection, public_key: bytes, other_than: UUID) -> list[str]:
    """The names (or UUIDs, for a city no longer listed) of other cities pinned to a key."""
    return [name or str(uuid) for uuid, name in decoded(connection.execute(
        "SELECT t.city_uuid, c.name FROM trusted_sender t LEFT JOIN city c "
        "ON c.uuid = t.city_uuid WHERE t.public_key = ? AND t.city_uuid != ?",
        (public_key, stored_uuid(other_than))), read_uuid)]
