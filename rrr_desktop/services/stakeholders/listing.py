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
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.text import normalise

STAKEHOLDER_KINDS = tuple(kind.value for kind in StakeholderKind)
COLLABORATION_STAGES = tuple(stage.value for stage in CollaborationStage)  # in order

# Each sort ends with the columns of ix_stakeholder_register after name, then the id,
# so that sorting by name reads the index in order (no sort of every matching row).
SORTABLE = {
    "name": "s.sort_name {dir}, s.search_text {dir}",
    "kind": "s.kind {dir}",
    "stage": "s.stage {dir}",
    "district": "s.district COLLATE NOCASE {dir}",
    "owner": "s.owner COLLATE NOCASE {dir}",
    "influence": "s.influence {dir}",
    "interest": "s.interest {dir}",
    "last_contact": "last_contact {dir}",
    "next_follow_up": "next_follow_up {dir}",
}
_LAST_CONTACT = "(SELECT max(i.occurred_on) FROM interaction i WHERE i.stakeholder_id = s.id)"
_NEXT_FOLLOW_UP = ("(SELECT min(i.follow_up_on) FROM interaction i WHERE i.stakeholder_id = s.id "
                   "AND i.follow_up_done = 0)")


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


def filter_sql(query: StakeholderFilter) -> tuple[str, list[object]]:
    """The ``WHERE`` clause (on table alias ``s``) and its parameters for ``query``."""
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
    where, params = filter_sql(query)
    with db.reading() as connection:
        return int(connection.execute(f"SELECT count(*) FROM stakeholder s{where}",
                                      params).fetchone()[0])


def _order_sql(query: StakeholderFilter) -> str:
    direction = "DESC" if query.descending else "ASC"
    order = SORTABLE.get(query.sort, SORTABLE["name"]).format(dir=direction)
    return f"{order}, s.id {direction}"


def list_stakeholders(db: Database, query: StakeholderFilter, offset: int = 0,
                      limit: int = 200) -> list[StakeholderRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered, sorted register."""
    where, params = filter_sql(query)
    sql = (
        "SELECT s.id, s.uuid, s.name, s.kind, s.stage, s.district, s.owner, s.tags, "
        "s.shareable, s.archived, s.is_person, s.influence, s.interest, "
        f"{_LAST_CONTACT} AS last_contact, {_NEXT_FOLLOW_UP} AS next_follow_up "
        f"FROM stakeholder s{where} ORDER BY {_order_sql(query)} LIMIT ? OFFSET ?"
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


def row_position(db: Database, query: StakeholderFilter, stakeholder_id: int) -> int | None:
    """Where the stakeholder stands in the filtered, sorted register (0 = first), or
    ``None`` when the filter leaves it out: the list scrolls there when a map dot is
    clicked, without reading every row before it."""
    where, params = filter_sql(query)
    dated = {"last_contact": _LAST_CONTACT, "next_follow_up": _NEXT_FOLLOW_UP}
    extra = ", ".join(f"{dated[query.sort] if query.sort == name else 'NULL'} AS {name}"
                      for name in dated)
    sql = (
        "SELECT position FROM (SELECT s.id, "
        f"row_number() OVER (ORDER BY {_order_sql(query)}) - 1 AS position "
        "FROM (SELECT s.id, s.sort_name, s.search_text, s.kind, s.stage, s.district, "
        f"s.owner, s.influence, s.interest, {extra} FROM stakeholder s{where}) AS s) "
        "WHERE id = ?"
    )
    with db.reading() as connection:
        found = connection.execute(sql, [*params, stakeholder_id]).fetchone()
    return None if found is None else int(found[0])


@dataclass(frozen=True)
class TopicChoice:
    id: str
    label: str


@dataclass(frozen=True)
class FilterChoices:
    """The values the register holds, for the page's topic, district and owner filters."""

    topics: tuple[TopicChoice, ...] = ()
    districts: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()


def filter_choices(db: Database) -> FilterChoices:
    """Distinct topics, districts and owners in use (each read from its index)."""
    with db.reading() as connection:
        topics = tuple(TopicChoice(topic_id, label) for topic_id, label in connection.execute(
            "SELECT t.id, t.label FROM topic t WHERE EXISTS (SELECT 1 FROM stakeholder_topic "
            "st WHERE st.topic_id = t.id) ORDER BY t.label COLLATE NOCASE"))
        districts, owners = (tuple(value for (value,) in connection.execute(
            f"SELECT DISTINCT {column} FROM stakeholder WHERE {column} != '' "
            f"ORDER BY {column} COLLATE NOCASE")) for column in ("district", "owner"))
    return FilterChoices(topics, districts, owners)


@dataclass(frozen=True)
class InteractionInfo:
    occurred_on: date
    kind: str
    notes: str
    follow_up_on: date | None
    follow_up_done: bool


@dataclass(frozen=True)
class StakeholderDetail:
    """Everything the register holds about one stakeholder, personal data included."""

    id: int
    name: str
    kind: str
    stage: str
    is_person: bool
    organisation: str
    sectors: tuple[str, ...]
    district: str
    address: str
    locality: str
    postcode: str
    country_code: str
    website: str
    description: str
    tags: tuple[str, ...]
    owner: str
    influence: int | None
    interest: int | None
    trust: int | None
    next_contact_on: date | None
    review_due_on: date | None
    archived: bool
    shareable: bool
    contact_person: str
    email: str
    phone: str
    consent_given: bool
    consent_on: date | None
    consent_source: str
    topics: tuple[str, ...]
    interactions: tuple[InteractionInfo, ...]


_DETAIL_COLUMNS = (
    "s.id, s.name, s.kind, s.stage, s.is_person, coalesce(o.name, ''), s.sectors, s.district, "
    "s.address, s.locality, s.postcode, s.country_code, s.website, s.description, s.tags, "
    "s.owner, s.influence, s.interest, s.trust, s.next_contact_on, s.review_due_on, "
    "s.archived, s.shareable, s.contact_person, s.email, s.phone, s.consent_given, "
    "s.consent_on, s.consent_source"
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def stakeholder_detail(db: Database, stakeholder_id: int) -> StakeholderDetail | None:
    with db.reading() as connection:
        row = connection.execute(
            f"SELECT {_DETAIL_COLUMNS} FROM stakeholder s "
            "LEFT JOIN stakeholder o ON o.id = s.organisation_id WHERE s.id = ?",
            (stakeholder_id,)).fetchone()
        if row is None:
            return None
        topics = tuple(label for (label,) in connection.execute(
            "SELECT t.label FROM stakeholder_topic st JOIN topic t ON t.id = st.topic_id "
            "WHERE st.stakeholder_id = ? ORDER BY t.label", (stakeholder_id,)))
        interactions = tuple(
            InteractionInfo(date.fromisoformat(day), kind, notes, _day(follow_up), bool(done))
            for day, kind, notes, follow_up, done in connection.execute(
                "SELECT occurred_on, kind, notes, follow_up_on, follow_up_done FROM interaction "
                "WHERE stakeholder_id = ? ORDER BY occurred_on DESC, id DESC",
                (stakeholder_id,)))
    (row_id, name, kind, stage, is_person, organisation, sectors, district, address, locality,
     postcode, country, website, description, tags, owner, influence, interest, trust,
     next_contact, review_due, archived, shareable, contact_person, email, phone,
     consent_given, consent_on, consent_source) = row
    return StakeholderDetail(
        id=row_id, name=name, kind=kind, stage=stage, is_person=bool(is_person),
        organisation=organisation, sectors=tuple(json.loads(sectors)), district=district,
        address=address, locality=locality, postcode=postcode, country_code=country,
        website=website, description=description, tags=tuple(json.loads(tags)), owner=owner,
        influence=influence, interest=interest, trust=trust,
        next_contact_on=_day(next_contact), review_due_on=_day(review_due),
        archived=bool(archived), shareable=bool(shareable), contact_person=contact_person,
        email=email, phone=phone, consent_given=bool(consent_given),
        consent_on=_day(consent_on), consent_source=consent_source, topics=topics,
        interactions=interactions)
