"""Exchange bundles: who we trust, what each received bundle changed, what we have shared.

Peer data that arrives in bundles is kept apart from our own: a peer's shared
stakeholders live in ``peer_stakeholder`` (never in our register), and every
record a bundle touched names that bundle, so it can be undone or erased.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from rrr_desktop.models.base import Base, UTCDateTime, utcnow


class TrustedSender(Base):
    """The key pinned for a peer city on its first bundle (trust on first use)."""

    __tablename__ = "trusted_sender"

    city_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    pinned_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The key this one replaced, when the officer accepted a new key, for the record.
    previous_fingerprint: Mapped[str] = mapped_column(String(64), default="")


class BundleImport(Base):
    """One bundle read into the database: from whom, when, and what it changed."""

    __tablename__ = "bundle_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sender_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    sender_name: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    bundle_created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    summary: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class BundleChange(Base):
    """One record a bundle import added, updated or withdrew, with its state before."""

    __tablename__ = "bundle_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(32))  # city, practice, peer_stakeholder...
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    action: Mapped[str] = mapped_column(String(16))  # added, updated, withdrawn
    previous: Mapped[dict[str, object] | None] = mapped_column(JSON)


class BundleExport(Base):
    """One bundle we wrote, for the history of our exchanges."""

    __tablename__ = "bundle_export"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    summary: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class SharedRecord(Base):
    """A record of ours that went out in a bundle.

    When it is no longer shared (deleted, archived or made private), later bundles
    carry a tombstone for it, so peers withdraw their copy.
    """

    __tablename__ = "shared_record"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_uuid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    last_export_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_export.id", ondelete="SET NULL"), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PeerStakeholder(Base):
    """A stakeholder another city shared with us: their data, read only, kept apart.

    Identified by the sender city and the record's UUID together, so one city's
    bundle can never overwrite another city's records.
    """

    __tablename__ = "peer_stakeholder"
    __table_args__ = (UniqueConstraint("city_id", "uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city_id: Mapped[int] = mapped_column(ForeignKey("city.id", ondelete="CASCADE"), index=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    revision: Mapped[int] = mapped_column(Integer)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(32))
    is_person: Mapped[bool] = mapped_column(Boolean, default=False)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    district: Mapped[str] = mapped_column(String(200), default="")
    locality: Mapped[str] = mapped_column(String(200), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    topic_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    stage: Mapped[str] = mapped_column(String(32), default="")
    # Personal data, present only when the sender included it with recorded consent.
    contact_person: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    source_bundle_id: Mapped[int | None] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="SET NULL"), index=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
