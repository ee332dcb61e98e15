"""The register's named queries (models/queries/stakeholder_list.py) read what the ORM wrote.

The sample data (300 stakeholders, persons linked to organisations, interactions,
topics) is written through the ORM; each query is compared with the ORM's view.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rrr_desktop.models.entities import Stakeholder
from rrr_desktop.models.queries import stakeholder_list as queries
from rrr_desktop.models.queries.stakeholder_list import StakeholderFilter
from rrr_desktop.services.home import Home


def everyone(session: Session) -> list[Stakeholder]:
    return list(session.scalars(select(Stakeholder).options(
        selectinload(Stakeholder.interactions), selectinload(Stakeholder.topics))))


def last_contact(s: Stakeholder) -> date | None:
    return max((i.occurred_on for i in s.interactions), default=None)


def next_follow_up(s: Stakeholder) -> date | None:
    return min((i.follow_up_on for i in s.interactions
                if i.follow_up_on and not i.follow_up_done), default=None)


@pytest.mark.parametrize("query", [
    StakeholderFilter(),
    StakeholderFilter(include_archived=True, sort="owner", descending=True),
    StakeholderFilter(kinds=frozenset({"cooperative", "mutual"}), sort="last_contact"),
])
def test_a_page_holds_the_orms_rows_in_the_filters_order(sample_home: Home,
                                                          query: StakeholderFilter) -> None:
    with sample_home.db.session() as session:
        expected = {
            s.id: (s.id, s.uuid, s.name, s.kind.value, s.stage.value, s.district, s.owner,
                   s.tags, s.shareable, s.archived, s.is_person, s.influence, s.interest,
                   last_contact(s), next_follow_up(s))
            for s in everyone(session)
            if (query.include_archived or not s.archived)
            and (not query.kinds or s.kind.value in query.kinds)}
    with sample_home.db.reading() as connection:
        page = queries.stakeholder_page(connection, query, 0, 10_000)
        assert queries.stakeholder_count(connection, query) == len(expected)
        middle = page[len(page) // 2][0]
        assert queries.stakeholder_position(connection, query, middle) == len(page) // 2
        assert queries.stakeholder_page(connection, query, 5, 3) == page[5:8]
    assert sorted(page) == sorted(expected.values())
    assert len(page) > 20


def test_the_name_order_is_the_orms_sort_name_then_id(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        expected = [s.id for s in sorted(
            (s for s in everyone(session) if not s.archived),
            key=lambda s: (s.sort_name, s.search_text, s.id))]
    with sample_home.db.reading() as connection:
        assert [row[0] for row in queries.stakeholder_page(
            connection, StakeholderFilter(), 0, 10_000)] == expected


def test_filter_choices_are_the_values_in_use(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        people = everyone(session)
        topics = {(t.id, t.label) for s in people for t in s.topics}
        districts = sorted({s.district for s in people if s.district}, key=str.lower)
        owners = sorted({s.owner for s in people if s.owner}, key=str.lower)
    with sample_home.db.reading() as connection:
        assert set(queries.topics_in_use(connection)) == topics
        assert queries.districts_and_owners_in_use(connection) == (districts, owners)
    assert topics and districts and owners


def test_a_persons_detail_is_the_orms(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        person = next(s for s in everyone(session) if s.is_person and s.organisation_id)
        organisation = session.get(Stakeholder, person.organisation_id)
        assert organisation is not None
        expected = (
            person.id, person.name, person.kind.value, person.stage.value, True,
            organisation.name, person.sectors, person.district, person.address,
            person.locality, person.postcode, person.country_code, person.website,
            person.description, person.tags, person.owner, person.influence, person.interest,
            person.trust, person.next_contact_on, person.review_due_on, person.archived,
            person.shareable, person.contact_person, person.email, person.phone,
            person.consent_given, person.consent_on, person.consent_source)
        busy = next(s for s in everyone(session) if s.topics and len(s.interactions) > 1)
        busy_id = busy.id
        labels = sorted(t.label for t in busy.topics)
        interactions = [(i.occurred_on, i.kind.value, i.notes, i.follow_up_on, i.follow_up_done)
                        for i in sorted(busy.interactions,
                                        key=lambda i: (i.occurred_on, i.id), reverse=True)]
    with sample_home.db.reading() as connection:
        assert queries.detail_row(connection, expected[0]) == expected
        assert queries.topic_labels_of(connection, busy_id) == labels
        assert queries.interactions_of(connection, busy_id) == interactions
        assert queries.detail_row(connection, 10**9) is None


def test_the_map_counts_are_the_orms(sample_home: Home) -> None:
    query = StakeholderFilter(stages=frozenset({"informed", "consulted", "co_creating"}))
    with sample_home.db.session() as session:
        chosen = [s for s in everyone(session) if not s.archived
                  and s.stage.value in query.stages]
        placed = [s for s in chosen if s.influence is not None and s.interest is not None]
        cells = Counter((s.influence, s.interest) for s in placed)
        points = {(s.id, s.name, s.influence, s.interest, s.stage.value, s.kind.value)
                  for s in placed}
    with sample_home.db.reading() as connection:
        counts = queries.map_counts(connection, query, point_limit=10_000)
        sampled = queries.map_counts(connection, query, point_limit=5)
    assert counts.by_kind == Counter(s.kind.value for s in chosen)
    assert counts.by_stage == Counter(s.stage.value for s in chosen)
    assert counts.cells == sorted((i, j, n) for (i, j), n in cells.items())
    assert set(counts.points) == points
    assert len(sampled.points) == 5 and set(sampled.points) <= points
    assert placed


def test_personal_data_counts_and_export_rows_are_the_orms(sample_home: Home) -> None:
    query = StakeholderFilter(include_archived=True)
    with sample_home.db.session() as session:
        people = everyone(session)
        names = {s.id: s.name for s in people}
        personal = [s for s in people if s.contact_person or s.email or s.phone]
        expected_rows = sorted(
            (s.name, "Person" if s.is_person else "Organisation",
             names[s.organisation_id] if s.is_person and s.organisation_id else "",
             s.tags, str(s.uuid), s.email, s.consent_given,
             bool(s.contact_person or s.email or s.phone)) for s in people)
    with sample_home.db.reading() as connection:
        counts = queries.personal_data_counts(connection, query)
        rows = queries.export_rows(connection, query,
                                   ["name", "record", "organisation", "tags", "uuid", "email"])
    assert counts == (len(people), len(personal),
                      sum(1 for s in personal if s.consent_given))
    assert sorted(rows) == expected_rows
    assert 0 < counts[2] < counts[1] < counts[0]
