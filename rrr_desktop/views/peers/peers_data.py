"""What the Peer cities page reads: the world of cities, our preferences about peers,
the weights and how old each peer's data is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

from rrr_desktop.views.common.shared_settings import stale_after

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.peers.matching import Weights
    from rrr_desktop.services.peers.workspace import PeerPreferences
    from rrr_desktop.services.peers.world import LoadedWorld


@dataclass(frozen=True)
class PeersData:
    loaded: LoadedWorld
    preferences: PeerPreferences
    weights: Weights
    defaults: Weights
    data_dates: dict[UUID, datetime | None]  # when each peer's data was written


def read_peers_data(home: Home) -> PeersData:
    """Everything the suggestions list needs, read off the GUI thread with plain SQL."""
    from rrr_desktop.services.peers.matching import DEFAULT_WEIGHTS
    from rrr_desktop.services.peers.workspace import (
        load_weights,
        peer_data_dates,
        peer_preferences,
    )
    from rrr_desktop.services.peers.world import load_world

    return PeersData(load_world(home.db), peer_preferences(home.db), load_weights(home.db),
                     DEFAULT_WEIGHTS, peer_data_dates(home.db))


def stale_peers(dates: dict[UUID, datetime | None]) -> dict[UUID, timedelta]:
    """The peers whose data is older than the Preferences allow, and how old."""
    from rrr_desktop.services.peers.workspace import stale_age

    after = stale_after()
    ages = {uuid: stale_age(dated, after=after) for uuid, dated in dates.items()}
    return {uuid: age for uuid, age in ages.items() if age is not None}
