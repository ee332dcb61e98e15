"""Merge duplicate stakeholders into one master record, field by field.

The officer picks, for each field, whose value the master keeps. Lists (tags,
sectors, topics) are united instead; interactions of every record move to the
master; persons of a merged organisation are linked to the master; the other
records are then deleted. All of it happens in one transaction.

Personal data (contact person, email, phone) and the consent that covers it are
one choice: consent recorded for one record's email does not cover another's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.stakeholders import merge_rows
from rrr_desktop.models.stakeholder import Interaction, Stakeholder

# Choosable field -> the columns that travel with it.
MERGE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("name",), "kind": ("kind",), "organisation": ("organisation_id",),
    "district": ("district",),
    "address": ("address", "locality", "postcode", "country_code", "latitude", "longitude"),
    "website": ("website",), "description": ("description",), "owner": ("owner",),
    "stage": ("stage",), "influence": ("influence",), "interest": ("interest",),
    "trust": ("trust",), "next_contact_on": ("next_contact_on",),
    "review_due_on": ("review_due_on",), "shareable": ("shareable",),
    "external_id": ("external_id",),
    "personal_data": ("contact_person", "email", "phone", "consent_given", "consent_on",
                      "consent_source", "consent_note"),
}


@dataclass(frozen=True)
class MergeResult:
    master_id: int
    merged_ids: tuple[int, ...]  # deleted into the master
    fields_taken: Mapping[str, int]  # field -> the record its value came from (not the master)
    interactions_moved: int
    persons_relinked: int


def _records(session: Session, master_id: int,
             other_ids: Sequence[int]) -> tuple[Stakeholder, dict[int, Stakeholder]]:
    ids = [master_id, *other_ids]
    if master_id in other_ids or len(set(other_ids)) != len(other_ids) or not other_ids:
        raise RejectedInput("merge.pick_master_and_others")
    found = {r.id: r for r in session.scalars(select(Stakeholder).where(
        Stakeholder.id.in_(ids)))}
    if len(found) != len(ids):
        raise RejectedInput("merge.one_gone")
    if len({record.is_person for record in found.values()}) > 1:
        raise RejectedInput("merge.person_and_organisation")
    return found[master_id], found


def merge_stakeholders(db: Database, master_id: int, other_ids: Sequence[int],
                       choices: Mapping[str, int]) -> MergeResult:
    """Merge ``other_ids`` into ``master_id``; ``choices`` maps a field of
    :data:`MERGE_FIELDS` to the record whose value to keep (the master's by default)."""
    unknown = sorted(set(choices) - set(MERGE_FIELDS))
    if unknown:
        raise RejectedInput("merge.field_unknown", field=unknown[0], name=repr(unknown[0]))
    with db.session() as session:
        master, records = _records(session, master_id, list(other_ids))
        if any(source not in records for source in choices.values()):
            raise RejectedInput("merge.value_from_elsewhere")
        others = [records[other] for other in other_ids]
        taken = {name: source for name, source in choices.items() if source != master_id}
        for name, source in taken.items():
            for column in MERGE_FIELDS[name]:
                setattr(master, column, getattr(records[source], column))
        master.tags = list(dict.fromkeys([*master.tags, *(t for o in others for t in o.tags)]))
        master.sectors = list(dict.fromkeys(
            [*master.sectors, *(s for o in others for s in o.sectors)]))
        master.topics = list({topic.id: topic for topic in [
            *master.topics, *(t for o in others for t in o.topics)]}.values())
        moved = session.execute(
            update(Interaction).where(Interaction.stakeholder_id.in_(other_ids))
            .values(stakeholder_id=master_id).execution_options(synchronize_session=False))
        relinked = session.execute(
            update(Stakeholder).where(Stakeholder.organisation_id.in_(other_ids))
            .values(organisation_id=master_id, revision=Stakeholder.revision + 1,
                    changed_by=db.officer)
            .execution_options(synchronize_session=False))
        session.flush()
        session.expunge_all()  # the others' interaction lists are stale; delete by SQL
        session.execute(delete(Stakeholder).where(Stakeholder.id.in_(other_ids))
                        .execution_options(synchronize_session=False))
    return MergeResult(master_id, tuple(other_ids), taken,
                       int(moved.rowcount),  # type: ignore[attr-defined]
                       int(relinked.rowcount))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class MergeCandidate:
    """One record offered to a merge: its values by :data:`MERGE_FIELDS` field."""

    id: int
    name: str
    values: Mapping[str, tuple[object, ...]]  # field -> the values of its columns
    interactions: int


def merge_candidates(db: Database, ids: Sequence[int]) -> list[MergeCandidate]:
    """The records to merge, in the order given (missing ones left out)."""
    columns = [column for group in MERGE_FIELDS.values() for column in group]
    with db.reading() as connection:
        found = merge_rows(connection, ids, columns)
    result = []
    for record_id in ids:
        if record_id not in found:
            continue
        _id, interactions, organisation, *values = found[record_id]
        by_column = dict(zip(columns, values, strict=True))
        by_column["organisation_id"] = organisation  # the name, to show
        result.append(MergeCandidate(
            record_id, str(by_column["name"]),
            {field: tuple(by_column[c] for c in group) for field, group in MERGE_FIELDS.items()},
            int(interactions)))
    return result
