"""Read the stakeholder register page by page, filtered and sorted (the queries are in
``models/queries/stakeholder_list.py``).

The list page asks for a count and then for the rows it is about to show, so a
register of 100,000 stakeholders never has to be loaded whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from uuid import UUID

from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import stakeholder_list as queries
from rrr_desktop.models.queries.stakeholder_list import SORTABLE, StakeholderFilter
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.vocabulary import sector_label, topic_label
from rrr_desktop.text import normalise

STAKEHOLDER_KINDS = tuple(kind.value for kind in StakeholderKind)
PERSON_KIND = StakeholderKind.OTHER.value  # the kinds are of organisations: a person has none
COLLABORATION_STAGES = tuple(stage.value for stage in CollaborationStage)  # in order
__all__ = [  # SORTABLE and StakeholderFilter are the queries', offered here to the views
    "COLLABORATION_STAGES", "PERSON_KIND", "SORTABLE", "STAKEHOLDER_KINDS", "FilterChoices",
    "InteractionInfo",
    "StakeholderDetail", "StakeholderFilter", "StakeholderRow", "TopicChoice",
    "count_stakeholders", "filter_choices", "list_stakeholders", "row_position",
    "stakeholder_detail",
]

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
    organisation: str = ""  # a person's organisation, by name


def count_stakeholders(db: Database, query: StakeholderFilter) -> int:
    with db.reading() as connection:
        return queries.stakeholder_count(connection, query)


def list_stakeholders(db: Database, query: StakeholderFilter, offset: int = 0,
                      limit: int = 200) -> list[StakeholderRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered, sorted register."""
    today = date.today()
    with db.reading() as connection:
        rows = queries.stakeholder_page(connection, query, offset, limit)
    result = []
    for (row_id, uuid, name, kind, stage, district, owner, tags, shareable, archived,
         is_person, influence, interest, last_contact, next_follow_up, organisation) in rows:
        result.append(StakeholderRow(
            id=row_id, uuid=uuid, name=name, kind=kind, stage=stage,
            district=district, owner=owner, tags=tuple(tags),
            shareable=shareable, archived=archived, is_person=is_person,
            influence=influence, interest=interest, last_contact=last_contact,
            next_follow_up=next_follow_up,
            overdue=next_follow_up is not None and next_follow_up < today,
            organisation=organisation))
    return result


def row_position(db: Database, query: StakeholderFilter, stakeholder_id: int) -> int | None:
    """Where the stakeholder stands in the filtered, sorted register (0 = first), or
    ``None`` when the filter leaves it out: the list scrolls there when a map dot is
    clicked, without reading every row before it."""
    with db.reading() as connection:
        return queries.stakeholder_position(connection, query, stakeholder_id)


@dataclass(frozen=True)
class TopicChoice:
    id: str
    label: str


@dataclass(frozen=True)
class FilterChoices:
    """The values the register holds, for the page's topic, sector, district and owner
    filters."""

    topics: tuple[TopicChoice, ...] = ()
    sectors: tuple[TopicChoice, ...] = ()  # (code, label) as for topics
    districts: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()


def filter_choices(db: Database) -> FilterChoices:
    """Distinct topics, sectors, districts and owners in use."""
    with db.reading() as connection:
        topics = tuple(sorted((TopicChoice(topic_id, topic_label(topic_id, label))
                               for topic_id, label in queries.topics_in_use(connection)),
                              key=lambda choice: normalise(choice.label)))
        sectors = tuple(sorted((TopicChoice(code, sector_label(code))
                                for code in queries.sectors_in_use(connection)),
                               key=lambda choice: normalise(choice.label)))
        districts, owners = queries.districts_and_owners_in_use(connection)
    return FilterChoices(topics, sectors, tuple(districts), tuple(owners))


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
    people: tuple[tuple[int, str], ...] = ()  # an organisation's people: (id, name), by name
    changed_by: str | None = None  # the officer who made the last change (None: not known)
    changed_at: datetime | None = None


def stakeholder_detail(db: Database, stakeholder_id: int) -> StakeholderDetail | None:
    with db.reading() as connection:
        row = queries.detail_row(connection, stakeholder_id)
        if row is None:
            return None
        topics = tuple(sorted((topic_label(topic_id, label) for topic_id, label
                               in queries.topics_of(connection, stakeholder_id)), key=normalise))
        interactions = tuple(InteractionInfo(*found) for found
                             in queries.interactions_of(connection, stakeholder_id))
        people = tuple(queries.people_of(connection, stakeholder_id))
    (row_id, name, kind, stage, is_person, organisation, sectors, district, address, locality,
     postcode, country, website, description, tags, owner, influence, interest, trust,
     next_contact, review_due, archived, shareable, contact_person, email, phone,
     consent_given, consent_on, consent_source, changed_by, changed_at) = row
    return StakeholderDetail(
        id=row_id, name=name, kind=kind, stage=stage, is_person=is_person,
        organisation=organisation, sectors=tuple(sectors), district=district,
        address=address, locality=locality, postcode=postcode, country_code=country,
        website=website, description=description, tags=tuple(tags), owner=owner,
        influence=influence, interest=interest, trust=trust,
        next_contact_on=next_contact, review_due_on=review_due,
        archived=archived, shareable=shareable, contact_person=contact_person,
        email=email, phone=phone, consent_given=consent_given,
        consent_on=consent_on, consent_source=consent_source, topics=topics,
        interactions=interactions, people=people, changed_by=changed_by,
        changed_at=changed_at)
