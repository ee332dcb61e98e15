"""The influence/interest map of the register as the list page filters it.

Counts (per grid cell, per kind, per stage, stakeholders not placed) are always
aggregated over every matching row. Dots are one per stakeholder up to
``POINT_LIMIT``; above that, an even sample of that many (ordered by a hash of the
id, so the same register always gives the same sample and each cell keeps its
share), because 100,000 dots on 25 cells would only paint the cells solid and cost
memory for nothing. The map says so, and each cell shows its full count.
"""

from __future__ import annotations

from dataclasses import dataclass

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.stakeholder_list import map_counts
from rrr_desktop.services.stakeholders.listing import (
    COLLABORATION_STAGES,
    STAKEHOLDER_KINDS,
    StakeholderFilter,
)

POINT_LIMIT = 2_000
SCORES = range(1, 6)  # influence and interest are 1 (low) to 5 (high)


@dataclass(frozen=True)
class MapPoint:
    id: int
    name: str
    influence: int
    interest: int
    stage: str
    kind: str


@dataclass(frozen=True)
class CellCount:
    influence: int
    interest: int
    count: int


@dataclass(frozen=True)
class StakeholderMap:
    points: tuple[MapPoint, ...]  # every placed stakeholder, or a sample of POINT_LIMIT
    cells: tuple[CellCount, ...]  # non-empty cells only
    placed: int
    unplaced: int  # influence or interest not set
    by_kind: tuple[tuple[str, int], ...]  # kinds present, most common first
    by_stage: tuple[tuple[str, int], ...]  # every stage, in order, zeros included

    @property
    def sampled(self) -> bool:
        return len(self.points) < self.placed


def stakeholder_map(db: Database, query: StakeholderFilter,
                    point_limit: int = POINT_LIMIT) -> StakeholderMap:
    """Points and counts for the stakeholders ``query`` matches (its sort is ignored)."""
    with db.reading() as connection:
        counts = map_counts(connection, query, point_limit)
    kinds, stages = counts.by_kind, counts.by_stage
    cells = tuple(CellCount(*cell) for cell in counts.cells)
    points = tuple(MapPoint(*row) for row in counts.points)
    placed = sum(cell.count for cell in cells)
    order = {kind: index for index, kind in enumerate(STAKEHOLDER_KINDS)}
    by_kind = tuple(sorted(kinds.items(), key=lambda item: (-item[1], order.get(item[0], 99))))
    return StakeholderMap(
        points=points, cells=cells, placed=placed, unplaced=sum(kinds.values()) - placed,
        by_kind=by_kind,
        by_stage=tuple((stage, stages.get(stage, 0)) for stage in COLLABORATION_STAGES))
