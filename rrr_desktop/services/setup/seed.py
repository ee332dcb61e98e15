"""Load the vocabulary and the peer cities that ship with the app.

Seeding is idempotent and additive: a record is added once, the first time a
seed file contains it, and never touched again, so an officer's edits, a peer's
bundle and a deletion all survive the next start and the next app version. The
digest of the seed files is kept in the database, so an unchanged seed costs one
row read at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Annotated, Literal, TypeVar
from uuid import UUID

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.models.entities import (
    AppMeta,
    City,
    CityTopic,
    Practice,
    PracticeKind,
    PracticeStage,
    RelationKind,
    SeededRecord,
    Topic,
    TopicRelation,
    TopicRole,
    TopicSynonym,
)
from rrr_desktop.resources import resource_path
from rrr_desktop.services.setup.seed_files import (
    CITIES_FILE,
    SEED_DIGEST_KEY,
    TOPICS_FILE,
    TRANSLATIONS_FOLDER,
    read_seed_files,
    translation_files,
)
from rrr_desktop.services.setup.seed_translations import (
    TranslationFile,
    add_translations,
    unmatched_translations,
)
from rrr_desktop.services.validation import describe_validation_error

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicSeed(_Strict):
    id: Slug
    label: Text
    description: str = ""
    synonyms: list[Text] = []
    related: list[Slug] = []
    leads_to: list[Slug] = []


class TopicFile(_Strict):
    format: Literal["rrr-topics"]
    version: Literal[1]
    topics: list[TopicSeed]


class TopicLinkSeed(_Strict):
    topic: Slug
    note: str = ""


class PracticeSeed(_Strict):
    uuid: UUID
    title: Text
    kind: PracticeKind
    description: str = ""
    stage: PracticeStage
    topics: list[Slug] = []
    year_started: int | None = Field(default=None, ge=1800, le=2100)
    link: str | None = None


class CitySeed(_Strict):
    uuid: UUID
    name: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    region: str = ""
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]] = []
    population: int | None = Field(default=None, ge=0)
    website: str = ""
    summary: str = ""
    offers: list[TopicLinkSeed] = []
    wants_to_learn: list[TopicLinkSeed] = []
    shared_challenges: list[TopicLinkSeed] = []
    practices: list[PracticeSeed] = []


class CityFile(_Strict):
    format: Literal["rrr-peer-cities"]
    version: Literal[1]
    source: Text
    source_date: date
    cities: list[CitySeed]


@dataclass(frozen=True)
class Seed:
    topics: TopicFile
    cities: CityFile
    digest: str
    translations: tuple[TranslationFile, ...] = ()


@dataclass(frozen=True)
class SeedReport:
    topics_added: int = 0
    cities_added: int = 0
    practices_added: int = 0


def load_seed(seed_dir: Path | None = None) -> Seed:
    """Read and validate both seed files; problems name the file and field."""
    raw_topics, raw_cities, digest = read_seed_files(seed_dir)
    topics = _parse(TopicFile, raw_topics, TOPICS_FILE)
    cities = _parse(CityFile, raw_cities, CITIES_FILE)
    _check_references(topics, cities)
    translations = _load_translations(seed_dir, cities)
    return Seed(topics, cities, digest, translations)


def _load_translations(seed_dir: Path | None, cities: CityFile) -> tuple[TranslationFile, ...]:
    """The translation files, each for a language, of texts the cities file holds."""
    folder = seed_dir or resource_path("seed")
    names = [f"{TRANSLATIONS_FOLDER}/{path.name}" for path in translation_files(folder)]
    files = [(name, _parse(TranslationFile, (folder / name).read_bytes(), name))
             for name in names]
    held = {city.uuid: ({"offers": {t.topic for t in city.offers},
                         "wants_to_learn": {t.topic for t in city.wants_to_learn},
                         "shared_challenges": {t.topic for t in city.shared_challenges}},
                        {p.uuid for p in city.practices}) for city in cities.cities}
    problems = unmatched_translations(files, held)
    if problems:
        raise RejectedInput("seed.problems", problems=problems)
    return tuple(file for _, file in files)


_Model = TypeVar("_Model", bound=BaseModel)


def _parse(model: type[_Model], raw: bytes, name: str) -> _Model:
    try:
        return model.model_validate(yaml.safe_load(raw))
    except yaml.YAMLError as error:
        raise RejectedInput("seed.not_yaml", file=name, reason=str(error)) from error
    except ValidationError as error:
        raise RejectedInput("seed.invalid", file=name,
                            problems=describe_validation_error(error)) from error


def _check_references(topics: TopicFile, cities: CityFile) -> None:
    known = {t.id for t in topics.topics}
    problems = [message("seed.topic_links_unknown", file=TOPICS_FILE, topic=t.id, other=other)
                for t in topics.topics for other in (*t.related, *t.leads_to) if other not in known]
    for city in cities.cities:
        links = [*city.offers, *city.wants_to_learn, *city.shared_challenges]
        used = [link.topic for link in links] + [t for p in city.practices for t in p.topics]
        problems += [message("seed.city_topic_unknown", file=CITIES_FILE, city=city.name,
                             topic=topic) for topic in used if topic not in known]
    if problems:
        raise RejectedInput("seed.problems", problems=problems)


def apply_seed(session: Session, seed: Seed | None = None) -> SeedReport:
    """Add the seed records this database has never received; change nothing else."""
    stored = session.get(AppMeta, SEED_DIGEST_KEY)
    seed = seed or load_seed()
    if stored is not None and stored.value == seed.digest:
        return SeedReport()
    done = {(r.kind, r.key) for r in session.scalars(select(SeededRecord))}

    def first_time(kind: str, key: str) -> bool:
        if (kind, key) in done:
            return False
        session.add(SeededRecord(kind=kind, key=key))
        done.add((kind, key))
        return True

    topics_added = _seed_topics(session, seed.topics, first_time)
    cities_added = practices_added = 0
    cities_by_uuid = {c.uuid: c for c in session.scalars(select(City))}
    topic_by_id = {t.id: t for t in session.scalars(select(Topic))}
    practice_uuids = set(session.scalars(select(Practice.uuid)))
    for city_seed in seed.cities.cities:
        city = cities_by_uuid.get(city_seed.uuid)
        if first_time("city", str(city_seed.uuid)) and city is None:
            city = _new_city(city_seed, seed.cities)
            session.add(city)
            cities_added += 1
        for practice_seed in city_seed.practices:
            is_new = first_time("practice", str(practice_seed.uuid))
            if is_new and city is not None and practice_seed.uuid not in practice_uuids:
                city.practices.append(_new_practice(practice_seed, topic_by_id))
                practices_added += 1
    session.flush()  # the cities just added get their translations too
    add_translations(session, seed.translations, seed.cities.source, first_time)
    if stored is None:
        session.add(AppMeta(key=SEED_DIGEST_KEY, value=seed.digest))
    else:
        stored.value = seed.digest
    return SeedReport(topics_added, cities_added, practices_added)


def _seed_topics(session: Session, topics: TopicFile,
                 first_time: Callable[[str, str], bool]) -> int:
    added = 0
    for topic_seed in topics.topics:
        if first_time("topic", topic_seed.id) and session.get(Topic, topic_seed.id) is None:
            topic = Topic(id=topic_seed.id, label=topic_seed.label,
                          description=topic_seed.description.strip())
            topic.synonyms = [TopicSynonym(text=s) for s in dict.fromkeys(topic_seed.synonyms)]
            session.add(topic)
            added += 1
    session.flush()
    for topic_seed in topics.topics:
        for kind, others in ((RelationKind.RELATED, topic_seed.related),
                             (RelationKind.LEADS_TO, topic_seed.leads_to)):
            for other in others:
                if first_time("topic_relation", f"{kind.value}:{topic_seed.id}:{other}"):
                    session.merge(TopicRelation(topic_id=topic_seed.id, other_id=other, kind=kind))
    return added


def _new_city(seed: CitySeed, source: CityFile) -> City:
    city = City(
        uuid=seed.uuid, name=seed.name, country_code=seed.country, region=seed.region,
        languages=list(seed.languages), population=seed.population, website=seed.website,
        summary=seed.summary.strip(), profile_source=source.source, is_ours=False,
        profile_updated_at=datetime.combine(source.source_date, time(), tzinfo=UTC),
    )
    city.topics = [
        CityTopic(topic_id=link.topic, role=role, note=link.note.strip())
        for role, links in ((TopicRole.OFFERS, seed.offers),
                            (TopicRole.WANTS_TO_LEARN, seed.wants_to_learn),
                            (TopicRole.SHARED_CHALLENGE, seed.shared_challenges))
        for link in links
    ]
    return city


def _new_practice(seed: PracticeSeed, topic_by_id: dict[str, Topic]) -> Practice:
    return Practice(
        uuid=seed.uuid, title=seed.title, kind=seed.kind, stage=seed.stage,
        description=seed.description.strip(), year_started=seed.year_started,
        link=seed.link or "", topics=[topic_by_id[t] for t in seed.topics if t in topic_by_id],
    )

