"""Reads of the topic vocabulary: labels, synonyms, relations."""

from __future__ import annotations

from rrr_desktop.models.queries import Connection


def topic_labels(connection: Connection) -> dict[str, str]:
    """Topic id -> label, for every topic of the vocabulary."""
    return dict(connection.execute("SELECT id, label FROM topic").fetchall())


def topic_ids(connection: Connection) -> frozenset[str]:
    return frozenset(row[0] for row in connection.execute("SELECT id FROM topic"))


def topic_synonyms(connection: Connection) -> list[tuple[str, str]]:
    """(topic id, synonym), by topic id then synonym."""
    return connection.execute(
        "SELECT topic_id, text FROM topic_synonym ORDER BY topic_id, text").fetchall()


def topic_relations(connection: Connection) -> list[tuple[str, str, str]]:
    """(topic id, other topic id, relation kind) of every relation."""
    return connection.execute("SELECT topic_id, other_id, kind FROM topic_relation").fetchall()
