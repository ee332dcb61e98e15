"""Archive and restore stakeholders; delete them so that the deletion can be undone exactly.

Archiving is the everyday way out of the register (the record and its history stay).
Deleting removes the records with their topics and interactions; the
:class:`DeletedStakeholders` snapshot it returns holds every row as it was, so
:func:`restore_deleted` puts back the same ids and UUIDs, and links the persons that
belonged to a deleted organisation to it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import delete, insert, select, update

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.base import utcnow
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import driver_connection
from rrr_desktop.models.queries.stakeholders import relink_persons
from rrr_desktop.models.stakeholder import (
    IMPORT_CHANGE_TABLE,
    INTERACTION_TABLE,
    STAKEHOLDER_TABLE,
    Stakeholder,
    stakeholder_topic,
)

Row = Mapping[str, Any]


@dataclass(frozen=True)
class DeletedStakeholders:
    """Every row a deletion removed or changed, as it was."""

    stakeholders: tuple[Row, ...]  # organisations first, so persons can point to them
    topics: tuple[Row, ...]
    interactions: tuple[Row, ...]
    import_changes: tuple[Row, ...]
    relinks: tuple[tuple[int, int], ...]  # (person id, organisation id) of persons kept

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(int(row["id"]) for row in self.stakeholders)


def set_archived(db: Database, ids: Iterable[int], archived: bool) -> int:
    """Archive (or restore) the stakeholders; returns how many changed."""
    wanted = sorted(set(ids))
    with db.session() as session:
        result = session.execute(
            update(Stakeholder).where(Stakeholder.id.in_(wanted),
                                      Stakeholder.archived.is_not(archived))
            .values(archived=archived, updated_at=utcnow(), revision=Stakeholder.revision + 1,
                    changed_by=db.officer)
            .execution_options(synchronize_session=False))
        return int(result.rowcount)  # type: ignore[attr-defined]


def delete_stakeholders(db: Database, ids: Iterable[int]) -> DeletedStakeholders:
    """Delete the stakeholders with their topics and interactions, in one transaction."""
    wanted = sorted(set(ids))
    with db.session() as session:
        def rows(statement: Any) -> tuple[Row, ...]:
            return tuple(dict(row) for row in session.execute(statement).mappings())

        stakeholders = rows(select(STAKEHOLDER_TABLE).where(STAKEHOLDER_TABLE.c.id.in_(wanted))
                            .order_by(STAKEHOLDER_TABLE.c.is_person, STAKEHOLDER_TABLE.c.id))
        snapshot = DeletedStakeholders(
            stakeholders=stakeholders,
            topics=rows(select(stakeholder_topic)
                        .where(stakeholder_topic.c.stakeholder_id.in_(wanted))),
            interactions=rows(select(INTERACTION_TABLE)
                              .where(INTERACTION_TABLE.c.stakeholder_id.in_(wanted))),
            import_changes=rows(select(IMPORT_CHANGE_TABLE)
                                .where(IMPORT_CHANGE_TABLE.c.stakeholder_id.in_(wanted))),
            relinks=tuple((person, cast(int, organisation)) for person, organisation in
                          session.execute(select(Stakeholder.id, Stakeholder.organisation_id)
                                          .where(Stakeholder.organisation_id.in_(wanted),
                                                 Stakeholder.id.not_in(wanted)))))
        # The schema's ON DELETE rules remove topics, interactions and import changes,
        # and unlink the persons of deleted organisations.
        session.execute(delete(STAKEHOLDER_TABLE).where(STAKEHOLDER_TABLE.c.id.in_(wanted)))
    return snapshot


def restore_deleted(db: Database, snapshot: DeletedStakeholders) -> int:
    """Put back what :func:`delete_stakeholders` removed; returns how many stakeholders."""
    ids = snapshot.ids
    if not ids:
        return 0
    with db.session() as session:
        taken = session.scalars(select(Stakeholder.name).where(
            (Stakeholder.id.in_(ids))
            | Stakeholder.uuid.in_([row["uuid"] for row in snapshot.stakeholders]))).all()
        if taken:
            raise RejectedInput("stakeholder.restore_taken", name=repr(taken[0]))
        existing = set(session.scalars(select(Stakeholder.id).where(Stakeholder.id.in_(
            {row["organisation_id"] for row in snapshot.stakeholders
             if row["organisation_id"] is not None}))))
        existing.update(ids)
        session.execute(insert(STAKEHOLDER_TABLE), [
            {**row, "organisation_id": row["organisation_id"]
             if row["organisation_id"] in existing else None}
            for row in snapshot.stakeholders])
        for table, rows in ((stakeholder_topic, snapshot.topics),
                            (INTERACTION_TABLE, snapshot.interactions),
                            (IMPORT_CHANGE_TABLE, snapshot.import_changes)):
            if rows:
                session.execute(insert(table), [dict(row) for row in rows])
        if snapshot.relinks:
            relink_persons(driver_connection(session), snapshot.relinks)
    return len(ids)
