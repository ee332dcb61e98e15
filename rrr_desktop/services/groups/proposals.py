"""Propose working groups: 3 to 6 cities around one or two topics, each with a teacher.

The method is a greedy cover of learning wishes by offers (docs/matching.md):

1. A city *can teach* a topic when it offers it (directly) or offers a topic the
   vocabulary relates to it (related, or one step before or after it).
2. Each topic someone wants to learn has a candidate group: its lead is the best
   teacher (a direct offer before a related one, a city that does not want the topic
   itself before one that does, then the highest self-assessed maturity, then name),
   its members the cities that want to learn it (at most five, those not yet in a
   group for it first). A group short of three is completed with other teachers,
   then with cities that list the topic as a challenge (closest to the lead first);
   if it still has fewer than three it is not proposed.
3. The candidate that covers the most wishes not covered yet (twice as much when its
   lead offers the topic directly) becomes a group; ties go to the topic id.
4. A second topic joins the group when it is next to the first in the vocabulary and
   a member wants it that another member can teach; its other learners join while
   there is room. Both topics are then covered, and step 3 repeats until no
   candidate covers a new wish.

The same world always gives the same groups: every choice ends in a tie-break on
names and ids.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from rrr_desktop.services.peers.matching import DEFAULT_WEIGHTS, Weights, score_peer
from rrr_desktop.services.peers.reasons import GroupRole, MemberReason
from rrr_desktop.services.peers.world import CityTopics, World
from rrr_desktop.text import normalise

MIN_MEMBERS = 3
MAX_MEMBERS = 6


class Teaching(enum.IntEnum):
    RELATED = 1  # offers a topic related to the one wanted
    DIRECT = 2  # offers the topic itself


@dataclass(frozen=True)
class GroupMember:
    uuid: UUID
    city: str
    reasons: tuple[MemberReason, ...]


@dataclass(frozen=True)
class GroupProposal:
    """A proposed working group; the lead is also the first member."""

    topic_ids: tuple[str, ...]
    topics: tuple[str, ...]  # labels, in the same order
    lead: UUID
    lead_city: str
    members: tuple[GroupMember, ...]


def suggest_groups(world: World, weights: Weights = DEFAULT_WEIGHTS) -> list[GroupProposal]:
    """Working groups for the whole network, in the order the method found them."""
    return _GroupFinder(world, weights).run()


class _GroupFinder:
    def __init__(self, world: World, weights: Weights) -> None:
        self.world = world
        self.weights = weights
        self.cities = sorted(world.cities, key=_city_order)
        self.teachers: dict[str, dict[UUID, tuple[Teaching, str]]] = defaultdict(dict)
        self.learners: dict[str, list[CityTopics]] = defaultdict(list)
        for city in self.cities:
            for offer in sorted(city.offers):
                for topic in sorted(world.topics.neighbours(offer) - city.offers):
                    self.teachers[topic].setdefault(city.uuid, (Teaching.RELATED, offer))
                self.teachers[offer][city.uuid] = (Teaching.DIRECT, "")
            for wish in city.wants:
                self.learners[wish].append(city)
        self.uncovered = {(city.uuid, wish) for city in self.cities for wish in city.wants}
        self.used: set[str] = set()
        self._teacher_orders: dict[str, list[CityTopics]] = {}

    def run(self) -> list[GroupProposal]:
        groups = []
        while best := self._best_topic():
            members = self._members(best)
            self.used.add(best)
            if members is None:
                continue
            groups.append(self._proposal(best, members))
        return groups

    def _best_topic(self) -> str | None:
        """The unused topic whose group would cover the most uncovered wishes."""
        best: tuple[int, str] | None = None
        for topic in sorted(self.learners):
            lead = self._lead(topic)
            if topic in self.used or lead is None:
                continue
            waiting = sum((city.uuid, topic) in self.uncovered
                          for city in self.learners[topic] if city.uuid != lead.uuid)
            value = min(waiting, MAX_MEMBERS - 1) * self.teachers[topic][lead.uuid][0]
            if value and (best is None or value > best[0]):
                best = (value, topic)
        return best[1] if best else None

    def _teacher_order(self, topic: str) -> list[CityTopics]:
        """Who can teach ``topic``, best first (the first one leads)."""
        if topic not in self._teacher_orders:
            def rank(city: CityTopics) -> tuple[int, bool, int, str, str]:
                maturity = city.maturity.get(topic)
                return (-self.teachers[topic][city.uuid][0], topic in city.wants,
                        -1 if maturity is None else -maturity, *_city_order(city))
            self._teacher_orders[topic] = sorted(
                (c for c in self.cities if c.uuid in self.teachers[topic]), key=rank)
        return self._teacher_orders[topic]
    def _lead(self, topic: str) -> CityTopics | None:
        """The best teacher that may lead on ``topic``: one offering it, or a related topic
        without wanting to learn ``topic`` itself; a city that comes to learn the theme
        may teach a related topic in the group, never lead it."""
        return next((city for city in self._teacher_order(topic)
                     if self.teachers[topic][city.uuid][0] is Teaching.DIRECT
                     or topic not in city.wants), None)

    def _members(self, topic: str) -> list[tuple[CityTopics, GroupRole]] | None:
        lead = self._lead(topic)
        assert lead is not None
        learners = sorted((c for c in self.learners[topic] if c.uuid != lead.uuid),
                          key=lambda c: ((c.uuid, topic) not in self.uncovered, *_city_order(c)))
        members = [(lead, GroupRole.LEADS)] + [(c, GroupRole.LEARNS)
                                                for c in learners[:MAX_MEMBERS - 1]]
        chosen = {c.uuid for c, _ in members}
        if len(members) < MIN_MEMBERS:
            others = [c for c in self._teacher_order(topic) if c.uuid not in chosen]
            members += [(c, GroupRole.TEACHES) for c in others[:MIN_MEMBERS - len(members)]]
            chosen |= {c.uuid for c in others}
        if len(members) < MIN_MEMBERS:
            sharers = [c for c in self.cities if topic in c.challenges and c.uuid not in chosen]
            sharers.sort(key=lambda c: (-score_peer(self.world.topics, lead, c,
                                                    self.weights).score, *_city_order(c)))
            members += [(c, GroupRole.SHARES_CHALLENGE)
                        for c in sharers[:MIN_MEMBERS - len(members)]]
        return members if len(members) >= MIN_MEMBERS else None

    def _second_topic(self, topic: str, members: list[CityTopics]) -> str | None:
        """A neighbour of ``topic`` a member wants and another member can teach."""
        best: tuple[int, str] | None = None
        for other in sorted(self.world.topics.neighbours(topic) - self.used):
            served = 0
            for member in members:
                teachers = [self.teachers[other][m.uuid][0] for m in members
                            if m is not member and m.uuid in self.teachers[other]]
                if other in member.wants and (member.uuid, other) in self.uncovered and teachers:
                    served += max(teachers)
            if served and (best is None or served > best[0]):
                best = (served, other)
        return best[1] if best else None

    def _proposal(self, topic: str, chosen: list[tuple[CityTopics, GroupRole]]) -> GroupProposal:
        reasons: dict[UUID, list[MemberReason]] = defaultdict(list)
        for city, role in chosen:
            reasons[city.uuid].append(self._reason(city, role, topic))
        members = [city for city, _ in chosen]
        second = self._second_topic(topic, members)
        topic_ids = (topic,) if second is None else (topic, second)
        if second is not None:
            self.used.add(second)
            present = {m.uuid for m in members}
            joining = [c for c in self.learners[second] if c.uuid not in present
                       and (c.uuid, second) in self.uncovered]
            members += joining[:MAX_MEMBERS - len(members)]
            learners = [m for m in members if second in m.wants]
            teacher = min((m for m in members if m.uuid in self.teachers[second]),
                          key=lambda m: (-self.teachers[second][m.uuid][0], m in learners,
                                         *_city_order(m)))
            reasons[teacher.uuid].append(self._reason(teacher, GroupRole.TEACHES, second))
            for learner in learners:
                reasons[learner.uuid].append(self._reason(learner, GroupRole.LEARNS, second))
        for city in members:
            for covered in topic_ids:
                self.uncovered.discard((city.uuid, covered))
        lead = members[0]
        ordered = [lead, *sorted(members[1:], key=_city_order)]
        labels = self.world.topics.label
        return GroupProposal(
            topic_ids=topic_ids, topics=tuple(labels(t) for t in topic_ids), lead=lead.uuid,
            lead_city=lead.name,
            members=tuple(GroupMember(c.uuid, c.name, tuple(reasons[c.uuid])) for c in ordered))

    def _reason(self, city: CityTopics, role: GroupRole, topic: str) -> MemberReason:
        labels = self.world.topics.label
        if role in (GroupRole.LEADS, GroupRole.TEACHES):
            _, via = self.teachers[topic][city.uuid]
            return MemberReason(role, city.name, topic, labels(topic), via,
                                labels(via) if via else "", city.maturity.get(topic))
        return MemberReason(role, city.name, topic, labels(topic))


def _city_order(city: CityTopics) -> tuple[str, str]:
    return normalise(city.name), str(city.uuid)
