"""What each member of a group brings to its theme, from the matching's view of cities:
the topics it offers and wants to learn among the group's topics and those the
vocabulary relates to them (related, or one step before or after)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from rrr_desktop.models.database import Database
from rrr_desktop.services.groups.shared import Group
from rrr_desktop.services.peers.world import load_world


@dataclass(frozen=True)
class MemberTheme:
    uuid: UUID
    city: str
    offers: tuple[str, ...]  # topic labels, the group's own topics first
    wants: tuple[str, ...]


def member_themes(db: Database, group: Group,
                  name_topic: Callable[[str, str], str] | None = None
                  ) -> tuple[MemberTheme, ...]:
    """One entry per member, in the group's order; ``name_topic(id, label)`` names the
    topics in another language than the officer's (a brief's)."""
    world = load_world(db).world
    graph = world.topics
    theme = set(group.topic_ids)
    for topic in group.topic_ids:
        theme |= graph.neighbours(topic)
    order = {topic: (topic not in group.topic_ids, graph.label(topic)) for topic in theme}
    cities = {city.uuid: city for city in world.cities}

    def labels(topics: frozenset[str]) -> tuple[str, ...]:
        return tuple(name_topic(t, graph.label(t)) if name_topic else graph.label(t)
                     for t in sorted(topics & theme, key=order.__getitem__))

    result = []
    for member in group.members:
        city = cities.get(member.uuid)
        result.append(MemberTheme(member.uuid, member.city,
                                  labels(city.offers) if city else (),
                                  labels(city.wants) if city else ()))
    return tuple(result)
