"""Shipped vocabulary and peer cities: valid, idempotent, never overwriting."""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

import pytest
import yaml
from sqlalchemy import func, select

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.entities import City, Practice, RelationKind, Topic, TopicRelation
from rrr_desktop.resources import resource_path
from rrr_desktop.services.home import Home, open_home
from rrr_desktop.services.setup.seed import apply_seed, load_seed
from tests.factories import SEED_UUIDS

REQUIRED_TOPICS = [
    "awards", "connecting platform", "transversal communication", "digitalisation",
    "public procurement", "social impact bonds", "hubs", "co-creation", "co-implementation",
    "collaborative management", "long-term partnerships", "non-profit", "trust",
    "sse spending", "vulnerable communities", "pandemic recovery",
]
RRR_CITIES = {"Dublin", "Guadalajara", "Belo Horizonte", "Bilbao", "Rotterdam", "Torino",
              "Montréal", "San Francisco", "Warsaw"}


def counts(home: Home) -> tuple[int, ...]:
    with home.db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(entity)) or 0
                     for entity in (Topic, TopicRelation, City, Practice))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(resource_path("seed"), folder)
    return folder


def edit_yaml(file: Path, change: object) -> None:
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_vocabulary_covers_the_rrr_topics() -> None:
    seed = load_seed()
    labels = " | ".join(f"{t.label} {' '.join(t.synonyms)}".lower() for t in seed.topics.topics)
    assert [topic for topic in REQUIRED_TOPICS if topic not in labels] == []


def test_progression_from_co_creation_to_collaborative_management() -> None:
    topics = {t.id: t for t in load_seed().topics.topics}
    assert "co-implementation" in topics["co-creation"].leads_to
    assert "collaborative-management" in topics["co-implementation"].leads_to


def test_the_nine_peer_cities_ship_with_offers_and_wants() -> None:
    cities = load_seed().cities.cities
    assert {c.name for c in cities} == RRR_CITIES
    for city in cities:
        assert city.offers and city.wants_to_learn, city.name
    by_name = {c.name: c for c in cities}
    assert "social-impact-bonds" in {o.topic for o in by_name["Rotterdam"].offers}
    assert "collaborative-management" in {w.topic for w in by_name["Torino"].wants_to_learn}
    assert {str(by_name[name].uuid) for name in SEED_UUIDS} == set(SEED_UUIDS.values())


def test_seeding_twice_changes_nothing(home: Home) -> None:
    first = counts(home)
    assert first[2] == 9
    with home.db.session() as session:
        report = apply_seed(session)
    assert report.cities_added == report.topics_added == 0
    reopened = open_home(home.paths)
    assert counts(reopened) == first
    reopened.close()


def test_a_new_seed_adds_records_but_keeps_local_edits_and_deletions(
        home: Home, seed_copy: Path) -> None:
    bilbao = UUID(SEED_UUIDS["Bilbao"])
    rotterdam = UUID(SEED_UUIDS["Rotterdam"])
    with home.db.session() as session:
        session.scalars(select(City).where(City.uuid == bilbao)).one().summary = "Our own words"
        session.delete(session.scalars(select(City).where(City.uuid == rotterdam)).one())

    def new_topic(data: dict) -> None:  # type: ignore[type-arg]
        data["topics"].append({"id": "housing-co-operatives", "label": "Housing co-operatives"})

    def rewritten_summaries(data: dict) -> None:  # type: ignore[type-arg]
        for city in data["cities"]:
            city["summary"] = "Rewritten by a later release"

    edit_yaml(seed_copy / "topics.yaml", new_topic)
    edit_yaml(seed_copy / "peer_cities.yaml", rewritten_summaries)
    with home.db.session() as session:
        report = apply_seed(session, load_seed(seed_copy))
    assert report.topics_added == 1
    with home.db.session() as session:
        assert session.get(Topic, "housing-co-operatives") is not None
        assert session.scalars(select(City.summary).where(City.uuid == bilbao)).one() == (
            "Our own words")
        assert session.scalars(select(City).where(City.uuid == rotterdam)).first() is None


def test_related_topics_are_stored_once_per_pair(home: Home) -> None:
    with home.db.session() as session:
        pairs = [(r.topic_id, r.other_id) for r in session.scalars(
            select(TopicRelation).where(TopicRelation.kind == RelationKind.RELATED))]
    assert pairs
    assert len({frozenset(p) for p in pairs}) == len(pairs)


@pytest.mark.parametrize(("file", "change", "message"), [
    ("peer_cities.yaml", lambda d: d["cities"][2].update(country="Spain"),
     r"cities\[2\]\.country"),
    ("peer_cities.yaml", lambda d: d["cities"][0]["offers"].append({"topic": "no-such-topic"}),
     "unknown topic no-such-topic"),
    ("topics.yaml", lambda d: d["topics"][1].update(colour="red"), r"topics\[1\]\.colour"),
    ("topics.yaml", lambda d: d.update(version=7), "version"),
])
def test_a_broken_seed_file_is_named_with_the_field(
        seed_copy: Path, file: str, change: object, message: str) -> None:
    edit_yaml(seed_copy / file, change)
    with pytest.raises(RejectedInput, match=message):
        load_seed(seed_copy)
