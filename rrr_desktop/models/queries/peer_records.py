"""A peer city's records as bundles bring them: read for classification, written on
import and undo.

The same functions read in a preview (``Database.reading()``) and inside the
import's transaction (the session's own connection). Times in a record's *state*
(what ``bundle_change`` keeps to undo an import) are passed and returned as stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_flag,
    read_json,
    read_time,
    read_uuid,
    stored_json,
    stored_time,
    stored_uuid,
)

CITY_COLUMNS = ("name", "country_code", "region", "website", "summary", "languages",
                "contact_office", "text_language", "translations")
PRACTICE_COLUMNS = ("title", "kind", "stage", "description", "year_started", "link",
                    "translations")
# Columns an undo state written before they existed lacks: restored as their default.
_ADDED_LATER: dict[str, Any] = {"translations": {}}
STAKEHOLDER_COLUMNS = ("name", "kind", "is_person", "sectors", "district", "locality",
                       "country_code", "website", "description", "topic_ids", "tags", "stage",
                       "contact_person", "email", "phone")
# The columns of a row for upsert_stakeholders, in order.
STAKEHOLDER_ROW = ("city_id", "uuid", "revision", "modified_at", "source_bundle_id",
                   "withdrawn_at", *STAKEHOLDER_COLUMNS)
_JSON_COLUMNS = {"languages", "sectors", "topic_ids", "tags", "translations"}
# The tables of a city's profile that replace_city_rows may rewrite.
CITY_ROW_TABLES = frozenset({"city_topic", "city_free_topic", "topic_assessment"})


def _decoders(columns: Sequence[str]) -> list[Any]:
    return [read_json if c in _JSON_COLUMNS else read_flag if c == "is_person" else None
            for c in columns]


def city_row(connection: Connection, city_uuid: UUID) -> tuple[Any, ...] | None:
    """(id, is_ours, revision, updated at, source bundle id, *CITY_COLUMNS) of a city."""
    found = decoded(connection.execute(
        f"SELECT id, is_ours, revision, updated_at, source_bundle_id, {', '.join(CITY_COLUMNS)} "
        "FROM city WHERE uuid = ?", (stored_uuid(city_uuid),)),
        None, read_flag, None, read_time, None, *_decoders(CITY_COLUMNS))
    return found[0] if found else None


def city_topics(connection: Connection, city_id: int) -> list[tuple[str, str, str]]:
    """(stored role, topic id, note) in entry order."""
    return connection.execute("SELECT role, topic_id, note FROM city_topic WHERE city_id = ? "
                              "ORDER BY id", (city_id,)).fetchall()


def city_free_topics(connection: Connection, city_id: int) -> list[tuple[str, str, str]]:
    """(stored role, text, note) in entry order."""
    return connection.execute("SELECT role, text, note FROM city_free_topic WHERE city_id = ? "
                              "ORDER BY id", (city_id,)).fetchall()


def city_assessments(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(topic id, score, day as stored) in entry order."""
    return connection.execute(
        "SELECT topic_id, score, assessed_on FROM topic_assessment WHERE city_id = ? "
        "ORDER BY id", (city_id,)).fetchall()


def practice_topics(connection: Connection, city_id: int) -> list[tuple[int, str]]:
    """(practice id, topic id) of the city's practices, by topic id."""
    return connection.execute(
        "SELECT pt.practice_id, pt.topic_id FROM practice_topic pt JOIN practice p "
        "ON p.id = pt.practice_id WHERE p.city_id = ? ORDER BY pt.topic_id",
        (city_id,)).fetchall()


def practices(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(id, uuid, revision, updated at, source bundle id, *PRACTICE_COLUMNS)."""
    return decoded(connection.execute(
        f"SELECT id, uuid, revision, updated_at, source_bundle_id, "
        f"{', '.join(PRACTICE_COLUMNS)} FROM practice WHERE city_id = ?", (city_id,)),
        None, read_uuid, None, read_time, None, *_decoders(PRACTICE_COLUMNS))


def stakeholders(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(id, uuid, revision, modified at, source bundle id, withdrawn at as stored,
    *STAKEHOLDER_COLUMNS) of the city's shared stakeholders, withdrawn ones included."""
    return decoded(connection.execute(
        f"SELECT id, uuid, revision, modified_at, source_bundle_id, withdrawn_at, "
        f"{', '.join(STAKEHOLDER_COLUMNS)} FROM peer_stakeholder WHERE city_id = ?",
        (city_id,)), None, read_uuid, None, read_time, None, None,
        *_decoders(STAKEHOLDER_COLUMNS))


def foreign_owner(connection: Connection, entity: str, uuids: Iterable[UUID],
                  city_id: int | None) -> tuple[UUID, str] | None:
    """The first of ``uuids`` that names a record of another city (or of our register),
    with that city's name ("our own register" for ours).

    The bundle's list drives a join, one index probe per UUID: ``uuid IN (list)`` made
    SQLite build a temporary index of the 10,000 UUIDs of a big bundle first (8x slower)."""
    wanted = '["' + '","'.join([u.hex for u in uuids]) + '"]'  # stored UUIDs need no escape
    listed, is_not = f"({connection.listed('uuid')}) AS wanted", connection.is_not
    if entity == "practice":
        row = connection.execute(
            f"SELECT p.uuid, c.name FROM {listed} JOIN practice p ON p.uuid = wanted.value "
            f"JOIN city c ON c.id = p.city_id WHERE p.city_id {is_not} ? LIMIT 1",
            (wanted, city_id)).fetchone()
    else:
        row = connection.execute(
            f"SELECT s.uuid, 'our own register' FROM {listed} "
            "JOIN stakeholder s ON s.uuid = wanted.value "
            f"UNION ALL SELECT s.uuid, c.name FROM {listed} "
            "JOIN peer_stakeholder s ON s.uuid = wanted.value "
            f"JOIN city c ON c.id = s.city_id WHERE s.city_id {is_not} ? LIMIT 1",
            (wanted, wanted, city_id)).fetchone()
    return (read_uuid(row[0]), row[1]) if row else None


# Every row the classification of a city's records reads (city_row, practices,
# stakeholders...), all columns, in a fixed order.
_CLASSIFIED_ROWS = (
    "SELECT * FROM city WHERE id = ?",
    "SELECT * FROM city_topic WHERE city_id = ? ORDER BY id",
    "SELECT * FROM city_free_topic WHERE city_id = ? ORDER BY id",
    "SELECT * FROM topic_assessment WHERE city_id = ? ORDER BY id",
    "SELECT * FROM practice WHERE city_id = ? ORDER BY id",
    "SELECT pt.* FROM practice_topic pt JOIN practice p ON p.id = pt.practice_id "
    "WHERE p.city_id = ? ORDER BY pt.practice_id, pt.topic_id",
    "SELECT * FROM peer_stakeholder WHERE city_id = ? ORDER BY id",
)


def classified_rows(connection: Connection, city_uuid: UUID) -> list[list[tuple[Any, ...]]]:
    """Every stored row (as stored) that classifying ``city_uuid``'s records reads, table by
    table; empty when the city is not held."""
    found = connection.execute("SELECT id FROM city WHERE uuid = ?",
                               (stored_uuid(city_uuid),)).fetchone()
    if found is None:
        return []
    return [[tuple(row) for row in connection.execute(sql, (found[0],))]
            for sql in _CLASSIFIED_ROWS]


def profile_source(connection: Connection, city_id: int) -> tuple[str, str | None]:
    """(profile source, profile updated at as stored) of a city."""
    source, updated = connection.execute(
        "SELECT profile_source, profile_updated_at FROM city WHERE id = ?",
        (city_id,)).fetchone()
    return source, updated


def insert_city(connection: Connection, city_uuid: UUID, *, revision: int, now: datetime,
                updated_at: datetime, card: Mapping[str, Any]) -> int:
    """A new peer city with a bundle's card (name, country_code, region, website); its
    profile is written by :func:`write_city`. Returns its id."""
    connection.execute(
        "INSERT INTO city (uuid, revision, created_at, updated_at, name, country_code, "
        "region, languages, website, summary, contact_office, profile_source, is_ours) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, '', '', '', FALSE)",
        (stored_uuid(city_uuid), revision, stored_time(now), stored_time(updated_at),
         card["name"], card["country_code"], card["region"], card["website"]))
    return int(connection.execute("SELECT id FROM city WHERE uuid = ?",
                                  (stored_uuid(city_uuid),)).fetchone()[0])


def update_city(connection: Connection, city_id: int, fields: Mapping[str, Any],
                state: Mapping[str, Any]) -> None:
    """Give a city the ``fields`` of CITY_COLUMNS present, and ``state``'s revision,
    updated_at, source_bundle_id, profile_source and profile_updated_at (as stored)."""
    columns = [c for c in CITY_COLUMNS if c in fields]
    values = [stored_json(fields[c]) if c in _JSON_COLUMNS else fields[c] for c in columns]
    assignments = "".join(f"{c} = ?, " for c in columns)
    connection.execute(
        f"UPDATE city SET {assignments}revision = ?, updated_at = ?, source_bundle_id = ?, "
        "profile_source = ?, profile_updated_at = ? WHERE id = ?",
        (*values, state["revision"], state["updated_at"], state["source_bundle_id"],
         state["profile_source"], state["profile_updated_at"], city_id))


def replace_city_rows(connection: Connection, city_id: int, table: str,
                      columns: tuple[str, ...], wanted: list[tuple[Any, ...]]) -> None:
    """Make a city's rows of ``table`` (one of CITY_ROW_TABLES) be ``wanted``, in order;
    equal rows are left alone."""
    assert table in CITY_ROW_TABLES, table
    names = ", ".join(columns)
    held = [tuple(row) for row in connection.execute(
        f"SELECT {names} FROM {table} WHERE city_id = ? ORDER BY id", (city_id,))]
    if held == wanted:
        return
    connection.execute(f"DELETE FROM {table} WHERE city_id = ?", (city_id,))
    connection.executemany(
        f"INSERT INTO {table} (city_id, {names}) VALUES (?, {', '.join('?' * len(columns))})",
        [(city_id, *row) for row in wanted])


def write_practice(connection: Connection, city_id: int, practice_uuid: UUID,
                   state: Mapping[str, Any], *, now: datetime) -> None:
    """Insert or replace a practice of ``city_id`` with ``state`` (revision, updated_at as
    stored, source_bundle_id, fields of PRACTICE_COLUMNS and "topics")."""
    fields = {**_ADDED_LATER, **state["fields"]}
    values = [stored_json(fields[c]) if c in _JSON_COLUMNS else fields[c]
              for c in PRACTICE_COLUMNS]
    key = stored_uuid(practice_uuid)
    row = connection.execute("SELECT id FROM practice WHERE uuid = ? AND city_id = ?",
                             (key, city_id)).fetchone()
    if row is None:
        connection.execute(
            f"INSERT INTO practice (uuid, city_id, created_at, revision, updated_at, "
            f"source_bundle_id, {', '.join(PRACTICE_COLUMNS)}) "
            f"VALUES (?, ?, ?, ?, ?, ?, {', '.join('?' * len(PRACTICE_COLUMNS))})",
            (key, city_id, stored_time(now), state["revision"], state["updated_at"],
             state["source_bundle_id"], *values))
        row = connection.execute("SELECT id FROM practice WHERE uuid = ?", (key,)).fetchone()
    else:
        connection.execute(
            f"UPDATE practice SET revision = ?, updated_at = ?, source_bundle_id = ?, "
            f"{', '.join(c + ' = ?' for c in PRACTICE_COLUMNS)} WHERE id = ?",
            (state["revision"], state["updated_at"], state["source_bundle_id"], *values,
             row[0]))
        connection.execute("DELETE FROM practice_topic WHERE practice_id = ?", (row[0],))
    connection.executemany("INSERT INTO practice_topic (practice_id, topic_id) VALUES (?, ?)",
                           [(row[0], topic_id) for topic_id in fields["topics"]])


def delete_practice(connection: Connection, city_id: int, practice_uuid: UUID) -> None:
    connection.execute("DELETE FROM practice WHERE uuid = ? AND city_id = ?",
                       (stored_uuid(practice_uuid), city_id))


_INSERT_STAKEHOLDER = (f"INSERT INTO peer_stakeholder ({', '.join(STAKEHOLDER_ROW)}) "
                       f"VALUES ({', '.join('?' * len(STAKEHOLDER_ROW))})")


def upsert_stakeholders(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert or replace peer stakeholders by (city, uuid), many at once; each row holds
    the STAKEHOLDER_ROW values as stored."""
    updates = ", ".join(f"{c} = excluded.{c}" for c in STAKEHOLDER_ROW[2:])
    connection.executemany(
        f"{_INSERT_STAKEHOLDER} ON CONFLICT (city_id, uuid) DO UPDATE SET {updates}", rows)


def insert_stakeholders(connection: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert peer stakeholders not held yet (rows as for :func:`upsert_stakeholders`): a
    plain insert costs SQLite about two thirds of an upsert; a row already held fails
    the unique key, so the transaction is refused rather than a record replaced."""
    connection.executemany(_INSERT_STAKEHOLDER, rows)
