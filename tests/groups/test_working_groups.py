"""Proposed working groups: known small worlds, sizes, leads, determinism."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.services.groups.proposals import suggest_groups
from rrr_desktop.services.peers.reasons import GroupRole, member_sentence
from rrr_desktop.services.peers.world import CityTopics
from tests.factories import cities, city, world


def test_the_most_mature_teacher_leads_and_learners_join() -> None:
    groups = suggest_groups(world(
        city("Rotterdam", offers=["sib"], maturity={"sib": 8}),
        city("Aarhus", offers=["sib"], maturity={"sib": 5}),
        city("Bilbao", wants=["sib"]), city("Dublin", wants=["sib"]),
        city("Torino", offers=["hubs"])))
    assert len(groups) == 1
    group = groups[0]
    assert (group.topics, group.lead_city) == (("Social impact bonds",), "Rotterdam")
    assert [m.city for m in group.members] == ["Rotterdam", "Bilbao", "Dublin"]
    assert [member_sentence(r) for m in group.members for r in m.reasons] == [
        "Rotterdam is the suggested lead on social impact bonds: it offers it (maturity 8/10)",
        "Bilbao wants to learn social impact bonds",
        "Dublin wants to learn social impact bonds"]


def test_without_maturities_the_lead_is_a_city_that_offers_the_topic() -> None:
    group = suggest_groups(world(
        city("Athens", offers=["partnerships"]), city("Zagreb", offers=["collab"]),
        city("Torino", wants=["collab"]), city("Lyon", wants=["collab"])))[0]
    assert group.lead_city == "Zagreb"  # a direct offer beats an earlier name
    assert group.members[0].reasons[0].role is GroupRole.LEADS


def test_a_small_group_is_completed_with_teachers_then_challenge_sharers() -> None:
    groups = suggest_groups(world(
        city("Rotterdam", offers=["sib"]), city("Bilbao", wants=["sib"]),
        city("Dublin", challenges=["sib"]), city("Oslo")))
    assert [m.city for m in groups[0].members] == ["Rotterdam", "Bilbao", "Dublin"]
    assert groups[0].members[2].reasons[0].role is GroupRole.SHARES_CHALLENGE
    assert suggest_groups(world(city("Rotterdam", offers=["sib"]),
                                city("Bilbao", wants=["sib"]), city("Oslo"))) == []


def test_a_related_second_topic_joins_when_a_member_can_teach_it() -> None:
    groups = suggest_groups(world(
        city("Montréal", offers=["co-impl"]), city("Torino", wants=["co-impl", "collab"]),
        city("Dublin", wants=["co-impl"]), city("Warsaw", wants=["co-impl"]),
        city("Lyon", wants=["collab"])))
    assert len(groups) == 1
    assert groups[0].topic_ids == ("co-impl", "collab")
    assert groups[0].lead_city == "Montréal"
    assert [m.city for m in groups[0].members] == ["Montréal", "Dublin", "Lyon", "Torino",
                                                   "Warsaw"]


def test_groups_never_exceed_six_members() -> None:
    learners = [city(f"City {n:02}", wants=["sib"]) for n in range(10)]
    group = suggest_groups(world(city("Rotterdam", offers=["sib"]), *learners))[0]
    assert len(group.members) == 6


@settings(max_examples=60, deadline=None)
@given(st.lists(cities("x"), min_size=3, max_size=12), st.randoms(use_true_random=False))
def test_groups_are_deterministic_sized_and_taught(drawn: list[CityTopics],
                                                   shuffle: object) -> None:
    named = [CityTopics(**{**c.__dict__, "name": f"City {i}"}) for i, c in enumerate(drawn)]
    groups = suggest_groups(world(*named))
    shuffled = list(named)
    shuffle.shuffle(shuffled)  # type: ignore[attr-defined]
    assert suggest_groups(world(*shuffled)) == groups
    by_name = {c.name: c for c in named}
    for group in groups:
        assert 3 <= len(group.members) <= 6
        assert len({m.uuid for m in group.members}) == len(group.members)
        assert group.members[0].city == group.lead_city
        for topic in group.topic_ids:
            teachers = [m for m in group.members if any(
                r.topic_id == topic and r.role in (GroupRole.LEADS, GroupRole.TEACHES)
                for r in m.reasons)]
            assert teachers, f"nobody teaches {topic}"
            offered = by_name[teachers[0].city].offers
            assert topic in offered or offered & world().topics.neighbours(topic)


def test_a_city_that_only_wants_the_theme_never_leads_it() -> None:
    """Athens offers a topic related to the theme and wants the theme itself: it may
    teach in the group, but the lead offers the theme."""
    groups = suggest_groups(world(
        city("Athens", offers=["partnerships"], wants=["collab"]),
        city("Torino", wants=["collab"]), city("Lyon", wants=["collab"]),
        city("Zagreb", offers=["collab"])))
    assert [group.lead_city for group in groups] == ["Zagreb"]
    assert not any(group.lead_city == "Athens" for group in suggest_groups(world(
        city("Athens", offers=["partnerships"], wants=["collab"]),
        city("Torino", wants=["collab"]), city("Lyon", wants=["collab"]))))
