"""The shipped peer cities' texts in the other languages (``resources/seed/translations/``).

``peer_cities.yaml`` holds the cities' texts in English; each file here holds them in
one more language, by city and practice UUID, notes by role and topic::

    format: rrr-peer-city-translations
    version: 1
    language: es
    cities:
      4e38b4a8-0d4d-4d3f-a059-d829f956cea5:        # Bilbao
        summary: ...
        offers: {financial-mechanisms: ...}         # also wants_to_learn, shared_challenges
        practices:
          1853bbaf-f6c9-48d9-ac67-0c5adc3cdf8b: {title: ..., description: ...}

As every seed, a translation is added once (a ``seeded_record`` per city and language)
and only to a profile still as shipped: one the officer or a bundle changed keeps its
texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, StringConstraints
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from rrr_desktop.messages import Message, message
from rrr_desktop.models.entities import City, Practice
from rrr_desktop.services.profile.draft import ROLES
from rrr_desktop.services.profile.schema import TextLanguage

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PracticeTexts(_Strict):
    title: Text
    description: Text


class CityTexts(_Strict):
    summary: Text
    offers: dict[str, Text] = {}
    wants_to_learn: dict[str, Text] = {}
    shared_challenges: dict[str, Text] = {}
    practices: dict[UUID, PracticeTexts] = {}


class TranslationFile(_Strict):
    format: Literal["rrr-peer-city-translations"]
    version: Literal[1]
    language: TextLanguage
    cities: dict[UUID, CityTexts]


def unmatched_translations(files: list[tuple[str, TranslationFile]],
                           cities: dict[UUID, tuple[dict[str, set[str]], set[UUID]]]
                           ) -> list[Message]:
    """Translations (in files by name) of a city, topic or practice the cities file does
    not hold; ``cities`` gives each city's topics by role and its practices."""
    problems = []
    for name, file in files:
        for city_uuid, texts in file.cities.items():
            if city_uuid not in cities:
                problems.append(message("seed.translation_unmatched", file=name,
                                        what=city_uuid))
                continue
            topics, practices = cities[city_uuid]
            problems += [message("seed.translation_unmatched", file=name,
                                 what=f"{city_uuid} {role}.{topic}")
                         for role in ROLES for topic in getattr(texts, role)
                         if topic not in topics[role]]
            problems += [message("seed.translation_unmatched", file=name,
                                 what=f"{city_uuid} practices.{uuid}")
                         for uuid in texts.practices if uuid not in practices]
    return problems


def add_translations(session: Session, files: tuple[TranslationFile, ...], source: str,
                     first_time: Callable[[str, str], bool]) -> int:
    """Give the shipped cities whose profile is still as shipped (``source``) their texts
    in each file's language, once; returns how many (city, language) were added."""
    wanted = {uuid for file in files for uuid in file.cities}
    cities = {c.uuid: c for c in session.scalars(select(City).where(City.uuid.in_(wanted)))}
    added = 0
    for file in files:
        for city_uuid, texts in file.cities.items():
            city = cities.get(city_uuid)
            if not first_time("city_translation", f"{city_uuid}:{file.language}"):
                continue
            if (city is None or city.profile_source != source
                    or file.language == city.text_language or file.language in city.translations):
                continue
            block: dict[str, object] = {"summary": texts.summary}
            block.update({role: dict(getattr(texts, role)) for role in ROLES
                          if getattr(texts, role)})
            city.translations = {**city.translations, file.language: block}
            _same_revision(city)
            _add_practice_texts(city.practices, file.language, texts.practices)
            added += 1
    return added


def _add_practice_texts(practices: list[Practice], language: str,
                        texts: dict[UUID, PracticeTexts]) -> None:
    for practice in practices:
        found = texts.get(practice.uuid)
        if found is not None and language not in practice.translations:
            practice.translations = {**practice.translations, language: found.model_dump()}
            _same_revision(practice)


def _same_revision(record: City | Practice) -> None:
    """A shipped copy of a city's record keeps the revision the city gave it: its own
    bundles (revision 2 after its first change) must read as newer, not as a conflict."""
    flag_modified(record, "revision")
