"""Change many stakeholders at once: stage, tags, owner, shareable.

The officer picks the changes in the list page's bulk edit dialog; every selected
record gets them in one transaction, so a failure changes nothing. The rows are
updated in bulk (no ORM object per record, so 100,000 records take seconds, not
minutes), which skips the ORM listeners: ``search_text`` is therefore refolded
here whenever the tags change.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.base import utcnow
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.codecs import SEARCHED_COLUMNS, folded_search_text
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.vocabulary import CollaborationStage
from rrr_desktop.text import normalise

MAX_OWNER = 200
MAX_TAG = 100
_CHUNK = 500  # ids per SELECT ... IN (...), well below SQLite's variable limit


@dataclass(frozen=True)
class BulkChange:
    """What to change; ``None`` or an empty tuple leaves that field as it is."""

    stage: str | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()
    owner: str | None = None
    shareable: bool | None = None

    @property
    def is_empty(self) -> bool:
        return (self.stage is None and not self.add_tags and not self.remove_tags
                and self.owner is None and self.shareable is None)


@dataclass(frozen=True)
class BulkResult:
    changed: int  # records that now differ from before
    unchanged: int  # records that already had every asked value
    missing: int  # ids no longer in the register (deleted meanwhile)


def _checked_tags(tags: tuple[str, ...], field: str) -> tuple[str, ...]:
    cleaned = tuple(dict.fromkeys(" ".join(tag.split()) for tag in tags if tag.strip()))
    too_long = [tag for tag in cleaned if len(tag) > MAX_TAG]
    if too_long:
        raise RejectedInput("bulk.tag_too_long", field=field, tag=too_long[0][:40],
                            limit=MAX_TAG)
    return cleaned


def checked_change(change: BulkChange) -> BulkChange:
    """``change`` with tidy values, or :class:`RejectedInput` saying what is wrong."""
    if change.stage is not None and change.stage not in set(CollaborationStage):
        raise RejectedInput("bulk.stage_unknown", field="stage", stage=change.stage,
                            choices=", ".join(CollaborationStage))
    owner = None if change.owner is None else " ".join(change.owner.split())
    if owner is not None and len(owner) > MAX_OWNER:
        raise RejectedInput("bulk.owner_too_long", field="owner", limit=MAX_OWNER)
    add = _checked_tags(change.add_tags, "add_tags")
    remove = _checked_tags(change.remove_tags, "remove_tags")
    both = {normalise(tag) for tag in add} & {normalise(tag) for tag in remove}
    if both:
        raise RejectedInput("bulk.tag_added_and_removed", field="remove_tags",
                            tag=sorted(both)[0])
    checked = BulkChange(change.stage, add, remove, owner, change.shareable)
    if checked.is_empty:
        raise RejectedInput("bulk.nothing_chosen")
    return checked


def _new_tags(tags: list[str], change: BulkChange) -> list[str]:
    removed = {normalise(tag) for tag in change.remove_tags}
    kept = [tag for tag in tags if normalise(tag) not in removed]
    present = {normalise(tag) for tag in kept}
    return kept + [tag for tag in change.add_tags if normalise(tag) not in present]


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def bulk_edit(db: Database, ids: Collection[int], change: BulkChange) -> BulkResult:
    """Apply ``change`` to the stakeholders ``ids`` in one transaction."""
    change = checked_change(change)
    wanted = sorted(set(ids))
    if not wanted:
        raise RejectedInput("bulk.nothing_selected")
    now = utcnow()
    updates: list[dict[str, Any]] = []
    found = 0
    with db.session() as session:
        for chunk in _chunks(wanted):
            rows = session.execute(
                select(Stakeholder.id, Stakeholder.stage, Stakeholder.owner,
                       Stakeholder.shareable, Stakeholder.revision,
                       *(getattr(Stakeholder, column) for column in SEARCHED_COLUMNS))
                .where(Stakeholder.id.in_(chunk))).all()
            found += len(rows)
            for row_id, stage, owner, shareable, revision, *searched in rows:
                searched_values = dict(zip(SEARCHED_COLUMNS, searched, strict=True))
                tags = searched_values["tags"]
                values: dict[str, Any] = {}
                if change.stage is not None and stage != change.stage:
                    values["stage"] = CollaborationStage(change.stage)
                if change.owner is not None and owner != change.owner:
                    values["owner"] = change.owner
                if change.shareable is not None and shareable != change.shareable:
                    values["shareable"] = change.shareable
                new_tags = _new_tags(list(tags or []), change)
                if new_tags != list(tags or []):
                    values["tags"] = new_tags
                    values["search_text"] = folded_search_text(
                        {**searched_values, "tags": new_tags})
                if values:
                    # A bulk update skips the ORM's revision listener: count the change here.
                    updates.append({"id": row_id, "updated_at": now, "revision": revision + 1,
                                    "changed_by": db.officer, **values})
        if updates:
            session.execute(update(Stakeholder), updates)
    return BulkResult(changed=len(updates), unchanged=found - len(updates),
                      missing=len(wanted) - found)
