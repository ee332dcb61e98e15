"""Read our city and the peers as plain profiles.

Reading goes through the standard ``sqlite3`` module (``Database.reading``) and the
queries of ``models/queries/cities.py``, not the ORM: the pages fill right after the
window appears, before SQLAlchemy would even have finished importing, and list
queries stay fast on large tables. ``tests/app/test_directory.py`` checks these
reads against the ORM's view of the same rows, so the two cannot drift apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import Any
from uuid import UUID

from rrr_desktop.messages import current_language
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import cities as queries
from rrr_desktop.services import reference
from rrr_desktop.services.dto import (
    AssessmentInfo,
    Choice,
    CityProfile,
    FreeTopicNote,
    PracticeInfo,
    TopicNote,
)
from rrr_desktop.services.profile.draft import ROLES
from rrr_desktop.services.profile.translations import Reading
from rrr_desktop.services.vocabulary import topic_label
from rrr_desktop.text import normalise


def our_city(db: Database, language: str | None = None) -> CityProfile | None:
    """Our city, its texts in ``language`` (by default the officer's) where written in it."""
    with db.reading() as connection:
        found = _profiles(connection, ours=True, language=language)
    return found[0] if found else None


def peer_cities(db: Database, language: str | None = None) -> list[CityProfile]:
    """Every city but ours, by name (ignoring case and accents); their texts in
    ``language`` (by default the officer's) where they wrote them in it."""
    with db.reading() as connection:
        peers = _profiles(connection, ours=False, language=language)
    return sorted(peers, key=lambda city: normalise(city.name))


def seeded_cities(db: Database) -> list[Choice]:
    """The shipped peer cities still in the database, for the first-run choice."""
    with db.reading() as connection:
        seeded = queries.seeded_city_uuids(connection)
        cities = queries.city_names(connection)
    chosen = [Choice(str(uuid), name) for uuid, name in cities if uuid in seeded]
    return sorted(chosen, key=lambda choice: normalise(choice.name))


def _profiles(connection: Connection, *, ours: bool, language: str | None
              ) -> list[CityProfile]:
    cities = queries.city_rows(connection, ours=ours)
    details = _Details.read(connection, ours=ours)
    return [_profile(row, details, language or current_language()) for row in cities]


class _Details:
    """Everything but the city row, for every selected city, keyed by city id."""

    def __init__(self) -> None:
        self.notes: dict[tuple[int, str], list[TopicNote]] = defaultdict(list)
        self.free: dict[tuple[int, str], list[FreeTopicNote]] = defaultdict(list)
        self.practices: dict[int, list[PracticeInfo]] = defaultdict(list)
        self.practice_translations: dict[UUID, dict[str, Any]] = {}
        self.assessments: dict[int, list[AssessmentInfo]] = defaultdict(list)

    @classmethod
    def read(cls, connection: Connection, *, ours: bool) -> _Details:
        details = cls()
        for city_id, topic_id, label, role, note in queries.city_topic_rows(connection,
                                                                            ours=ours):
            details.notes[city_id, role].append(TopicNote(topic_id, topic_label(topic_id, label),
                                                          note))
        for city_id, role, text, note in queries.free_topic_rows(connection, ours=ours):
            details.free[city_id, role].append(FreeTopicNote(text, note))
        for city_id, topic_id, label, score, assessed_on in queries.assessment_rows(
                connection, ours=ours):
            details.assessments[city_id].append(AssessmentInfo(
                topic_id, topic_label(topic_id, label), score, assessed_on))
        practice_topics: dict[int, list[str]] = defaultdict(list)
        for practice_id, topic_id, label in queries.practice_topic_rows(connection, ours=ours):
            practice_topics[practice_id].append(topic_label(topic_id, label))
        for (practice_id, city_id, uuid, title, kind, stage, description, year_started,
             link, translations) in queries.practice_rows(connection, ours=ours):
            details.practice_translations[uuid] = translations or {}
            details.practices[city_id].append(PracticeInfo(
                uuid, title, kind, stage, description, year_started, link,
                tuple(practice_topics[practice_id])))
        return details


def _profile(row: tuple[Any, ...], details: _Details, language: str) -> CityProfile:
    (city_id, uuid, name, country, region, languages, population, website, summary, source,
     updated, is_ours, contact_office, text_language, translations) = row
    assert isinstance(city_id, int)
    reading = Reading(str(text_language), translations or {}, language)
    profile = CityProfile(
        uuid=uuid,
        name=str(name),
        country_code=str(country),
        country_name=reference.country_name(str(country)),
        region=reference.region_name(str(region)),
        languages=tuple(languages),
        population=population if isinstance(population, int) else None,
        website=str(website),
        summary=str(summary),
        profile_source=str(source),
        profile_updated_at=updated,
        is_ours=is_ours,
        offers=tuple(details.notes[city_id, "offers"]),
        wants_to_learn=tuple(details.notes[city_id, "wants_to_learn"]),
        shared_challenges=tuple(details.notes[city_id, "shared_challenge"]),
        practices=tuple(details.practices[city_id]),
        contact_office=str(contact_office),
        free_offers=tuple(details.free[city_id, "offers"]),
        free_wants_to_learn=tuple(details.free[city_id, "wants_to_learn"]),
        free_shared_challenges=tuple(details.free[city_id, "shared_challenge"]),
        assessments=tuple(details.assessments[city_id]),
        text_language=str(text_language),
    )
    return _in_reading_language(profile, reading, details)


def _in_reading_language(profile: CityProfile, reading: Reading, details: _Details
                         ) -> CityProfile:
    """The profile's texts in the reader's language, or named in another."""
    def notes(entries: tuple[TopicNote, ...], key: str) -> tuple[TopicNote, ...]:
        return tuple(replace(n, note=reading.text(n.note, key, n.topic_id)) for n in entries)

    def free(entries: tuple[FreeTopicNote, ...], key: str) -> tuple[FreeTopicNote, ...]:
        return tuple(replace(n, note=reading.text(n.note, key, n.text)) for n in entries)

    practices = tuple(replace(
        p, title=reading.text(p.title, "title", translations=details.practice_translations[
            p.uuid]),
        description=reading.text(p.description, "description",
                                 translations=details.practice_translations[p.uuid]))
        for p in profile.practices)
    changes: dict[str, Any] = {
        "summary": reading.text(profile.summary, "summary"),
        "contact_office": reading.text(profile.contact_office, "contact_office"),
        "practices": practices}
    for role in ROLES:
        changes[role] = notes(getattr(profile, role), role)
        changes[f"free_{role}"] = free(getattr(profile, f"free_{role}"), f"free_{role}")
    return replace(profile, **changes,
                   shown_in_other_languages=tuple(sorted(reading.others)))
