"""The fields of the stakeholder form, and the reads that fill it (plain SQL, no SQLAlchemy).

Views import this module at start-up; checking and writing a form is in
:mod:`rrr_desktop.services.stakeholders.edit`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import stakeholders as queries
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.profile.read import topic_choices as vocabulary_topics
from rrr_desktop.text import normalise


@dataclass(frozen=True)
class StakeholderForm:
    """Every field an officer edits; personal data (contact person, email, phone) with consent."""

    name: str
    kind: str = StakeholderKind.OTHER.value
    is_person: bool = False
    organisation_id: int | None = None  # persons only: the organisation they belong to
    sectors: tuple[str, ...] = ()
    district: str = ""
    address: str = ""
    locality: str = ""
    postcode: str = ""
    country_code: str = ""
    website: str = ""
    description: str = ""
    topic_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    owner: str = ""
    stage: str = CollaborationStage.NOT_ENGAGED.value
    influence: int | None = None
    interest: int | None = None
    trust: int | None = None
    next_contact_on: date | None = None
    review_due_on: date | None = None
    shareable: bool = False
    contact_person: str = ""
    email: str = ""
    phone: str = ""
    consent_given: bool = False
    consent_on: date | None = None
    consent_source: str = ""
    consent_note: str = ""


FORM_COLUMNS = tuple(f.name for f in fields(StakeholderForm) if f.name != "topic_ids")


@dataclass(frozen=True)
class Choice:
    """Something to pick in a list: an organisation (int id) or a topic (str id)."""

    id: int | str
    label: str


def load_form(db: Database, stakeholder_id: int) -> StakeholderForm:
    """The stakeholder's current values, to edit; RejectedInput if it no longer exists."""
    return load_revision(db, stakeholder_id)[0]


def load_revision(db: Database, stakeholder_id: int) -> tuple[StakeholderForm, int]:
    """The stakeholder's current values and the revision they are (to save based on it,
    ``edit.update_stakeholder``); RejectedInput if it no longer exists."""
    with db.reading() as connection:
        values = queries.form_values(connection, stakeholder_id, (*FORM_COLUMNS, "revision"))
        topics = tuple(queries.topic_ids_of(connection, stakeholder_id))
    if values is None:
        raise RejectedInput("stakeholder.gone")
    for column in ("sectors", "tags"):
        values[column] = tuple(values[column])
    revision = int(values.pop("revision"))
    return StakeholderForm(**values, topic_ids=topics), revision


def organisation_choices(db: Database, text: str, limit: int = 20,
                         exclude_id: int | None = None) -> list[Choice]:
    """Organisations (not persons) whose folded name starts with ``text``, by name."""
    start = normalise(text)
    with db.reading() as connection:
        rows = queries.organisations_starting(connection, start, limit, exclude_id)
    return [Choice(row_id, name) for row_id, name in rows]


def organisation_name(db: Database, organisation_id: int) -> str:
    with db.reading() as connection:
        return queries.stakeholder_name(connection, organisation_id) or ""


def topic_choices(db: Database) -> list[Choice]:
    """Every topic of the vocabulary, by label (the profile's list, as form choices)."""
    return [Choice(topic.code, topic.name) for topic in vocabulary_topics(db)]
