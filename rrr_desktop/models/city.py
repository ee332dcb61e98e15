"""Cities (ours and the peers), their topics and their practices."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import JSON

from rrr_desktop.models.base import Base, Exchanged, UTCDateTime, text_enum
from rrr_desktop.models.city_vocabulary import (
    MAX_SCORE,
    MIN_SCORE,
    PracticeKind,
    PracticeStage,
    TopicRole,
)
from rrr_desktop.models.topic import Topic

__all__ = ["City", "CityFreeTopic", "CityTopic", "Practice", "PracticeKind", "PracticeStage",
           "TopicAssessment", "TopicRole", "practice_topic"]


class City(Exchanged, Base):
    """A city in the network. Exactly one, at most, is *ours* (``is_ours``)."""

    __tablename__ = "city"
    __table_args__ = (
        # At most one city is ours: a partial unique index does what a flag cannot.
        Index("uq_city_is_ours", "is_ours", unique=True, sqlite_where=text("is_ours = 1"),
              postgresql_where=text("is_ours")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    country_code: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    population: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    contact_office: Mapped[str] = mapped_column(Text, default="")
    # The language of summary, contact office and the notes; their other languages are in
    # ``translations`` ({"es": {"summary": ..., "offers": {topic id: note}, ...}}).
    text_language: Mapped[str] = mapped_column(String(2), default="en", server_default="en")
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict,
                                                         server_default="{}")
    profile_source: Mapped[str] = mapped_column(String(500), default="")
    profile_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_ours: Mapped[bool] = mapped_column(Boolean, default=False)
    # The bundle this profile last came from (None: seeded, or entered here).
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)

    topics: Mapped[list[CityTopic]] = relationship(
        back_populates="city", cascade="all, delete-orphan", order_by="CityTopic.id"
    )
    practices: Mapped[list[Practice]] = relationship(
        back_populates="city", cascade="all, delete-orphan", order_by="Practice.title"
    )
    free_topics: Mapped[list[CityFreeTopic]] = relationship(
        cascade="all, delete-orphan", order_by="CityFreeTopic.id"
    )
    assessments: Mapped[list[TopicAssessment]] = relationship(
        cascade="all, delete-orphan", order_by="TopicAssessment.id"
    )


class CityTopic(Base):
    """A topic a city offers, wants to learn, or shares as a challenge, with a note."""

    __tablename__ = "city_topic"
    __table_args__ = (UniqueConstraint("city_id", "topic_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    role: Mapped[TopicRole] = mapped_column(text_enum(TopicRole))
    note: Mapped[str] = mapped_column(Text, default="")

    city: Mapped[City] = relationship(back_populates="topics")
    topic: Mapped[Topic] = relationship()


class CityFreeTopic(Base):
    """A topic in the city's own words, outside the vocabulary (kept apart from it, so
    matching never mistakes free text for a shared topic)."""

    __tablename__ = "city_free_topic"
    __table_args__ = (UniqueConstraint("city_id", "role", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    role: Mapped[TopicRole] = mapped_column(text_enum(TopicRole))
    text: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class TopicAssessment(Base):
    """A city's self-assessed maturity on one topic, 0 to 10.

    A NULL score means "we care about this topic but have not assessed it", which
    is not the same as 0 (assessed, and nothing is in place yet), as in the OECD
    Better Entrepreneurship Policy Tool.
    """

    __tablename__ = "topic_assessment"
    __table_args__ = (
        UniqueConstraint("city_id", "topic_id"),
        CheckConstraint(f"score IS NULL OR score BETWEEN {MIN_SCORE} AND {MAX_SCORE}",
                        name="score_0_to_10"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id", ondelete="RESTRICT"), index=True)
    score: Mapped[int | None] = mapped_column(Integer)
    assessed_on: Mapped[date | None] = mapped_column(Date)

    topic: Mapped[Topic] = relationship()


practice_topic = Table(
    "practice_topic",
    Base.metadata,
    Column("practice_id", ForeignKey("practice.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="RESTRICT"), primary_key=True),
)


class Practice(Exchanged, Base):
    """A city's programme or mechanism: an award, a hub, a financial mechanism..."""

    __tablename__ = "practice"

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[PracticeKind] = mapped_column(text_enum(PracticeKind))
    description: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[PracticeStage] = mapped_column(text_enum(PracticeStage))
    year_started: Mapped[int | None] = mapped_column(Integer)
    link: Mapped[str] = mapped_column(String(500), default="")
    # Title and description in other languages: {"es": {"title": ..., "description": ...}}.
    translations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict,
                                                         server_default="{}")
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)

    city: Mapped[City] = relationship(back_populates="practices")
    topics: Mapped[list[Topic]] = relationship(secondary=practice_topic, order_by="Topic.label")
