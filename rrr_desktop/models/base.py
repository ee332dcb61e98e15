"""Declarative base, column types and mixins shared by every entity."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, Integer, MetaData, String, Uuid, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.types import TypeDecorator

from rrr_desktop.models.database import OFFICER_KEY, OFFICER_NAME_LENGTH

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


def officer_of(session: Session | None) -> str | None:
    """The name of the officer writing in ``session`` (see ``Database.session``)."""
    officer = session.info.get(OFFICER_KEY) if session is not None else None
    return officer if isinstance(officer, str) else None


class Exchanged:
    """Columns of every entity that travels between installations.

    The UUID is the identity across installations (a bundle from Rotterdam names
    Rotterdam's record by it); the integer primary key stays local. ``revision``
    counts changes (as vCard REV and iCalendar SEQUENCE do), so a receiver can tell
    a newer copy from an older one: every ORM update of a record raises it by one
    (``_next_revision``); bulk SQL updates must do ``revision = revision + 1``
    themselves; copies of another city's records keep the sender's revision.
    ``changed_by`` names the officer who made the last change (``Database.officer``,
    given by the session: ``officer_of``); bulk SQL writes set it themselves, and NULL
    means not known (a record from before names were kept, or a peer's copy).
    """

    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    changed_by: Mapped[str | None] = mapped_column(String(OFFICER_NAME_LENGTH))


@event.listens_for(Exchanged, "before_insert", propagate=True)
def _first_change(_mapper: object, _connection: object, target: Exchanged) -> None:
    """A new record names who made it, unless the caller named someone."""
    if target.changed_by is None:
        target.changed_by = officer_of(inspect(target).session)


@event.listens_for(Exchanged, "before_update", propagate=True)
def _next_revision(_mapper: object, _connection: object, target: Exchanged) -> None:
    """One more revision per changed record, unless the caller set it (a peer's copy)."""
    state = inspect(target)
    if state.session is None or not state.session.is_modified(target,
                                                              include_collections=False):
        return  # flushed as dirty without a changed column: not a new revision
    if not state.attrs.revision.history.has_changes():
        target.revision = (target.revision or 0) + 1
    if not state.attrs.changed_by.history.has_changes():
        target.changed_by = officer_of(state.session)
