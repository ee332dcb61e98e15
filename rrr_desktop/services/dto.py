"""Plain objects the services hand to the views and the command line.

This module imports neither SQLAlchemy nor Qt, so views can use these types at
start-up without paying for the ORM import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID


@dataclass(frozen=True)
class Choice:
    """A code and the name a person reads, e.g. ``("ES", "Spain")``."""

    code: str
    name: str


@dataclass(frozen=True)
class TopicNote:
    topic_id: str
    label: str
    note: str


@dataclass(frozen=True)
class FreeTopicNote:
    """A topic in the city's own words, not from the shared vocabulary."""

    text: str
    note: str


@dataclass(frozen=True)
class AssessmentInfo:
    """A self-assessed maturity score 0-10 on a topic; ``score`` None is "not assessed"."""

    topic_id: str
    label: str
    score: int | None
    assessed_on: date | None


@dataclass(frozen=True)
class PracticeInfo:
    uuid: UUID
    title: str
    kind: str
    stage: str
    description: str
    year_started: int | None
    link: str
    topic_labels: tuple[str, ...]


@dataclass(frozen=True)
class CityProfile:
    """Everything we hold about one city, ready to show."""

    uuid: UUID
    name: str
    country_code: str
    country_name: str
    region: str
    languages: tuple[str, ...]  # ISO 639-1 codes, main language first
    population: int | None
    website: str
    summary: str
    profile_source: str
    profile_updated_at: datetime | None
    is_ours: bool
    offers: tuple[TopicNote, ...] = ()
    wants_to_learn: tuple[TopicNote, ...] = ()
    shared_challenges: tuple[TopicNote, ...] = ()
    practices: tuple[PracticeInfo, ...] = ()
    contact_office: str = ""
    free_offers: tuple[FreeTopicNote, ...] = ()
    free_wants_to_learn: tuple[FreeTopicNote, ...] = ()
    free_shared_challenges: tuple[FreeTopicNote, ...] = ()
    assessments: tuple[AssessmentInfo, ...] = ()
    # The texts above are in the reader's language where the city wrote them in it, else
    # in the city's (named after each: "(in Dutch)"); these are the other languages shown.
    text_language: str = "en"
    shown_in_other_languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewCity:
    """A city the officer enters by hand on first run."""

    name: str
    country_code: str
    language: str


@dataclass(frozen=True)
class FirstRunChoices:
    """What the first-run dialog offers: the shipped cities, countries, languages."""

    seeded_cities: tuple[Choice, ...]  # code is the city's UUID as text
    countries: tuple[Choice, ...]
    languages: tuple[Choice, ...]


@dataclass(frozen=True)
class StartupReport:
    """What opening the home did, for the status bar and the log."""

    database: str
    migrated_from: str | None
    schema: str
    backup: str | None
    our_city: CityProfile | None
    notes: list[str] = field(default_factory=list)
