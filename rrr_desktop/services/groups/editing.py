"""Create and change working groups, keeping the ownership rules of ``shared``.

Every change is one transaction and raises the changed record's revision (the
``Exchanged`` rule; member changes raise the group's by hand). Edits from a form that
saves the whole record name the revision it showed (``based_on``): a colleague's newer
change is never saved over silently. A change the rules do
not allow is refused with ``workgroup.led_elsewhere`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from uuid import UUID

from rrr_desktop.errors import RejectedInput, refuse_if_changed
from rrr_desktop.models.database import Database
from rrr_desktop.models.group_vocabulary import GroupStage
from rrr_desktop.services.groups.proposals import MAX_MEMBERS
from rrr_desktop.services.peers.identity import find_by_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rrr_desktop.models.city import City
    from rrr_desktop.models.workspace import WorkingGroup

MAX_NAME_LENGTH = 200
MAX_PURPOSE_LENGTH = 5_000
MIN_SHARED_MEMBERS = 2  # our city and at least one peer


def create_group(db: Database, name: str, topic_ids: Sequence[str], members: Sequence[str], *,
                 lead: str | None = None, purpose: str = "",
                 reasons: Mapping[str, str] | None = None) -> UUID:
    """A new group of our city and ``members`` (city names or UUIDs) around ``topic_ids``,
    led by ``lead`` (default: our city). ``reasons`` says, in our words, why a member
    (keyed as in ``members``) is in the group. Returns its UUID."""
    from rrr_desktop.models.workspace import WorkingGroup, WorkingGroupMember

    name = checked_name(name)
    with db.session() as session:
        _name_free(session, name)
        ours = our_city(session)
        cities = _cities(session, ours, members)
        checked_member_count(len(cities))
        why = {find_city(session, key).id: text for key, text in (reasons or {}).items()}
        leader = find_city(session, lead) if lead else ours
        if leader not in cities:
            raise RejectedInput("group.lead_not_member", field="lead", group=name)
        group = WorkingGroup(name=name, topic_ids=list(dict.fromkeys(topic_ids)), notes="",
                             purpose=checked_purpose(purpose), lead_city_id=leader.id,
                             stage=GroupStage.FORMING)
        group.members.extend(WorkingGroupMember(city_id=city.id, position=position,
                                                reason=why.get(city.id, ""))
                             for position, city in enumerate(cities))
        session.add(group)
        session.flush()
        return group.uuid


def edit_group(db: Database, group_uuid: UUID, *, name: str | None = None,
               purpose: str | None = None, stage: GroupStage | None = None,
               topic_ids: Sequence[str] | None = None, members: Sequence[str] | None = None,
               lead: str | None = None, based_on: int | None = None) -> None:
    """Change the group record (only what is given), in one transaction. ``members``
    (city names or UUIDs besides ours; our city stays) replaces the other members: a
    city that owns actions in the group stays. ``lead`` must be a member. ``based_on``:
    the revision the officer's form showed; a newer one is refused
    (``errors.ChangedElsewhere``)."""
    with db.session() as session:
        group = editable_group(session, group_uuid)
        refuse_if_changed(group, based_on)
        if name is not None:
            name = checked_name(name)
            if name != group.name:
                _name_free(session, name)
            group.name = name
        if purpose is not None:
            group.purpose = checked_purpose(purpose)
        if stage is not None:
            group.stage = GroupStage(stage)
        if topic_ids is not None:
            group.topic_ids = list(dict.fromkeys(topic_ids))
        if members is not None:
            _replace_members(session, group, members)
        if lead is not None:
            leader = find_city(session, lead)
            if all(m.city_id != leader.id for m in group.members):
                raise RejectedInput("group.lead_not_member", field="lead", group=group.name)
            group.lead_city_id = leader.id


def delete_group(db: Database, group_uuid: UUID) -> None:
    """Delete a group we may change (its next bundle withdraws it from the members), or
    one its lead has withdrawn."""
    with db.session() as session:
        group = any_group(session, group_uuid)
        if group.withdrawn_at is None:
            editable_group(session, group_uuid)
        session.delete(group)


def _name_free(session: Session, name: str) -> None:
    from sqlalchemy import select

    from rrr_desktop.models.workspace import WorkingGroup

    if session.scalar(select(WorkingGroup.id).where(WorkingGroup.name == name)):
        raise RejectedInput("workgroup.name_taken", field="name", name=name)


def _cities(session: Session, ours: City, members: Sequence[str]) -> list[City]:
    cities = [ours]
    for wanted in members:
        city = find_city(session, wanted)
        if city not in cities:
            cities.append(city)
    return cities


def _replace_members(session: Session, group: WorkingGroup, members: Sequence[str]) -> None:
    from sqlalchemy import select

    from rrr_desktop.models.city import City
    from rrr_desktop.models.groups import WorkingGroupAction
    from rrr_desktop.models.workspace import WorkingGroupMember

    cities = _cities(session, our_city(session), members)
    checked_member_count(len(cities))
    wanted = {city.id for city in cities}
    owners = set(session.scalars(select(WorkingGroupAction.owner_city_id).where(
        WorkingGroupAction.group_id == group.id)))
    leaving = [m for m in group.members if m.city_id not in wanted]
    for member in leaving:
        if member.city_id in owners:
            city = session.get(City, member.city_id)
            raise RejectedInput("workgroup.member_has_actions", field="members",
                                city=city.name if city else "?", group=group.name)
        group.members.remove(member)
        if group.lead_city_id == member.city_id:
            group.lead_city_id = our_city(session).id
    held = {m.city_id for m in group.members}
    position = max((m.position for m in group.members), default=-1)
    for city in cities:
        if city.id not in held:
            position += 1
            group.members.append(WorkingGroupMember(city_id=city.id, position=position))
    if leaving or len(held) != len(cities):
        group.revision += 1  # members are part of the shared record


def set_our_note(db: Database, group_uuid: UUID, text: str) -> None:
    """Our city's note on the group, shared with the other members."""
    from sqlalchemy import select

    from rrr_desktop.models.groups import WorkingGroupNote

    with db.session() as session:
        group = member_group(session, group_uuid)
        ours = our_city(session)
        note = session.scalar(select(WorkingGroupNote).where(
            WorkingGroupNote.group_id == group.id, WorkingGroupNote.city_id == ours.id))
        text = checked_purpose(text)
        if note is None:
            session.add(WorkingGroupNote(group_id=group.id, city_id=ours.id, text=text))
        elif note.text != text:
            note.text = text
            note.source_bundle_id = None


def mark_looked_at(db: Database, group_uuid: UUID, when: datetime | None = None) -> None:
    """Remember that the officer looked at the group now: later changes show as new."""
    from rrr_desktop.models.queries import driver_connection
    from rrr_desktop.models.queries import groups as queries

    with db.session() as session:
        group = any_group(session, group_uuid)
        queries.mark_looked(driver_connection(session), group.id, when or datetime.now(UTC))


# --- shared by the group's services -------------------------------------------------------


def checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise RejectedInput("group.name_missing", field="name")
    if len(name) > MAX_NAME_LENGTH:
        raise RejectedInput("group.name_too_long", field="name", limit=MAX_NAME_LENGTH,
                            length=len(name))
    return name


def checked_member_count(count: int) -> None:
    """A group has our city and one to five peers."""
    if count < MIN_SHARED_MEMBERS:
        raise RejectedInput("workgroup.too_few_members", field="members")
    if count > MAX_MEMBERS:
        raise RejectedInput("workgroup.too_many_members", field="members", limit=MAX_MEMBERS)


def checked_purpose(text: str) -> str:
    text = text.strip()
    if len(text) > MAX_PURPOSE_LENGTH:
        raise RejectedInput("workgroup.text_too_long", field="purpose",
                            limit=MAX_PURPOSE_LENGTH, length=len(text))
    return text


def our_city(session: Session) -> City:
    from sqlalchemy import select

    from rrr_desktop.models.city import City

    found = session.scalar(select(City).where(City.is_ours.is_(True)))
    if found is None:
        raise RejectedInput("workgroup.no_city")
    return found


def find_city(session: Session, wanted: str) -> City:
    from sqlalchemy import select

    from rrr_desktop.models.city import City

    cities = list(session.scalars(select(City)))
    found = find_by_name(cities, wanted, name=lambda c: c.name, uuid=lambda c: c.uuid,
                         field="members")
    if found is None:
        raise RejectedInput("workgroup.no_such_city", field="members", name=wanted.strip())
    return found


def any_group(session: Session, group_uuid: UUID) -> WorkingGroup:
    from sqlalchemy import select

    from rrr_desktop.models.workspace import WorkingGroup

    found = session.scalar(select(WorkingGroup).where(WorkingGroup.uuid == group_uuid))
    if found is None:
        raise RejectedInput("group.gone")
    return found


def member_group(session: Session, group_uuid: UUID) -> WorkingGroup:
    """The group, if our city is a member and the lead has not withdrawn it."""
    group = any_group(session, group_uuid)
    if group.withdrawn_at is not None:
        raise RejectedInput("workgroup.withdrawn", group=group.name)
    if all(m.city_id != our_city(session).id for m in group.members):
        raise RejectedInput("workgroup.not_our_group", group=group.name)
    return group


def editable_group(session: Session, group_uuid: UUID) -> WorkingGroup:
    """The group, if its record and meetings are ours to change: we lead it, or it was
    made here and no bundle has replaced it."""
    group = any_group(session, group_uuid)
    if group.withdrawn_at is not None:
        raise RejectedInput("workgroup.withdrawn", group=group.name)
    if group.source_bundle_id is not None and group.lead_city_id != our_city(session).id:
        from rrr_desktop.models.city import City

        lead = session.get(City, group.lead_city_id) if group.lead_city_id else None
        raise RejectedInput("workgroup.led_elsewhere", group=group.name,
                            lead=lead.name if lead else "?")
    return group
