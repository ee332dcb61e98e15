"""The influence/interest map's points and counts (services.stakeholder_map)."""

from __future__ import annotations

from rrr_desktop.models.entities import CollaborationStage, Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.influence_map import CellCount, stakeholder_map
from rrr_desktop.services.stakeholders.listing import StakeholderFilter


def fill(home: Home) -> None:
    with home.db.session() as session:
        session.add_all([
            Stakeholder(name="Bread Co-op", kind=StakeholderKind.COOPERATIVE, influence=5,
                        interest=4, stage=CollaborationStage.CO_CREATING, district="Centre"),
            Stakeholder(name="Milk Co-op", kind=StakeholderKind.COOPERATIVE, influence=5,
                        interest=4, district="Harbour"),
            Stakeholder(name="Green Fund", kind=StakeholderKind.FINANCIER, influence=1,
                        interest=2, district="Centre"),
            Stakeholder(name="Unknown Trust", kind=StakeholderKind.FOUNDATION, influence=3),
            Stakeholder(name="Old Mill", kind=StakeholderKind.FOUNDATION, influence=2,
                        interest=2, archived=True),
        ])


def test_points_and_counts_follow_the_filter(home: Home) -> None:
    fill(home)
    whole = stakeholder_map(home.db, StakeholderFilter())
    assert sorted(p.name for p in whole.points) == ["Bread Co-op", "Green Fund", "Milk Co-op"]
    assert (whole.placed, whole.unplaced, whole.sampled) == (3, 1, False)
    assert whole.cells == (CellCount(1, 2, 1), CellCount(5, 4, 2))
    assert whole.by_kind == (("cooperative", 2), ("foundation", 1), ("financier", 1))
    assert whole.by_stage[0] == ("not_engaged", 3)
    assert dict(whole.by_stage)["co_creating"] == 1
    assert len(whole.by_stage) == 6
    centre = stakeholder_map(home.db, StakeholderFilter(district="Centre"))
    assert {p.name for p in centre.points} == {"Bread Co-op", "Green Fund"}
    assert (centre.placed, centre.unplaced) == (2, 0)
    archived = stakeholder_map(home.db, StakeholderFilter(include_archived=True))
    assert archived.placed == 4


def test_many_points_are_sampled_evenly_and_repeatably(home: Home) -> None:
    with home.db.session() as session:
        session.add_all(Stakeholder(name=f"Org {n}", kind=StakeholderKind.OTHER,
                                    influence=1 + n % 5, interest=1 + n % 5 if n % 2 else 1)
                        for n in range(500))
    sample = stakeholder_map(home.db, StakeholderFilter(), point_limit=100)
    assert (len(sample.points), sample.placed, sample.sampled) == (100, 500, True)
    assert sum(cell.count for cell in sample.cells) == 500  # counts are never sampled
    assert sample.points == stakeholder_map(home.db, StakeholderFilter(),
                                            point_limit=100).points
    per_influence = [sum(p.influence == i for p in sample.points) for i in range(1, 6)]
    assert all(10 <= n <= 30 for n in per_influence), per_influence  # ~20 each
