"""Reads of our city's profile as the editor and the profile store see it.

The store compares a draft with these reads inside its own write transaction,
so every function takes any connection (``Database.reading()`` or a session's).
"""

from __future__ import annotations

from typing import Any

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import decoded, read_day, read_json, read_uuid


def our_city_row(connection: Connection) -> tuple[Any, ...] | None:
    """(id, uuid, name, summary, languages, contact office, text language, translations)
    of our city, if chosen."""
    found = decoded(connection.execute(
        "SELECT id, uuid, name, summary, languages, contact_office, text_language, "
        "translations FROM city WHERE is_ours = TRUE"), None, read_uuid, None, None, read_json,
        None, None, read_json)
    return found[0] if found else None


def topic_entries(connection: Connection, city_id: int) -> list[tuple[str, str, str]]:
    """(role, topic id, note) in entry order."""
    return connection.execute(
        "SELECT role, topic_id, note FROM city_topic WHERE city_id = ? ORDER BY id",
        (city_id,)).fetchall()


def free_topic_entries(connection: Connection, city_id: int) -> list[tuple[str, str, str]]:
    """(role, text, note) in entry order."""
    return connection.execute(
        "SELECT role, text, note FROM city_free_topic WHERE city_id = ? ORDER BY id",
        (city_id,)).fetchall()


def assessment_entries(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(topic id, score, assessed on) in entry order."""
    return decoded(connection.execute(
        "SELECT topic_id, score, assessed_on FROM topic_assessment WHERE city_id = ? "
        "ORDER BY id", (city_id,)), None, None, read_day)


def practice_topic_ids(connection: Connection, city_id: int) -> list[tuple[int, str]]:
    """(practice id, topic id) of the city's practices, by topic label."""
    return connection.execute(
        "SELECT pt.practice_id, pt.topic_id FROM practice_topic pt "
        "JOIN practice p ON p.id = pt.practice_id JOIN topic t ON t.id = pt.topic_id "
        "WHERE p.city_id = ? ORDER BY t.label", (city_id,)).fetchall()


def practice_entries(connection: Connection, city_id: int) -> list[tuple[Any, ...]]:
    """(id, uuid, title, kind, stage, description, year started, link, translations), by
    title."""
    return decoded(connection.execute(
        "SELECT id, uuid, title, kind, stage, description, year_started, link, translations "
        "FROM practice WHERE city_id = ? ORDER BY title, uuid", (city_id,)), None, read_uuid,
        None, None, None, None, None, None, read_json)
