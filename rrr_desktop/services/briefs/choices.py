"""What the Briefs page offers to choose from: our city (a brief is about it), the peer
cities and working groups a brief can be about, and the briefs saved so far."""

from __future__ import annotations

from dataclasses import dataclass

from rrr_desktop.models.database import Database
from rrr_desktop.services.briefs.history import RecentBrief, recent_briefs
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.groups.shared import working_groups
from rrr_desktop.services.setup import directory


@dataclass(frozen=True)
class BriefChoices:
    city: str  # our city's name, "" before it is chosen
    peers: list[Choice]
    groups: list[Choice]
    recent: list[RecentBrief]


def brief_choices(db: Database) -> BriefChoices:
    ours = directory.our_city(db)
    return BriefChoices(ours.name if ours else "",
                        [Choice(str(p.uuid), p.name) for p in directory.peer_cities(db)],
                        [Choice(str(g.uuid), g.name) for g in working_groups(db)],
                        recent_briefs(db))
