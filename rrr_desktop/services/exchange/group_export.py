"""``groups.json`` of our bundle: what our city speaks for in its working groups.

It carries the groups we lead (or made here and no bundle replaced) with their
meetings and every action in them (the lead relays its members' actions), our own
actions and note in any group we belong to, and tombstones for such records sent
before and deleted since. Receivers apply each by the rules of ``group_import``.
Their free texts (purpose, place, agenda, minutes, decisions, actions, notes) leave
through the same check of emails and phone numbers as our profile's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.bundle_export import shared_before
from rrr_desktop.services.exchange.content import Record, iso_time
from rrr_desktop.services.exchange.group_content import (
    ENTITIES,
    BundleGroups,
    dump_fields,
)
from rrr_desktop.services.exchange.group_import import (
    action_record_fields,
    group_record_fields,
    meeting_record_fields,
)
from rrr_desktop.services.groups.shared import read_groups
from rrr_desktop.text import ContactsInTexts

# The free texts of each record, where an email or a phone number may be written
_FREE_TEXTS = {"group": ("purpose",), "meeting": ("place", "agenda", "minutes", "decisions"),
               "action": ("title", "notes"), "group_note": ("text",)}


@dataclass(frozen=True)
class GroupExport:
    data: dict[str, Any]  # groups.json, checked against the schema receivers use
    groups: int
    meetings: int
    actions: int
    shared: list[tuple[str, str, int]]  # entity, uuid as text, revision
    withdrawn: list[tuple[str, UUID]]

    @property
    def carries_anything(self) -> bool:
        """Whether the bundle needs ``groups.json`` (left out when our city has no group)."""
        return bool(self.shared or self.withdrawn)


def collect_groups(connection: Connection, now: datetime, clean: ContactsInTexts
                   ) -> GroupExport:
    """What our bundle says about working groups (see the module's rules), each free text
    passed through ``clean``."""
    data: dict[str, list[dict[str, Any]]] = {"groups": [], "meetings": [], "actions": [],
                                             "notes": [], "withdrawn": []}
    shared: list[tuple[str, str, int]] = []

    def add(kind: str, entity: str, record: Record) -> None:
        fields = dict(record.fields)
        for name in _FREE_TEXTS[entity]:
            value = fields[name]
            fields[name] = clean.all_of(value) if isinstance(value, list) else clean(value)
        data[kind].append(dump_fields(entity, fields, record))
        shared.append((entity, str(record.uuid), record.revision))

    held: set[UUID] = set()
    for group in read_groups(connection):
        held |= {group.uuid, *(m.uuid for m in group.meetings),
                 *(a.uuid for a in group.actions), *(n.uuid for n in group.member_notes)}
        member = any(m.is_ours for m in group.members)
        if not member or group.withdrawn_at is not None:
            continue
        carried = group.editable and group.lead_uuid is not None
        if carried:
            add("groups", "group", Record("group", group.uuid, group.revision,
                                          group.updated_at, group.name,
                                          group_record_fields(group)))
            for meeting in group.meetings:
                add("meetings", "meeting", Record(
                    "meeting", meeting.uuid, meeting.revision, meeting.updated_at, "",
                    meeting_record_fields(group, meeting)))
        for action in group.actions:
            if carried or action.owner_uuid == group.our_uuid:
                add("actions", "action", Record(
                    "action", action.uuid, action.revision, action.updated_at, action.title,
                    action_record_fields(group, action)))
        for note in group.member_notes:
            if note.city_uuid == group.our_uuid:
                add("notes", "group_note", Record(
                    "group_note", note.uuid, note.revision, note.updated_at, "",
                    {"group": str(group.uuid), "city": str(note.city_uuid),
                     "text": note.text}))
    withdrawn: list[tuple[str, UUID]] = []
    for entity, uuid, revision, withdrawn_at, _current in shared_before(connection, ENTITIES):
        if uuid in held:
            continue  # still here: not carried now (led elsewhere), not withdrawn
        data["withdrawn"].append({"entity": entity, "uuid": str(uuid), "revision": revision,
                                  "withdrawn_at": iso_time(withdrawn_at or now)})
        withdrawn.append((entity, uuid))
    BundleGroups.model_validate(data)
    return GroupExport(data, len(data["groups"]), len(data["meetings"]),
                       len(data["actions"]), shared, withdrawn)
