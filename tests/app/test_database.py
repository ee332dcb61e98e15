"""The SQLite connection settings and real transactions."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import exc, select, text

from rrr_desktop.models.entities import City
from rrr_desktop.services.home import Home

INSERT_BRIEF = ("INSERT INTO brief_record (kind, title, peer_city_id, path, created_at, options) "
                "VALUES ('city', 'A brief', ?, '/tmp/a.pdf', '2026-12-07 10:00:00.000000', '{}')")


@pytest.mark.sqlite_only
def test_every_connection_has_the_safety_pragmas(home: Home) -> None:
    for _ in range(2):  # two pooled connections, both configured
        with home.db.engine.connect() as connection:
            pragma = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")}
            assert pragma == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2,
                              "busy_timeout": 10_000}


def test_a_failed_session_leaves_nothing_behind(home: Home) -> None:
    with pytest.raises(RuntimeError), home.db.session() as session:
        session.add(City(name="Half-written", country_code="ES", languages=[]))
        session.flush()
        raise RuntimeError("disk refused")
    with home.db.session() as session:
        assert session.scalar(select(City).where(City.name == "Half-written")) is None


def brief_records(home: Home) -> int:
    with home.db.reading() as connection:
        return int(connection.execute("SELECT count(*) FROM brief_record").fetchone()[0])


@pytest.mark.sqlite_only  # the pragmas of the SQLite file
def test_a_plain_writer_has_the_safety_pragmas_and_commits(home: Home) -> None:
    before = brief_records(home)
    with home.db.writing() as connection:
        pragma = {name: connection.execute(f"PRAGMA {name}").fetchone()[0]
                  for name in ("foreign_keys", "journal_mode", "synchronous")}
        assert pragma == {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2}
        connection.execute(INSERT_BRIEF, (None,))
    assert brief_records(home) == before + 1


def test_a_failed_plain_write_leaves_nothing_behind(home: Home) -> None:
    before = brief_records(home)
    with pytest.raises(sqlite3.IntegrityError), home.db.writing() as connection:
        connection.execute(INSERT_BRIEF, (None,))
        connection.execute(INSERT_BRIEF, (999_999,))  # no such city
    assert brief_records(home) == before


def test_savepoints_roll_back_only_their_part(home: Home) -> None:
    with home.db.session() as session:
        session.add(City(name="Kept", country_code="ES", languages=[]))
        nested = session.begin_nested()
        session.add(City(name="Dropped", country_code="ES", languages=[]))
        nested.rollback()
    with home.db.session() as session:
        names = set(session.scalars(select(City.name)))
    assert "Kept" in names
    assert "Dropped" not in names


def test_foreign_keys_are_enforced(home: Home) -> None:
    with pytest.raises(exc.IntegrityError), home.db.session() as session:
        session.execute(text(
            "INSERT INTO city_topic (city_id, topic_id, role, note) "
            "VALUES (999999, 'co-creation', 'offers', '')"))


def test_only_one_city_can_be_ours(home: Home) -> None:
    with pytest.raises(exc.IntegrityError), home.db.session() as session:
        session.add(City(name="One", country_code="ES", languages=[], is_ours=True))
        session.add(City(name="Two", country_code="FR", languages=[], is_ours=True))
