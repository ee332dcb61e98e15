"""What a working group does together: meetings (with their agenda, minutes and
decisions), actions, and each member city's notes on the group.

The group itself is ``workspace.WorkingGroup``. Who may change what (docs/bundle-format.md,
"Version 2"): the lead city owns the group record and its meetings; each member city
owns its actions and its note. Every row names the bundle it last came from
(``source_bundle_id``; None: written here).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rrr_desktop.models.base import Base, Exchanged, UTCDateTime, text_enum
from rrr_desktop.models.group_vocabulary import ActionStatus


class WorkingGroupMeeting(Exchanged, Base):
    """A meeting: a UTC instant with the IANA zone it was planned in, online or in a place.

    ``sequence`` is the iCalendar SEQUENCE: raised when the time, length, place or link
    changes, so a calendar moves its entry instead of adding one.
    """

    __tablename__ = "working_group_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    time_zone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    place: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    agenda: Mapped[list[str]] = mapped_column(JSON, default=list)
    minutes: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[list[str]] = mapped_column(JSON, default=list)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)


class WorkingGroupAction(Exchanged, Base):
    """Something a member city said it would do, by a date."""

    __tablename__ = "working_group_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    owner_city_id: Mapped[int] = mapped_column(
        ForeignKey("city.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(text_enum(ActionStatus),
                                                 default=ActionStatus.OPEN)
    notes: Mapped[str] = mapped_column(Text, default="")
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)


class WorkingGroupNote(Exchanged, Base):
    """A member city's note on the group, shared with the other members."""

    __tablename__ = "working_group_note"
    __table_args__ = (UniqueConstraint("group_id", "city_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), index=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)


class WorkingGroupLook(Base):
    """When the officer last looked at a group: what changed since is shown as new."""

    __tablename__ = "working_group_look"

    group_id: Mapped[int] = mapped_column(
        ForeignKey("working_group.id", ondelete="CASCADE"), primary_key=True)
    looked_at: Mapped[datetime] = mapped_column(UTCDateTime)
