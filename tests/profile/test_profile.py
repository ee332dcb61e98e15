"""Our city's profile as an editable draft: load, check, save, topics by what people type."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import date

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.draft import (
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    TopicEntry,
)
from rrr_desktop.services.profile.read import topic_choices
from rrr_desktop.services.profile.store import load_profile, save_profile
from rrr_desktop.services.profile.topics import add_topic, remove_topic, resolve_topic
from rrr_desktop.services.setup import cities, directory
from tests.factories import SEED_UUIDS


@pytest.fixture
def rotterdam(home: Home) -> ProfileDraft:
    cities.init_our_city(home.db, "Rotterdam", None, None)
    return load_profile(home.db)


def full_draft(draft: ProfileDraft) -> ProfileDraft:
    return replace(
        draft, summary="  A port city with a strong SSE.  ", languages=("nl", "en"),
        contact_office="Social Impact Office, Coolsingel 40",
        offers=(TopicEntry("co-design-hubs", "Hubs in every district."),),
        free_offers=(FreeTopicEntry("Community land trusts", "Two running."),),
        free_shared_challenges=(FreeTopicEntry("Heat waves"),),
        practices=(*draft.practices, PracticeDraft(
            uuid=uuid.uuid4(), title="Impact awards", kind="award", stage="idea",
            year_started=2025, topic_ids=("social-enterprise-awards",))),
        assessments=(AssessmentDraft("trust-building", 0, date(2026, 3, 1)),
                     AssessmentDraft("co-design-hubs", None, None)))


def test_a_saved_draft_is_what_loads_and_what_peers_would_read(
        home: Home, rotterdam: ProfileDraft) -> None:
    saved = save_profile(home.db, full_draft(rotterdam))
    assert saved.changed and saved.updated_at is not None
    loaded = load_profile(home.db)
    assert loaded == saved.draft
    assert loaded.summary == "A port city with a strong SSE."  # trimmed
    assert loaded.free_offers == (FreeTopicEntry("Community land trusts", "Two running."),)
    assert [a.score for a in loaded.assessments] == [0, None]  # 0 is not "not assessed"
    profile = directory.our_city(home.db)
    assert profile is not None
    assert profile.contact_office == "Social Impact Office, Coolsingel 40"
    assert [n.text for n in profile.free_shared_challenges] == ["Heat waves"]
    assert profile.profile_updated_at == saved.updated_at
    assert profile.profile_source == cities.ENTERED_BY_THE_CITY


def test_saving_the_same_profile_again_changes_nothing(
        home: Home, rotterdam: ProfileDraft) -> None:
    first = save_profile(home.db, full_draft(rotterdam))
    again = save_profile(home.db, replace(first.draft, practices=first.draft.practices[::-1]))
    assert not again.changed
    assert again.updated_at == first.updated_at


def test_practices_keep_their_uuids_and_removed_ones_go(
        home: Home, rotterdam: ProfileDraft) -> None:
    original = rotterdam.practices[0]
    renamed = replace(original, title="Tradable bonds", stage="running")
    save_profile(home.db, replace(rotterdam, practices=(renamed,)))
    assert load_profile(home.db).practices == (renamed,)
    save_profile(home.db, replace(rotterdam, practices=()))
    assert load_profile(home.db).practices == ()


@pytest.mark.parametrize(("change", "problem"), [
    ({"offers": (TopicEntry("no-such-topic"),)},
     "offers[0].topic: no-such-topic is not a topic of the vocabulary"),
    ({"offers": (TopicEntry("co-creation"), TopicEntry("co-creation"))},
     "offers[1].topic: is already listed at offers[0]"),
    ({"free_wants_to_learn": (FreeTopicEntry("Land trusts"), FreeTopicEntry(" land TRUSTS "))},
     "free_wants_to_learn[1].text: is already listed at free_wants_to_learn[0]"),
    ({"free_offers": (FreeTopicEntry("  "),)}, "free_offers[0].text: is empty"),
    ({"languages": ("xx",)}, "languages[0]: xx is not a language code"),
    ({"summary": "x" * 10_001}, "summary: is longer than 10000 characters"),
    ({"assessments": (AssessmentDraft("trust-building", 5),)},
     "self_assessment[0].assessed_on: is missing"),
    ({"assessments": (AssessmentDraft("trust-building", None, date(2026, 1, 1)),)},
     "self_assessment[0].assessed_on: must be empty when the topic is not assessed"),
    ({"assessments": (AssessmentDraft("trust-building", 11, date(2026, 1, 1)),)},
     "self_assessment[0].score: must be at most 10"),
])
def test_an_invalid_draft_names_the_field_and_changes_nothing(
        home: Home, rotterdam: ProfileDraft, change: dict[str, object], problem: str) -> None:
    with pytest.raises(RejectedInput, match=problem.replace("[", r"\[").replace("]", r"\]")):
        save_profile(home.db, replace(rotterdam, **change))  # type: ignore[arg-type]
    assert load_profile(home.db) == rotterdam


def test_a_practice_stage_outside_the_choices_is_named(
        home: Home, rotterdam: ProfileDraft) -> None:
    practices = (replace(rotterdam.practices[0], stage="done"),)
    with pytest.raises(RejectedInput) as caught:
        save_profile(home.db, replace(rotterdam, practices=practices))
    assert str(caught.value) == (
        "practices[0].stage: must be one of idea, pilot, running, evaluated")


def test_another_citys_draft_or_practice_is_refused(home: Home, rotterdam: ProfileDraft) -> None:
    bilbao = replace(rotterdam, city_uuid=uuid.UUID(SEED_UUIDS["Bilbao"]), city_name="Bilbao")
    with pytest.raises(RejectedInput, match="profile of Bilbao, not of Rotterdam"):
        save_profile(home.db, bilbao)
    bilbao_practice = next(p for p in directory.peer_cities(home.db)
                           if p.name == "Bilbao").practices[0]
    stolen = replace(rotterdam.practices[0], uuid=bilbao_practice.uuid)
    with pytest.raises(RejectedInput, match=r"practices\[0\].uuid: is the id of a practice of "
                                            "Bilbao"):
        save_profile(home.db, replace(rotterdam, practices=(stolen,)))
    assert load_profile(home.db) == rotterdam


def test_without_a_city_of_our_own_there_is_no_profile(home: Home) -> None:
    with pytest.raises(RejectedInput, match="no city of its own"):
        load_profile(home.db)


def test_a_full_disk_is_reported_and_changes_nothing(
        home: Home, rotterdam: ProfileDraft, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    from rrr_desktop.services.profile import store as profile

    def full_disk(*_args: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(profile, "_write", full_disk)
    with pytest.raises(RejectedInput, match="is full, so nothing could be written"):
        save_profile(home.db, full_draft(rotterdam))
    assert load_profile(home.db) == rotterdam


@pytest.mark.parametrize("typed", ["trust-building", "Trust Building", " trust  building ",
                                   "MUTUAL TRUST", "Confidence in Institutions"])
def test_topics_resolve_by_id_label_or_synonym(home: Home, typed: str) -> None:
    assert resolve_topic(home.db, typed).code == "trust-building"


def test_topics_resolve_ignoring_accents(home: Home) -> None:
    assert resolve_topic(home.db, "Digitalisatión").code == "digital-inclusion"


def test_an_unknown_topic_suggests_the_nearest_three(home: Home) -> None:
    with pytest.raises(RejectedInput) as caught:
        resolve_topic(home.db, "trust buildin")
    message = str(caught.value)
    assert message.startswith("'trust buildin' is not a topic of the vocabulary. Nearest: "
                              "Trust building (trust-building)")
    assert message.count("), ") == 2  # three suggestions


def test_topic_choices_are_every_topic_by_label(home: Home) -> None:
    choices = topic_choices(home.db)
    assert len(choices) == 20
    assert [c.name for c in choices] == sorted(c.name for c in choices)


def test_adding_and_removing_a_topic(home: Home, rotterdam: ProfileDraft) -> None:
    added = add_topic(home.db, "offers", "Hubs and co-design spaces", "Five hubs.")
    assert added.changed and added.topic.code == "co-design-hubs"
    assert load_profile(home.db).offers[-1] == TopicEntry("co-design-hubs", "Five hubs.")
    assert not add_topic(home.db, "offers", "co-design-hubs").changed
    assert add_topic(home.db, "offers", "co-design-hubs", "Six hubs.").changed
    assert load_profile(home.db).offers[-1].note == "Six hubs."
    assert remove_topic(home.db, "offers", "CO-DESIGN-HUBS").changed
    assert not remove_topic(home.db, "offers", "co-design-hubs").changed
    assert load_profile(home.db).offers == rotterdam.offers


def test_adding_an_unknown_topic_changes_nothing(home: Home, rotterdam: ProfileDraft) -> None:
    with pytest.raises(RejectedInput, match="not a topic of the vocabulary"):
        add_topic(home.db, "wants_to_learn", "astrology")
    with pytest.raises(RejectedInput, match="not a topic list"):
        add_topic(home.db, "hopes", "trust")  # type: ignore[arg-type]
    assert load_profile(home.db) == rotterdam
