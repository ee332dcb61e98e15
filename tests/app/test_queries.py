"""The named queries under models/queries/ read exactly what the ORM wrote.

Each test writes rows through the ORM (the sample data: our city with a full
profile, nine peers, the vocabulary), reads them back through the query functions
and compares with the ORM's view of the same rows.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from rrr_desktop.models.entities import (
    AppMeta,
    City,
    CityFreeTopic,
    CityTopic,
    Practice,
    SeededRecord,
    Topic,
    TopicAssessment,
    TopicRelation,
    TopicSynonym,
)
from rrr_desktop.models.queries import cities, codecs, profile, topics
from rrr_desktop.models.queries.app_meta import app_meta_value
from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.home import Home, open_home


def raw(home: Home, sql: str) -> list[tuple[object, ...]]:
    with home.db.reading() as connection:
        return connection.execute(sql).fetchall()


@given(st.datetimes(timezones=st.just(UTC)))
def test_stored_times_read_back_equal(moment: datetime) -> None:
    stored = codecs.stored_time(moment)
    assert codecs.read_time(stored) == moment
    assert codecs.iso_from_stored(stored) == moment.isoformat(timespec="seconds").replace(
        "+00:00", "Z")


@given(st.uuids())
def test_stored_uuids_read_back_equal(value: UUID) -> None:
    assert codecs.read_uuid(codecs.stored_uuid(value)) == value
    assert codecs.uuid_text(codecs.stored_uuid(value)) == str(value)


@given(st.lists(st.text()))
def test_stored_json_lists_read_back_equal(value: list[str]) -> None:
    assert codecs.read_json(codecs.stored_json(value)) == value


@given(st.lists(st.text()))
def test_json_lists_are_stored_as_json_dumps_stores_them(value: list[str]) -> None:
    assert codecs.stored_json_list(value) == codecs.stored_json(value)


@given(st.uuids(), st.dates())
def test_uuid_texts_and_days_are_stored_as_the_orm_stores_them(value: UUID, day: date) -> None:
    assert codecs.stored_uuid_from_text(str(value)) == codecs.stored_uuid(value)
    assert codecs.read_day(codecs.stored_day(day)) == day
    assert codecs.stored_day(None) is None and codecs.read_flag(0) is False


def test_decoded_applies_one_decoder_per_column_and_keeps_null() -> None:
    rows = [("a", "1", None), ("b", None, 3)]
    assert codecs.decoded(rows, None, int) == [("a", 1, None), ("b", None, 3)]


def test_the_codecs_store_what_the_orm_stores(tmp_path: Path) -> None:
    home = open_home(resolve_paths(tmp_path / "home"))
    moment = datetime(2026, 11, 25, 10, 30, 0, 123456, tzinfo=UTC)
    with home.db.session() as session:
        city = City(name="Łódź", country_code="PL", languages=["pl", "en"],
                    profile_updated_at=moment)
        session.add(city)
    stored = raw(home, "SELECT uuid, languages, profile_updated_at FROM city "
                       "WHERE name = 'Łódź'")
    home.close()
    assert stored == [(codecs.stored_uuid(city.uuid), codecs.stored_json(["pl", "en"]),
                       codecs.stored_time(moment))]


def test_topic_reads_match_the_orm(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        labels = {t.id: t.label for t in session.scalars(select(Topic))}
        synonyms = sorted((s.topic_id, s.text) for s in session.scalars(select(TopicSynonym)))
        relations = sorted((r.topic_id, r.other_id, r.kind.value)
                           for r in session.scalars(select(TopicRelation)))
    with sample_home.db.reading() as connection:
        assert topics.topic_labels(connection) == labels
        assert topics.topic_ids(connection) == set(labels)
        assert topics.topic_synonyms(connection) == synonyms
        assert sorted(topics.topic_relations(connection)) == relations
    assert labels and synonyms and relations


@pytest.mark.parametrize("ours", [True, False])
def test_city_reads_match_the_orm(sample_home: Home, ours: bool) -> None:
    with sample_home.db.session() as session:
        chosen = list(session.scalars(select(City).where(City.is_ours == ours)))
        ids = {c.id for c in chosen}
        expected_cities = sorted(
            (c.id, c.uuid, c.name, c.country_code, c.region, c.languages, c.population,
             c.website, c.summary, c.profile_source, c.profile_updated_at, c.is_ours,
             c.contact_office, c.text_language, c.translations) for c in chosen)
        notes = [(t.city_id, t.topic_id, t.topic.label, t.role.value, t.note)
                 for t in session.scalars(select(CityTopic).order_by(CityTopic.id))
                 if t.city_id in ids]
        free = [(t.city_id, t.role.value, t.text, t.note)
                for t in session.scalars(select(CityFreeTopic).order_by(CityFreeTopic.id))
                if t.city_id in ids]
        assessed = [(a.city_id, a.topic_id, a.topic.label, a.score, a.assessed_on)
                    for a in session.scalars(select(TopicAssessment).order_by(TopicAssessment.id))
                    if a.city_id in ids]
        practices = sorted((p.id, p.city_id, p.uuid, p.title, p.kind.value, p.stage.value,
                            p.description, p.year_started, p.link, p.translations)
                           for p in session.scalars(select(Practice)) if p.city_id in ids)
        practice_topics = sorted((p.id, t.id, t.label) for p in session.scalars(select(Practice))
                                 if p.city_id in ids for t in p.topics)
    with sample_home.db.reading() as connection:
        assert sorted(cities.city_rows(connection, ours=ours)) == expected_cities
        assert cities.city_topic_rows(connection, ours=ours) == notes
        assert cities.free_topic_rows(connection, ours=ours) == free
        assert cities.assessment_rows(connection, ours=ours) == assessed
        assert sorted(cities.practice_rows(connection, ours=ours)) == practices
        assert sorted(cities.practice_topic_rows(connection, ours=ours)) == practice_topics
    assert expected_cities and notes and practices


def test_seeded_cities_and_names_match_the_orm(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        seeded = {UUID(r.key) for r in session.scalars(
            select(SeededRecord).where(SeededRecord.kind == "city"))}
        names = sorted((c.uuid, c.name) for c in session.scalars(select(City)))
        meta = {m.key: m.value for m in session.scalars(select(AppMeta))}
    with sample_home.db.reading() as connection:
        assert cities.seeded_city_uuids(connection) == seeded
        assert sorted(cities.city_names(connection)) == names
        assert {key: app_meta_value(connection, key) for key in meta} == meta
        assert app_meta_value(connection, "no such key") is None
    assert len(seeded) == 9 and meta


def test_profile_reads_match_the_orm(sample_home: Home) -> None:
    with sample_home.db.session() as session:
        city = session.scalars(select(City).where(City.is_ours)).one()
        expected_row = (city.id, city.uuid, city.name, city.summary, city.languages,
                        city.contact_office, city.text_language, city.translations)
        entries = [(t.role.value, t.topic_id, t.note) for t in city.topics]
        free = [(t.role.value, t.text, t.note) for t in city.free_topics]
        assessed = [(a.topic_id, a.score, a.assessed_on) for a in city.assessments]
        practices = sorted((p.id, p.uuid, p.title, p.kind.value, p.stage.value, p.description,
                            p.year_started, p.link, p.translations) for p in city.practices)
        practice_topics = [(p.id, t.id) for p in city.practices for t in p.topics]
    with sample_home.db.reading() as connection:
        assert profile.our_city_row(connection) == expected_row
        assert profile.topic_entries(connection, city.id) == entries
        assert profile.free_topic_entries(connection, city.id) == free
        assert profile.assessment_entries(connection, city.id) == assessed
        assert sorted(profile.practice_entries(connection, city.id)) == practices
        assert sorted(profile.practice_topic_ids(connection, city.id)) == sorted(practice_topics)
    assert entries and free and assessed and practices


def test_there_is_no_row_for_our_city_before_one_is_chosen(tmp_path: Path) -> None:
    home = open_home(resolve_paths(tmp_path / "home"))
    try:
        with home.db.reading() as connection:
            assert profile.our_city_row(connection) is None
    finally:
        home.close()


def test_a_read_connection_refuses_writes(sample_home: Home) -> None:
    with sample_home.db.reading() as connection, pytest.raises(sqlite3.OperationalError):
        connection.execute("DELETE FROM city")
