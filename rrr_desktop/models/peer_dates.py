"""When each peer's data was written: the query behind the "stale peer data" flags.

The date is the one a peer's detail shows: the creation date of the bundle its
profile came from, else (seeded, or typed here) the profile's own date. Plain
SQL, so that the peer list can read it before SQLAlchemy is loaded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from rrr_desktop.models.queries import Connection

PEER_DATA_DATES = (
    "SELECT city.uuid, COALESCE(bundle_import.bundle_created_at, city.profile_updated_at) "
    "FROM city LEFT JOIN bundle_import ON bundle_import.id = city.source_bundle_id "
    "WHERE city.is_ours = FALSE")


def peer_data_dates(connection: Connection) -> dict[UUID, datetime | None]:
    return {UUID(hex=uuid): datetime.fromisoformat(dated).replace(tzinfo=UTC)
            if isinstance(dated, str) else None
            for uuid, dated in connection.execute(PEER_DATA_DATES)}
