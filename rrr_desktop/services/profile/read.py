"""Reading our city's profile as an editable draft, with the standard library only.

The Profile page fills at start-up from here, so nothing in this module may import
SQLAlchemy, PyYAML or pydantic (``tests/test_app_process.py`` checks what the window
loads); writing lives in ``services.profile``.
"""

from __future__ import annotations

from collections import defaultdict

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import profile as queries
from rrr_desktop.models.queries.topics import topic_labels
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import (
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    Role,
    TopicEntry,
)
from rrr_desktop.services.profile.translations import practice_texts, with_translations
from rrr_desktop.services.vocabulary import localised_topics
from rrr_desktop.text import normalise

STORED_ROLE: dict[Role, TopicRole] = {
    "offers": TopicRole.OFFERS,
    "wants_to_learn": TopicRole.WANTS_TO_LEARN,
    "shared_challenges": TopicRole.SHARED_CHALLENGE,
}
DRAFT_ROLE: dict[str, Role] = {stored.value: role for role, stored in STORED_ROLE.items()}


class NoCityOfOurOwn(RejectedInput):
    def __init__(self) -> None:
        super().__init__("city.none_yet")


def load_profile(db: Database) -> ProfileDraft:
    """Our city's profile as an editable draft; RejectedInput when no city is ours."""
    with db.reading() as connection:
        return read_draft(connection)


def topic_choices(db: Database) -> tuple[Choice, ...]:
    """Every vocabulary topic as (id, label), by label ignoring case and accents."""
    with db.reading() as connection:
        labels = localised_topics(topic_labels(connection))
    return tuple(sorted((Choice(id_, label) for id_, label in labels.items()),
                        key=lambda choice: normalise(choice.name)))


def read_draft(connection: Connection) -> ProfileDraft:
    row = queries.our_city_row(connection)
    if row is None:
        raise NoCityOfOurOwn()
    city_id, uuid, name, summary, languages, contact_office, text_language, translations = row
    topics: dict[Role, list[TopicEntry]] = defaultdict(list)
    for role, topic_id, note in queries.topic_entries(connection, city_id):
        topics[DRAFT_ROLE[role]].append(TopicEntry(topic_id, note))
    free: dict[Role, list[FreeTopicEntry]] = defaultdict(list)
    for role, text, note in queries.free_topic_entries(connection, city_id):
        free[DRAFT_ROLE[role]].append(FreeTopicEntry(text, note))
    assessments = tuple(AssessmentDraft(topic_id, score, day) for topic_id, score, day
                        in queries.assessment_entries(connection, city_id))
    draft = ProfileDraft(
        city_uuid=uuid, city_name=name, summary=summary, text_language=text_language,
        languages=tuple(languages), contact_office=contact_office,
        offers=tuple(topics["offers"]), wants_to_learn=tuple(topics["wants_to_learn"]),
        shared_challenges=tuple(topics["shared_challenges"]),
        free_offers=tuple(free["offers"]), free_wants_to_learn=tuple(free["wants_to_learn"]),
        free_shared_challenges=tuple(free["shared_challenges"]),
        practices=_read_practices(connection, city_id), assessments=assessments)
    return with_translations(draft, translations)[0]


def _read_practices(connection: Connection, city_id: int) -> tuple[PracticeDraft, ...]:
    topic_ids: dict[int, list[str]] = defaultdict(list)
    for practice_id, topic_id in queries.practice_topic_ids(connection, city_id):
        topic_ids[practice_id].append(topic_id)
    return tuple(
        PracticeDraft(uuid=uuid, title=title, kind=kind, stage=stage,
                      description=description, year_started=year, link=link,
                      topic_ids=tuple(topic_ids[practice_id]), **practice_texts(translations))
        for practice_id, uuid, title, kind, stage, description, year, link, translations
        in queries.practice_entries(connection, city_id))
