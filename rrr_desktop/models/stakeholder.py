"""The local SSE ecosystem: stakeholders, their interactions, and list imports."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rrr_desktop.models.base import Base, Exchanged, UTCDateTime, text_enum, utcnow
from rrr_desktop.models.queries.codecs import SEARCHED_COLUMNS, folded_search_text
from rrr_desktop.models.topic import Topic
from rrr_desktop.models.vocabulary import (
    CollaborationStage,
    InteractionKind,
    StakeholderKind,
)
from rrr_desktop.text import normalise

stakeholder_topic = Table(
    "stakeholder_topic",
    Base.metadata,
    Column("stakeholder_id", ForeignKey("stakeholder.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="RESTRICT"), primary_key=True,
           index=True),
)


def _score(name: str) -> CheckConstraint:
    return CheckConstraint(f"{name} IS NULL OR {name} BETWEEN 1 AND 5", name=f"{name}_1_to_5")


class Stakeholder(Exchanged, Base):
    """An organisation, or a person linked to one.

    Contact person, email and phone are personal data: they leave the app only
    when the officer includes them explicitly and consent is recorded.
    """

    __tablename__ = "stakeholder"
    __table_args__ = (
        _score("influence"), _score("interest"), _score("trust"),
        # The register page filters on archived and search_text and sorts by name: with
        # all three in one index, a keystroke's count and first page scan only the index,
        # and a common word's first page stops after 200 entries.
        Index("ix_stakeholder_register", "archived", "sort_name", "search_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[StakeholderKind] = mapped_column(text_enum(StakeholderKind), index=True)
    is_person: Mapped[bool] = mapped_column(Boolean, default=False)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    district: Mapped[str] = mapped_column(String(200), default="", index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    locality: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(32), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    website: Mapped[str] = mapped_column(String(500), default="", index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    owner: Mapped[str] = mapped_column(String(200), default="", index=True)
    stage: Mapped[CollaborationStage] = mapped_column(
        text_enum(CollaborationStage), default=CollaborationStage.NOT_ENGAGED, index=True)
    influence: Mapped[int | None] = mapped_column(Integer)
    interest: Mapped[int | None] = mapped_column(Integer)
    trust: Mapped[int | None] = mapped_column(Integer)
    next_contact_on: Mapped[date | None] = mapped_column(Date)
    review_due_on: Mapped[date | None] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    shareable: Mapped[bool] = mapped_column(Boolean, default=False)
    external_id: Mapped[str] = mapped_column(String(200), default="", index=True)
    # Personal data
    contact_person: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_source: Mapped[str] = mapped_column(String(300), default="")
    consent_note: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True)
    # Name, description, tags and place folded (lower case, no accents; codecs'
    # SEARCHED_COLUMNS), kept by the listeners
    # below, so that searching 100,000 rows is one LIKE over one column.
    search_text: Mapped[str] = mapped_column(
        Text().with_variant(Text(collation="C"), "postgresql"), default="")
    # The name folded the same way, to sort by: SQLite's NOCASE knows only ASCII, and
    # would put "Łódź" after "Zaragoza".
    # Folded names sort byte by byte, as SQLite sorts text; on a team database too ("C").
    sort_name: Mapped[str] = mapped_column(
        String(300).with_variant(String(300, collation="C"), "postgresql"), default="")

    topics: Mapped[list[Topic]] = relationship(secondary=stakeholder_topic)
    interactions: Mapped[list[Interaction]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan",
        order_by="Interaction.occurred_on")


@event.listens_for(Stakeholder, "before_insert")
@event.listens_for(Stakeholder, "before_update")
def _fold_search_text(_mapper: object, _connection: object, target: Stakeholder) -> None:
    target.sort_name = normalise(target.name)
    target.search_text = folded_search_text(
        {column: getattr(target, column) for column in SEARCHED_COLUMNS})


class Interaction(Base):
    """One contact with a stakeholder: what happened and what follows."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[InteractionKind] = mapped_column(text_enum(InteractionKind))
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    stakeholder: Mapped[Stakeholder] = relationship(back_populates="interactions")


class ImportBatch(Base):
    """One import of a stakeholder list, so that it can be reported on and undone whole."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    mode: Mapped[str] = mapped_column(String(16))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportChange(Base):
    """What an import changed in an existing stakeholder: the values before, to undo it."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    previous: Mapped[dict[str, object]] = mapped_column(JSON)


# Core table handles, for the bulk statements (delete, insert, update) that the
# lifecycle and undo services write without loading ORM objects.
STAKEHOLDER_TABLE = cast(Table, Stakeholder.__table__)
INTERACTION_TABLE = cast(Table, Interaction.__table__)
IMPORT_CHANGE_TABLE = cast(Table, ImportChange.__table__)
