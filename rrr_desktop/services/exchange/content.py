"""The content members of a bundle: their schemas, and the records they carry.

Every record a bundle carries is reduced to a :class:`Record`: its entity (``city``,
``practice``, ``stakeholder``), UUID, revision, last-modified time and a flat mapping of
comparable fields (JSON values). The exporter builds records from the database and
writes them as members; the importer validates members against the schemas below
(problems named by field path, e.g. ``stakeholders[17].kind: ...``) and compares the
records with what it holds. ``profile.yaml`` reuses the profile document of
``profile_schema``; its practices and self-assessment travel in their own members.
The format is described in ``docs/bundle-format.md``.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, TypeAlias
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StringConstraints,
    field_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.exchange.container import BundleRejected, VerifiedBundle
from rrr_desktop.services.exchange.container.manifest import UtcTime
from rrr_desktop.services.profile.draft import ROLES
from rrr_desktop.services.profile.schema import (
    MAX_LIST_ENTRIES,
    TOPIC_ID_PATTERN,
    AssessmentItem,
    PracticeItem,
    ProfileDocument,
    check_rules,
    parse_document,
)
from rrr_desktop.text import has_contacts, is_web_address

if TYPE_CHECKING:
    from rrr_desktop.services.exchange.group_content import GroupContent

PROFILE = "profile.yaml"
PRACTICES = "practices.json"
ASSESSMENTS = "assessments.json"
STAKEHOLDERS = "stakeholders.json"
TOMBSTONES = "tombstones.json"
MAX_STAKEHOLDERS = 100_000
MAX_TOMBSTONES = 100_000
PERSONAL_FIELDS = ("contact_person", "email", "phone")

# Working groups (bundle format version 2) are described in group_content.py.
Entity = Literal["city", "practice", "stakeholder", "group", "meeting", "action", "group_note"]
Revision = Annotated[StrictInt, Field(ge=1, le=2**31)]


Text64 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=64)]
Text200 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=200)]
Text320 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=320)]
Text300 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=300)]
Text500 = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, max_length=500)]


def _web_address(url: str) -> str:
    if url and not is_web_address(url):
        raise PydanticCustomError("not_web_address",
                                  "is not a web address (http://... or https://...)")
    return url


Website = Annotated[Text500, AfterValidator(_web_address)]
LongText = Annotated[str, StringConstraints(strict=True, strip_whitespace=True,
                                            max_length=10_000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Versioned(_Strict):
    """What every record carries so a receiver can tell newer from older."""

    revision: Revision
    updated_at: UtcTime

    @field_serializer("updated_at")
    def _utc(self, value: datetime) -> str:
        return iso_time(value)


class BundleCity(_Versioned):
    uuid: UUID
    name: Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                           max_length=200)]
    country_code: Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Z]{2}$")]
    region: Text200 = ""
    website: Website = ""


class BundleProfile(_Strict):
    """``profile.yaml``: the sender's city card, and its profile unless left out."""

    city: BundleCity
    profile: ProfileDocument | None = None

    @model_validator(mode="after")
    def _consistent(self) -> BundleProfile:
        if self.profile is None:
            return self
        if self.profile.city.uuid != self.city.uuid:
            raise PydanticCustomError("profile_of_other_city",
                                      "profile.city.uuid is not the uuid of the bundle's city")
        if self.profile.practices or self.profile.self_assessment:
            raise PydanticCustomError("practices_in_profile",
                                      "practices and self_assessment travel in practices.json "
                                      "and assessments.json, not in the profile")
        return self


class BundlePractice(PracticeItem, _Versioned):
    """A practice of ``practices.json``: the profile document's practice, versioned."""


class BundlePractices(RootModel[list[BundlePractice]]):
    root: list[BundlePractice] = Field(max_length=MAX_LIST_ENTRIES)


class BundleAssessments(RootModel[list[AssessmentItem]]):
    root: list[AssessmentItem] = Field(max_length=MAX_LIST_ENTRIES)


TopicId = Annotated[str, StringConstraints(strict=True, pattern=TOPIC_ID_PATTERN, max_length=64)]
if TYPE_CHECKING:
    KindValue: TypeAlias = str
    StageValue: TypeAlias = str
else:  # the enums' values as literals: pydantic checks them without calling Python code
    KindValue = Literal[tuple(kind.value for kind in StakeholderKind)]
    StageValue = Literal[tuple(stage.value for stage in CollaborationStage)]
ShortList = Annotated[list[Text200], Field(max_length=50)]


class BundleStakeholder(_Versioned):
    """A shareable stakeholder; personal data only when the sender had consent."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    uuid: UUID
    name: Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1,
                                           max_length=300)]
    kind: KindValue
    is_person: StrictBool = False
    sectors: ShortList = []
    district: Text200 = ""
    locality: Text200 = ""
    country_code: Annotated[str, StringConstraints(strict=True, pattern=r"^([A-Z]{2})?$")] = ""
    website: Website = ""
    description: LongText = ""
    topics: Annotated[list[TopicId], Field(max_length=50)] = []
    tags: ShortList = []
    stage: StageValue = CollaborationStage.NOT_ENGAGED.value
    contact_person: Text300 = ""
    email: Text320 = ""
    phone: Text64 = ""


class BundleStakeholders(RootModel[list[BundleStakeholder]]):
    root: list[BundleStakeholder] = Field(max_length=MAX_STAKEHOLDERS)


class Tombstone(_Strict):
    """A record shared before and withdrawn since: receivers withdraw copies up to
    ``revision``."""

    entity: Literal["practice", "stakeholder"]
    uuid: UUID
    revision: Revision
    withdrawn_at: UtcTime

    @field_serializer("withdrawn_at")
    def _utc(self, value: datetime) -> str:
        return iso_time(value)


class BundleTombstones(RootModel[list[Tombstone]]):
    root: list[Tombstone] = Field(max_length=MAX_TOMBSTONES)


class Record(NamedTuple):
    """One record of a bundle (or its stored counterpart), comparable field by field.

    A named tuple, immutable like a frozen dataclass: an import builds one per record, at
    a third of a frozen dataclass's cost (its ``__init__`` sets each field through
    ``object.__setattr__``)."""

    entity: Entity
    uuid: UUID
    revision: int
    updated_at: datetime
    title: str
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class BundleContent:
    """The checked records of a verified bundle, in member order."""

    city: Record
    has_profile: bool
    has_assessments: bool
    practices: tuple[Record, ...] | None  # None: the member is not in the bundle
    stakeholders: tuple[Record, ...] | None
    tombstones: tuple[Tombstone, ...]
    groups: GroupContent | None = None  # format version 2 (group_content.py)


@dataclass(frozen=True)
class ContentSummary:
    """What a bundle holds, counted (what ``bundle inspect`` tells a sender)."""

    profile: bool
    practices: int
    assessments: int
    stakeholders: int
    tombstones: int
    with_personal_data: int  # stakeholders carrying a contact person, email or phone
    contacts_in_descriptions: int = 0  # stakeholders whose description holds email or phone
    group_records: int = 0  # working groups, their meetings, actions and members' notes


def summarise(content: BundleContent) -> ContentSummary:
    people = content.stakeholders or ()
    return ContentSummary(
        content.has_profile, len(content.practices or ()),
        len(content.city.fields.get("self_assessment", ())), len(people),
        len(content.tombstones),
        sum(1 for r in people if any(r.fields.get(name) for name in PERSONAL_FIELDS)),
        sum(1 for r in people if has_contacts(r.fields.get("description") or "")),
        len(content.groups.records()) if content.groups else 0)


def iso_time(value: datetime) -> str:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z")


def profile_fields(document: ProfileDocument) -> dict[str, Any]:
    """The comparable fields of a profile document (topic lists as [topic, note] pairs)."""
    data = document.model_dump(mode="json")
    fields: dict[str, Any] = {"summary": data["summary"], "languages": data["languages"],
                              "contact_office": data["contact_office"]}
    for role in ROLES:
        fields[role] = [[item["topic"], item["note"]] for item in data[role]]
        fields[f"free_{role}"] = [[item["text"], item["note"]] for item in data[f"free_{role}"]]
    fields.update(profile_language_fields(document))
    return fields


def profile_language_fields(document: ProfileDocument) -> dict[str, Any]:
    """The language of a profile's texts and their translations (format version 2; a
    version 1 profile's language is guessed, and it has none)."""
    return {"text_language": document.text_language_or_guess(),
            "translations": _compact({language: block.model_dump()
                                      for language, block in document.translations.items()})}


def _compact(translations: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Translations without their empty texts and lists, as they are stored."""
    blocks = {language: {key: value for key, value in block.items() if value}
              for language, block in translations.items()}
    return {language: block for language, block in sorted(blocks.items()) if block}


def refuse_newer_content(bundle: VerifiedBundle, profile: ProfileDocument | None,
                         practices: list[BundlePractice]) -> None:
    """A bundle declaring format version 1 may not hold version 2's translations."""
    if bundle.format_version >= 2:
        return
    if profile is not None and (profile.version > 1 or profile.newer_than_version()):
        raise BundleRejected("bundle.newer_than_its_format", ask_again=False,
                             field="profile.profile.version", member=PROFILE, version=2)
    if any(practice.translations for practice in practices):
        raise BundleRejected("bundle.newer_than_its_format", ask_again=False,
                             field="practices", member=PRACTICES, version=2)


def assessment_fields(items: list[AssessmentItem]) -> list[list[Any]]:
    return [[a.topic, a.score, a.assessed_on.isoformat() if a.assessed_on else None]
            for a in items]


def practice_fields(practice: PracticeItem) -> dict[str, Any]:
    return {"title": practice.title, "kind": practice.kind.value,
            "stage": practice.stage.value, "description": practice.description,
            "year_started": practice.year_started, "link": practice.link,
            "topics": sorted(set(practice.topics)),
            "translations": _compact({language: texts.model_dump()
                                      for language, texts in practice.translations.items()})}


def stakeholder_record(item: BundleStakeholder) -> Record:
    """The record of a validated stakeholder, its fields copied from the model's attributes
    (``model_dump`` would cost a third of a 10,000-record import); ``kind`` and ``stage``
    are their enums' values, topics sorted (most records have none: an empty list is
    kept as it is, half this function's time)."""
    fields = item.__dict__.copy()
    uuid, revision, updated_at = fields.pop("uuid"), fields.pop("revision"), fields.pop(
        "updated_at")
    if item.topics:
        fields["topics"] = sorted(set(item.topics))
    return Record("stakeholder", uuid, revision, updated_at, item.name, fields)


def read_content(bundle: VerifiedBundle, vocabulary: frozenset[str]) -> BundleContent:
    """Every member of ``bundle`` checked against its schema; BundleRejected names the field."""
    card = bundle.validate(PROFILE, BundleProfile)
    if card.city.uuid != bundle.sender.city_uuid:
        raise BundleRejected("bundle.profile_of_another_city", city=card.city.name,
                             sender=bundle.sender.name)
    if (card.city.name != bundle.sender.name
            or card.city.country_code != bundle.sender.country_code):
        raise BundleRejected("bundle.card_not_sender", ask_again=False, field="profile.city.name",
                             name=bundle.sender.name, country=bundle.sender.country_code,
                             card=card.city.name, card_country=card.city.country_code)
    city_fields: dict[str, Any] = {"name": card.city.name, "country_code": card.city.country_code,
                                   "region": card.city.region, "website": card.city.website}
    topics_used: list[tuple[str, str]] = []
    if card.profile is not None:
        _check_profile_rules(card.profile, vocabulary)
        city_fields.update(profile_fields(card.profile))
    assessments = None
    if bundle.holds(ASSESSMENTS):
        assessments = bundle.validate(ASSESSMENTS, BundleAssessments).root
        _refuse_duplicates(ASSESSMENTS, "topic", [a.topic for a in assessments])
        city_fields["self_assessment"] = assessment_fields(assessments)
        topics_used += [(f"assessments[{i}].topic", a.topic) for i, a in enumerate(assessments)]
    practices = None
    items: list[BundlePractice] = []
    if bundle.holds(PRACTICES):
        items = bundle.validate(PRACTICES, BundlePractices).root
        _refuse_duplicates(PRACTICES, "uuid", [p.uuid for p in items])
        topics_used += [(f"practices[{i}].topics", t) for i, p in enumerate(items)
                        for t in p.topics]
        practices = tuple(Record("practice", p.uuid, p.revision, p.updated_at, p.title,
                                 practice_fields(p)) for p in items)
    refuse_newer_content(bundle, card.profile, items)
    stakeholders = None
    if bundle.holds(STAKEHOLDERS):
        people = bundle.validate(STAKEHOLDERS, BundleStakeholders).root
        held: set[int] = set()  # UUIDs as ints: ints hash in C, UUIDs in Python
        built = []
        for index, person in enumerate(people):  # one pass over 10,000 records, not three
            held.add(person.uuid.int)
            if person.topics:
                topics_used += [(f"stakeholders[{index}].topics", t) for t in person.topics]
            built.append(stakeholder_record(person))
        if len(held) != len(people):
            _refuse_duplicates(STAKEHOLDERS, "uuid", [s.uuid for s in people])
        stakeholders = tuple(built)
    for where, topic in topics_used:
        if topic not in vocabulary:
            raise BundleRejected("bundle.topic_unknown", ask_again=False, where=where,
                                 topic=topic)
    tombstones = (tuple(bundle.validate(TOMBSTONES, BundleTombstones).root)
                  if bundle.holds(TOMBSTONES) else ())
    city = Record("city", card.city.uuid, card.city.revision, card.city.updated_at,
                  card.city.name, city_fields)
    from rrr_desktop.services.exchange.group_content import read_groups

    return BundleContent(city, card.profile is not None, assessments is not None, practices,
                         stakeholders, tombstones, read_groups(bundle, vocabulary))


def _check_profile_rules(document: ProfileDocument, vocabulary: frozenset[str]) -> None:
    try:
        check_rules(parse_document(document.model_dump(mode="json")), vocabulary)
    except RejectedInput as problem:
        raise BundleRejected("bundle.profile_unusable", problem=problem) from None


def _refuse_duplicates(member: str, key: str, values: list[Hashable]) -> None:
    seen: dict[Hashable, int] = {}
    for index, value in enumerate(values):
        if value in seen:
            raise BundleRejected("bundle.listed_twice", ask_again=False,
                                 field=f"{member}[{index}].{key}",
                                 where=f"{member.rsplit('.', 1)[0]}[{index}].{key}",
                                 first=seen[value], value=value)
        seen[value] = index
