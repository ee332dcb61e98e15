"""Reads and small writes of single stakeholders and their interactions: the editor's
form, look-ups while typing (possible duplicates, organisations), merge candidates,
the interaction log.

Look-ups by name use ``sort_name`` ranges, and ``archived IN (FALSE, TRUE)`` lets them use
the register index, which leads with ``archived``: a few milliseconds on 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries.codecs import (
    decoded,
    read_day,
    read_flag,
    read_json,
    stored_day,
)

LAST_CHARACTER = "\U0010ffff"  # every text starting with a prefix sorts below prefix + this
SIMILAR_COLUMNS = "id, name, is_person, archived, website, sort_name"
Similar = tuple[int, str, int, int, str, str]  # a row of SIMILAR_COLUMNS
_LIST_COLUMNS = frozenset({"sectors", "tags"})
_FLAG_COLUMNS = frozenset({"is_person", "shareable", "consent_given", "archived"})
_DAY_COLUMNS = frozenset({"next_contact_on", "review_due_on", "consent_on"})


def _decoders(columns: Sequence[str]) -> list[Any]:
    return [read_json if c in _LIST_COLUMNS else read_flag if c in _FLAG_COLUMNS
            else read_day if c in _DAY_COLUMNS else None for c in columns]


def with_email(connection: Connection, email: str, limit: int) -> list[Similar]:
    """(id, name, is_person, archived, website, sort_name) of records with this email."""
    return connection.execute(
        f"SELECT {SIMILAR_COLUMNS} FROM stakeholder WHERE email = ? LIMIT ?",
        (email, limit)).fetchall()


def with_website_starting(connection: Connection, start: str, limit: int) -> list[Similar]:
    """Records whose website starts with ``start`` (a range on the website index)."""
    return connection.execute(
        f"SELECT {SIMILAR_COLUMNS} FROM stakeholder WHERE website >= ? AND website < ? "
        "LIMIT ?", (start, start + LAST_CHARACTER, limit)).fetchall()


def with_sort_name(connection: Connection, folded: str, limit: int, *,
                   prefix: bool) -> list[Similar]:
    """Records whose folded name is ``folded`` (or, with ``prefix``, starts with it),
    the same name first."""
    end, below = (folded + LAST_CHARACTER, "<") if prefix else (folded, "<=")
    return connection.execute(
        f"SELECT {SIMILAR_COLUMNS} FROM stakeholder WHERE archived IN (FALSE, TRUE) "
        f"AND sort_name >= ? AND sort_name {below} ? ORDER BY sort_name != ?, sort_name "
        "LIMIT ?", (folded, end, folded, limit)).fetchall()


def form_values(connection: Connection, stakeholder_id: int,
                columns: Sequence[str]) -> dict[str, Any] | None:
    """The stakeholder's ``columns``, decoded (lists, flags, days); None if it is gone."""
    found = decoded(connection.execute(
        f"SELECT {', '.join(columns)} FROM stakeholder WHERE id = ?", (stakeholder_id,)),
        *_decoders(columns))
    return dict(zip(columns, found[0], strict=True)) if found else None


def topic_ids_of(connection: Connection, stakeholder_id: int) -> list[str]:
    return [topic for (topic,) in connection.execute(
        "SELECT topic_id FROM stakeholder_topic WHERE stakeholder_id = ? ORDER BY topic_id",
        (stakeholder_id,))]


def organisations_starting(connection: Connection, folded: str, limit: int,
                           exclude_id: int | None) -> list[tuple[int, str]]:
    """(id, name) of organisations (not persons) whose folded name starts with ``folded``."""
    return connection.execute(
        "SELECT id, name FROM stakeholder WHERE archived IN (FALSE, TRUE) AND sort_name >= ? "
        f"AND sort_name < ? AND is_person = FALSE AND id {connection.is_not} ? "
        "ORDER BY sort_name LIMIT ?",
        (folded, folded + LAST_CHARACTER, exclude_id, limit)).fetchall()


def stakeholder_name(connection: Connection, stakeholder_id: int) -> str | None:
    row = connection.execute("SELECT name FROM stakeholder WHERE id = ?",
                             (stakeholder_id,)).fetchone()
    return None if row is None else str(row[0])


def merge_rows(connection: Connection, ids: Sequence[int],
               columns: Sequence[str]) -> dict[int, tuple[Any, ...]]:
    """By id: (id, interactions logged, organisation name or "", *``columns`` as stored)."""
    return {row[0]: row for row in connection.execute(
        f"SELECT s.id, (SELECT count(*) FROM interaction i WHERE i.stakeholder_id = s.id), "
        f"coalesce(o.name, ''), {', '.join('s.' + c for c in columns)} FROM stakeholder s "
        "LEFT JOIN stakeholder o ON o.id = s.organisation_id "
        f"WHERE s.id IN ({', '.join('?' * len(ids))})", list(ids))}


def relink_persons(connection: Connection, links: Sequence[tuple[int, int]]) -> None:
    """Link each (person, organisation) again, if the person has no organisation now;
    the person's ``updated_at`` and revision stay as they were."""
    connection.executemany(
        "UPDATE stakeholder SET organisation_id = ? WHERE id = ? AND organisation_id IS NULL",
        [(organisation, person) for person, organisation in links])


_LOG_COLUMNS = ("id, stakeholder_id, occurred_on, kind, notes, follow_up_on, "
                "follow_up_done")
_LOG_DECODERS = (None, None, read_day, None, None, read_day, read_flag)


def interaction_log(connection: Connection, stakeholder_id: int) -> list[tuple[Any, ...]]:
    """(id, stakeholder id, occurred on, kind, notes, follow-up on, done), newest first."""
    return decoded(connection.execute(
        f"SELECT {_LOG_COLUMNS} FROM interaction WHERE stakeholder_id = ? "
        "ORDER BY occurred_on DESC, id DESC", (stakeholder_id,)), *_LOG_DECODERS)


def interaction(connection: Connection, interaction_id: int) -> tuple[Any, ...] | None:
    found = decoded(connection.execute(
        f"SELECT {_LOG_COLUMNS} FROM interaction WHERE id = ?", (interaction_id,)),
        *_LOG_DECODERS)
    return found[0] if found else None


def update_interaction(connection: Connection, interaction_id: int, *, occurred_on: date,
                       kind: str, notes: str, follow_up_on: date | None, done: bool) -> int:
    """Give the interaction these values; returns the rows changed (0: it is gone)."""
    return connection.execute(
        "UPDATE interaction SET occurred_on = ?, kind = ?, notes = ?, follow_up_on = ?, "
        "follow_up_done = ? WHERE id = ?",
        (stored_day(occurred_on), kind, notes, stored_day(follow_up_on), int(done),
         interaction_id)).rowcount


def set_follow_up_done(connection: Connection, interaction_id: int, done: bool) -> int:
    return connection.execute("UPDATE interaction SET follow_up_done = ? WHERE id = ?",
                              (int(done), interaction_id)).rowcount


def delete_interaction(connection: Connection, interaction_id: int) -> int:
    return connection.execute("DELETE FROM interaction WHERE id = ?",
                              (interaction_id,)).rowcount
