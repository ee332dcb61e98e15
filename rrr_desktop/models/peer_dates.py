"""When each peer's data was written: the query behind the "stale peer data" flags.

The date is the one a peer's detail shows: the creation date of the bundle its
profile came from, else (seeded, or typed here) the profile's own date, or the date of
a newer bundle from the city that confirmed the data (imported, not undone, even if it
changed nothing). Plain SQL, so that the peer list can read it before SQLAlchemy is
loaded.
"""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from rrr_desktop.models.queries import Connection

PEER_DATA_DATES = (
    "SELECT city.uuid, COALESCE(source.bundle_created_at, city.profile_updated_at), "
    "(SELECT max(confirming.bundle_created_at) FROM bundle_import AS confirming "
    "WHERE confirming.sender_uuid = city.uuid AND confirming.undone_at IS NULL) "
    "FROM city LEFT JOIN bundle_import AS source ON source.id = city.source_bundle_id "
    "WHERE city.is_ours = FALSE")


def peer_data_dates(connection: Connection) -> dict[UUID, datetime | None]:
    return {UUID(hex=uuid): _newest(written, confirmed)
            for uuid, written, confirmed in connection.execute(PEER_DATA_DATES)}


def _newest(*stored: object) -> datetime | None:
    return max((datetime.fromisoformat(dated).replace(tzinfo=UTC) for dated in stored
                if isinstance(dated, str)), default=None)
