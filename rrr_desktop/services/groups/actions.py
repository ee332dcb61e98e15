"""Actions of a working group: who does what by when, and how far it got.

An action belongs to its owner city. The lead (or whoever may change the group) can
assign a new action to any member, and change it until its owner has sent it back in
a bundle; from then on only the owner changes it (``shared.Group.action_editable``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from rrr_desktop.errors import RejectedInput, refuse_if_changed
from rrr_desktop.models.database import Database
from rrr_desktop.models.group_vocabulary import ActionStatus
from rrr_desktop.services.groups.editing import (
    any_group,
    checked_purpose,
    editable_group,
    find_city,
    member_group,
    our_city,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rrr_desktop.models.groups import WorkingGroupAction

MAX_TITLE_LENGTH = 300


def add_action(db: Database, group_uuid: UUID, title: str, owner: str, *,
               due_on: date | None = None, notes: str = "") -> UUID:
    """A new open action of ``owner`` (a member city's name or UUID). Our city adds its
    own actions to any group it belongs to; actions of other members only in a group we
    may change."""
    from rrr_desktop.models.groups import WorkingGroupAction

    with db.session() as session:
        group = member_group(session, group_uuid)
        city = find_city(session, owner)
        if all(m.city_id != city.id for m in group.members):
            raise RejectedInput("group.not_member", field="owner", group=group.name)
        if city.id != our_city(session).id:
            editable_group(session, group_uuid)
        action = WorkingGroupAction(group_id=group.id, owner_city_id=city.id,
                                    title=checked_title(title), due_on=due_on,
                                    status=ActionStatus.OPEN, notes=checked_purpose(notes))
        session.add(action)
        session.flush()
        return action.uuid


def change_action(db: Database, action_uuid: UUID, *, status: ActionStatus | None = None,
                  title: str | None = None, due_on: date | None = None,
                  clear_due: bool = False, notes: str | None = None,
                  based_on: int | None = None) -> None:
    """Change what is given, if the action is ours to change and still at the revision
    ``based_on`` (when given; else ``errors.ChangedElsewhere``)."""
    with db.session() as session:
        action = _action(session, action_uuid)
        refuse_if_changed(action, based_on)
        if status is not None:
            action.status = ActionStatus(status)
        if title is not None:
            action.title = checked_title(title)
        if due_on is not None or clear_due:
            action.due_on = due_on
        if notes is not None:
            action.notes = checked_purpose(notes)
        if session.is_modified(action):
            action.source_bundle_id = None  # our version now


def delete_action(db: Database, action_uuid: UUID) -> None:
    with db.session() as session:
        session.delete(_action(session, action_uuid))


def parse_status(text: str) -> ActionStatus:
    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return ActionStatus(wanted)
    except ValueError:
        raise RejectedInput("workgroup.bad_status", field="status", status=text.strip(),
                            choices=", ".join(s.value for s in ActionStatus)) from None


def parse_due(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise RejectedInput("workgroup.bad_date", field="due", text=text.strip()) from None


def _action(session: Session, action_uuid: UUID) -> WorkingGroupAction:
    """The action, if ours to change: we own it, or we may change its group and its
    owner has not sent it back."""
    from sqlalchemy import select

    from rrr_desktop.models.city import City
    from rrr_desktop.models.exchange import BundleImport
    from rrr_desktop.models.groups import WorkingGroupAction
    from rrr_desktop.models.workspace import WorkingGroup

    action = session.scalar(select(WorkingGroupAction).where(
        WorkingGroupAction.uuid == action_uuid))
    if action is None:
        raise RejectedInput("workgroup.action_gone")
    group = session.get(WorkingGroup, action.group_id)
    assert group is not None
    any_group(session, group.uuid)
    if action.owner_city_id == our_city(session).id:
        member_group(session, group.uuid)
        return action
    owner = session.get(City, action.owner_city_id)
    assert owner is not None
    source = (session.get(BundleImport, action.source_bundle_id)
              if action.source_bundle_id is not None else None)
    if source is not None and source.sender_uuid == owner.uuid:
        raise RejectedInput("workgroup.action_of_another_city", title=action.title,
                            owner=owner.name)
    try:
        editable_group(session, group.uuid)
    except RejectedInput:
        raise RejectedInput("workgroup.action_of_another_city", title=action.title,
                            owner=owner.name) from None
    return action


def checked_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise RejectedInput("workgroup.action_title_missing", field="title")
    if len(title) > MAX_TITLE_LENGTH:
        raise RejectedInput("workgroup.text_too_long", field="title", limit=MAX_TITLE_LENGTH,
                            length=len(title))
    return title
