"""Declarative base, column types and mixins shared by every entity."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, Integer, MetaData, Uuid, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC without a zone (SQLite has none) and hands back aware datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def text_enum(enum_type: type[enum.StrEnum]) -> Enum:
    """Store a StrEnum by its value as plain text, so the file reads well in any tool."""
    return Enum(enum_type, native_enum=False, length=32,
                values_callable=lambda members: [m.value for m in members])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Exchanged:
    """Columns of every entity that travels between installations.

    The UUID is the identity across installations (a bundle from Rotterdam names
    Rotterdam's record by it); the integer primary key stays local. ``revision``
    counts changes (as vCard REV and iCalendar SEQUENCE do), so a receiver can tell
    a newer copy from an older one: every ORM update of a record raises it by one
    (``_next_revision``); bulk SQL updates must do ``revision = revision + 1``
    themselves; copies of another city's records keep the sender's revision.
    """

    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


@event.listens_for(Exchanged, "before_update", propagate=True)
def _next_revision(_mapper: object, _connection: object, target: Exchanged) -> None:
    """One more revision per changed record, unless the caller set it (a peer's copy)."""
    state = inspect(target)
    if state.session is None or not state.session.is_modified(target,
                                                              include_collections=False):
        return  # flushed as dirty without a changed column: not a new revision
    if not state.attrs.revision.history.has_changes():
        target.revision = (target.revision or 0) + 1
