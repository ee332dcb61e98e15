"""Images of a working group, so that every change to it can be undone.

:func:`recorded_group_change` runs a change (save, rename, a member added or removed,
the lead chosen, a meeting planned, an action's status, deletion...) between two
:class:`GroupImage` s of the group with its meetings, actions and notes;
:func:`restore_group` makes the database hold an image again, the UUIDs included (a
deleted group comes back, a group that did not exist goes).

Undoing is a new change, not time travel: a restored record gets a revision above
the one it had (peers that received the undone version take the restored one as
newer), so an image keeps each record's revision only to know where to start.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast
from uuid import UUID

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from rrr_desktop.models.base import Base
from rrr_desktop.models.database import Database
from rrr_desktop.models.groups import WorkingGroupAction, WorkingGroupMeeting, WorkingGroupNote
from rrr_desktop.models.workspace import WorkingGroup, WorkingGroupMember

T = TypeVar("T")
# Not restored as such (a restore is a new change, by the officer who undoes).
_LOCAL = ("id", "group_id", "uuid", "revision", "updated_at", "changed_by")
Child = WorkingGroupMeeting | WorkingGroupAction | WorkingGroupNote
_CHILDREN: dict[str, type[Child]] = {
    "meetings": WorkingGroupMeeting, "actions": WorkingGroupAction, "notes": WorkingGroupNote}


@dataclass(frozen=True)
class GroupImage:
    uuid: UUID
    state: Mapping[str, Any] | None  # None: there was no such group


@dataclass(frozen=True)
class RecordedGroupChange(Generic[T]):
    result: T
    before: GroupImage
    after: GroupImage


def _find(session: Session, group_uuid: UUID) -> WorkingGroup | None:
    return session.scalar(select(WorkingGroup).where(WorkingGroup.uuid == group_uuid))


def _columns(row: Base) -> dict[str, Any]:
    return {attribute.key: getattr(row, attribute.key)
            for attribute in inspect(row).mapper.column_attrs if attribute.key not in _LOCAL}


def group_image(db: Database, group_uuid: UUID) -> GroupImage:
    with db.session() as session:
        group = _find(session, group_uuid)
        if group is None:
            return GroupImage(group_uuid, None)
        children = {kind: [(row.uuid, row.revision, _columns(row))
                           for row in _rows(session, entity, group.id)]
                    for kind, entity in _CHILDREN.items()}
        return GroupImage(group_uuid, {
            "group": _columns(group), "revision": group.revision,
            "members": [(m.city_id, m.position, m.reason) for m in group.members],
            "children": children})


def recorded_group_change(db: Database, group_uuid: UUID | None,
                          change: Callable[[], T]) -> RecordedGroupChange[T]:
    """Run ``change`` on the group ``group_uuid`` between two images of it; ``None``:
    the change makes a new group and returns its UUID."""
    before = group_image(db, group_uuid) if group_uuid is not None else None
    result = change()
    changed = group_uuid if group_uuid is not None else result
    assert isinstance(changed, UUID)
    return RecordedGroupChange(result, before or GroupImage(changed, None),
                               group_image(db, changed))


def restore_group(db: Database, image: GroupImage) -> None:
    """Make the database hold ``image`` of its group."""
    with db.session() as session:
        group = _find(session, image.uuid)
        if image.state is None:
            if group is not None:
                session.delete(group)
            return
        if group is None:
            group = WorkingGroup(uuid=image.uuid, revision=image.state["revision"] + 1)
            session.add(group)
        for name, value in image.state["group"].items():
            setattr(group, name, value)
        members = [(m.city_id, m.position, m.reason) for m in group.members]
        if members != list(image.state["members"]):
            group.members.clear()
            session.flush()
            group.members.extend(WorkingGroupMember(city_id=city_id, position=position,
                                                    reason=reason)
                                 for city_id, position, reason in image.state["members"])
            group.revision += 1
        session.flush()
        for kind, entity in _CHILDREN.items():
            _restore_children(session, group.id, entity, image.state["children"][kind])


def _rows(session: Session, entity: type[Child], group_id: int) -> list[Child]:
    return cast(list[Child], list(session.scalars(
        select(entity).where(entity.group_id == group_id))))


def _restore_children(session: Session, group_id: int, entity: type[Child],
                      wanted: list[tuple[UUID, int, dict[str, Any]]]) -> None:
    held = {row.uuid: row for row in _rows(session, entity, group_id)}
    kept = {uuid for uuid, _, _ in wanted}
    for uuid, row in held.items():
        if uuid not in kept:
            session.delete(row)
    for uuid, revision, columns in wanted:
        found = held.get(uuid)
        row = found if found is not None else entity(uuid=uuid, group_id=group_id,
                                                     revision=revision + 1)
        if found is None:
            session.add(row)
        for name, value in columns.items():
            setattr(row, name, value)
