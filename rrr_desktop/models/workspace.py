"""What the officer keeps for themselves: notes on peers, hidden and pinned peers,
preferences shared by the window and the command line, and the briefs they printed.
None of it ever goes into a bundle, except working groups: they are shared with their
member cities (their meetings, actions and notes are in ``groups``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rrr_desktop.models.base import Base, Exchanged, UTCDateTime, text_enum, utcnow
from rrr_desktop.models.group_vocabulary import GroupStage


class PeerNote(Base):
    """Our private notes about a peer city, kept apart from what the peer sends."""

    __tablename__ = "peer_note"

    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"),
                                         primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class PeerPreference(Base):
    """A peer the officer hid from suggestions, or pinned to the top."""

    __tablename__ = "peer_preference"

    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"),
                                         primary_key=True)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkingGroup(Exchanged, Base):
    """A working group between peer cities (from a proposal, or made by hand).

    Its lead city is authoritative for it: the group record travels in the lead's
    bundles (``source_bundle_id`` names the bundle the copy we hold came from; None:
    made here). ``notes`` are our private notes; ``withdrawn_at`` is set when the lead
    withdrew the group.
    """

    __tablename__ = "working_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    topic_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    lead_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="", server_default="")
    stage: Mapped[GroupStage] = mapped_column(text_enum(GroupStage), default=GroupStage.FORMING,
                                              server_default=GroupStage.FORMING.value)
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    members: Mapped[list[WorkingGroupMember]] = relationship(
        cascade="all, delete-orphan", order_by="WorkingGroupMember.position")


class WorkingGroupMember(Base):
    __tablename__ = "working_group_member"

    group_id: Mapped[int] = mapped_column(ForeignKey("working_group.id", ondelete="CASCADE"),
                                          primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    position: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str] = mapped_column(Text, default="")


class Preference(Base):
    """A choice that the window, the command line and the briefs must agree on
    (for example the matching weights), as JSON under a dotted key."""

    __tablename__ = "preference"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class BriefRecord(Base):
    """A brief the officer generated, so the Briefs page can list and reopen it."""

    __tablename__ = "brief_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # city, peer
    title: Mapped[str] = mapped_column(String(300))
    peer_city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="SET NULL"), index=True)
    path: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    options: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
