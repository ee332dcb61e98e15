"""Ranking peer cities: small worlds where the right answer is known, and properties."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.dto import AssessmentInfo, CityProfile, FreeTopicNote, TopicNote
from rrr_desktop.services.peers.matching import PeerFilters, Weights, find_topic, suggest_peers
from rrr_desktop.services.peers.reasons import Criterion, reason_sentence
from rrr_desktop.services.peers.world import (
    CityTopics,
    World,
    city_topics,
    phrase_words,
    with_free_text_resolved,
)
from tests.factories import GRAPH, TOPICS, cities, city, world


def names(world_: World, ours: CityTopics, **options: object) -> list[str]:
    return [s.city for s in suggest_peers(world_, ours, **options)]  # type: ignore[arg-type]


def test_a_city_wanting_social_impact_bonds_gets_rotterdam_first() -> None:
    ours = city("Bilbao", offers=["procurement"], wants=["sib"], challenges=["trust"])
    peers = world(ours, city("Rotterdam", offers=["sib"]),
                  city("Dublin", offers=["hubs"], challenges=["trust"]),
                  city("Torino", offers=["comms"], wants=["trust"]))
    best = suggest_peers(peers, ours)[0]
    assert best.city == "Rotterdam"
    assert reason_sentence(best.reasons[0]) == (
        "Rotterdam offers social impact bonds, which you want to learn")


def test_two_cities_wanting_each_others_offers_rank_each_other_first() -> None:
    bilbao = city("Bilbao", offers=["procurement"], wants=["sib"])
    rotterdam = city("Rotterdam", offers=["sib"], wants=["procurement"])
    others = [city("Aarhus", offers=["sib", "procurement"], challenges=["trust"]),
              city("Athens", offers=["procurement"], wants=["trust"])]
    peers = world(bilbao, rotterdam, *others)
    assert names(peers, bilbao)[0] == "Rotterdam"
    assert names(peers, rotterdam)[0] == "Bilbao"


def test_a_two_way_match_beats_two_one_way_ones() -> None:
    ours = city("Ours", offers=["comms"], wants=["sib", "procurement"])
    two_way = city("Both ways", offers=["sib"], wants=["comms"])
    two_one_way = city("Teaches twice", offers=["sib", "procurement"])
    suggestions = suggest_peers(world(ours, two_way, two_one_way), ours)
    assert [s.city for s in suggestions] == ["Both ways", "Teaches twice"]
    assert Criterion.RECIPROCITY in suggestions[0].breakdown()


def test_the_more_mature_teacher_ranks_higher_and_says_so() -> None:
    ours = city("Ours", wants=["sib"], maturity={"sib": 3})
    leader = city("Leader", offers=["sib"], maturity={"sib": 8})
    beginner = city("Beginner", offers=["sib"], maturity={"sib": 2})
    suggestions = suggest_peers(world(ours, beginner, leader), ours)
    assert [s.city for s in suggestions] == ["Leader", "Beginner"]
    sentences = [reason_sentence(r) for r in suggestions[0].reasons]
    assert sentences[0] == ("Leader offers social impact bonds, which you want to learn "
                            "(their maturity 8/10, yours 3/10)")
    assert "Leader rates itself further ahead on social impact bonds (8/10 against your 3/10)" \
        in sentences
    assert Criterion.MATURITY_GAP not in suggestions[1].breakdown()


def test_related_topics_count_through_relations_and_progressions() -> None:
    ours = city("Torino", wants=["collab"])
    peers = world(ours, city("Montréal", offers=["partnerships"]),
                  city("Warsaw", offers=["co-impl"]), city("Dublin", offers=["hubs"]))
    suggestions = suggest_peers(peers, ours)
    assert [s.city for s in suggestions] == ["Montréal", "Warsaw"]
    assert reason_sentence(suggestions[0].reasons[0]) == (
        "You want to learn about collaborative management, and Montréal offers a related "
        "topic: long-term partnerships")
    direct = suggest_peers(world(ours, city("Direct", offers=["collab"]),
                                 city("Related", offers=["partnerships"])), ours)
    assert direct[0].city == "Direct"
    assert direct[0].score > direct[1].score


def test_shared_challenges_are_reasons_in_plain_words() -> None:
    ours = city("Ours", challenges=["vulnerable"])
    suggestion = suggest_peers(world(ours, city("Peer", challenges=["vulnerable"])), ours)[0]
    assert [reason_sentence(r) for r in suggestion.reasons] == [
        "You share the challenge of reaching vulnerable communities"]


def test_free_text_topics_match_by_normalised_words() -> None:
    ours = city("Ours", free_wants=("Cooperative housing",), free_offers=("Urban gardens",))
    peer = city("Peer", free_offers=("co-operative HOUSING schemes", "Bike lanes"),
                free_wants=("urban garden",))
    unrelated = city("Other", free_offers=("Social housing",))
    suggestions = suggest_peers(world(ours, peer, unrelated), ours)
    assert [s.city for s in suggestions] == ["Peer"]
    sentences = [reason_sentence(r) for r in suggestions[0].reasons]
    assert ("Peer offers “co-operative HOUSING schemes”, close to “Cooperative housing”, "
            "which you want to learn") in sentences
    assert "You offer “Urban gardens”, close to “urban garden”, which Peer wants to learn" \
        in sentences


def test_free_text_naming_a_vocabulary_topic_is_that_topic() -> None:
    ours = with_free_text_resolved(city("Ours", free_wants=("Impact investing",)), GRAPH)
    assert ours.wants == {"sib"}
    assert ours.free_wants == ()
    best = suggest_peers(world(ours, city("Rotterdam", offers=["sib"])), ours)[0]
    assert best.breakdown() == {Criterion.LEARN: 3.0}


def test_phrase_words_ignore_case_accents_plurals_and_fillers() -> None:
    assert phrase_words("Coopératives and the Housing") == phrase_words("cooperative housing")


def test_topic_filter_keeps_only_peers_with_a_reason_on_that_topic() -> None:
    ours = city("Ours", wants=["sib", "trust"])
    peers = world(ours, city("Finance", offers=["sib"]), city("Talk", offers=["comms"]),
                  city("Trusty", offers=["trust"]))
    assert names(peers, ours, topic="trust") == ["Trusty", "Talk"]
    assert names(peers, ours, topic="sib") == ["Finance"]
    assert find_topic(GRAPH, "IMPACT bonds") == "sib"
    with pytest.raises(RejectedInput, match="no topic called “bonds”"):
        find_topic(GRAPH, "bonds")


def test_filters_hide_pin_language_and_region() -> None:
    ours = city("Ours", wants=["sib"])
    best = city("Best", offers=["sib"], languages=("nl",), region="South Holland")
    quiet = city("Quiet", languages=("es",), country="ES")
    peers = world(ours, best, quiet)
    assert names(peers, ours) == ["Best"]
    assert names(peers, ours, filters=PeerFilters(pinned=frozenset({quiet.uuid}))) == [
        "Quiet", "Best"]
    assert names(peers, ours, filters=PeerFilters(hidden=frozenset({best.uuid}))) == []
    assert names(peers, ours, filters=PeerFilters(languages=frozenset({"es"}))) == []
    assert names(peers, ours, filters=PeerFilters(regions=frozenset({"south holland"}))) == [
        "Best"]
    assert names(peers, ours, limit=0) == []


def test_weights_are_adjustable_and_checked() -> None:
    ours = city("Ours", offers=["comms"], wants=["sib"])
    peers = world(ours, city("Teacher", offers=["sib"]), city("Learner", wants=["comms"]))
    assert names(peers, ours) == ["Teacher", "Learner"]
    assert names(peers, ours, weights=Weights(learn=1, teach=5)) == ["Learner", "Teacher"]
    with pytest.raises(RejectedInput, match="weight for shared challenge must be a number"):
        Weights(shared_challenge=-1)


def test_ties_are_broken_by_name_ignoring_accents() -> None:
    ours = city("Ours", wants=["sib"])
    peers = world(ours, city("Zagreb", offers=["sib"]), city("Évora", offers=["sib"]),
                  city("Bari", offers=["sib"]))
    assert names(peers, ours) == ["Bari", "Évora", "Zagreb"]


@given(ours=cities("Ours"), peer=cities("Peer"), topic=st.sampled_from(TOPICS),
       role=st.sampled_from(["offers", "wants", "challenges"]),
       side=st.sampled_from(["ours", "theirs"]))
def test_adding_a_topic_never_lowers_a_score(ours: CityTopics, peer: CityTopics, topic: str,
                                             role: str, side: str) -> None:
    def score(a: CityTopics, b: CityTopics) -> float:
        found = suggest_peers(world(a, b), a, filters=PeerFilters(pinned=frozenset({b.uuid})))
        return found[0].score

    before = score(ours, peer)
    changed = ours if side == "ours" else peer
    grown = replace(changed, **{role: getattr(changed, role) | {topic}})
    after = score(grown, peer) if side == "ours" else score(ours, grown)
    assert after >= before


@settings(max_examples=60, deadline=None)
@given(st.lists(cities("x"), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_scores_are_deterministic_and_never_about_ourselves(
        drawn: list[CityTopics], shuffle: object) -> None:
    named = [replace(c, name=f"City {i % 3}", uuid=uuid.UUID(int=i)) for i, c in
             enumerate(drawn)]
    ours = named[0]
    first = suggest_peers(world(*named), ours)
    shuffled = list(named)
    shuffle.shuffle(shuffled)  # type: ignore[attr-defined]
    again = suggest_peers(world(*shuffled), ours)
    assert first == again
    assert ours.uuid not in {s.uuid for s in first}
    assert all(s.score == round(sum(r.points for r in s.reasons), 2) for s in first)


def test_a_profile_becomes_the_engines_city_with_free_topics_and_assessed_maturities() -> None:
    profile = CityProfile(
        uuid=uuid.UUID(int=1), name="Bilbao", country_code="ES", country_name="Spain",
        region="Basque Country", languages=("es", "eu"), population=None, website="",
        summary="", profile_source="", profile_updated_at=None, is_ours=True,
        offers=(TopicNote("procurement", "Public procurement", ""),),
        wants_to_learn=(TopicNote("sib", "Social impact bonds", ""),),
        free_wants_to_learn=(FreeTopicNote("Urban gardens", ""),),
        assessments=(AssessmentInfo("sib", "Social impact bonds", 3, None),
                     AssessmentInfo("procurement", "Public procurement", None, None)))
    made = city_topics(profile)
    assert (made.offers, made.wants, made.free_wants) == (
        {"procurement"}, {"sib"}, ("Urban gardens",))
    assert made.maturity == {"sib": 3}  # "not assessed" is no maturity at all


@settings(max_examples=80, deadline=None)
@given(st.lists(cities("x"), min_size=2, max_size=7), st.data())
def test_pinning_a_city_never_drops_its_rank(drawn: list[CityTopics], data: st.DataObject) -> None:
    named = [replace(c, name=f"City {i}", uuid=uuid.UUID(int=i)) for i, c in enumerate(drawn)]
    ours, peers = named[0], named[1:]
    chosen = data.draw(st.sampled_from(peers))
    others_pinned = frozenset(data.draw(st.sets(st.sampled_from([p.uuid for p in peers]))))

    def rank(pinned: frozenset[uuid.UUID]) -> int:
        found = [s.uuid for s in suggest_peers(world(*named), ours,
                                               filters=PeerFilters(pinned=pinned))]
        return found.index(chosen.uuid) if chosen.uuid in found else len(named)

    assert rank(others_pinned | {chosen.uuid}) <= rank(others_pinned - {chosen.uuid})


def test_the_topic_filter_finds_who_holds_a_topic_we_never_named() -> None:
    ours = city("Ours", wants=["sib"])
    peers = world(ours, city("Hubby", offers=["hubs"]), city("Learner", wants=["hubs"]),
                  city("Finance", offers=["sib"]))
    assert names(peers, ours, topic="hubs") == ["Hubby", "Learner"]


def test_a_topic_one_city_wants_to_learn_is_not_a_shared_challenge() -> None:
    """Each reason says only what each profile says: a challenge is not a wish to learn
    (a Belo Horizonte officer read "you and Warsaw want to learn about pandemic
    recovery", which Warsaw only faces as a challenge)."""
    ours = city("Ours", wants=["trust"])
    peers = world(ours, city("Facing", challenges=["trust"]), city("Both", wants=["trust"]),
                  city("Struggling", challenges=["hubs"]))
    sentences = {s.city: [reason_sentence(r) for r in s.reasons]
                 for s in suggest_peers(peers, ours)}
    assert sentences["Facing"] == ["You want to learn about trust building, a challenge "
                                   "Facing faces too"]
    assert sentences["Both"] == ["You and Both both want to learn more about trust building"]
    ours_facing = city("Ours", challenges=["hubs"])
    wanting = suggest_peers(world(ours_facing, city("Wanting", wants=["hubs"])), ours_facing)
    assert [reason_sentence(r) for r in wanting[0].reasons] == [
        "Wanting wants to learn about co-design hubs, a challenge you face too"]
    shared = suggest_peers(world(ours_facing, city("Struggling", challenges=["hubs"])),
                           ours_facing)
    assert [reason_sentence(r) for r in shared[0].reasons] == [
        "You share the challenge of co-design hubs"]


def test_a_tie_goes_to_a_peer_sharing_our_language_and_it_says_so() -> None:
    ours = city("Ours", wants=["sib"], languages=("es",))
    peers = world(ours, city("Bari", offers=["sib"], languages=("it",)),
                  city("Zaragoza", offers=["sib"], languages=("es",)))
    ranked = suggest_peers(peers, ours)
    assert [s.city for s in ranked] == ["Zaragoza", "Bari"]
    assert ranked[0].score == ranked[1].score
    assert reason_sentence(ranked[0].reasons[-1]) == (
        "Listed before peers with the same score because you share a language: Spanish")
    assert all(r.criterion is not Criterion.SHARED_LANGUAGE for r in ranked[1].reasons)
