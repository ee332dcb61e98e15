"""Working groups the officer saved: from a proposal, then renamed and edited.

A saved group is ours (never sent in a bundle) and goes into briefs. Rules: at most
six members (adding a seventh is refused); fewer than three is allowed while the
officer rearranges the group, but the group then carries a warning. The lead is a
member; removing the lead leaves the group without one until another is chosen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import workspace as queries
from rrr_desktop.models.queries.topics import topic_labels
from rrr_desktop.services.groups.editing import checked_name, editable_group
from rrr_desktop.services.groups.proposals import MAX_MEMBERS, MIN_MEMBERS, GroupProposal
from rrr_desktop.services.peers.reasons import MemberReason, member_sentence
from rrr_desktop.services.vocabulary import localised_topics

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rrr_desktop.models.workspace import WorkingGroup


@dataclass(frozen=True)
class SavedMember:
    uuid: UUID
    city: str
    reason: str


@dataclass(frozen=True)
class SavedGroup:
    uuid: UUID
    name: str
    topic_ids: tuple[str, ...]
    topics: tuple[str, ...]  # labels, in the same order
    lead: UUID | None
    lead_city: str
    members: tuple[SavedMember, ...]
    notes: str
    updated_at: datetime | None

    @property
    def too_small(self) -> bool:
        """Fewer than three members: a working group needs more to be worth meeting."""
        return len(self.members) < MIN_MEMBERS


def saved_groups(db: Database) -> list[SavedGroup]:
    """Every saved group, by name; members in their saved order (the lead first)."""
    with db.reading() as connection:
        labels = localised_topics(topic_labels(connection))
        members: dict[int, list[SavedMember]] = defaultdict(list)
        for group_id, uuid, city, reason in queries.group_members(connection):
            members[group_id].append(SavedMember(uuid, city, reason))
        rows = queries.groups(connection)
    groups = []
    for group_id, uuid, name, topic_list, lead, lead_city, notes, updated in rows:
        topic_ids = tuple(topic_list)
        groups.append(SavedGroup(
            uuid=uuid, name=name, topic_ids=topic_ids,
            topics=tuple(labels.get(t, t) for t in topic_ids),
            lead=lead, lead_city=lead_city or "",
            members=tuple(members[group_id]), notes=notes, updated_at=updated))
    return sorted(groups, key=lambda g: (g.name.casefold(), str(g.uuid)))


def save_proposal(db: Database, proposal: GroupProposal, name: str = "",
                  reason_text: Callable[[MemberReason], str] = member_sentence) -> UUID:
    """Save a proposed group; ``name`` defaults to its topics. Returns the new group's UUID.

    ``reason_text`` renders each member's reasons (the window passes its translated
    sentences, so the saved text is in the officer's language).
    """
    from rrr_desktop.models.workspace import WorkingGroup, WorkingGroupMember

    name = checked_name(name or " + ".join(proposal.topics))
    with db.session() as session:
        group = WorkingGroup(name=name, topic_ids=list(proposal.topic_ids), notes="")
        for position, member in enumerate(proposal.members):
            group.members.append(WorkingGroupMember(
                city_id=_city_id(session, member.uuid), position=position,
                reason="; ".join(reason_text(r) for r in member.reasons)))
        group.lead_city_id = _city_id(session, proposal.lead)
        session.add(group)
        session.flush()
        return group.uuid


def rename_group(db: Database, group_uuid: UUID, name: str) -> None:
    with db.session() as session:
        _group(session, group_uuid).name = checked_name(name)


def add_member(db: Database, group_uuid: UUID, city_uuid: UUID, reason: str = "") -> None:
    """Add a city at the end of the group; a seventh member is refused."""
    from rrr_desktop.models.workspace import WorkingGroupMember

    with db.session() as session:
        group = _group(session, group_uuid)
        city_id = _city_id(session, city_uuid)
        if any(m.city_id == city_id for m in group.members):
            raise RejectedInput("group.already_member", group=group.name)
        if len(group.members) >= MAX_MEMBERS:
            raise RejectedInput("group.full", group=group.name, limit=MAX_MEMBERS)
        position = max((m.position for m in group.members), default=-1) + 1
        group.members.append(WorkingGroupMember(city_id=city_id, position=position,
                                                reason=reason))
        group.revision += 1  # members are part of the shared record


def remove_member(db: Database, group_uuid: UUID, city_uuid: UUID) -> None:
    """Remove a city from the group; removing the lead leaves the group without one."""
    with db.session() as session:
        group = _group(session, group_uuid)
        city_id = _city_id(session, city_uuid)
        member = next((m for m in group.members if m.city_id == city_id), None)
        if member is None:
            raise RejectedInput("group.not_member", group=group.name)
        group.members.remove(member)
        group.revision += 1  # members are part of the shared record
        if group.lead_city_id == city_id:
            group.lead_city_id = None


def set_lead(db: Database, group_uuid: UUID, city_uuid: UUID) -> None:
    with db.session() as session:
        group = _group(session, group_uuid)
        city_id = _city_id(session, city_uuid)
        if all(m.city_id != city_id for m in group.members):
            raise RejectedInput("group.lead_not_member", group=group.name)
        group.lead_city_id = city_id


def delete_group(db: Database, group_uuid: UUID) -> None:
    with db.session() as session:
        session.delete(_group(session, group_uuid))


def _group(session: Session, group_uuid: UUID) -> WorkingGroup:
    """The group, if ours to change (led here, or made here and never replaced)."""
    return editable_group(session, group_uuid)


def _city_id(session: Session, city_uuid: UUID) -> int:
    from sqlalchemy import select

    from rrr_desktop.models.city import City

    found = session.scalar(select(City.id).where(City.uuid == city_uuid))
    if found is None:
        raise RejectedInput("group.city_gone")
    return found
