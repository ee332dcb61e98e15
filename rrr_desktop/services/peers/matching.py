"""Rank peer cities for our city, and say why (docs/matching.md explains the method).

A peer's score is the sum of the points of its reasons. For each topic one side
wants to learn, the best way the other side covers it counts once: the same topic
offered (plus a bonus when the teacher rates itself further ahead), else a related
topic, else an offer in its own words that shares most words with the wish. Shared
challenges and wishes add a little; an exchange that goes both ways adds a bonus.
Everything is deterministic: the same world gives the same ranking, ties broken by
name, then UUID.
"""

from __future__ import annotations

import enum
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.peers.reasons import Criterion, Reason, Stance, TopicStance
from rrr_desktop.services.peers.world import CityTopics, TopicGraph, World, phrase_words
from rrr_desktop.services.vocabulary import topic_names_in_every_language
from rrr_desktop.text import normalise

# Share of the longer phrase's words two own-words topics must have in common.
FREE_TEXT_THRESHOLD = 0.6
MAX_WEIGHT = 100.0


@dataclass(frozen=True)
class Weights:
    """Points per criterion; docs/matching.md gives the reasons for each default."""

    learn: float = 3.0  # per topic we want to learn that they offer
    teach: float = 2.0  # per topic they want to learn that we offer
    reciprocity: float = 3.0  # once, when both directions have a direct or own-words match
    maturity_gap: float = 2.0  # times (teacher's - learner's maturity) / 10, when both rated
    related: float = 0.25  # share of a direct match's points, for a wish met by a related topic
    shared_challenge: float = 0.25  # per topic both list as a challenge or wish
    free_text: float = 0.8  # share of a direct match's points, times the share of words in
    # common, for a wish met by an offer in the other city's own words

    def __post_init__(self) -> None:
        for weight in fields(self):
            value = getattr(self, weight.name)
            if not (isinstance(value, int | float) and math.isfinite(value)
                    and 0 <= value <= MAX_WEIGHT):
                raise RejectedInput("matching.weight_out_of_range", field=weight.name,
                                    weight=weight.name.replace("_", " "),
                                    limit=f"{MAX_WEIGHT:g}", value=repr(value))


DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class PeerFilters:
    """What the officer narrowed the list to. Empty sets mean "no filter".

    ``regions`` match a city's region or its country code; ``pinned`` cities come
    first (even with nothing in common), ``hidden`` ones never appear.
    """

    languages: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    hidden: frozenset[UUID] = frozenset()
    pinned: frozenset[UUID] = frozenset()

    def admits(self, city: CityTopics) -> bool:
        if city.uuid in self.hidden:
            return False
        if self.languages and not self.languages & set(city.languages):
            return False
        wanted_regions = {normalise(region) for region in self.regions}
        return not wanted_regions or bool(
            wanted_regions & {normalise(city.region), normalise(city.country)})


NO_FILTERS = PeerFilters()


@dataclass(frozen=True)
class Suggestion:
    """A peer city, its score and the reasons it adds up from (largest first)."""

    uuid: UUID
    city: str
    score: float
    reasons: tuple[Reason, ...]
    pinned: bool = False
    on_topic: TopicStance | None = None  # with a topic filter: what the peer does with it

    def breakdown(self) -> dict[Criterion, float]:
        """Points per criterion, for the settings panel and ``peers show``."""
        totals: dict[Criterion, float] = defaultdict(float)
        for reason in self.reasons:
            totals[reason.criterion] += reason.points
        return {criterion: round(points, 2) for criterion, points in totals.items()}

    def involves(self, topic_id: str) -> bool:
        return any(topic_id in (reason.topic_id, reason.via_id) for reason in self.reasons)


def find_topic(topics: TopicGraph, text: str) -> str:
    """The topic id ``text`` names (id, or a label or synonym in any of the seven
    languages), or a message listing the topics."""
    found = topics.find(text) or next(
        (topic_id for topic_id, name in topic_names_in_every_language()
         if topic_id in topics.labels and normalise(name) == normalise(text)), None)
    if found is None:
        known = ", ".join(sorted(topics.labels))
        raise RejectedInput("matching.topic_unknown", field="topic", text=text, known=known)
    return found


def suggest_peers(world: World, ours: CityTopics, weights: Weights = DEFAULT_WEIGHTS, *,
                  topic: str | None = None, limit: int | None = None,
                  filters: PeerFilters = NO_FILTERS, everyone: bool = False) -> list[Suggestion]:
    """The peers worth contacting, pinned ones first, then best score first.

    Peers with nothing in common are left out unless pinned or ``everyone`` is True
    (then they come last, with score 0, so every peer can be browsed); with ``topic``
    (an id) only peers with a reason about that topic, or that hold it themselves (offer,
    want to learn or share it as a challenge), remain: "who offers X?" is answered for
    any topic of the vocabulary, not only for ours. Each then says what it does with the
    topic (:class:`TopicStance`), and those offering it come first, then those wanting to
    learn it, those facing it as a challenge, and those with a related topic; each
    group best score first.
    """
    suggestions = []
    for city in world.cities:
        if city.uuid == ours.uuid or not filters.admits(city):
            continue
        suggestion = score_peer(world.topics, ours, city, weights, city.uuid in filters.pinned)
        if topic is not None:
            stance = _stance(world.topics, city, suggestion, topic)
            if stance is not None:
                suggestions.append(replace(suggestion, on_topic=stance))
            continue
        if suggestion.reasons or suggestion.pinned or everyone:
            suggestions.append(suggestion)
    spoken = {city.uuid: set(city.languages) & set(ours.languages) for city in world.cities}
    suggestions = _with_tie_reasons(suggestions, spoken)
    suggestions.sort(key=lambda s: (_STANCES.index(s.on_topic.stance) if s.on_topic else 0,
                                    not s.pinned, -s.score,
                                    s.score > 0 and not spoken[s.uuid],
                                    normalise(s.city), str(s.uuid)))
    return suggestions if limit is None else suggestions[:max(limit, 0)]


_STANCES = list(Stance)  # in the order "who offers X?" lists them


def _stance(topics: TopicGraph, city: CityTopics, suggestion: Suggestion,
            topic: str) -> TopicStance | None:
    """What ``city`` does with ``topic``: offers it, wants to learn it, faces it, or has
    a reason about it through a related topic; ``None`` when nothing of these."""
    if topic in city.offers:
        stance = Stance.OFFERS
    elif topic in city.wants:
        stance = Stance.WANTS_TO_LEARN
    elif topic in city.challenges:
        stance = Stance.CHALLENGE
    elif suggestion.involves(topic):
        stance = Stance.RELATED
    else:
        return None
    return TopicStance(stance, topic, topics.label(topic))


def _with_tie_reasons(suggestions: list[Suggestion],
                      spoken: Mapping[UUID, set[str]]) -> list[Suggestion]:
    """Peers with the same score are ordered by a language in common, then by name; a
    peer that a shared language moved up says so (a reason worth no points). Peers with
    nothing in common (score 0) stay in name order, with no reason to show."""
    # The ties in which some peer shares no language with us: there it changes the order.
    mixed = {(s.pinned, s.score) for s in suggestions if not spoken[s.uuid] and s.score > 0}
    def noted(suggestion: Suggestion) -> Suggestion:
        shared = sorted(spoken[suggestion.uuid])
        if not shared or (suggestion.pinned, suggestion.score) not in mixed:
            return suggestion
        return replace(suggestion, reasons=(*suggestion.reasons, Reason(
            Criterion.SHARED_LANGUAGE, suggestion.city, 0.0, shared[0], shared[0])))

    return [noted(suggestion) for suggestion in suggestions]


class EmptyBecause(enum.StrEnum):
    """Which choice left a list of peers empty, so the message can name it."""

    NO_PEERS = "no_peers"  # there is no other city at all
    HIDDEN = "hidden"  # every peer is hidden
    LANGUAGE = "language"  # no peer speaks the chosen language
    REGION = "region"  # no peer is in the chosen region or country
    LANGUAGE_AND_REGION = "language_and_region"  # each alone leaves some, both none
    TOPIC = "topic"  # the peers left have nothing on the chosen topic
    NOTHING_IN_COMMON = "nothing_in_common"  # no topic filter, yet no peer shares anything


def why_empty(world: World, ours: CityTopics, filters: PeerFilters = NO_FILTERS,
              topic: str | None = None) -> EmptyBecause:
    """Why :func:`suggest_peers` found no peer with these choices (the first cause that
    alone removes everyone, in the order of :class:`EmptyBecause`)."""
    peers = [city for city in world.cities if city.uuid != ours.uuid]
    shown = [city for city in peers if city.uuid not in filters.hidden]
    speaking = PeerFilters(languages=filters.languages)
    located = PeerFilters(regions=filters.regions)
    if not peers:
        return EmptyBecause.NO_PEERS
    if not shown:
        return EmptyBecause.HIDDEN
    if not any(speaking.admits(city) for city in shown):
        return EmptyBecause.LANGUAGE
    if not any(located.admits(city) for city in shown):
        return EmptyBecause.REGION
    if not any(filters.admits(city) for city in shown):
        return EmptyBecause.LANGUAGE_AND_REGION
    return EmptyBecause.TOPIC if topic is not None else EmptyBecause.NOTHING_IN_COMMON


def score_peer(topics: TopicGraph, ours: CityTopics, theirs: CityTopics,
               weights: Weights = DEFAULT_WEIGHTS, pinned: bool = False) -> Suggestion:
    """How well ``theirs`` suits ``ours``, with every reason."""
    learn = list(_covered_wishes(topics, theirs, ours, weights, learning=True))
    teach = list(_covered_wishes(topics, ours, theirs, weights, learning=False))
    reasons = learn + teach
    two_way = {Criterion.LEARN, Criterion.FREE_TEXT_LEARN}, {Criterion.TEACH,
                                                              Criterion.FREE_TEXT_TEACH}
    if all(any(r.criterion in kinds for r in reasons) for kinds in two_way) \
            and weights.reciprocity:
        reasons.append(Reason(Criterion.RECIPROCITY, theirs.name, weights.reciprocity))
    reasons += _shared_concerns(topics, ours, theirs, weights)
    reasons = [reason for reason in reasons if reason.points > 0]
    reasons.sort(key=lambda r: (-r.points, list(Criterion).index(r.criterion),
                                normalise(r.topic), normalise(r.via)))
    return Suggestion(theirs.uuid, theirs.name, round(sum(r.points for r in reasons), 2),
                      tuple(reasons), pinned)


def _covered_wishes(topics: TopicGraph, teacher: CityTopics, learner: CityTopics,
                    weights: Weights, learning: bool) -> Iterator[Reason]:
    """For each of the learner's wishes, the best way the teacher covers it (if any).

    ``learning`` is True when the learner is our city (the reasons speak of "you").
    """
    direct, related, free = ((Criterion.LEARN, Criterion.RELATED_LEARN,
                              Criterion.FREE_TEXT_LEARN) if learning else
                             (Criterion.TEACH, Criterion.RELATED_TEACH,
                              Criterion.FREE_TEXT_TEACH))
    direct_weight = weights.learn if learning else weights.teach
    peer = teacher.name if learning else learner.name

    def maturities(topic: str) -> tuple[int | None, int | None]:
        """(their maturity, ours) on a topic."""
        teaching, learnt = teacher.maturity.get(topic), learner.maturity.get(topic)
        return (teaching, learnt) if learning else (learnt, teaching)

    offered_names = _phrases(topics, teacher.offers, teacher.free_offers)
    for wish in sorted(learner.wants):
        label = topics.label(wish)
        options: list[list[Reason]] = []
        if wish in teacher.offers:
            theirs, ours = maturities(wish)
            found = [Reason(direct, peer, direct_weight, wish, label,
                            their_maturity=theirs, our_maturity=ours)]
            gap = _gap(teacher.maturity.get(wish), learner.maturity.get(wish))
            if gap:
                found.append(Reason(Criterion.MATURITY_GAP, peer, weights.maturity_gap * gap,
                                    wish, label, their_maturity=theirs, our_maturity=ours))
            options.append(found)
        if near := sorted(topics.neighbours(wish) & teacher.offers):
            options.append([Reason(related, peer, weights.related * direct_weight, wish, label,
                                   near[0],
                                   topics.label(near[0]))])
        if teacher.free_offers:
            options.append(_best_free_match(
                label, _phrases(topics, (), teacher.free_offers), criterion=free, peer=peer,
                weight=weights.free_text * direct_weight, topic_id=wish))
        yield from _best(options)
    for wish_text in learner.free_wants:
        yield from _best_free_match(wish_text, offered_names, criterion=free, peer=peer,
                                    weight=weights.free_text * direct_weight)


def _best(options: Iterable[list[Reason]]) -> list[Reason]:
    """The option with the most points; the first listed wins a tie."""
    best: list[Reason] = []
    for option in options:
        if sum(r.points for r in option) > sum(r.points for r in best):
            best = option
    return best


def _gap(teacher: int | None, learner: int | None) -> float:
    if teacher is None or learner is None or teacher <= learner:
        return 0.0
    return (teacher - learner) / 10


def _phrases(topics: TopicGraph, topic_ids: Iterable[str],
             free: Iterable[str]) -> list[tuple[str, str]]:
    """(topic id or "", phrase) for every way a city names what it has: own words first,
    then each vocabulary topic's label and synonyms."""
    named = [("", text) for text in free]
    for topic in sorted(topic_ids):
        named += [(topic, name) for name in (topics.label(topic), *topics.synonyms.get(topic, ()))]
    return named


def _best_free_match(text: str, candidates: Iterable[tuple[str, str]], *, criterion: Criterion,
                     peer: str, weight: float, topic_id: str = "") -> list[Reason]:
    """The candidate phrase sharing the largest share of words with ``text``, if close enough."""
    words = phrase_words(text)
    best: tuple[float, str, str] | None = None
    for via_id, phrase in candidates:
        similarity = _similarity(words, phrase_words(phrase))
        if similarity >= FREE_TEXT_THRESHOLD and (best is None or similarity > best[0]):
            best = (similarity, via_id, phrase)
    if best is None:
        return []
    similarity, via_id, phrase = best
    return [Reason(criterion, peer, round(weight * similarity, 2), topic_id, text,
                   via_id, phrase)]


def _concern(topic: str, ours: CityTopics, theirs: CityTopics) -> Criterion:
    """How a topic on both sides' lists of concerns is shared: each reason says only
    what each city's profile says (a topic one city only faces as a challenge is not
    one it "wants to learn")."""
    if topic in ours.challenges and topic in theirs.challenges:
        return Criterion.SHARED_CHALLENGE
    if topic in ours.wants and topic in theirs.wants:
        return Criterion.SHARED_WANT
    return Criterion.WANT_THEY_FACE if topic in ours.wants else Criterion.FACE_THEY_WANT


def _similarity(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / max(len(first), len(second))


def _shared_concerns(topics: TopicGraph, ours: CityTopics, theirs: CityTopics,
                     weights: Weights) -> list[Reason]:
    """Topics both cities struggle with or want to learn: common interests. Only a topic
    both list as a challenge is "a shared challenge", and only one both want to learn
    "a common wish"; otherwise the reason says which city wants it and which faces it."""
    reasons = []
    for topic in sorted((ours.challenges | ours.wants) & (theirs.challenges | theirs.wants)):
        reasons.append(Reason(_concern(topic, ours, theirs), theirs.name,
                              weights.shared_challenge, topic, topics.label(topic)))
    their_names = _phrases(topics, theirs.challenges, theirs.free_challenges)
    for text in ours.free_challenges:
        reasons += _best_free_match(text, their_names, criterion=Criterion.FREE_TEXT_CHALLENGE,
                                    peer=theirs.name,
                                    weight=weights.free_text * weights.shared_challenge)
    return reasons

