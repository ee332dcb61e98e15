"""Which shipped seed records this database has already received."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from rrr_desktop.models.base import Base, UTCDateTime, utcnow


class SeededRecord(Base):
    """One seed record (a topic id, a city or practice UUID) loaded once.

    Remembering what was seeded lets a newer app version add new seed records
    without bringing back ones the user deleted or touching ones they edited.
    """

    __tablename__ = "seeded_record"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    seeded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AppMeta(Base):
    """Small key/value facts about the database (e.g. the digest of the last seed)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
