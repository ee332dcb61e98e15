"""Read our city and the peers as plain profiles, with plain SQL.

Reading goes through the standard ``sqlite3`` module (``Database.reading``), not
the ORM: the pages fill right after the window appears, before SQLAlchemy would
even have finished importing, and list queries stay fast on large tables.
``tests/test_directory.py`` checks these queries against the ORM's view of the
same rows, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, date, datetime
from uuid import UUID

from rrr_desktop.models.database import Database
from rrr_desktop.services import reference
from rrr_desktop.services.dto import (
    AssessmentInfo,
    Choice,
    CityProfile,
    FreeTopicNote,
    PracticeInfo,
    TopicNote,
)
from rrr_desktop.text import normalise

_CITY_COLUMNS = (
    "id, uuid, name, country_code, region, languages, population, website, summary, "
    "profile_source, profile_updated_at, is_ours, contact_office"
)


def our_city(db: Database) -> CityProfile | None:
    with db.reading() as connection:
        found = _profiles(connection, "is_ours = 1")
    return found[0] if found else None


def peer_cities(db: Database) -> list[CityProfile]:
    """Every city but ours, by name (ignoring case and accents)."""
    with db.reading() as connection:
        peers = _profiles(connection, "is_ours = 0")
    return sorted(peers, key=lambda city: normalise(city.name))


def seeded_cities(db: Database) -> list[Choice]:
    """The shipped peer cities still in the database, for the first-run choice."""
    with db.reading() as connection:
        seeded = {UUID(row[0]) for row in connection.execute(
            "SELECT key FROM seeded_record WHERE kind = 'city'")}
        cities = [(UUID(hex=row[0]), row[1])
                  for row in connection.execute("SELECT uuid, name FROM city")]
    chosen = [Choice(str(uuid), name) for uuid, name in cities if uuid in seeded]
    return sorted(chosen, key=lambda choice: normalise(choice.name))


def _profiles(connection: sqlite3.Connection, where: str) -> list[CityProfile]:
    cities = connection.execute(f"SELECT {_CITY_COLUMNS} FROM city WHERE {where}").fetchall()
    details = _Details.read(connection, f"(SELECT id FROM city WHERE {where})")
    return [_profile(row, details) for row in cities]


class _Details:
    """Everything but the city row, for every city in ``selected``, keyed by city id."""

    def __init__(self) -> None:
        self.notes: dict[tuple[int, str], list[TopicNote]] = defaultdict(list)
        self.free: dict[tuple[int, str], list[FreeTopicNote]] = defaultdict(list)
        self.practices: dict[int, list[PracticeInfo]] = defaultdict(list)
        self.assessments: dict[int, list[AssessmentInfo]] = defaultdict(list)

    @classmethod
    def read(cls, connection: sqlite3.Connection, selected: str) -> _Details:
        details = cls()
        for city_id, topic_id, label, role, note in connection.execute(
                "SELECT ct.city_id, ct.topic_id, t.label, ct.role, ct.note FROM city_topic ct "
                f"JOIN topic t ON t.id = ct.topic_id WHERE ct.city_id IN {selected} "
                "ORDER BY ct.id"):
            details.notes[city_id, role].append(TopicNote(topic_id, label, note))
        for city_id, role, text, note in connection.execute(
                "SELECT city_id, role, text, note FROM city_free_topic "
                f"WHERE city_id IN {selected} ORDER BY id"):
            details.free[city_id, role].append(FreeTopicNote(text, note))
        for city_id, topic_id, label, score, assessed_on in connection.execute(
                "SELECT a.city_id, a.topic_id, t.label, a.score, a.assessed_on "
                "FROM topic_assessment a JOIN topic t ON t.id = a.topic_id "
                f"WHERE a.city_id IN {selected} ORDER BY a.id"):
            details.assessments[city_id].append(AssessmentInfo(
                topic_id, label, score, date.fromisoformat(assessed_on) if assessed_on else None))
        practice_topics: dict[int, list[str]] = defaultdict(list)
        for practice_id, label in connection.execute(
                "SELECT pt.practice_id, t.label FROM practice_topic pt JOIN topic t "
                "ON t.id = pt.topic_id JOIN practice p ON p.id = pt.practice_id "
                f"WHERE p.city_id IN {selected} ORDER BY t.label"):
            practice_topics[practice_id].append(label)
        for (practice_id, city_id, uuid, title, kind, stage, description, year_started,
             link) in connection.execute(
                "SELECT id, city_id, uuid, title, kind, stage, description, year_started, link "
                f"FROM practice WHERE city_id IN {selected} ORDER BY title"):
            details.practices[city_id].append(PracticeInfo(
                UUID(hex=uuid), title, kind, stage, description, year_started, link,
                tuple(practice_topics[practice_id])))
        return details


def _profile(row: tuple[object, ...], details: _Details) -> CityProfile:
    (city_id, uuid, name, country, region, languages, population, website, summary, source,
     updated, is_ours, contact_office) = row
    assert isinstance(city_id, int)
    return CityProfile(
        uuid=UUID(hex=str(uuid)),
        name=str(name),
        country_code=str(country),
        country_name=reference.country_name(str(country)),
        region=str(region),
        languages=tuple(json.loads(str(languages))),
        population=population if isinstance(population, int) else None,
        website=str(website),
        summary=str(summary),
        profile_source=str(source),
        profile_updated_at=(datetime.fromisoformat(updated).replace(tzinfo=UTC)
                            if isinstance(updated, str) else None),
        is_ours=bool(is_ours),
        offers=tuple(details.notes[city_id, "offers"]),
        wants_to_learn=tuple(details.notes[city_id, "wants_to_learn"]),
        shared_challenges=tuple(details.notes[city_id, "shared_challenge"]),
        practices=tuple(details.practices[city_id]),
        contact_office=str(contact_office),
        free_offers=tuple(details.free[city_id, "offers"]),
        free_wants_to_learn=tuple(details.free[city_id, "wants_to_learn"]),
        free_shared_challenges=tuple(details.free[city_id, "shared_challenge"]),
        assessments=tuple(details.assessments[city_id]),
    )
