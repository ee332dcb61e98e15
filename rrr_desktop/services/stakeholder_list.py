"""Read the stakeholder register page by page, filtered and sorted, with plain SQL.

The list page asks for a count and then for the rows it is about to show, so a
register of 100,000 stakeholders never has to be loaded whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from rrr_desktop.models.database import Database
from rrr_desktop.text import normalise

SORTABLE = {
    "name": "s.name COLLATE NOCASE",
    "kind": "s.kind",
    "stage": "s.stage",
    "district": "s.district COLLATE NOCASE",
    "owner": "s.owner COLLATE NOCASE",
    "last_contact": "last_contact",
    "next_follow_up": "next_follow_up",
}


@dataclass(frozen=True)
class StakeholderFilter:
    """What the officer typed and picked; empty means no restriction."""

    search: str = ""  # every word must appear in the name, description or tags
    kinds: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    district: str = ""
    owner: str = ""
    topic_id: str = ""
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class StakeholderRow:
    """One line of the register, as the list shows it."""

    id: int
    uuid: UUID
    name: str
    kind: str
    stage: str
    district: str
    owner: str
    tags: tuple[str, ...]
    shareable: bool
    archived: bool
    is_person: bool
    influence: int | None
    interest: int | None
    last_contact: date | None
    next_follow_up: date | None  # the earliest open follow-up
    overdue: bool = field(default=False)


def _where(query: StakeholderFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if not query.include_archived:
        clauses.append("s.archived = 0")
    for word in normalise(query.search).split():
        clauses.append("s.search_text LIKE ? ESCAPE '\\'")
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    for column, values in (("s.kind", query.kinds), ("s.stage", query.stages)):
        if values:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(sorted(values))
    for column, value in (("s.district", query.district), ("s.owner", query.owner)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if query.topic_id:
        clauses.append("EXISTS (SELECT 1 FROM stakeholder_topic st "
                       "WHERE st.stakeholder_id = s.id AND st.topic_id = ?)")
        params.append(query.topic_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_stakeholders(db: Database, query: StakeholderFilter) -> int:
    where, params = _where(query)
    with db.reading() as connection:
        return int(connection.execute(f"SELECT count(*) FROM stakeholder s{where}",
                                      params).fetchone()[0])


def list_stakeholders(db: Database, query: StakeholderFilter, offset: int = 0,
                      limit: int = 200) -> list[StakeholderRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered, sorted register."""
    where, params = _where(query)
    order = SORTABLE.get(query.sort, SORTABLE["name"])
    direction = "DESC" if query.descending else "ASC"
    sql = (
        "SELECT s.id, s.uuid, s.name, s.kind, s.stage, s.district, s.owner, s.tags, "
        "s.shareable, s.archived, s.is_person, s.influence, s.interest, "
        "(SELECT max(i.occurred_on) FROM interaction i WHERE i.stakeholder_id = s.id) "
        "AS last_contact, "
        "(SELECT min(i.follow_up_on) FROM interaction i WHERE i.stakeholder_id = s.id "
        "AND i.follow_up_done = 0) AS next_follow_up "
        f"FROM stakeholder s{where} ORDER BY {order} {direction}, s.id {direction} "
        "LIMIT ? OFFSET ?"
    )
    today = date.today()
    with db.reading() as connection:
        rows = connection.execute(sql, [*params, limit, offset]).fetchall()
    result = []
    for (row_id, uuid, name, kind, stage, district, owner, tags, shareable, archived,
         is_person, influence, interest, last_contact, next_follow_up) in rows:
        follow_up = date.fromisoformat(next_follow_up) if next_follow_up else None
        result.append(StakeholderRow(
            id=row_id, uuid=UUID(hex=uuid), name=name, kind=kind, stage=stage,
            district=district, owner=owner, tags=tuple(json.loads(tags)),
            shareable=bool(shareable), archived=bool(archived), is_person=bool(is_person),
            influence=influence, interest=interest,
            last_contact=date.fromisoformat(last_contact) if last_contact else None,
            next_follow_up=follow_up, overdue=follow_up is not None and follow_up < today))
    return result
