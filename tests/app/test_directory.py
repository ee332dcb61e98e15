"""The plain-SQL directory reads exactly what the ORM wrote."""

from __future__ import annotations

from uuid import UUID

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from rrr_desktop.models.entities import City, CityTopic, Practice, TopicAssessment, TopicRole
from rrr_desktop.services.dto import CityProfile, NewCity
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import cities, directory
from rrr_desktop.services.setup.sample_data import load_sample_data
from tests.factories import heavy_modules_loaded_by


def orm_view(home: Home, city_uuid: UUID) -> dict[str, object]:
    """The same facts, read through the ORM relationships."""
    with home.db.session() as session:
        city = session.scalars(select(City).where(City.uuid == city_uuid).options(
            selectinload(City.topics).selectinload(CityTopic.topic),
            selectinload(City.practices).selectinload(Practice.topics),
            selectinload(City.free_topics),
            selectinload(City.assessments).selectinload(TopicAssessment.topic))).one()
        return {
            "name": city.name, "country": city.country_code, "region": city.region,
            "languages": tuple(city.languages), "website": city.website,
            "summary": city.summary, "source": city.profile_source,
            "updated": city.profile_updated_at, "ours": city.is_ours,
            **{role.value: [(t.topic_id, t.topic.label, t.note) for t in city.topics
                            if t.role == role] for role in TopicRole},
            "practices": sorted((p.uuid, p.title, p.kind.value, p.stage.value, p.year_started,
                                 tuple(t.label for t in p.topics)) for p in city.practices),
            "contact_office": city.contact_office,
            **{f"free_{role.value}": [(t.text, t.note) for t in city.free_topics
                                      if t.role == role] for role in TopicRole},
            "assessments": [(a.topic_id, a.topic.label, a.score, a.assessed_on)
                            for a in city.assessments],
        }


def sql_view(profile: CityProfile) -> dict[str, object]:
    return {
        "name": profile.name, "country": profile.country_code, "region": profile.region,
        "languages": profile.languages, "website": profile.website,
        "summary": profile.summary, "source": profile.profile_source,
        "updated": profile.profile_updated_at, "ours": profile.is_ours,
        "offers": [(n.topic_id, n.label, n.note) for n in profile.offers],
        "wants_to_learn": [(n.topic_id, n.label, n.note) for n in profile.wants_to_learn],
        "shared_challenge": [(n.topic_id, n.label, n.note) for n in profile.shared_challenges],
        "practices": sorted((p.uuid, p.title, p.kind, p.stage, p.year_started, p.topic_labels)
                            for p in profile.practices),
        "contact_office": profile.contact_office,
        "free_offers": [(n.text, n.note) for n in profile.free_offers],
        "free_wants_to_learn": [(n.text, n.note) for n in profile.free_wants_to_learn],
        "free_shared_challenge": [(n.text, n.note) for n in profile.free_shared_challenges],
        "assessments": [(a.topic_id, a.label, a.score, a.assessed_on)
                        for a in profile.assessments],
    }


def test_every_peer_reads_the_same_through_sql_and_orm(home: Home) -> None:
    peers = directory.peer_cities(home.db)
    assert len(peers) == 9
    for peer in peers:
        assert sql_view(peer) == orm_view(home, peer.uuid), peer.name


def test_our_city_is_read_apart_from_the_peers(home: Home) -> None:
    assert directory.our_city(home.db) is None
    ours = cities.create_our_city(home.db, NewCity("Łódź", "PL", "pl"))
    assert directory.our_city(home.db) == ours
    assert sql_view(ours) == orm_view(home, ours.uuid)
    assert ours.profile_updated_at is None
    assert "Łódź" not in {p.name for p in directory.peer_cities(home.db)}


def test_our_full_profile_reads_the_same_through_sql_and_orm(home: Home) -> None:
    load_sample_data(home.db)
    ours = directory.our_city(home.db)
    assert ours is not None
    assert ours.contact_office and ours.free_offers and ours.free_wants_to_learn
    assert None in {a.score for a in ours.assessments}
    assert sql_view(ours) == orm_view(home, ours.uuid)


def test_peers_are_sorted_ignoring_accents(home: Home) -> None:
    with home.db.session() as session:
        session.add(City(name="Ámsterdam", country_code="NL", languages=[]))
    names = [p.name for p in directory.peer_cities(home.db)]
    assert names[0] == "Ámsterdam"
    assert names.index("Montréal") < names.index("Rotterdam")


def test_the_first_run_lists_only_shipped_cities(home: Home) -> None:
    cities.create_our_city(home.db, NewCity("Łódź", "PL", "pl"))
    choices = directory.seeded_cities(home.db)
    assert len(choices) == 9
    assert "Łódź" not in {c.name for c in choices}


@pytest.mark.slow
@pytest.mark.sqlite_only  # the file's fast path; a team database opens through SQLAlchemy
def test_opening_a_ready_home_and_reading_it_does_not_import_the_orm(home: Home) -> None:
    loaded = heavy_modules_loaded_by(
        "from rrr_desktop.paths import resolve_paths\n"
        "from rrr_desktop.services.home import open_home\n"
        "from rrr_desktop.services.setup import directory\n"
        f"home = open_home(resolve_paths({str(home.paths.home)!r}))\n"
        "assert len(directory.peer_cities(home.db)) == 9\n"
        "directory.our_city(home.db)")
    assert [m for m in loaded if m != "pycountry"] == []  # country names come from pycountry
