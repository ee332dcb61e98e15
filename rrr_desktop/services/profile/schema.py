"""The versioned profile document: its pydantic shape and the rules a saved profile keeps.

The same document travels as an exported file, inside exchange bundles, and as
the editor's draft file::

    format: rrr-desktop/profile
    version: 2
    city: {uuid: ..., name: Rotterdam}
    text_language: nl                                 # the language of the texts below
    summary: ...
    languages: [nl, en]
    contact_office: ...
    offers: [{topic: co-design-hubs, note: ...}]          # also wants_to_learn, shared_challenges
    free_offers: [{text: Community land trusts, note: ...}]  # own words, not the vocabulary
    practices: [{uuid: ..., title: ..., kind: hub, stage: running, year_started: 2019,
                 description: ..., topics: [co-design-hubs], link: ...}]
    self_assessment: [{topic: trust-building, score: 6, assessed_on: 2026-03-01}]
    translations: {en: {summary: ..., offers: {co-design-hubs: ...}}}  # the texts in others

Version 2 added ``text_language`` and ``translations`` (also in each practice:
``translations: {en: {title: ..., description: ...}}``); a version 1 document still
reads, its texts taken to be in the city's first language of the seven.

Two levels of checking, because an unsaved draft may be unfinished:

- :func:`parse_document` checks the *shape*: known keys only, types, choices,
  ranges and length limits. Draft files pass it (the editor caps lengths).
- :func:`check_rules` checks what a *saved* profile must keep: no empty titles,
  no duplicates, a date with each score, known languages and topics.

Every problem is reported with its field path, e.g.
``practices[2].stage: must be one of idea, pilot, running, evaluated``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    ValidationError,
)
from pydantic_core import ErrorDetails

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import Message, message
from rrr_desktop.models.city_vocabulary import MAX_SCORE, MIN_SCORE, PracticeKind, PracticeStage
from rrr_desktop.services.profile import draft as limits
from rrr_desktop.services.profile.draft import (
    ROLES,
    AssessmentDraft,
    FreeTopicEntry,
    PracticeDraft,
    ProfileDraft,
    TopicEntry,
)
from rrr_desktop.services.profile.translations import (
    guessed_text_language,
    practice_texts,
    practice_translations_data,
    translations_data,
    with_translations,
)
from rrr_desktop.services.reference import languages
from rrr_desktop.services.validation import context_of, field_problem, joined, problems_of
from rrr_desktop.text import normalise

FORMAT = "rrr-desktop/profile"
VERSION = 2
MAX_LIST_ENTRIES = 200
MAX_LANGUAGES = 20
TOPIC_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
LANGUAGE_PATTERN = r"^[a-z]{2}$"


def _iso_date(value: object) -> object:
    """Accept a quoted date ("2026-03-01") as well as YAML's own; never a number."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return value  # reported as "must be a date"
    return value


def _exact_integer(value: object) -> object:
    """1 only as the integer 1: YAML's ``1.0`` and ``true`` equal 1 in Python."""
    return value if type(value) is int else repr(value)


FormatVersion = Annotated[Literal[1, 2], BeforeValidator(_exact_integer)]
TextLanguage = Literal["en", "es", "fr", "pt", "it", "nl", "pl"]
TopicId = Annotated[str, Strict(), StringConstraints(pattern=TOPIC_ID_PATTERN, max_length=64)]
LanguageCode = Annotated[str, Strict(), StringConstraints(pattern=LANGUAGE_PATTERN)]
Score = Annotated[int, Strict(), Field(ge=MIN_SCORE, le=MAX_SCORE)]
Year = Annotated[int, Strict(), Field(ge=1800, le=2100)]
IsoDate = Annotated[date, Strict(), BeforeValidator(_iso_date)]
NoteText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True,
                                                     max_length=limits.MAX_NOTE_CHARS)]
FreeTopicText = Annotated[str, Strict(), StringConstraints(
    strip_whitespace=True, max_length=limits.MAX_FREE_TOPIC_CHARS)]
TitleText = Annotated[str, Strict(), StringConstraints(
    strip_whitespace=True, max_length=limits.MAX_PRACTICE_TITLE_CHARS)]
DescriptionText = Annotated[str, Strict(), StringConstraints(
    strip_whitespace=True, max_length=limits.MAX_PRACTICE_DESCRIPTION_CHARS)]
LinkText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True,
                                                     max_length=limits.MAX_LINK_CHARS)]
CityName = Annotated[str, Strict(), StringConstraints(strip_whitespace=True,
                                                     max_length=limits.MAX_CITY_NAME_CHARS)]
SummaryText = Annotated[str, Strict(), StringConstraints(strip_whitespace=True,
                                                        max_length=limits.MAX_SUMMARY_CHARS)]
OfficeText = Annotated[str, Strict(), StringConstraints(
    strip_whitespace=True, max_length=limits.MAX_CONTACT_OFFICE_CHARS)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicItem(_Strict):
    topic: TopicId
    note: NoteText = ""


class FreeTopicItem(_Strict):
    text: FreeTopicText
    note: NoteText = ""


class PracticeTranslation(_Strict):
    """A practice's texts in one more language (version 2)."""

    title: TitleText = ""
    description: DescriptionText = ""


class PracticeItem(_Strict):
    uuid: UUID
    title: TitleText
    kind: PracticeKind
    stage: PracticeStage
    description: DescriptionText = ""
    year_started: Year | None = None
    topics: list[TopicId] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    link: LinkText = ""
    translations: dict[TextLanguage, PracticeTranslation] = {}


class AssessmentItem(_Strict):
    topic: TopicId
    score: Score | None = None
    assessed_on: IsoDate | None = None


class CityReference(_Strict):
    uuid: UUID
    name: CityName = ""


NoteTranslations = Annotated[dict[TopicId, NoteText], Field(max_length=MAX_LIST_ENTRIES)]
FreeNoteTranslations = Annotated[dict[FreeTopicText, NoteText],
                                 Field(max_length=MAX_LIST_ENTRIES)]


class TranslationBlock(_Strict):
    """The profile's texts in one more language (version 2): notes by topic id or words."""

    summary: SummaryText = ""
    contact_office: OfficeText = ""
    offers: NoteTranslations = {}
    wants_to_learn: NoteTranslations = {}
    shared_challenges: NoteTranslations = {}
    free_offers: FreeNoteTranslations = {}
    free_wants_to_learn: FreeNoteTranslations = {}
    free_shared_challenges: FreeNoteTranslations = {}


class ProfileDocument(_Strict):
    format: Literal["rrr-desktop/profile"]
    version: FormatVersion
    city: CityReference
    summary: SummaryText = ""
    languages: list[LanguageCode] = Field(default=[], max_length=MAX_LANGUAGES)
    contact_office: OfficeText = ""
    offers: list[TopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    wants_to_learn: list[TopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    shared_challenges: list[TopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    free_offers: list[FreeTopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    free_wants_to_learn: list[FreeTopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    free_shared_challenges: list[FreeTopicItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    practices: list[PracticeItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    self_assessment: list[AssessmentItem] = Field(default=[], max_length=MAX_LIST_ENTRIES)
    text_language: TextLanguage | None = None  # version 2; None: version 1, see below
    translations: dict[TextLanguage, TranslationBlock] = {}

    def text_language_or_guess(self) -> str:
        """The language of the texts: a version 1 document's is guessed from its languages."""
        return self.text_language or guessed_text_language(self.languages)

    def newer_than_version(self) -> bool:
        """Whether a document declaring version 1 holds what only version 2 has."""
        return self.version == 1 and (self.text_language is not None or bool(self.translations)
                                      or any(p.translations for p in self.practices))


def draft_to_data(draft: ProfileDraft) -> dict[str, Any]:
    """The document as plain data (str, int, date, list, dict), ready for YAML."""
    def topics(entries: tuple[TopicEntry, ...]) -> list[dict[str, Any]]:
        return [{"topic": e.topic_id, "note": e.note} for e in entries]

    def free(entries: tuple[FreeTopicEntry, ...]) -> list[dict[str, Any]]:
        return [{"text": e.text, "note": e.note} for e in entries]

    return {
        "format": FORMAT, "version": VERSION,
        "city": {"uuid": str(draft.city_uuid), "name": draft.city_name},
        "text_language": draft.text_language,
        "summary": draft.summary, "languages": list(draft.languages),
        "contact_office": draft.contact_office,
        **{role: topics(draft.topics(role)) for role in ROLES},
        **{f"free_{role}": free(draft.free_topics(role)) for role in ROLES},
        "practices": [{"uuid": str(p.uuid), "title": p.title, "kind": p.kind, "stage": p.stage,
                       "year_started": p.year_started, "description": p.description,
                       "topics": list(p.topic_ids), "link": p.link,
                       "translations": practice_translations_data(p, draft.text_language)}
                      for p in draft.practices],
        "self_assessment": [{"topic": a.topic_id, "score": a.score, "assessed_on": a.assessed_on}
                            for a in draft.assessments],
        "translations": translations_data(draft),
    }


def parse_document(data: object) -> ProfileDraft:
    """The draft a document holds, if its shape is right; else RejectedInput naming fields."""
    try:
        document = ProfileDocument.model_validate(data)
    except ValidationError as error:
        raise _refused(problems_of(error, explain=_explain)) from None
    if document.newer_than_version():
        raise _refused([field_problem("version", message("profile_field.version", format=FORMAT,
                                                         version=VERSION))])
    draft, unmatched = with_translations(_base_draft(document), {
        language: block.model_dump() for language, block in document.translations.items()})
    if unmatched:
        raise _refused([field_problem(path, message("profile_field.translation_unmatched"))
                        for path in unmatched])
    return draft


def _base_draft(document: ProfileDocument) -> ProfileDraft:
    def topics(items: list[TopicItem]) -> tuple[TopicEntry, ...]:
        return tuple(TopicEntry(t.topic, t.note) for t in items)

    def free(items: list[FreeTopicItem]) -> tuple[FreeTopicEntry, ...]:
        return tuple(FreeTopicEntry(t.text, t.note) for t in items)

    return ProfileDraft(
        city_uuid=document.city.uuid, city_name=document.city.name,
        summary=document.summary, languages=tuple(document.languages),
        contact_office=document.contact_office,
        offers=topics(document.offers), wants_to_learn=topics(document.wants_to_learn),
        shared_challenges=topics(document.shared_challenges),
        free_offers=free(document.free_offers),
        free_wants_to_learn=free(document.free_wants_to_learn),
        free_shared_challenges=free(document.free_shared_challenges),
        practices=tuple(PracticeDraft(
            uuid=p.uuid, title=p.title, kind=p.kind.value, stage=p.stage.value,
            description=p.description, year_started=p.year_started,
            topic_ids=tuple(dict.fromkeys(p.topics)), link=p.link,
            **practice_texts({language: texts.model_dump()
                              for language, texts in p.translations.items()}))
            for p in document.practices),
        assessments=tuple(AssessmentDraft(a.topic, a.score, a.assessed_on)
                          for a in document.self_assessment),
        text_language=document.text_language_or_guess(),
    )


def check_draft(draft: ProfileDraft, vocabulary: Collection[str]) -> ProfileDraft:
    """The draft as it will be saved (trimmed), or RejectedInput naming each problem."""
    checked = parse_document(draft_to_data(draft))
    check_rules(checked, vocabulary)
    return checked


def check_rules(draft: ProfileDraft, vocabulary: Collection[str]) -> None:
    """What a saved profile must keep beyond the document's shape."""
    problems = list(_rule_problems(draft, vocabulary))
    if problems:
        raise _refused(problems)


def _rule_problems(draft: ProfileDraft, vocabulary: Collection[str]) -> Iterator[Message]:
    known_languages = {choice.code for choice in languages()}
    for index, code in enumerate(draft.languages):
        if code not in known_languages:
            yield field_problem(f"languages[{index}]",
                                message("profile_field.unknown_language", code=code))
    yield from _duplicates("languages", draft.languages, "")
    for role in ROLES:
        entries = draft.topics(role)
        yield from _unknown_topics(role, [e.topic_id for e in entries], vocabulary, ".topic")
        yield from _duplicates(role, [e.topic_id for e in entries], ".topic")
        free = draft.free_topics(role)
        for index, entry in enumerate(free):
            if not entry.text:
                yield field_problem(f"free_{role}[{index}].text",
                                    message("profile_field.free_topic_empty"))
        yield from _duplicates(f"free_{role}", [normalise(e.text) for e in free], ".text")
    for index, practice in enumerate(draft.practices):
        if not practice.title and not practice.title_in:
            yield field_problem(f"practices[{index}].title",
                                message("profile_field.practice_title_empty"))
        yield from _unknown_topics(f"practices[{index}].topics", practice.topic_ids,
                                   vocabulary, "")
    yield from _duplicates("practices", [p.uuid for p in draft.practices], ".uuid")
    for index, assessment in enumerate(draft.assessments):
        where = f"self_assessment[{index}].assessed_on"
        if assessment.score is not None and assessment.assessed_on is None:
            yield field_problem(where, message("profile_field.assessment_date_missing"))
        if assessment.score is None and assessment.assessed_on is not None:
            yield field_problem(where, message("profile_field.assessment_date_unscored"))
    yield from _unknown_topics("self_assessment", [a.topic_id for a in draft.assessments],
                               vocabulary, ".topic")
    yield from _duplicates("self_assessment", [a.topic_id for a in draft.assessments], ".topic")


def _unknown_topics(where: str, topic_ids: Collection[str], vocabulary: Collection[str],
                    suffix: str) -> Iterator[Message]:
    for index, topic_id in enumerate(topic_ids):
        if topic_id not in vocabulary:
            yield field_problem(f"{where}[{index}]{suffix}",
                                message("profile_field.unknown_topic", topic=topic_id))


def _duplicates(where: str, keys: Collection[object], suffix: str) -> Iterator[Message]:
    first: dict[object, int] = {}
    for index, key in enumerate(keys):
        if key in first:
            yield field_problem(f"{where}[{index}]{suffix}", message(
                "profile_field.listed_twice", first=f"{where}[{first[key]}]"))
        first.setdefault(key, index)


# The profile document's own wording of pydantic's problems ("profile_field.<code>").
_PLAIN_PROBLEMS = {
    "missing": "missing", "extra_forbidden": "extra_forbidden", "string_type": "text",
    "int_type": "whole_number", "list_type": "list", "model_type": "fields",
    "model_attributes_type": "fields", "date_type": "date", "uuid_type": "id",
    "uuid_parsing": "id",
}
_CONTEXT_PROBLEMS = {"enum": "one_of", "literal_error": "one_of",
                     "string_too_long": "too_long", "too_long": "too_many",
                     "greater_than_equal": "at_least", "less_than_equal": "at_most"}
_PATTERN_PROBLEMS = {TOPIC_ID_PATTERN: "topic_id", LANGUAGE_PATTERN: "language_code"}
_TOP_LEVEL_PROBLEMS = {("format",): "format", ("version",): "version"}


def _explain(error: ErrorDetails) -> Message | None:
    kind, context = error["type"], context_of(error)
    if kind == "literal_error" and error["loc"] in _TOP_LEVEL_PROBLEMS:
        return message(f"profile_field.{_TOP_LEVEL_PROBLEMS[error['loc']]}", format=FORMAT,
                       version=VERSION)
    if kind in _PLAIN_PROBLEMS:
        return message(f"profile_field.{_PLAIN_PROBLEMS[kind]}")
    if kind in _CONTEXT_PROBLEMS:
        return Message(f"profile_field.{_CONTEXT_PROBLEMS[kind]}", context)
    if kind == "string_pattern_mismatch":
        return message(f"profile_field.{_PATTERN_PROBLEMS[str(context['pattern'])]}")
    return None


def _refused(problems: list[Message]) -> RejectedInput:
    """One refusal naming every problem; ``problems`` lets a form mark each field."""
    return RejectedInput("validation.refused", field=problems[0].params["path"],
                         text=joined(problems), problems=problems)
