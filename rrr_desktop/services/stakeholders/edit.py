"""Add and edit one stakeholder from a form: check every field, then write in one transaction.

Text fields are read by the same readers as imported cells
(:mod:`rrr_desktop.services.stakeholders.importing.values`), so a website or email the importer
refuses is refused here too, with a message that names the form's field.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rrr_desktop.errors import RejectedInput, refuse_if_changed
from rrr_desktop.messages import Message, message
from rrr_desktop.models.database import Database
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.topic import Topic
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.form import FORM_COLUMNS, StakeholderForm
from rrr_desktop.services.stakeholders.importing.cells import InvalidCell
from rrr_desktop.services.stakeholders.importing.countries import country_code
from rrr_desktop.services.stakeholders.importing.values import row_reader

SCORE_FIELDS = ("influence", "interest", "trust")
# Form fields read like imported cells; a refusal names the field (``form.<field>``).
_TEXT_FIELDS = ("name", "district", "address", "locality", "postcode", "website",
                "description", "contact_person", "email", "phone")
_KINDS = frozenset(kind.value for kind in StakeholderKind)
_STAGES = frozenset(stage.value for stage in CollaborationStage)
_SHORT_TEXTS = {"owner": 200, "consent_source": 300}


def _label(field: str) -> Message:
    return message(f"form.{field}")


def _read_text(column: str, text: str) -> str:
    """The text as the importer would store it, or RejectedInput naming the form field."""
    columns = {column: 0} if column == "name" else {column: 0, "name": 1}
    try:
        values = row_reader(columns, [column, column])([text, "name"])
    except InvalidCell as error:
        raise RejectedInput("stakeholder.field_invalid", field=column, label=_label(column),
                            problem=error.described(with_header=False)) from error
    return str(values.get(column, ""))


def _checked_country(code: str) -> str:
    if not code.strip():
        return ""
    found = country_code(code.strip())
    if not found:
        raise RejectedInput("stakeholder.country_unknown", field="country_code", value=repr(code))
    return found


def _checked_list(items: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(" ".join(item.split()) for item in items if item.strip()))


def checked_values(session: Session, form: StakeholderForm,
                   stakeholder_id: int | None = None) -> dict[str, object]:
    """The Stakeholder column values of ``form``; RejectedInput naming the first bad field."""
    if not form.name.strip():
        raise RejectedInput("stakeholder.name_missing", field="name")
    values: dict[str, object] = {column: getattr(form, column) for column in FORM_COLUMNS}
    for column in _TEXT_FIELDS:
        values[column] = _read_text(column, getattr(form, column)) if getattr(
            form, column).strip() else ""
    for column, limit in _SHORT_TEXTS.items():
        values[column] = " ".join(str(values[column]).split())
        if len(str(values[column])) > limit:
            raise RejectedInput("stakeholder.field_too_long", field=column,
                                label=_label(column), limit=limit)
    values["country_code"] = _checked_country(form.country_code)
    if form.kind not in _KINDS:
        raise RejectedInput("stakeholder.kind_unknown", field="kind", value=repr(form.kind))
    if form.stage not in _STAGES:
        raise RejectedInput("stakeholder.stage_unknown", field="stage", value=repr(form.stage))
    values["kind"] = StakeholderKind(form.kind)
    values["stage"] = CollaborationStage(form.stage)
    for column in SCORE_FIELDS:
        score = getattr(form, column)
        if score is not None and not 1 <= score <= 5:
            raise RejectedInput("stakeholder.score_out_of_range", field=column,
                                label=_label(column), score=score)
    if form.consent_given and form.consent_on is None:
        raise RejectedInput("stakeholder.consent_date_missing", field="consent_on")
    if form.consent_on is not None and form.consent_on > date.today():
        raise RejectedInput("stakeholder.consent_date_future", field="consent_on")
    values["tags"] = _checked_list(form.tags)
    values["sectors"] = _checked_list(form.sectors)
    values["organisation_id"] = _checked_organisation(session, form, stakeholder_id)
    return values


def _checked_organisation(session: Session, form: StakeholderForm,
                          stakeholder_id: int | None) -> int | None:
    if not form.is_person:
        if form.organisation_id is not None:
            raise RejectedInput("stakeholder.organisation_of_organisation",
                                field="organisation_id")
        return None
    if stakeholder_id is not None and session.scalar(
            select(Stakeholder.id).where(Stakeholder.organisation_id == stakeholder_id)
            .limit(1)) is not None:
        raise RejectedInput("stakeholder.organisation_has_members", field="organisation_id")
    if form.organisation_id is None:
        raise RejectedInput("stakeholder.organisation_missing", field="organisation_id")
    organisation = session.get(Stakeholder, form.organisation_id)
    if organisation is None:
        raise RejectedInput("stakeholder.organisation_gone", field="organisation_id")
    if organisation.id == stakeholder_id:
        raise RejectedInput("stakeholder.organisation_is_self", field="organisation_id")
    if organisation.is_person:
        raise RejectedInput("stakeholder.organisation_is_person", field="organisation_id",
                            name=repr(organisation.name))
    return organisation.id


def _topics(session: Session, topic_ids: tuple[str, ...]) -> list[Topic]:
    wanted = list(dict.fromkeys(topic_ids))
    found = {t.id: t for t in session.scalars(select(Topic).where(Topic.id.in_(wanted)))}
    missing = [topic for topic in wanted if topic not in found]
    if missing:
        raise RejectedInput("stakeholder.topics_unknown", field="topic_ids",
                            topics=", ".join(missing))
    return [found[topic] for topic in wanted]


def create_stakeholder(db: Database, form: StakeholderForm) -> int:
    """Add a stakeholder; returns its id. Nothing is written if a field is rejected."""
    with db.session() as session:
        record = Stakeholder(**checked_values(session, form))
        record.topics = _topics(session, form.topic_ids)
        session.add(record)
        session.flush()
        return record.id


def update_stakeholder(db: Database, stakeholder_id: int, form: StakeholderForm, *,
                       based_on: int | None = None) -> None:
    """Replace every editable field of a stakeholder with the form's values.

    ``based_on`` is the revision the form was loaded at: when the record has another
    one now (a colleague saved it meanwhile), ``errors.ChangedElsewhere`` is raised and
    nothing is written; None saves over whatever is stored (Keep mine)."""
    with db.session() as session:
        record = session.get(Stakeholder, stakeholder_id)
        if record is None:
            raise RejectedInput("stakeholder.deleted_meanwhile")
        refuse_if_changed(record, based_on)
        for column, value in checked_values(session, form, stakeholder_id).items():
            setattr(record, column, value)
        record.topics = _topics(session, form.topic_ids)


