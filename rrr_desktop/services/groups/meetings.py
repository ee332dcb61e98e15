"""Meetings of a working group: planned in a time zone, kept as a UTC instant.

The network spans UTC-8 to UTC+2, so a meeting is entered as a local date and time in
an IANA zone ("Europe/Madrid") and stored as the instant it names; each officer sees
it in their own zone. A local time that does not exist (the hour skipped when clocks
go forward) is refused; one that happens twice (when they go back) means the first.
Changing the time, length, place or link raises the iCalendar SEQUENCE, so calendars
move the entry instead of adding another.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rrr_desktop.errors import RejectedInput, refuse_if_changed
from rrr_desktop.models.database import Database
from rrr_desktop.services.groups.editing import checked_purpose, editable_group
from rrr_desktop.text import is_web_address

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rrr_desktop.models.groups import WorkingGroupMeeting

MAX_AGENDA_ITEMS = 50
MAX_ITEM_LENGTH = 500
MIN_DURATION, MAX_DURATION = 15, 12 * 60
DEFAULT_DURATION = 90
LOCAL_FORMAT = "%Y-%m-%d %H:%M"


def zone_of(name: str) -> ZoneInfo:
    """The IANA time zone ``name``; RejectedInput if the system does not know it."""
    text = name.strip()
    try:
        if not text or text.startswith(("/", ".")) or ".." in text:
            raise ValueError(text)
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise RejectedInput("workgroup.unknown_time_zone", field="time_zone",
                            zone=text) from None


def parse_local(text: str) -> datetime:
    """A naive local time from ``YYYY-MM-DD HH:MM``."""
    try:
        return datetime.strptime(text.strip(), LOCAL_FORMAT)
    except ValueError:
        raise RejectedInput("workgroup.bad_time", field="at", text=text.strip()) from None


def instant(local: datetime, zone_name: str) -> datetime:
    """The UTC instant of the naive ``local`` time in ``zone_name``."""
    zone = zone_of(zone_name)
    aware = local.replace(tzinfo=zone, fold=0)
    back = aware.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != local:
        raise RejectedInput("workgroup.time_skipped", field="at",
                            time=local.strftime(LOCAL_FORMAT), zone=zone_name)
    return aware.astimezone(UTC)


def plan_meeting(db: Database, group_uuid: UUID, local: datetime, time_zone: str, *,
                 duration_minutes: int = DEFAULT_DURATION, place: str = "", link: str = "",
                 agenda: Sequence[str] = ()) -> UUID:
    """A new meeting of a group we may change, at ``local`` time in ``time_zone``."""
    from rrr_desktop.models.groups import WorkingGroupMeeting

    starts = instant(local, time_zone)
    with db.session() as session:
        group = editable_group(session, group_uuid)
        meeting = WorkingGroupMeeting(
            group_id=group.id, starts_at=starts, time_zone=time_zone.strip(),
            duration_minutes=_duration(duration_minutes), place=checked_purpose(place),
            link=checked_link(link), agenda=checked_items(agenda, "agenda"), minutes="",
            decisions=[], sequence=0)
        session.add(meeting)
        session.flush()
        return meeting.uuid


def change_meeting(db: Database, meeting_uuid: UUID, *, local: datetime | None = None,
                   time_zone: str | None = None, duration_minutes: int | None = None,
                   place: str | None = None, link: str | None = None,
                   agenda: Sequence[str] | None = None, minutes: str | None = None,
                   decisions: Sequence[str] | None = None, based_on: int | None = None) -> None:
    """Change what is given; a new time, length, place or link raises SEQUENCE. With
    ``based_on``, a meeting no longer at that revision is refused
    (``errors.ChangedElsewhere``)."""
    with db.session() as session:
        meeting = _meeting(session, meeting_uuid)
        refuse_if_changed(meeting, based_on)
        zone = time_zone.strip() if time_zone is not None else meeting.time_zone
        if local is None and time_zone is not None:
            local = meeting.starts_at.astimezone(zone_of(meeting.time_zone)).replace(
                tzinfo=None)
        before = _scheduling(meeting)
        if local is not None:
            meeting.starts_at = instant(local, zone)
            meeting.time_zone = zone
        if duration_minutes is not None:
            meeting.duration_minutes = _duration(duration_minutes)
        if place is not None:
            meeting.place = checked_purpose(place)
        if link is not None:
            meeting.link = checked_link(link)
        if agenda is not None:
            meeting.agenda = checked_items(agenda, "agenda")
        if minutes is not None:
            meeting.minutes = checked_purpose(minutes)
        if decisions is not None:
            meeting.decisions = checked_items(decisions, "decisions")
        if _scheduling(meeting) != before:
            meeting.sequence += 1


def delete_meeting(db: Database, meeting_uuid: UUID) -> None:
    with db.session() as session:
        session.delete(_meeting(session, meeting_uuid))


def _meeting(session: Session, meeting_uuid: UUID) -> WorkingGroupMeeting:
    from sqlalchemy import select

    from rrr_desktop.models.groups import WorkingGroupMeeting
    from rrr_desktop.models.workspace import WorkingGroup

    meeting = session.scalar(select(WorkingGroupMeeting).where(
        WorkingGroupMeeting.uuid == meeting_uuid))
    if meeting is None:
        raise RejectedInput("workgroup.meeting_gone")
    group = session.get(WorkingGroup, meeting.group_id)
    assert group is not None
    editable_group(session, group.uuid)
    return meeting


def _scheduling(meeting: WorkingGroupMeeting) -> tuple[object, ...]:
    return (meeting.starts_at, meeting.time_zone, meeting.duration_minutes, meeting.place,
            meeting.link)


def _duration(minutes: int) -> int:
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        raise RejectedInput("workgroup.bad_duration", field="duration", low=MIN_DURATION,
                            high=MAX_DURATION, value=minutes)
    return minutes


def checked_link(link: str) -> str:
    link = link.strip()
    if link and not is_web_address(link):
        raise RejectedInput("workgroup.bad_link", field="link", link=link)
    return link


def checked_items(items: Sequence[str], field: str) -> list[str]:
    kept = [" ".join(item.split()) for item in items if item.strip()]
    if len(kept) > MAX_AGENDA_ITEMS or any(len(item) > MAX_ITEM_LENGTH for item in kept):
        raise RejectedInput("workgroup.too_many_items", field=field, items=MAX_AGENDA_ITEMS,
                            length=MAX_ITEM_LENGTH)
    return kept
