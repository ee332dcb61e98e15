"""Import the working groups of a bundle with the ownership rules (``groups.shared``).

Each group, meeting, action and note is classified like any record (new, updated,
unchanged, conflicting, older, withdrawn) when its sender may send it, and *refused*
with the reason otherwise:

- a group record, and the group's meetings, only from the lead city we know for it
  (for a group new to us: from its lead, or from a member that made it);
- an action from its owner city; from the group's lead only while it is new to us or
  the copy we hold came from the lead (the owner has not sent it back yet);
- a member's note from that member.

A refused record is never written; the preview and the import's summary say why.
Undo restores each record's previous state (``restore``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from rrr_desktop.messages import message
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import groups as queries
from rrr_desktop.models.queries.codecs import stored_time
from rrr_desktop.services.exchange.content import Record
from rrr_desktop.services.exchange.group_content import (
    ENTITIES,
    GroupContent,
    GroupTombstone,
    meeting_title,
)
from rrr_desktop.services.exchange.records import HeldRecord
from rrr_desktop.services.groups.shared import Action, Group, Meeting, MemberNote, read_groups

Classify = Callable[[Record, HeldRecord | None], tuple[Any, tuple[Any, ...]]]
Preview = tuple[str, UUID, str, Any, int | None, int, tuple[Any, ...], str]
"""(entity, uuid, title, status or None for refused, our revision, theirs, changes,
reason): what ``importing`` makes a ``RecordPreview`` of."""


class _Held:
    """The groups we hold, as records comparable with a bundle's."""

    def __init__(self, connection: Connection) -> None:
        self.groups = {g.uuid: g for g in read_groups(connection)}
        self.meetings: dict[UUID, tuple[Group, Meeting]] = {}
        self.actions: dict[UUID, tuple[Group, Action]] = {}
        self.notes: dict[UUID, tuple[Group, MemberNote]] = {}
        for group in self.groups.values():
            self.meetings.update((m.uuid, (group, m)) for m in group.meetings)
            self.actions.update((a.uuid, (group, a)) for a in group.actions)
            self.notes.update((n.uuid, (group, n)) for n in group.member_notes)

    def record(self, entity: str, uuid: UUID) -> HeldRecord | None:
        if entity == "group" and uuid in self.groups:
            group = self.groups[uuid]
            return HeldRecord(0, Record("group", uuid, group.revision, group.updated_at,
                                        group.name, group_record_fields(group)),
                              group.source.bundle_id if group.source else None,
                              stored_time(group.withdrawn_at) if group.withdrawn_at else None)
        if entity == "meeting" and uuid in self.meetings:
            group, meeting = self.meetings[uuid]
            return _held(Record("meeting", uuid, meeting.revision, meeting.updated_at,
                                meeting_title(meeting.starts_at),
                                meeting_record_fields(group, meeting)), meeting.source)
        if entity == "action" and uuid in self.actions:
            group, action = self.actions[uuid]
            return _held(Record("action", uuid, action.revision, action.updated_at,
                                action.title, action_record_fields(group, action)),
                         action.source)
        if entity == "group_note" and uuid in self.notes:
            group, note = self.notes[uuid]
            return _held(Record("group_note", uuid, note.revision, note.updated_at, note.city,
                                {"group": str(group.uuid), "city": str(note.city_uuid),
                                 "text": note.text}), note.source)
        return None


def _held(record: Record, source: Any) -> HeldRecord:
    return HeldRecord(0, record, source.bundle_id if source else None)


def group_record_fields(group: Group) -> dict[str, Any]:
    return {"name": group.name, "topics": list(group.topic_ids), "purpose": group.purpose,
            "stage": group.stage.value, "lead": str(group.lead_uuid) if group.lead_uuid else "",
            "members": [[str(m.uuid), m.city, m.country_code] for m in group.members]}


def meeting_record_fields(group: Group, meeting: Meeting) -> dict[str, Any]:
    return {"group": str(group.uuid),
            "starts_at": meeting.starts_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "time_zone": meeting.time_zone, "duration_minutes": meeting.duration_minutes,
            "place": meeting.place, "link": meeting.link, "agenda": list(meeting.agenda),
            "minutes": meeting.minutes, "decisions": list(meeting.decisions),
            "sequence": meeting.sequence}


def action_record_fields(group: Group, action: Action) -> dict[str, Any]:
    return {"group": str(group.uuid), "owner": str(action.owner_uuid), "title": action.title,
            "due_on": action.due_on.isoformat() if action.due_on else None,
            "status": action.status.value, "notes": action.notes}


def plan_groups(connection: Connection, content: GroupContent, sender: UUID,
                classify: Classify, withdrawn_status: Any) -> list[Preview]:
    """The preview rows of a bundle's group records, refusals included."""
    return _Planner(connection, sender, classify).plan(content, withdrawn_status)


class _Planner:
    def __init__(self, connection: Connection, sender: UUID, classify: Classify) -> None:
        self.held = _Held(connection)
        self.names = _city_names(connection)
        self.sender = sender
        self.classify = classify
        # group UUID -> whether the sender speaks for the group (its lead, or its maker)
        self.authority = {g.uuid: g.lead_uuid == sender and g.withdrawn_at is None
                          for g in self.held.groups.values()}
        self.incoming_members: dict[UUID, set[UUID]] = {}

    def plan(self, content: GroupContent, withdrawn_status: Any) -> list[Preview]:
        plan = [self._group(r) for r in content.groups]
        plan += [self._meeting(r) for r in content.meetings]
        plan += [self._action(r) for r in content.actions]
        plan += [self._note(r) for r in content.notes]
        incoming = {p[1] for p in plan}
        for tombstone in content.withdrawn:
            entry = _withdrawal(self.held, tombstone, self.sender, self.authority, incoming)
            if entry is not None:
                entity, uuid, title, ours, theirs = entry
                plan.append((entity, uuid, title, withdrawn_status, ours, theirs, (), ""))
        return plan

    def _group(self, record: Record) -> Preview:
        members = {UUID(m[0]) for m in record.fields["members"]}
        group = self.held.groups.get(record.uuid)
        allowed = (group.lead_uuid == self.sender if group is not None
                   else self.sender in (UUID(record.fields["lead"]), *members))
        self.authority[record.uuid] = allowed
        if not allowed:
            lead = group.lead_city if group is not None else "?"
            return _refused(record, message("workgroup.refused_group", group=record.title,
                                            lead=lead).text())
        self.incoming_members[record.uuid] = members
        return _classified(record, self.held, self.classify)

    def _members_of(self, group_uuid: UUID) -> set[UUID] | None:
        if group_uuid in self.incoming_members:
            return self.incoming_members[group_uuid]
        group = self.held.groups.get(group_uuid)
        return None if group is None else {m.uuid for m in group.members}

    def _meeting(self, record: Record) -> Preview:
        group_uuid = UUID(record.fields["group"])
        if self._members_of(group_uuid) is None:
            return _refused(record, _unknown(record))
        if not self.authority.get(group_uuid):
            return _refused(record, message("workgroup.refused_meeting",
                                            group=_group_name(self.held, group_uuid)).text())
        return _classified(record, self.held, self.classify)

    def _action(self, record: Record) -> Preview:
        group_uuid, owner = UUID(record.fields["group"]), UUID(record.fields["owner"])
        members = self._members_of(group_uuid)
        found = self.held.actions.get(record.uuid)
        if members is None:
            return _refused(record, _unknown(record))
        if owner not in members or (found is not None and found[1].owner_uuid != owner):
            return _refused(record, message("workgroup.refused_owner",
                                            title=record.title).text())
        relayed = self.authority.get(group_uuid, False) and (
            found is None or (found[1].source is not None
                              and found[1].source.sender_uuid == self.sender))
        if self.sender == owner or relayed:
            return _classified(record, self.held, self.classify)
        return _refused(record, message("workgroup.refused_action", title=record.title,
                                        owner=self.names.get(owner, str(owner))).text())

    def _note(self, record: Record) -> Preview:
        if self._members_of(UUID(record.fields["group"])) is None:
            return _refused(record, _unknown(record))
        if UUID(record.fields["city"]) != self.sender:
            return _refused(record, message("workgroup.refused_note").text())
        return _classified(record, self.held, self.classify)


def _withdrawal(held: _Held, tombstone: GroupTombstone, sender: UUID,
                authority: Mapping[UUID, bool], incoming: set[UUID]
                ) -> tuple[str, UUID, str, int, int] | None:
    found = held.record(tombstone.entity, tombstone.uuid)
    if (found is None or found.withdrawn or tombstone.uuid in incoming
            or found.record.revision > tombstone.revision):
        return None
    fields = found.record.fields
    group_uuid = tombstone.uuid if tombstone.entity == "group" else UUID(fields["group"])
    allowed = {"group": authority.get(group_uuid, False),
               "meeting": authority.get(group_uuid, False),
               "action": fields.get("owner") == str(sender),
               "group_note": fields.get("city") == str(sender)}[tombstone.entity]
    if not allowed:
        return None
    return (tombstone.entity, tombstone.uuid, found.record.title, found.record.revision,
            tombstone.revision)


def _classified(record: Record, held: _Held, classify: Classify) -> Preview:
    found = held.record(record.entity, record.uuid)
    status, changes = classify(record, found)
    return (record.entity, record.uuid, _title(record, held), status,
            found.record.revision if found else None, record.revision, changes, "")


def _refused(record: Record, reason: str) -> Preview:
    return (record.entity, record.uuid, record.title, None, None, record.revision, (), reason)


def _unknown(record: Record) -> str:
    return message("workgroup.refused_unknown_group", title=record.title).text()


def _title(record: Record, held: _Held) -> str:
    if record.entity == "group_note":
        group = held.groups.get(UUID(record.fields["group"]))
        return group.name if group else record.title
    return record.title


def _group_name(held: _Held, group_uuid: UUID) -> str:
    group = held.groups.get(group_uuid)
    return group.name if group else str(group_uuid)


def _city_names(connection: Connection) -> dict[UUID, str]:
    from rrr_desktop.models.queries.bundle_history import cities_for_lookup

    return {row[1]: row[2] for row in cities_for_lookup(connection)}


# --- writing ------------------------------------------------------------------------------


Change = Callable[[str, UUID, str, Mapping[str, Any] | None], None]


def write_groups(connection: Connection, content: GroupContent, chosen: Iterable[UUID],
                 withdrawn: Iterable[tuple[str, UUID]], *,
                 state: Callable[[Record], dict[str, Any]], change: Change) -> int:
    """Write the chosen records and withdrawals; ``change`` records each one's previous
    state. Returns how many were written."""
    wanted = set(chosen)
    held = _Held(connection)
    city_ids = queries.city_ids(connection)
    now = datetime.now(UTC)
    written = 0
    for record in content.records():
        if record.uuid not in wanted:
            continue
        before = held.record(record.entity, record.uuid)
        change(record.entity, record.uuid, "updated" if before else "added",
               _state_of(before) if before else None)
        _write(connection, record.entity, record.uuid, state(record), city_ids=city_ids,
               now=now)
        written += 1
    for entity, uuid in withdrawn:
        before = held.record(entity, uuid)
        assert before is not None
        change(entity, uuid, "withdrawn", _state_of(before))
        if entity == "group":
            _write(connection, "group", uuid, {**_state_of(before),
                                               "withdrawn_at": stored_time(now)},
                   city_ids=city_ids, now=now)
        else:
            queries.delete_record(connection, entity, uuid)
        written += 1
    return written


def _state_of(held: HeldRecord) -> dict[str, Any]:
    state: dict[str, Any] = {"revision": held.record.revision,
                             "updated_at": stored_time(held.record.updated_at),
                             "source_bundle_id": held.source_bundle_id,
                             "fields": dict(held.record.fields)}
    if held.withdrawn_at is not None:
        state["withdrawn_at"] = held.withdrawn_at
    return state


def _write(connection: Connection, entity: str, uuid: UUID, state: Mapping[str, Any], *,
           city_ids: Mapping[UUID, int], now: datetime) -> None:
    fields = state["fields"]
    if entity == "group":
        members = [city_ids[UUID(m[0])] for m in fields["members"] if UUID(m[0]) in city_ids]
        queries.write_group(connection, uuid, state,
                            lead_city_id=city_ids.get(UUID(fields["lead"])) if fields["lead"]
                            else None, member_ids=members, now=now)
        return
    group_id = queries.group_id_of(connection, UUID(fields["group"]))
    if group_id is None:
        return  # the group is gone (erased): nothing to hang the record on
    if entity == "meeting":
        queries.write_meeting(connection, uuid, group_id=group_id, state=state, now=now)
    elif entity == "action":
        owner = city_ids.get(UUID(fields["owner"]))
        if owner is not None:
            queries.write_action(connection, uuid, group_id=group_id, owner_city_id=owner,
                                 state=state, now=now)
    else:
        city = city_ids.get(UUID(fields["city"]))
        if city is not None:
            queries.write_note(connection, uuid, group_id=group_id, city_id=city, state=state,
                               now=now)


def restore(connection: Connection, entity: str, uuid: UUID, *, action: str,
            previous: Mapping[str, Any] | None) -> None:
    """Undo one change of an import: remove what it added, put back what it replaced."""
    if action == "added" or previous is None:
        queries.delete_record(connection, entity, uuid)
        return
    _write(connection, entity, uuid, previous, city_ids=queries.city_ids(connection),
           now=datetime.now(UTC))


__all__ = ["ENTITIES", "plan_groups", "restore", "write_groups"]
