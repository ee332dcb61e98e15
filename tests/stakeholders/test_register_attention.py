"""The register sorts blanks last and finds what needs attention: overdue follow-ups,
reviews due, people or organisations."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rrr_desktop.models.entities import Interaction, InteractionKind, Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.listing import StakeholderFilter, list_stakeholders


@pytest.fixture
def register(home: Home) -> Home:
    today = date.today()  # when the test runs, not when it was collected
    with home.db.session() as session:
        late = Stakeholder(name="Late Bakery", kind=StakeholderKind.COOPERATIVE,
                           influence=2, review_due_on=today - timedelta(days=1))
        late.interactions = [Interaction(occurred_on=today - timedelta(days=9),
                                         kind=InteractionKind.CALL,
                                         follow_up_on=today - timedelta(days=2))]
        soon = Stakeholder(name="Soon Dairy", kind=StakeholderKind.COOPERATIVE, influence=5,
                           review_due_on=today + timedelta(days=30))
        soon.interactions = [Interaction(occurred_on=today - timedelta(days=1),
                                         kind=InteractionKind.MEETING,
                                         follow_up_on=today + timedelta(days=5))]
        blank = Stakeholder(name="Blank Farm", kind=StakeholderKind.COOPERATIVE)
        session.add_all([late, soon, blank])
        session.flush()
        session.add(Stakeholder(name="Ana Ruiz", kind=StakeholderKind.OTHER, is_person=True,
                                organisation_id=blank.id))
    return home


def names(home: Home, **query: object) -> list[str]:
    return [row.name for row in list_stakeholders(home.db, StakeholderFilter(**query))]  # type: ignore[arg-type]


@pytest.mark.parametrize("sort", ["last_contact", "next_follow_up", "influence"])
@pytest.mark.parametrize("descending", [False, True])
def test_blank_values_sort_last_both_ways(register: Home, sort: str, descending: bool) -> None:
    listed = names(register, sort=sort, descending=descending)
    assert listed[-2:] == ["Blank Farm", "Ana Ruiz"] or listed[-2:] == ["Ana Ruiz", "Blank Farm"]


def test_overdue_follow_ups_and_reviews_due(register: Home) -> None:
    assert names(register, due="overdue") == ["Late Bakery"]
    assert names(register, due="review") == ["Late Bakery"]


def test_people_or_organisations(register: Home) -> None:
    assert names(register, persons=True) == ["Ana Ruiz"]
    assert "Ana Ruiz" not in names(register, persons=False)
