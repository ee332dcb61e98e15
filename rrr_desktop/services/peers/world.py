"""What the matching engine works on: cities' topics and the topic vocabulary.

The engine (``matching.py``, ``working_groups.py``) takes these plain inputs, not
``CityProfile``s or database rows, so it can be tested on small made-up worlds and
benchmarked on large generated ones. :func:`load_world` is the one adapter from
the database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from uuid import UUID

from rrr_desktop.collector import collector_paused
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.topics import topic_labels, topic_relations, topic_synonyms
from rrr_desktop.services.dto import CityProfile
from rrr_desktop.services.setup import directory
from rrr_desktop.services.vocabulary import localised_topics
from rrr_desktop.text import normalise

# Words that say nothing about a topic; left out when free-text topics are compared.
_FILLER_WORDS = frozenset((
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "to", "with", "our", "their", "your", "how", "de", "del", "la", "las", "los", "el", "y",
    "en", "para", "con", "et", "des", "du", "le", "les", "pour", "avec", "di", "e", "per"))
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def phrase_words(text: str) -> frozenset[str]:
    """The words of a free-text topic that carry its meaning, normalised.

    Case and accents are ignored, filler words dropped and a plural ``s`` trimmed,
    so "Co-operative housing" and "cooperatives' housing" share both their words.
    """
    words = _WORD.findall(normalise(text).replace("-", ""))
    return frozenset(_singular(word) for word in words
                     if word not in _FILLER_WORDS and len(word) > 1)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@dataclass(frozen=True)
class TopicGraph:
    """The vocabulary: labels, synonyms and the relations between topics.

    ``related`` is symmetric (both directions are present); ``leads_to`` is directed.
    """

    labels: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    related: Mapping[str, frozenset[str]] = field(default_factory=dict)
    leads_to: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def label(self, topic_id: str) -> str:
        return self.labels.get(topic_id, topic_id)

    @cached_property
    def _neighbours(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = defaultdict(set)
        for topic, others in self.related.items():
            for other in others:
                found[topic].add(other)
                found[other].add(topic)
        for topic, later in self.leads_to.items():
            for other in later:
                found[topic].add(other)
                found[other].add(topic)
        return {topic: frozenset(others - {topic}) for topic, others in found.items()}

    def neighbours(self, topic_id: str) -> frozenset[str]:
        """Topics related to this one, or one step before or after it in a progression."""
        return self._neighbours.get(topic_id, frozenset())

    @cached_property
    def _names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for topic in sorted(self.labels):
            for name in (topic, topic.replace("-", " "), self.labels[topic],
                         *self.synonyms.get(topic, ())):
                names.setdefault(normalise(name), topic)
        return names

    def find(self, text: str) -> str | None:
        """The topic whose id, label or synonym ``text`` is (ignoring case and accents)."""
        return self._names.get(normalise(text))


@dataclass(frozen=True)
class CityTopics:
    """One city as the engine sees it.

    ``offers``, ``wants`` and ``challenges`` hold vocabulary topic ids; the ``free_*``
    fields hold topics typed in the city's own words; ``maturity`` holds the city's
    self-assessment per topic id (0..10), only for topics it has assessed.
    """

    uuid: UUID
    name: str
    languages: tuple[str, ...] = ()
    region: str = ""
    country: str = ""
    offers: frozenset[str] = frozenset()
    wants: frozenset[str] = frozenset()
    challenges: frozenset[str] = frozenset()
    free_offers: tuple[str, ...] = ()
    free_wants: tuple[str, ...] = ()
    free_challenges: tuple[str, ...] = ()
    maturity: Mapping[str, int] = field(default_factory=dict)

    @property
    def has_topics(self) -> bool:
        """Whether the city named anything to offer, learn or share (else nothing can match)."""
        return bool(self.offers or self.wants or self.challenges or self.free_offers
                    or self.free_wants or self.free_challenges)


@dataclass(frozen=True)
class World:
    """Every city the engine may compare, and the vocabulary."""

    topics: TopicGraph
    cities: tuple[CityTopics, ...]

    def city(self, uuid: UUID) -> CityTopics | None:
        return next((city for city in self.cities if city.uuid == uuid), None)


def with_free_text_resolved(city: CityTopics, topics: TopicGraph) -> CityTopics:
    """Free-text topics that name a vocabulary topic (by label or synonym) become that topic.

    "Impact investing" typed as a wish is the vocabulary's social impact bonds topic,
    and is matched as such; the rest stays free text, matched word by word.
    """
    def split(free: tuple[str, ...]) -> tuple[set[str], tuple[str, ...]]:
        found = {topic for text in free if (topic := topics.find(text))}
        return found, tuple(text for text in free if not topics.find(text))

    offers, free_offers = split(city.free_offers)
    wants, free_wants = split(city.free_wants)
    challenges, free_challenges = split(city.free_challenges)
    return CityTopics(
        uuid=city.uuid, name=city.name, languages=city.languages, region=city.region,
        country=city.country, offers=city.offers | offers, wants=city.wants | wants,
        challenges=city.challenges | challenges, free_offers=free_offers,
        free_wants=free_wants, free_challenges=free_challenges, maturity=city.maturity)


def city_topics(profile: CityProfile) -> CityTopics:
    """The engine's view of a city profile."""
    return CityTopics(
        uuid=profile.uuid,
        name=profile.name,
        languages=profile.languages,
        region=profile.region,
        country=profile.country_code,
        offers=frozenset(note.topic_id for note in profile.offers),
        wants=frozenset(note.topic_id for note in profile.wants_to_learn),
        challenges=frozenset(note.topic_id for note in profile.shared_challenges),
        free_offers=tuple(note.text for note in profile.free_offers),
        free_wants=tuple(note.text for note in profile.free_wants_to_learn),
        free_challenges=tuple(note.text for note in profile.free_shared_challenges),
        maturity={a.topic_id: a.score for a in profile.assessments if a.score is not None},
    )


@dataclass(frozen=True)
class LoadedWorld:
    """The world read from a home, and our city in it (None before one is chosen)."""

    world: World
    ours: CityTopics | None


@collector_paused()
def load_world(db: Database) -> LoadedWorld:
    """Our city, the peers and the vocabulary, read with plain SQL."""
    with db.reading() as connection:
        labels = localised_topics(topic_labels(connection))
        synonyms: dict[str, list[str]] = defaultdict(list)
        for topic, text in topic_synonyms(connection):
            synonyms[topic].append(text)
        related: dict[str, set[str]] = defaultdict(set)
        leads_to: dict[str, set[str]] = defaultdict(set)
        for topic, other, kind in topic_relations(connection):
            if kind == "leads_to":
                leads_to[topic].add(other)
            else:
                related[topic].add(other)
                related[other].add(topic)
    graph = TopicGraph(labels=labels,
                       synonyms={topic: tuple(texts) for topic, texts in synonyms.items()},
                       related=_frozen(related), leads_to=_frozen(leads_to))
    ours = directory.our_city(db)
    peers = directory.peer_cities(db)
    profiles: Iterable[CityProfile] = ([ours] if ours else []) + peers
    cities = tuple(with_free_text_resolved(city_topics(p), graph) for p in profiles)
    return LoadedWorld(World(graph, cities), cities[0] if ours else None)


def _frozen(links: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    return {topic: frozenset(others) for topic, others in links.items()}
