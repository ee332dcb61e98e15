"""Working groups as every reader sees them: the group, its members, meetings, actions
and members' notes, each with where it came from.

Who may change what (the ownership rules, also applied to bundles):

- the group record, its meetings and their decisions belong to the lead city; a group
  made here that no bundle has replaced yet is ours to edit whoever leads it;
- each action belongs to its owner city; the lead may assign a new one to any member,
  and may change it until its owner has sent it back;
- each member city's note on the group belongs to that city.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message_text
from rrr_desktop.models.database import Database
from rrr_desktop.models.group_vocabulary import FINISHED_ACTIONS, ActionStatus, GroupStage
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import groups as queries
from rrr_desktop.models.queries.topics import topic_labels
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.vocabulary import localised_topics
from rrr_desktop.text import normalise

__all__ = ["Action", "ActionStatus", "Change", "Group", "GroupStage", "Meeting", "Member",
           "MemberNote", "Source", "find_action", "find_group", "our_city_uuid", "pick_group",
           "read_groups", "stage_text", "status_text", "theme_choices", "working_groups"]


@dataclass(frozen=True)
class Source:
    """The bundle a record came from (its sender and dates); None on a record: made here."""

    bundle_id: int
    file_name: str
    sender_uuid: UUID
    sender: str
    bundle_created_at: datetime
    imported_at: datetime


@dataclass(frozen=True)
class Member:
    uuid: UUID
    city: str
    country_code: str
    contact_office: str
    is_ours: bool
    reason: str  # why the city is in the group, in our words (never shared)


@dataclass(frozen=True)
class Meeting:
    uuid: UUID
    revision: int
    updated_at: datetime
    starts_at: datetime  # aware, UTC
    time_zone: str  # the IANA zone it was planned in
    duration_minutes: int
    place: str
    link: str
    agenda: tuple[str, ...]
    minutes: str
    decisions: tuple[str, ...]
    sequence: int
    source: Source | None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    def local_start(self, zone: str | None = None) -> datetime:
        """The start in ``zone`` (default: the zone it was planned in)."""
        return self.starts_at.astimezone(ZoneInfo(zone or self.time_zone))


@dataclass(frozen=True)
class Action:
    uuid: UUID
    revision: int
    updated_at: datetime
    owner_uuid: UUID
    owner: str
    title: str
    due_on: date | None
    status: ActionStatus
    notes: str
    source: Source | None

    @property
    def open(self) -> bool:
        return self.status not in FINISHED_ACTIONS

    def overdue(self, today: date) -> bool:
        return self.open and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class MemberNote:
    uuid: UUID
    revision: int
    updated_at: datetime
    city_uuid: UUID
    city: str
    text: str
    source: Source | None


@dataclass(frozen=True)
class Change:
    """Something that changed in a group since the officer last looked at it."""

    kind: str  # group, meeting, action, note
    title: str
    updated_at: datetime
    source: Source | None

    @property
    def arrived_at(self) -> datetime:
        """When we could first see it: a peer's change arrives with its bundle, maybe
        long after the peer made it (and by the peer's clock)."""
        if self.source is None:
            return self.updated_at
        return max(self.updated_at, self.source.imported_at)


@dataclass(frozen=True)
class Group:
    uuid: UUID
    revision: int
    created_at: datetime
    updated_at: datetime
    name: str
    topic_ids: tuple[str, ...]
    topics: tuple[str, ...]  # labels, in the same order
    purpose: str
    stage: GroupStage
    notes: str  # our private notes
    lead_uuid: UUID | None
    lead_city: str
    members: tuple[Member, ...]
    meetings: tuple[Meeting, ...]  # earliest first
    actions: tuple[Action, ...]
    member_notes: tuple[MemberNote, ...]
    source: Source | None
    withdrawn_at: datetime | None
    looked_at: datetime | None
    our_uuid: UUID | None = field(default=None)

    @property
    def we_lead(self) -> bool:
        return self.our_uuid is not None and self.lead_uuid == self.our_uuid

    @property
    def editable(self) -> bool:
        """The group record and its meetings are ours to change (see the module's rules)."""
        return self.withdrawn_at is None and (self.we_lead or self.source is None)

    def action_editable(self, action: Action) -> bool:
        if self.withdrawn_at is not None:
            return False
        if action.owner_uuid == self.our_uuid:
            return True
        return self.editable and (action.source is None
                                  or action.source.sender_uuid != action.owner_uuid)

    def next_meeting(self, now: datetime) -> Meeting | None:
        return next((m for m in self.meetings if m.ends_at >= now), None)

    def last_meeting(self, now: datetime) -> Meeting | None:
        past = [m for m in self.meetings if m.ends_at < now]
        return past[-1] if past else None

    def open_actions(self) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.open)

    def our_overdue(self, today: date) -> tuple[Action, ...]:
        return tuple(a for a in self.actions
                     if a.owner_uuid == self.our_uuid and a.overdue(today))

    def changes_since(self, moment: datetime | None) -> tuple[Change, ...]:
        """What was added or changed here, or arrived from a peer, after ``moment``
        (everything when None), newest first."""
        found = [Change("group", self.name, self.updated_at, self.source)]
        words = Labels(current_language())  # the meeting's start in its own time zone
        found += [Change("meeting", words.moment(m.local_start()), m.updated_at, m.source)
                  for m in self.meetings]
        found += [Change("action", a.title, a.updated_at, a.source) for a in self.actions]
        found += [Change("note", n.city, n.updated_at, n.source) for n in self.member_notes]
        return tuple(sorted((c for c in found if moment is None or c.arrived_at > moment),
                            key=lambda c: c.updated_at, reverse=True))

    def unseen_changes(self) -> tuple[Change, ...]:
        """What changed since our last look (nothing before the first look: all is new)."""
        return self.changes_since(self.looked_at)


def working_groups(db: Database) -> list[Group]:
    """Every working group, by name (ignoring case and accents)."""
    with db.reading() as connection:
        groups = read_groups(connection)
    return sorted(groups, key=lambda g: (normalise(g.name), str(g.uuid)))


def theme_choices(db: Database) -> dict[str, str]:
    """Topic id -> label of the vocabulary, for choosing a group's themes (plain SQL: the
    group page fills without the ORM)."""
    with db.reading() as connection:
        return localised_topics(topic_labels(connection))


def read_groups(connection: Connection) -> list[Group]:
    labels = localised_topics(topic_labels(connection))
    senders = queries.bundle_senders(connection)

    def source(bundle_id: int | None) -> Source | None:
        found = senders.get(bundle_id) if bundle_id is not None else None
        return Source(bundle_id, *found) if found and bundle_id is not None else None

    members: dict[int, list[Member]] = defaultdict(list)
    for group_id, *values in queries.members(connection):
        members[group_id].append(Member(*values))
    ours = our_city_uuid(connection)
    meetings: dict[int, list[Meeting]] = defaultdict(list)
    for (group_id, uuid, revision, updated, starts, zone, duration, place, link, agenda,
         minutes, decisions, sequence, bundle_id) in queries.meetings(connection):
        meetings[group_id].append(Meeting(
            uuid, revision, updated, starts, zone, duration, place, link, tuple(agenda),
            minutes, tuple(decisions), sequence, source(bundle_id)))
    actions: dict[int, list[Action]] = defaultdict(list)
    for (group_id, uuid, revision, updated, owner_uuid, owner, title, due, status, text,
         bundle_id) in queries.actions(connection):
        actions[group_id].append(Action(uuid, revision, updated, owner_uuid, owner, title, due,
                                        ActionStatus(status), text, source(bundle_id)))
    notes: dict[int, list[MemberNote]] = defaultdict(list)
    for (group_id, uuid, revision, updated, city_uuid, city, text,
         bundle_id) in queries.notes(connection):
        notes[group_id].append(MemberNote(uuid, revision, updated, city_uuid, city, text,
                                          source(bundle_id)))
    groups = []
    for (group_id, uuid, revision, created, updated, name, topic_list, purpose, stage,
         our_notes, lead, lead_city, bundle_id, withdrawn, looked) in queries.groups(connection):
        topic_ids = tuple(topic_list)
        groups.append(Group(
            uuid, revision, created, updated, name, topic_ids,
            tuple(labels.get(t, t) for t in topic_ids), purpose, GroupStage(stage), our_notes,
            lead, lead_city or "", tuple(members[group_id]), tuple(meetings[group_id]),
            tuple(actions[group_id]), tuple(notes[group_id]), source(bundle_id), withdrawn,
            looked, ours))
    return groups


def our_city_uuid(connection: Connection) -> UUID | None:
    from rrr_desktop.models.queries.bundle_export import our_card

    card = our_card(connection)
    return None if card is None else card[1]


def find_group(db: Database, wanted: str) -> Group:
    """The group named ``wanted`` (ignoring case and accents) or with that UUID."""
    return pick_group(working_groups(db), wanted)


def pick_group(groups: Iterable[Group], wanted: str) -> Group:
    text = wanted.strip()
    for group in groups:
        if str(group.uuid) == text or normalise(group.name) == normalise(text):
            return group
    raise RejectedInput("workgroup.no_such_group", field="group", name=text)


def find_action(group: Group, wanted: str) -> Action:
    """The action of ``group`` titled ``wanted`` (ignoring case and accents) or with that
    UUID."""
    text = wanted.strip()
    found = [a for a in group.actions
             if str(a.uuid) == text or normalise(a.title) == normalise(text)]
    if not found:
        raise RejectedInput("workgroup.no_such_action", field="action", title=text,
                            group=group.name)
    if len(found) > 1:
        raise RejectedInput("workgroup.action_ambiguous", field="action", title=text,
                            group=group.name)
    return found[0]


_STAGE_CODES = {
    GroupStage.FORMING: "workgroup.stage.forming",
    GroupStage.CO_CREATION: "workgroup.stage.co_creation",
    GroupStage.CO_IMPLEMENTATION: "workgroup.stage.co_implementation",
    GroupStage.COLLABORATIVE_MANAGEMENT: "workgroup.stage.collaborative_management",
    GroupStage.CLOSED: "workgroup.stage.closed",
}
_STATUS_CODES = {
    ActionStatus.OPEN: "workgroup.status.open",
    ActionStatus.IN_PROGRESS: "workgroup.status.in_progress",
    ActionStatus.DONE: "workgroup.status.done",
    ActionStatus.DROPPED: "workgroup.status.dropped",
}


def stage_text(stage: GroupStage, language: str | None = None) -> str:
    """The stage in words, in ``language`` (default: the messages' current one)."""
    return message_text(_STAGE_CODES[stage], language=language)


def status_text(status: ActionStatus, language: str | None = None) -> str:
    return message_text(_STATUS_CODES[status], language=language)
