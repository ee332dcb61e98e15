"""``groups.json`` (bundle format version 2): working groups, their meetings (with
decisions), actions and members' notes, and the ones withdrawn.

Each record becomes a :class:`~rrr_desktop.services.exchange.content.Record` whose
fields hold the UUIDs of the group, lead, members and owner as text, so a record
compares field by field with the copy we hold. Who may send which record is decided
by ``group_import``; here only the shape is checked (docs/bundle-format.md, "Version 2").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StringConstraints,
    field_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from rrr_desktop.models.group_vocabulary import ActionStatus, GroupStage
from rrr_desktop.services.exchange.changes import moment_words
from rrr_desktop.services.exchange.container import BundleRejected, VerifiedBundle
from rrr_desktop.services.exchange.container.manifest import UtcTime
from rrr_desktop.services.exchange.content import (
    LongText,
    Record,
    Revision,
    Text200,
    Text300,
    Text500,
    TopicId,
    Website,
    iso_time,
)

GROUPS = "groups.json"
ENTITIES = ("group", "meeting", "action", "group_note")
MAX_GROUPS = 1_000
MAX_ITEMS = 20_000

GroupEntity = Literal["group", "meeting", "action", "group_note"]
Name = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                        max_length=200)]


def _known_zone(name: str) -> str:
    try:
        if name.startswith(("/", ".")) or ".." in name:
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError("unknown_time_zone",
                                  "is not an IANA time zone this computer knows") from None
    return name


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True,
                              validate_default=True)

    uuid: UUID
    revision: Revision
    updated_at: UtcTime

    @field_serializer("updated_at")
    def _utc(self, value: datetime) -> str:
        return iso_time(value)


class GroupMember(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    city_uuid: UUID
    name: Name
    country_code: Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Z]{2}$")]


class BundleGroup(_Record):
    name: Name
    topics: Annotated[list[TopicId], Field(max_length=50)] = []
    purpose: LongText = ""
    stage: GroupStage = GroupStage.FORMING
    lead: UUID
    members: Annotated[list[GroupMember], Field(min_length=1, max_length=12)]

    @model_validator(mode="after")
    def _lead_is_member(self) -> BundleGroup:
        cities = [m.city_uuid for m in self.members]
        if len(set(cities)) != len(cities):
            raise ValueError("a member is listed twice")
        if self.lead not in cities:
            raise ValueError("the lead is not one of the members")
        return self


Items = Annotated[list[Text500], Field(max_length=50)]


class BundleMeeting(_Record):
    group: UUID
    starts_at: UtcTime
    time_zone: Annotated[Text200, AfterValidator(_known_zone)]
    duration_minutes: Annotated[StrictInt, Field(ge=15, le=720)] = 90
    place: LongText = ""
    link: Website = ""
    agenda: Items = []
    minutes: LongText = ""
    decisions: Items = []
    sequence: Annotated[StrictInt, Field(ge=0, le=2**31)] = 0

    @field_serializer("starts_at")
    def _start(self, value: datetime) -> str:
        return iso_time(value)


class BundleAction(_Record):
    group: UUID
    owner: UUID
    title: Annotated[Text300, StringConstraints(min_length=1)]
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    notes: LongText = ""


class BundleNote(_Record):
    group: UUID
    city: UUID
    text: LongText = ""


class GroupTombstone(BaseModel):
    """A group, meeting, action or note sent before and withdrawn since."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entity: GroupEntity
    uuid: UUID
    revision: Revision
    withdrawn_at: UtcTime

    @field_serializer("withdrawn_at")
    def _utc(self, value: datetime) -> str:
        return iso_time(value)


class BundleGroups(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    groups: Annotated[list[BundleGroup], Field(max_length=MAX_GROUPS)] = []
    meetings: Annotated[list[BundleMeeting], Field(max_length=MAX_ITEMS)] = []
    actions: Annotated[list[BundleAction], Field(max_length=MAX_ITEMS)] = []
    notes: Annotated[list[BundleNote], Field(max_length=MAX_ITEMS)] = []
    withdrawn: Annotated[list[GroupTombstone], Field(max_length=MAX_ITEMS)] = []


@dataclass(frozen=True)
class GroupContent:
    """The checked group records of a bundle."""

    groups: tuple[Record, ...]
    meetings: tuple[Record, ...]
    actions: tuple[Record, ...]
    notes: tuple[Record, ...]
    withdrawn: tuple[GroupTombstone, ...]

    def records(self) -> tuple[Record, ...]:
        return self.groups + self.meetings + self.actions + self.notes


def group_fields(item: BundleGroup) -> dict[str, Any]:
    return {"name": item.name, "topics": list(item.topics), "purpose": item.purpose,
            "stage": item.stage, "lead": str(item.lead),
            "members": [[str(m.city_uuid), m.name, m.country_code] for m in item.members]}


def meeting_fields(item: BundleMeeting) -> dict[str, Any]:
    return {"group": str(item.group), "starts_at": iso_time(item.starts_at),
            "time_zone": item.time_zone, "duration_minutes": item.duration_minutes,
            "place": item.place, "link": item.link, "agenda": list(item.agenda),
            "minutes": item.minutes, "decisions": list(item.decisions),
            "sequence": item.sequence}


def action_fields(item: BundleAction) -> dict[str, Any]:
    return {"group": str(item.group), "owner": str(item.owner), "title": item.title,
            "due_on": item.due_on.isoformat() if item.due_on else None,
            "status": item.status, "notes": item.notes}


def note_fields(item: BundleNote) -> dict[str, Any]:
    return {"group": str(item.group), "city": str(item.city), "text": item.text}


def meeting_title(starts_at: datetime) -> str:
    """How a meeting is named in a preview: its start in UTC, as the officer's language
    writes it."""
    return moment_words(starts_at.astimezone(UTC)) + " UTC"


def read_groups(bundle: VerifiedBundle, vocabulary: frozenset[str]) -> GroupContent | None:
    """``groups.json`` checked against its schema; None when the bundle has none (every
    bundle of format version 1)."""
    if GROUPS not in bundle.documents:
        return None
    data = bundle.validate(GROUPS, BundleGroups)
    for index, group in enumerate(data.groups):
        for topic in group.topics:
            if topic not in vocabulary:
                raise BundleRejected("bundle.topic_unknown", ask_again=False,
                                     where=f"groups[{index}].topics", topic=topic)
    seen: set[UUID] = set()
    for kind, items in (("groups", data.groups), ("meetings", data.meetings),
                        ("actions", data.actions), ("notes", data.notes)):
        for index, item in enumerate(items):
            if item.uuid in seen:
                raise BundleRejected("bundle.listed_twice", ask_again=False,
                                     field=f"groups.{kind}[{index}].uuid",
                                     where=f"groups.{kind}[{index}].uuid", first="?",
                                     value=item.uuid)
            seen.add(item.uuid)
    return GroupContent(
        tuple(Record("group", g.uuid, g.revision, g.updated_at, g.name, group_fields(g))
              for g in data.groups),
        tuple(Record("meeting", m.uuid, m.revision, m.updated_at, meeting_title(m.starts_at),
                     meeting_fields(m))
              for m in data.meetings),
        tuple(Record("action", a.uuid, a.revision, a.updated_at, a.title, action_fields(a))
              for a in data.actions),
        tuple(Record("group_note", n.uuid, n.revision, n.updated_at, "", note_fields(n))
              for n in data.notes),
        tuple(data.withdrawn))


def dump_fields(kind: str, fields: dict[str, Any], record: Record) -> dict[str, Any]:
    """A record as ``groups.json`` writes it (the exporter's side of ``*_fields``)."""
    data: dict[str, Any] = {"uuid": str(record.uuid), "revision": record.revision,
                            "updated_at": iso_time(record.updated_at), **fields}
    if kind == "group":
        data["members"] = [{"city_uuid": uuid, "name": name, "country_code": country}
                           for uuid, name, country in fields["members"]]
    return data
