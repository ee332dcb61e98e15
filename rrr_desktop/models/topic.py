"""The controlled vocabulary of SSE collaboration topics."""

from __future__ import annotations

import enum

from sqlalchemy import Enum, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rrr_desktop.models.base import Base


class RelationKind(enum.StrEnum):
    RELATED = "related"  # symmetric: stored once, read both ways
    LEADS_TO = "leads_to"  # a progression, e.g. co-creation leads to co-implementation


class Topic(Base):
    __tablename__ = "topic"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    synonyms: Mapped[list[TopicSynonym]] = relationship(
        cascade="all, delete-orphan", order_by="TopicSynonym.text"
    )


class TopicSynonym(Base):
    __tablename__ = "topic_synonym"
    __table_args__ = (UniqueConstraint("topic_id", "text"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[str] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))


class TopicRelation(Base):
    __tablename__ = "topic_relation"

    topic_id: Mapped[str] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    other_id: Mapped[str] = mapped_column(
        ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[RelationKind] = mapped_column(
        Enum(RelationKind, native_enum=False, length=20,
             values_callable=lambda kinds: [k.value for k in kinds]),
        primary_key=True,
    )
