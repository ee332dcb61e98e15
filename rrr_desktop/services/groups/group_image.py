"""Images of a saved working group, so that every change to it can be undone.

:func:`recorded_group_change` runs a change (save, rename, a member added or removed,
the lead chosen, deletion) between two :class:`GroupImage` s of the group;
:func:`restore_group` makes the database hold an image again, the group's UUID and
members included (a deleted group comes back, a group that did not exist goes).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from rrr_desktop.models.database import Database
from rrr_desktop.models.workspace import WorkingGroup, WorkingGroupMember

T = TypeVar("T")


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


def group_image(db: Database, group_uuid: UUID) -> GroupImage:
    with db.session() as session:
        group = _find(session, group_uuid)
        if group is None:
            return GroupImage(group_uuid, None)
        return GroupImage(group_uuid, {
            "name": group.name, "topic_ids": list(group.topic_ids), "notes": group.notes,
            "lead_city_id": group.lead_city_id, "created_at": group.created_at,
            "purpose": group.purpose, "stage": group.stage, "revision": group.revision,
            "updated_at": group.updated_at, "source_bundle_id": group.source_bundle_id,
            "withdrawn_at": group.withdrawn_at,
            "members": [(m.city_id, m.position, m.reason) for m in group.members]})


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
        state = dict(image.state)
        members = state.pop("members")
        if group is None:
            group = WorkingGroup(uuid=image.uuid)
            session.add(group)
        for name, value in state.items():
            setattr(group, name, value)
        group.members.clear()
        session.flush()
        group.members.extend(WorkingGroupMember(city_id=city_id, position=position,
                                                reason=reason)
                             for city_id, position, reason in members)
