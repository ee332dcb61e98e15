"""Our city's profile as one plain, editable document (no SQLAlchemy, no Qt).

The profile editor holds a :class:`ProfileDraft`, replaces parts of it as the
officer types (``dataclasses.replace``), keeps the drafts for undo/redo, writes
the unsaved one to the draft file, and hands it to ``profile.save_profile``. The
YAML document (``profile_schema``) has the same shape and the same list order,
so a problem's field path (``practices[2].stage``) points into the draft too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal
from uuid import UUID

from rrr_desktop.models.city_vocabulary import MAX_SCORE, MIN_SCORE, PracticeKind, PracticeStage

Role = Literal["offers", "wants_to_learn", "shared_challenges"]
ROLES: tuple[Role, ...] = ("offers", "wants_to_learn", "shared_challenges")
PRACTICE_KINDS = tuple(kind.value for kind in PracticeKind)
PRACTICE_STAGES = tuple(stage.value for stage in PracticeStage)
SCORES = range(MIN_SCORE, MAX_SCORE + 1)

# Longest texts, so an editor can stop typing at the limit instead of failing on save.
MAX_SUMMARY_CHARS = 10_000
MAX_CONTACT_OFFICE_CHARS = 1_000
MAX_NOTE_CHARS = 2_000
MAX_FREE_TOPIC_CHARS = 200
MAX_PRACTICE_TITLE_CHARS = 300
MAX_PRACTICE_DESCRIPTION_CHARS = 10_000
MAX_LINK_CHARS = 500
MAX_CITY_NAME_CHARS = 200

# A free text in the languages other than the profile's ``text_language``: (language,
# text) pairs, by language, none empty (``services/profile/translations.py`` edits them).
Texts = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TopicEntry:
    """A vocabulary topic (by its stable id) with our note about it."""

    topic_id: str
    note: str = ""
    note_in: Texts = ()


@dataclass(frozen=True)
class FreeTopicEntry:
    """A topic in our own words, outside the vocabulary."""

    text: str
    note: str = ""
    note_in: Texts = ()


@dataclass(frozen=True)
class PracticeDraft:
    uuid: UUID  # a new practice gets uuid.uuid4() from the editor; it never changes after
    title: str
    kind: str  # one of PRACTICE_KINDS
    stage: str  # one of PRACTICE_STAGES
    description: str = ""
    year_started: int | None = None
    topic_ids: tuple[str, ...] = ()
    link: str = ""
    title_in: Texts = ()
    description_in: Texts = ()


@dataclass(frozen=True)
class AssessmentDraft:
    """Our maturity on a topic: ``score`` None is "not assessed", which is not 0."""

    topic_id: str
    score: int | None = None
    assessed_on: date | None = None  # required with a score, empty without one


@dataclass(frozen=True)
class ProfileDraft:
    city_uuid: UUID  # whose profile this is; not editable
    city_name: str  # for people reading an exported file; not editable here
    summary: str = ""
    languages: tuple[str, ...] = ()  # ISO 639-1 codes, main language first
    contact_office: str = ""
    offers: tuple[TopicEntry, ...] = ()
    wants_to_learn: tuple[TopicEntry, ...] = ()
    shared_challenges: tuple[TopicEntry, ...] = ()
    free_offers: tuple[FreeTopicEntry, ...] = ()
    free_wants_to_learn: tuple[FreeTopicEntry, ...] = ()
    free_shared_challenges: tuple[FreeTopicEntry, ...] = ()
    practices: tuple[PracticeDraft, ...] = ()
    assessments: tuple[AssessmentDraft, ...] = ()
    text_language: str = "en"  # the language of the texts above (one of TEXT_LANGUAGES)
    summary_in: Texts = ()
    contact_office_in: Texts = ()

    def topics(self, role: Role) -> tuple[TopicEntry, ...]:
        """The vocabulary topics of one role."""
        entries: tuple[TopicEntry, ...] = getattr(self, role)
        return entries

    def free_topics(self, role: Role) -> tuple[FreeTopicEntry, ...]:
        """The own-words topics of one role."""
        entries: tuple[FreeTopicEntry, ...] = getattr(self, f"free_{role}")
        return entries

    def with_topics(self, role: Role, entries: tuple[TopicEntry, ...]) -> ProfileDraft:
        """A copy with another list of vocabulary topics for one role."""
        changes: dict[str, Any] = {role: entries}
        return replace(self, **changes)

    def with_free_topics(self, role: Role, entries: tuple[FreeTopicEntry, ...]) -> ProfileDraft:
        """A copy with another list of own-words topics for one role."""
        changes: dict[str, Any] = {f"free_{role}": entries}
        return replace(self, **changes)
