"""The register's named queries (models/queries/stakeholder*.py, import_history.py) read
what the ORM wrote, and their writes are what the ORM then reads.

The sample data (300 stakeholders, persons linked to organisations, interactions,
topics) is written through the ORM; each query is compared with the ORM's view.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rrr_desktop.models.entities import (
    ImportBatch,
    Interaction,
    InteractionKind,
    Stakeholder,
    StakeholderKind,
)
from rrr_desktop.models.queries import (
    codecs,
    driver_connection,
    import_history,
    stakeholder_import,
    stakeholders,
)
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
        names = {s.id: s.name for s in everyone(session)}
        expected = {
            s.id: (s.id, s.uuid, s.name, s.kind.value, s.stage.value, s.district, s.owner,
                   s.tags, s.shareable, s.archived, s.is_person, s.influence, s.interest,
                   last_contact(s), next_follow_up(s),
                   names.get(s.organisation_id or 0, ""))
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
            person.consent_given, person.consent_on, person.consent_source,
            person.changed_by, person.updated_at)
        busy = next(s for s in everyone(session) if s.topics and len(s.interactions) > 1)
        busy_id = busy.id
        labels = sorted(((t.id, t.label) for t in busy.topics), key=lambda pair: pair[1])
        interactions = [(i.occurred_on, i.kind.value, i.notes, i.follow_up_on, i.follow_up_done)
                        for i in sorted(busy.interactions,
                                        key=lambda i: (i.occurred_on, i.id), reverse=True)]
    with sample_home.db.reading() as connection:
        assert queries.detail_row(connection, expected[0]) == expected
        assert queries.topics_of(connection, busy_id) == labels
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
            (s.name, s.is_person,
             names[s.organisation_id] if s.is_person and s.organisation_id else "",
             s.tags, str(s.uuid), s.email, s.consent_given,
             bool(s.contact_person or s.email or s.phone)) for s in people)
    with sample_home.db.reading() as connection:
        counts = queries.personal_data_counts(connection, query)
        rows = queries.export_rows(connection, query,
                                   ["name", "is_person", "organisation", "tags", "uuid",
                                    "email"])
    assert counts == (len(people), len(personal),
                      sum(1 for s in personal if s.consent_given))
    assert sorted(rows) == expected_rows
    assert 0 < counts[2] < counts[1] < counts[0]


def test_lookups_while_typing_find_what_the_orm_holds(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        people = everyone(session)
        someone = next(s for s in people if s.website and not s.is_person)
        mailed = next(s for s in people if s.email)
        by_email = (mailed.id, mailed.name, mailed.is_person, mailed.archived, mailed.website,
                    mailed.sort_name)
        similar = (someone.id, someone.name, someone.is_person, someone.archived,
                   someone.website, someone.sort_name)
        start = someone.sort_name[:4]
        organisations = sorted(((s.sort_name, s.id), (s.id, s.name)) for s in people
                               if not s.is_person and s.sort_name.startswith(start)
                               and s.id != someone.id)
    with sample_home.db.reading() as connection:
        assert by_email in stakeholders.with_email(connection, mailed.email, 5)
        assert similar in stakeholders.with_website_starting(connection, someone.website, 5)
        assert stakeholders.with_sort_name(connection, someone.sort_name, 5,
                                           prefix=False)[0] == similar
        assert similar in stakeholders.with_sort_name(connection, start, 1000, prefix=True)
        assert stakeholders.organisations_starting(connection, start, 1000, someone.id) == [
            pair for _key, pair in organisations]
        assert stakeholders.stakeholder_name(connection, someone.id) == someone.name
        assert stakeholders.stakeholder_name(connection, 10**9) is None


def test_form_values_and_merge_rows_are_the_orms(sample_home: Home) -> None:
    columns = ["name", "kind", "is_person", "tags", "sectors", "next_contact_on", "consent_on",
               "shareable", "influence"]
    with sample_home.db.session() as session:
        person = next(s for s in everyone(session) if s.is_person and s.organisation_id
                      and s.tags)
        organisation = session.get(Stakeholder, person.organisation_id)
        assert organisation is not None
        expected = {"name": person.name, "kind": person.kind.value, "is_person": True,
                    "tags": person.tags, "sectors": person.sectors,
                    "next_contact_on": person.next_contact_on, "consent_on": person.consent_on,
                    "shareable": person.shareable, "influence": person.influence}
        topic_ids = sorted(t.id for t in organisation.topics)
        merge = {s.id: (s.id, len(s.interactions), organisation.name if s is person else "",
                        s.name, s.email) for s in (person, organisation)}
    with sample_home.db.reading() as connection:
        assert stakeholders.form_values(connection, person.id, columns) == expected
        assert stakeholders.form_values(connection, 10**9, columns) is None
        assert stakeholders.topic_ids_of(connection, organisation.id) == topic_ids
        assert stakeholders.merge_rows(connection, [person.id, organisation.id, 10**9],
                                       ["name", "email"]) == merge


def test_interaction_writes_are_what_the_orm_reads(home: Home) -> None:
    with home.db.session() as session:
        stakeholder = Stakeholder(name="Bakery", kind=StakeholderKind.COOPERATIVE)
        stakeholder.interactions.append(Interaction(occurred_on=date(2026, 1, 5),
                                                    kind=InteractionKind.MEETING))
        session.add(stakeholder)
        session.flush()
        logged, stakeholder_id = stakeholder.interactions[0].id, stakeholder.id
    with home.db.session() as session:
        connection = driver_connection(session)
        assert stakeholders.update_interaction(
            connection, logged, occurred_on=date(2026, 2, 1), kind="call", notes="Rang",
            follow_up_on=date(2026, 3, 1), done=False) == 1
        assert stakeholders.set_follow_up_done(connection, logged, True) == 1
        assert stakeholders.update_interaction(
            connection, 10**9, occurred_on=date(2026, 2, 1), kind="call", notes="",
            follow_up_on=None, done=False) == 0
    with home.db.session() as session:
        got = session.get(Interaction, logged)
        assert got is not None
        orm = (got.id, got.stakeholder_id, got.occurred_on, got.kind.value, got.notes,
               got.follow_up_on, got.follow_up_done)
    assert orm == (logged, stakeholder_id, date(2026, 2, 1), "call", "Rang", date(2026, 3, 1),
                   True)
    with home.db.reading() as connection:
        assert stakeholders.interaction(connection, logged) == orm
        assert stakeholders.interaction_log(connection, stakeholder_id) == [orm]
    with home.db.session() as session:
        assert stakeholders.delete_interaction(driver_connection(session), logged) == 1
    with home.db.session() as session:
        assert session.get(Interaction, logged) is None


def test_relinking_persons_leaves_their_revision(home: Home) -> None:
    with home.db.session() as session:
        organisation = Stakeholder(name="Co-op", kind=StakeholderKind.COOPERATIVE)
        person = Stakeholder(name="Ana", kind=StakeholderKind.OTHER, is_person=True)
        session.add_all([organisation, person])
        session.flush()
        ids = organisation.id, person.id
        before = person.revision, person.updated_at
    with home.db.session() as session:
        stakeholders.relink_persons(driver_connection(session), [(ids[1], ids[0])])
    with home.db.session() as session:
        got = session.get(Stakeholder, ids[1])
        assert got is not None
        assert (got.organisation_id, got.revision, got.updated_at) == (ids[0], *before)


def test_import_reads_are_the_orms(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        people = everyone(session)
        keys = sorted((s.id, s.uuid.hex, s.external_id, s.website, s.email, s.name, s.is_person)
                      for s in people)
        some = [s.id for s in people[:7]]
        current = {s.id: {"name": s.name, "tags": s.tags, "revision": s.revision}
                   for s in people[:7]}
        latest = max(people, key=lambda s: s.updated_at).updated_at
    with sample_home.db.reading() as connection:
        assert sorted(stakeholder_import.register_keys(connection)) == keys
        count, max_id, max_updated = stakeholder_import.register_state(connection)
        assert stakeholder_import.current_values(
            connection, some, ["name", "tags", "revision"]) == current
    assert (count, max_id) == (len(people), max(s.id for s in people))
    assert codecs.read_time(str(max_updated)) == latest


def test_the_latest_import_is_the_orms(home: Home) -> None:
    with home.db.session() as session:
        first, second = (ImportBatch(file_name=name, mode="add", added=n, updated=1)
                         for n, name in ((3, "a.csv"), (4, "b.csv")))
        session.add_all([first, second])
        session.flush()
        rows = [(b.id, b.file_name, b.imported_at, b.added, b.updated) for b in (first, second)]
        second.undone_at = second.imported_at
    with home.db.reading() as connection:
        assert import_history.latest_import(connection, None) == rows[0]
        assert import_history.latest_import(connection, rows[0][0]) == rows[0]
        assert import_history.latest_import(connection, rows[1][0]) is None


def test_the_stakeholders_an_import_added_are_found_by_uuid(home: Home) -> None:
    with home.db.session() as session:
        batch = ImportBatch(file_name="a.csv", mode="add")
        session.add(batch)
        session.flush()
        added = [Stakeholder(name=f"Co-op {n}", kind=StakeholderKind.COOPERATIVE,
                             import_batch_id=batch.id) for n in range(3)]
        session.add_all([*added, Stakeholder(name="Other", kind=StakeholderKind.OTHER)])
        session.flush()
        expected = {codecs.stored_uuid(s.uuid): s.id for s in added}
        batch_id = batch.id
    with home.db.reading() as connection:
        assert stakeholder_import.ids_by_uuid(connection, batch_id) == expected
