"""Add and edit one stakeholder from a form: check every field, then write in one transaction.

Text fields are read by the same readers as imported cells
(:mod:`rrr_desktop.services.stakeholders.importing.values`), so a website or email the importer
refuses is refused here too, with a message that names the form's field.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.topic import Topic
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.form import FORM_COLUMNS, StakeholderForm
from rrr_desktop.services.stakeholders.importing.countries import country_code
from rrr_desktop.services.stakeholders.importing.values import InvalidCell, row_reader

SCORE_FIELDS = {"influence": "Influence", "interest": "Interest", "trust": "Trust"}
# Form fields read like imported cells, with the field name the messages use.
_TEXT_FIELDS = {"name": "Name", "district": "District", "address": "Address",
                "locality": "Locality", "postcode": "Postcode", "website": "Website",
                "description": "Description", "contact_person": "Contact person",
                "email": "Email", "phone": "Phone"}
_KINDS = frozenset(kind.value for kind in StakeholderKind)
_STAGES = frozenset(stage.value for stage in CollaborationStage)
_SHORT_TEXTS = {"owner": ("Relationship owner", 200), "consent_source": ("Consent source", 300)}


def _read_text(column: str, label: str, text: str) -> str:
    """The text as the importer would store it, or RejectedInput naming the form field."""
    columns = {column: 0} if column == "name" else {column: 0, "name": 1}
    try:
        values = row_reader(columns, [label, label])([text, "name"])
    except InvalidCell as error:
        problem = str(error).replace(f" in column {label!r}", "")
        raise RejectedInput(f"{label}: {problem}. Correct it, or leave the field empty."
                            ) from error
    return str(values.get(column, ""))


def _checked_country(code: str) -> str:
    if not code.strip():
        return ""
    found = country_code(code.strip())
    if not found:
        raise RejectedInput(f"Country: {code!r} is not a country name or two-letter code.")
    return found


def _checked_list(items: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(" ".join(item.split()) for item in items if item.strip()))


def checked_values(session: Session, form: StakeholderForm,
                   stakeholder_id: int | None = None) -> dict[str, object]:
    """The Stakeholder column values of ``form``; RejectedInput naming the first bad field."""
    if not form.name.strip():
        raise RejectedInput("Name: a stakeholder needs a name. Type one.")
    values: dict[str, object] = {column: getattr(form, column) for column in FORM_COLUMNS}
    for column, label in _TEXT_FIELDS.items():
        values[column] = _read_text(column, label, getattr(form, column)) if getattr(
            form, column).strip() else ""
    for column, (label, limit) in _SHORT_TEXTS.items():
        values[column] = " ".join(str(values[column]).split())
        if len(str(values[column])) > limit:
            raise RejectedInput(f"{label}: longer than {limit} characters. Shorten it.")
    values["country_code"] = _checked_country(form.country_code)
    if form.kind not in _KINDS:
        raise RejectedInput(f"Kind: {form.kind!r} is not a kind of stakeholder. Pick one "
                            "from the list.")
    if form.stage not in _STAGES:
        raise RejectedInput(f"Collaboration stage: {form.stage!r} is not a stage. Pick one "
                            "from the list.")
    values["kind"] = StakeholderKind(form.kind)
    values["stage"] = CollaborationStage(form.stage)
    for column, label in SCORE_FIELDS.items():
        score = getattr(form, column)
        if score is not None and not 1 <= score <= 5:
            raise RejectedInput(f"{label}: {score} is not between 1 and 5. Pick 1 to 5, or "
                                "'not set'.")
    if form.consent_given and form.consent_on is None:
        raise RejectedInput("Consent date: consent is marked as given but has no date. Enter "
                            "the date it was given.")
    if form.consent_on is not None and form.consent_on > date.today():
        raise RejectedInput("Consent date: the date is in the future. Enter the day consent "
                            "was given.")
    values["tags"] = _checked_list(form.tags)
    values["sectors"] = _checked_list(form.sectors)
    values["organisation_id"] = _checked_organisation(session, form, stakeholder_id)
    return values


def _checked_organisation(session: Session, form: StakeholderForm,
                          stakeholder_id: int | None) -> int | None:
    if not form.is_person:
        if form.organisation_id is not None:
            raise RejectedInput("Organisation: only a person belongs to an organisation. "
                                "Clear the organisation, or make this record a person.")
        return None
    if stakeholder_id is not None and session.scalar(
            select(Stakeholder.id).where(Stakeholder.organisation_id == stakeholder_id)
            .limit(1)) is not None:
        raise RejectedInput("Person: other people belong to this organisation, so it cannot "
                            "become a person. Link them to another organisation first.")
    if form.organisation_id is None:
        raise RejectedInput("Organisation: a person must belong to an organisation. Pick one "
                            "from the list (add the organisation first if it is missing).")
    organisation = session.get(Stakeholder, form.organisation_id)
    if organisation is None:
        raise RejectedInput("Organisation: the organisation picked no longer exists. Pick "
                            "another one.")
    if organisation.id == stakeholder_id:
        raise RejectedInput("Organisation: a person cannot belong to itself. Pick an "
                            "organisation.")
    if organisation.is_person:
        raise RejectedInput(f"Organisation: {organisation.name!r} is a person, not an "
                            "organisation. Pick an organisation.")
    return organisation.id


def _topics(session: Session, topic_ids: tuple[str, ...]) -> list[Topic]:
    wanted = list(dict.fromkeys(topic_ids))
    found = {t.id: t for t in session.scalars(select(Topic).where(Topic.id.in_(wanted)))}
    missing = [topic for topic in wanted if topic not in found]
    if missing:
        raise RejectedInput(f"Topics: {', '.join(missing)} is not a known topic. Pick topics "
                            "from the list.")
    return [found[topic] for topic in wanted]


def create_stakeholder(db: Database, form: StakeholderForm) -> int:
    """Add a stakeholder; returns its id. Nothing is written if a field is rejected."""
    with db.session() as session:
        record = Stakeholder(**checked_values(session, form))
        record.topics = _topics(session, form.topic_ids)
        session.add(record)
        session.flush()
        return record.id


def update_stakeholder(db: Database, stakeholder_id: int, form: StakeholderForm) -> None:
    """Replace every editable field of a stakeholder with the form's values."""
    with db.session() as session:
        record = session.get(Stakeholder, stakeholder_id)
        if record is None:
            raise RejectedInput("This stakeholder was deleted meanwhile, so it cannot be "
                                "saved. Add it again if it is still needed.")
        for column, value in checked_values(session, form, stakeholder_id).items():
            setattr(record, column, value)
        record.topics = _topics(session, form.topic_ids)


