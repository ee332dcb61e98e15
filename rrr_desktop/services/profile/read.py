"""Reading our city's profile as an editable draft, with the standard library only.

The Profile page fills at start-up from here, so nothing in this module may import
SQLAlchemy, PyYAML or pydantic (``tests/test_app_process.py`` checks what the window
loads); writing lives in ``services.profile``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.models.database import Database
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import (
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    Role,
    TopicEntry,
)
from rrr_desktop.text import normalise

STORED_ROLE: dict[Role, TopicRole] = {
    "offers": TopicRole.OFFERS,
    "wants_to_learn": TopicRole.WANTS_TO_LEARN,
    "shared_challenges": TopicRole.SHARED_CHALLENGE,
}
DRAFT_ROLE: dict[str, Role] = {stored.value: role for role, stored in STORED_ROLE.items()}


class NoCityOfOurOwn(RejectedInput):
    def __init__(self) -> None:
        super().__init__("This data folder has no city of its own yet: choose it first "
                         "(start the app, or run rrr-desktop init --city NAME).")


def load_profile(db: Database) -> ProfileDraft:
    """Our city's profile as an editable draft; RejectedInput when no city is ours."""
    with db.reading() as connection:
        return read_draft(connection)


def topic_choices(db: Database) -> tuple[Choice, ...]:
    """Every vocabulary topic as (id, label), by label ignoring case and accents."""
    with db.reading() as connection:
        rows = connection.execute("SELECT id, label FROM topic").fetchall()
    return tuple(sorted((Choice(id_, label) for id_, label in rows),
                        key=lambda choice: normalise(choice.name)))


def read_draft(connection: sqlite3.Connection) -> ProfileDraft:
    row = connection.execute("SELECT id, uuid, name, summary, languages, contact_office "
                             "FROM city WHERE is_ours = 1").fetchone()
    if row is None:
        raise NoCityOfOurOwn()
    city_id, uuid, name, summary, languages, contact_office = row
    topics: dict[Role, list[TopicEntry]] = defaultdict(list)
    for role, topic_id, note in connection.execute(
            "SELECT role, topic_id, note FROM city_topic WHERE city_id = ? ORDER BY id",
            (city_id,)):
        topics[DRAFT_ROLE[role]].append(TopicEntry(topic_id, note))
    free: dict[Role, list[FreeTopicEntry]] = defaultdict(list)
    for role, text, note in connection.execute(
            "SELECT role, text, note FROM city_free_topic WHERE city_id = ? ORDER BY id",
            (city_id,)):
        free[DRAFT_ROLE[role]].append(FreeTopicEntry(text, note))
    assessments = tuple(
        AssessmentDraft(topic_id, score, date.fromisoformat(day) if day else None)
        for topic_id, score, day in connection.execute(
            "SELECT topic_id, score, assessed_on FROM topic_assessment WHERE city_id = ? "
            "ORDER BY id", (city_id,)))
    return ProfileDraft(
        city_uuid=UUID(hex=uuid), city_name=name, summary=summary,
        languages=tuple(json.loads(languages)), contact_office=contact_office,
        offers=tuple(topics["offers"]), wants_to_learn=tuple(topics["wants_to_learn"]),
        shared_challenges=tuple(topics["shared_challenges"]),
        free_offers=tuple(free["offers"]), free_wants_to_learn=tuple(free["wants_to_learn"]),
        free_shared_challenges=tuple(free["shared_challenges"]),
        practices=_read_practices(connection, city_id), assessments=assessments)


def _read_practices(connection: sqlite3.Connection, city_id: int) -> tuple[PracticeDraft, ...]:
    topic_ids: dict[int, list[str]] = defaultdict(list)
    for practice_id, topic_id in connection.execute(
            "SELECT pt.practice_id, pt.topic_id FROM practice_topic pt "
            "JOIN practice p ON p.id = pt.practice_id JOIN topic t ON t.id = pt.topic_id "
            "WHERE p.city_id = ? ORDER BY t.label", (city_id,)):
        topic_ids[practice_id].append(topic_id)
    return tuple(
        PracticeDraft(uuid=UUID(hex=uuid), title=title, kind=kind, stage=stage,
                      description=description, year_started=year, link=link,
                      topic_ids=tuple(topic_ids[practice_id]))
        for practice_id, uuid, title, kind, stage, description, year, link in connection.execute(
            "SELECT id, uuid, title, kind, stage, description, year_started, link "
            "FROM practice WHERE city_id = ? ORDER BY title, uuid", (city_id,)))
