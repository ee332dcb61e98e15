"""The influence/interest map of the register as the list page filters it, in plain SQL.

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
from rrr_desktop.services.stakeholders.listing import (
    COLLABORATION_STAGES,
    STAKEHOLDER_KINDS,
    StakeholderFilter,
    filter_sql,
)

POINT_LIMIT = 2_000
SCORES = range(1, 6)  # influence and interest are 1 (low) to 5 (high)
_PLACED = "s.influence IS NOT NULL AND s.interest IS NOT NULL"
# Knuth's multiplicative hash: an even, repeatable spread of ids.
_SAMPLE_ORDER = "(s.id * 2654435761) % 4294967296, s.id"


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


def _where(query: StakeholderFilter, condition: str = "") -> tuple[str, list[object]]:
    where, params = filter_sql(query)
    if condition:
        where = f"{where} AND {condition}" if where else f" WHERE {condition}"
    return where, params


def stakeholder_map(db: Database, query: StakeholderFilter,
                    point_limit: int = POINT_LIMIT) -> StakeholderMap:
    """Points and counts for the stakeholders ``query`` matches (its sort is ignored)."""
    where, params = _where(query)
    placed_where, placed_params = _where(query, _PLACED)
    with db.reading() as connection:
        kinds = dict(connection.execute(
            f"SELECT s.kind, count(*) FROM stakeholder s{where} GROUP BY s.kind", params))
        stages = dict(connection.execute(
            f"SELECT s.stage, count(*) FROM stakeholder s{where} GROUP BY s.stage", params))
        cells = tuple(CellCount(influence, interest, count)
                      for influence, interest, count in connection.execute(
            f"SELECT s.influence, s.interest, count(*) FROM stakeholder s{placed_where} "
            "GROUP BY s.influence, s.interest ORDER BY s.influence, s.interest",
            placed_params))
        points = tuple(MapPoint(*row) for row in connection.execute(
            f"SELECT s.id, s.name, s.influence, s.interest, s.stage, s.kind "
            f"FROM stakeholder s{placed_where} ORDER BY {_SAMPLE_ORDER} LIMIT ?",
            [*placed_params, point_limit]))
    placed = sum(cell.count for cell in cells)
    order = {kind: index for index, kind in enumerate(STAKEHOLDER_KINDS)}
    by_kind = tuple(sorted(kinds.items(), key=lambda item: (-item[1], order.get(item[0], 99))))
    return StakeholderMap(
        points=points, cells=cells, placed=placed, unplaced=sum(kinds.values()) - placed,
        by_kind=by_kind,
        by_stage=tuple((stage, stages.get(stage, 0)) for stage in COLLABORATION_STAGES))
