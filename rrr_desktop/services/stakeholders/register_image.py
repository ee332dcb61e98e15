"""Before- and after-images of stakeholders, so that any change to them can be undone.

:func:`recorded` runs a change (an edit, archiving, a bulk edit, a merge, a follow-up
marked done) between two :class:`RegisterImage` s of the records it touches;
:func:`restore_image` makes the database hold an image again: rows updated to their
values, records that were deleted put back with their ids and UUIDs, records that did
not exist removed, and their topics, interactions and import history as they were.
Undo restores the before-image, redo the after-image. Each restore is a new revision
of every record it writes, by the officer undoing (``changed_by``), so peers that
received a record get the restored values as newer, never as an older copy they would
ignore, and colleagues see who put them back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from rrr_desktop.models.base import utcnow
from rrr_desktop.models.database import Database
from rrr_desktop.models.stakeholder import (
    IMPORT_CHANGE_TABLE,
    INTERACTION_TABLE,
    STAKEHOLDER_TABLE,
    Stakeholder,
    stakeholder_topic,
)

_LINKED = ((stakeholder_topic, stakeholder_topic.c.stakeholder_id),
           (INTERACTION_TABLE, INTERACTION_TABLE.c.stakeholder_id),
           (IMPORT_CHANGE_TABLE, IMPORT_CHANGE_TABLE.c.stakeholder_id))

Row = Mapping[str, Any]
T = TypeVar("T")


@dataclass(frozen=True)
class RegisterImage:
    """The rows of ``ids`` at one moment; an id without a row did not exist then."""

    ids: frozenset[int]
    stakeholders: tuple[Row, ...]  # organisations first, so persons can point to them
    linked: tuple[tuple[Row, ...], ...]  # topics, interactions, import changes (as _LINKED)


@dataclass(frozen=True)
class Recorded(Generic[T]):
    """A change's own result, with the images to undo (``before``) and redo it."""

    result: T
    before: RegisterImage
    after: RegisterImage


def _covered(session: Session, ids: Collection[int]) -> frozenset[int]:
    """The ids, and the persons of those that are organisations (a merge relinks them)."""
    wanted = set(ids)
    wanted.update(session.scalars(select(Stakeholder.id).where(
        Stakeholder.organisation_id.in_(sorted(wanted)))))
    return frozenset(wanted)


def _image(session: Session, ids: frozenset[int]) -> RegisterImage:
    def rows(table: Table, condition: Any) -> tuple[Row, ...]:
        return tuple(dict(row) for row in session.execute(
            select(table).where(condition)).mappings())

    wanted = sorted(ids)
    stakeholders = tuple(dict(row) for row in session.execute(
        select(STAKEHOLDER_TABLE).where(STAKEHOLDER_TABLE.c.id.in_(wanted))
        .order_by(STAKEHOLDER_TABLE.c.is_person, STAKEHOLDER_TABLE.c.id)).mappings())
    return RegisterImage(ids, stakeholders,
                         tuple(rows(table, column.in_(wanted)) for table, column in _LINKED))


def take_image(db: Database, ids: Collection[int]) -> RegisterImage:
    with db.session() as session:
        return _image(session, _covered(session, ids))


def recorded(db: Database, ids: Collection[int], change: Callable[[], T],
             also: Callable[[T], Collection[int]] = lambda _result: ()) -> Recorded[T]:
    """Run ``change`` on the stakeholders ``ids`` between two images of them.

    ``also`` names records the change made that were not there before (a new record)."""
    before = take_image(db, ids)
    result = change()
    with db.session() as session:
        after = _image(session, before.ids | _covered(session, also(result)))
    return Recorded(result, _widened(before, after.ids), after)


def _widened(image: RegisterImage, ids: frozenset[int]) -> RegisterImage:
    """The same image covering more ids (records that did not exist then)."""
    return RegisterImage(image.ids | ids, image.stakeholders, image.linked)


def restore_image(db: Database, image: RegisterImage) -> int:
    """Make the database hold ``image`` for its ids; returns how many records it wrote."""
    wanted = sorted(image.ids)
    now = utcnow()
    with db.session() as session:
        current = dict(session.execute(select(Stakeholder.id, Stakeholder.revision)
                                       .where(Stakeholder.id.in_(wanted))).all())
        kept = {int(row["id"]) for row in image.stakeholders}
        session.execute(delete(STAKEHOLDER_TABLE).where(
            STAKEHOLDER_TABLE.c.id.in_(sorted(set(current) - kept))))
        for table, column in _LINKED:
            session.execute(delete(table).where(column.in_(sorted(kept))))
        for row in image.stakeholders:
            values = {**row, "updated_at": now, "changed_by": db.officer,
                      "revision": max(current.get(row["id"], 0), row["revision"]) + 1}
            if row["id"] in current:
                session.execute(update(STAKEHOLDER_TABLE).where(
                    STAKEHOLDER_TABLE.c.id == row["id"]).values(values))
            else:
                session.execute(insert(STAKEHOLDER_TABLE).values(values))
        for (table, _column), rows in zip(_LINKED, image.linked, strict=True):
            if table is INTERACTION_TABLE and rows:
                # An interaction moved by a merge is still there, under another record.
                session.execute(delete(table).where(
                    table.c.id.in_([row["id"] for row in rows])))
            if rows:
                session.execute(insert(table), [dict(row) for row in rows])
        return len(image.stakeholders) + len(set(current) - kept)
