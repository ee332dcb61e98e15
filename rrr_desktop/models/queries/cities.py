"""Reads of cities and their profiles (ours or the peers'), for the directory pages.

Rows come back decoded (UUIDs, times, days, JSON lists). ``ours`` selects our city
(True) or the peers (False).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_day,
    read_flag,
    read_json,
    read_time,
    read_uuid,
)

_SELECTED = "(SELECT id FROM city WHERE is_ours = ?)"


def city_rows(connection: Connection, *, ours: bool) -> list[tuple[Any, ...]]:
    """(id, uuid, name, country_code, region, languages, population, website, summary,
    profile_source, profile_updated_at, is_ours, contact_office, text_language,
    translations) of the selected cities."""
    return decoded(connection.execute(
        "SELECT id, uuid, name, country_code, region, languages, population, website, "
        "summary, profile_source, profile_updated_at, is_ours, contact_office, "
        "text_language, translations FROM city WHERE is_ours = ?", (ours,)),
        None, read_uuid, None, None, None, read_json, None, None, None, None, read_time,
        read_flag, None, None, read_json)


def city_topic_rows(connection: Connection, *, ours: bool) -> list[tuple[Any, ...]]:
    """(city id, topic id, topic label, role, note) in entry order."""
    return connection.execute(
        "SELECT ct.city_id, ct.topic_id, t.label, ct.role, ct.note FROM city_topic ct "
        f"JOIN topic t ON t.id = ct.topic_id WHERE ct.city_id IN {_SELECTED} ORDER BY ct.id",
        (ours,)).fetchall()


def free_topic_rows(connection: Connection, *, ours: bool) -> list[tuple[Any, ...]]:
    """(city id, role, text, note) in entry order."""
    return connection.execute(
        "SELECT city_id, role, text, note FROM city_free_topic "
        f"WHERE city_id IN {_SELECTED} ORDER BY id", (ours,)).fetchall()


def assessment_rows(connection: Connection, *, ours: bool) -> list[tuple[Any, ...]]:
    """(city id, topic id, topic label, score, assessed on) in entry order."""
    return decoded(connection.execute(
        "SELECT a.city_id, a.topic_id, t.label, a.score, a.assessed_on "
        "FROM topic_assessment a JOIN topic t ON t.id = a.topic_id "
        f"WHERE a.city_id IN {_SELECTED} ORDER BY a.id", (ours,)),
        None, None, None, None, read_day)


def practice_topic_rows(connection: Connection, *, ours: bool) -> list[tuple[int, str, str]]:
    """(practice id, topic id, topic label), by label."""
    return connection.execute(
        "SELECT pt.practice_id, t.id, t.label FROM practice_topic pt JOIN topic t "
        "ON t.id = pt.topic_id JOIN practice p ON p.id = pt.practice_id "
        f"WHERE p.city_id IN {_SELECTED} ORDER BY t.label", (ours,)).fetchall()


def practice_rows(connection: Connection, *, ours: bool) -> list[tuple[Any, ...]]:
    """(id, city id, uuid, title, kind, stage, description, year started, link,
    translations), by title."""
    return decoded(connection.execute(
        "SELECT id, city_id, uuid, title, kind, stage, description, year_started, link, "
        f"translations FROM practice WHERE city_id IN {_SELECTED} ORDER BY title", (ours,)),
        None, None, read_uuid, None, None, None, None, None, None, read_json)


def seeded_city_uuids(connection: Connection) -> set[UUID]:
    """The shipped cities recorded as seeded (whether or not they are still there)."""
    return {UUID(key) for (key,) in connection.execute(
        "SELECT key FROM seeded_record WHERE kind = 'city'")}


def city_names(connection: Connection) -> list[tuple[UUID, str]]:
    """(uuid, name) of every city."""
    return decoded(connection.execute("SELECT uuid, name FROM city"), read_uuid)
