"""Cities (ours and the peers), their topics and their practices."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
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
from rrr_desktop.models.topic import Topic


class TopicRole(enum.StrEnum):
    OFFERS = "offers"
    WANTS_TO_LEARN = "wants_to_learn"
    SHARED_CHALLENGE = "shared_challenge"


class PracticeStage(enum.StrEnum):
    IDEA = "idea"
    PILOT = "pilot"
    RUNNING = "running"
    EVALUATED = "evaluated"


class PracticeKind(enum.StrEnum):
    AWARD = "award"
    PLATFORM = "platform"
    HUB = "hub"
    FINANCIAL_MECHANISM = "financial_mechanism"
    IMPACT_BOND = "impact_bond"
    COMMUNICATION_STRATEGY = "communication_strategy"
    DIGITAL_PROGRAMME = "digital_programme"
    PARTNERSHIP = "partnership"
    NETWORK = "network"
    OTHER = "other"


class City(Exchanged, Base):
    """A city in the network. Exactly one, at most, is *ours* (``is_ours``)."""

    __tablename__ = "city"
    __table_args__ = (
        # At most one city is ours: a partial unique index does what a flag cannot.
        Index("uq_city_is_ours", "is_ours", unique=True, sqlite_where=text("is_ours = 1")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    country_code: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    population: Mapped[int | None] = mapped_column(Integer)
    website: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    profile_source: Mapped[str] = mapped_column(String(500), default="")
    profile_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_ours: Mapped[bool] = mapped_column(Boolean, default=False)

    topics: Mapped[list[CityTopic]] = relationship(
        back_populates="city", cascade="all, delete-orphan", order_by="CityTopic.id"
    )
    practices: Mapped[list[Practice]] = relationship(
        back_populates="city", cascade="all, delete-orphan", order_by="Practice.title"
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

    city: Mapped[City] = relationship(back_populates="practices")
    topics: Mapped[list[Topic]] = relationship(secondary=practice_topic, order_by="Topic.label")
