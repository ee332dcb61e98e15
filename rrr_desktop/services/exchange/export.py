"""Export our city's shareable data as a signed bundle for peer cities.

What goes in is the officer's choice (:class:`ExportOptions`); interactions never
do. Personal data (contact person, email, phone) goes out only when the officer
includes it for this export *and* the person's consent is recorded. Every record
that went out is remembered (``shared_record``), so a later bundle carries a
tombstone for it once it is archived, made private or deleted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from pydantic import ValidationError

from rrr_desktop import __version__
from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import bundle_export as queries
from rrr_desktop.paths import AppPaths
from rrr_desktop.services.exchange.city_key import city_signing_key
from rrr_desktop.services.exchange.container import (
    BUNDLE_EXTENSION,
    Sender,
    write_bundle,
)
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml
from rrr_desktop.services.exchange.content import (
    ASSESSMENTS,
    PERSONAL_FIELDS,
    PRACTICES,
    PROFILE,
    STAKEHOLDERS,
    TOMBSTONES,
    BundleProfile,
    BundleStakeholders,
    iso_time,
)
from rrr_desktop.services.exchange.group_content import GROUPS
from rrr_desktop.services.exchange.group_export import collect_groups
from rrr_desktop.services.profile.contacts import TOPIC_LISTS, withhold_contacts
from rrr_desktop.services.profile.read import NoCityOfOurOwn, load_profile
from rrr_desktop.services.profile.schema import draft_to_data
from rrr_desktop.services.validation import describe_validation_error
from rrr_desktop.text import (
    ContactsInTexts,
    has_contacts,
    is_web_address,
    without_contacts,
)


@dataclass(frozen=True)
class ExportOptions:
    profile: bool = True
    practices: bool = True
    self_assessment: bool = True
    stakeholders: bool = True
    include_contacts: bool = False  # personal data of persons whose consent is recorded
    # emails and phones written in the free texts of our profile, practices and groups
    profile_contacts: bool = False
    groups: bool = True  # working groups: what our city speaks for (group_export.py)


@dataclass(frozen=True)
class ExportSummary:
    """What a bundle holds (or would hold), for the summary the officer sees first."""

    city_name: str
    profile: bool
    practices: int
    assessments: int
    stakeholders: int
    tombstones: int
    with_personal_data: int  # shareable stakeholders with a contact person, email or phone
    consented: int  # of those, how many have recorded consent (what the tick concerns)
    personal_data_included: int  # records whose personal data goes into this bundle
    # of ``with_personal_data``, those whose description holds an email or phone number
    # (left out of the description unless their personal data is included)
    contacts_in_descriptions: int = 0
    groups: int = 0  # working groups carried (format version 2), their meetings, actions
    meetings: int = 0
    actions: int = 0
    # free texts sent (of the profile and practices, in every language, and of working
    # groups) that hold an email or phone number (left out of them unless
    # ``ExportOptions.profile_contacts``)
    contacts_in_texts: int = 0


@dataclass(frozen=True)
class _Export:
    sender: Sender
    members: dict[str, bytes]
    summary: ExportSummary
    shared: list[tuple[str, str, int]]  # entity, uuid (with dashes, as written), revision
    withdrawn: list[tuple[str, UUID]]


def suggested_file_name(city_name: str, today: date) -> str:
    """``Bilbao-2026-11-25.rrrbundle``: the city's name made safe for any file system."""
    safe = re.sub(r"[^\w-]+", "-", city_name, flags=re.UNICODE).strip("-_") or "city"
    return f"{safe}-{today.isoformat()}{BUNDLE_EXTENSION}"


def plan_export(db: Database, options: ExportOptions) -> ExportSummary:
    """What :func:`export_bundle` would write with ``options``; changes nothing."""
    with db.reading() as connection:
        return _collect(db, connection, options, datetime.now(UTC)).summary


def default_bundle_folder(documents: Path | None, home: AppPaths) -> Path:
    """Where a new bundle is proposed: the documents folder (made if missing, as it
    often is on Linux), else the home's ``bundles/``; either way a folder that exists."""
    for folder in ((documents,) if documents else ()) + (home.bundles,):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        return folder
    return home.home


@collector_paused()
def export_bundle(db: Database, paths: AppPaths, path: Path, options: ExportOptions
                  ) -> ExportSummary:
    """Write the bundle to ``path`` (replaced only once complete) and remember what went out."""
    if not path.parent.is_dir():
        raise RejectedInput("bundle.folder_missing", field="file", folder=path.parent)
    now = datetime.now(UTC)
    key = city_signing_key(db, paths)
    with db.session() as session:
        # Reads go straight to the session's own connection, in its transaction:
        # SQLAlchemy's result rows would cost a tenth of a second for 10,000 stakeholders.
        connection = driver_connection(session)
        export = _collect(db, connection, options, now)
        try:
            write_bundle(path, export.sender, export.members, key, __version__, created_at=now)
        except OSError as error:
            raise RejectedInput("bundle.cannot_write", path=path,
                                reason=error.strerror or str(error)) from error
        summary = export.summary
        queries.record_export(connection, path.name, now, summary=_counts(summary),
                              shared=export.shared, withdrawn=export.withdrawn)
    return summary


def _counts(summary: ExportSummary) -> dict[str, int]:
    return {"profile": int(summary.profile), "practices": summary.practices,
            "assessments": summary.assessments, "stakeholders": summary.stakeholders,
            "tombstones": summary.tombstones,
            "personal_data_included": summary.personal_data_included,
            "groups": summary.groups, "meetings": summary.meetings, "actions": summary.actions}


def _shareable_website(website: str) -> str:
    """A stored website as a bundle carries it: one no reader can take apart (saved by an
    older version, before addresses were checked) is left out rather than stop the export."""
    return website if is_web_address(website) else ""


def _collect(db: Database, connection: Connection, options: ExportOptions,
             now: datetime) -> _Export:
    city = queries.our_card(connection)
    if city is None:
        raise NoCityOfOurOwn()
    city_id, uuid, name, country, region, website, revision, updated_at = city
    sender = Sender(uuid, name, country)
    card = {"uuid": str(sender.city_uuid), "name": name, "country_code": country,
            "region": region, "website": _shareable_website(website), "revision": revision,
            "updated_at": iso_time(updated_at)}
    draft = load_profile(db)
    sent = draft_to_data(draft)
    sent = {**sent, "practices": sent["practices"] if options.practices else []}
    if not options.profile:
        sent = {**sent, "summary": "", "translations": {},
                **{role: [] for role in TOPIC_LISTS}}
    clean = ContactsInTexts(options.profile_contacts)
    document = withhold_contacts(sent, clean)
    profile = {**document, "practices": [], "self_assessment": []}
    members: dict[str, bytes] = {}
    checked = _checked(PROFILE, BundleProfile, {"city": card, **(
        {"profile": profile} if options.profile else {})})
    members[PROFILE] = dump_yaml(checked.model_dump(mode="json", exclude_none=True))
    shared: list[tuple[str, str, int]] = []
    practices: list[dict[str, Any]] = []
    if options.practices:
        practices = _practices(connection, city_id, document["practices"])
        members[PRACTICES] = dump_json(practices)
        shared += [("practice", p["uuid"], p["revision"]) for p in practices]
    assessments = [{"topic": a["topic"], "score": a["score"],
                    "assessed_on": a["assessed_on"].isoformat() if a["assessed_on"] else None}
                   for a in document["self_assessment"]]
    if options.self_assessment:
        members[ASSESSMENTS] = dump_json(assessments)
    people: list[dict[str, Any]] = []
    counts = [0, 0, 0]
    if options.stakeholders:
        people, counts = _stakeholders(connection, options.include_contacts)
        _checked(STAKEHOLDERS, BundleStakeholders, people)
        members[STAKEHOLDERS] = dump_json(people)
        shared += [("stakeholder", p["uuid"], p["revision"]) for p in people]
    entities = [e for e, wanted in (("practice", options.practices),
                                    ("stakeholder", options.stakeholders)) if wanted]
    exported = {uuid for _, uuid, _ in shared}
    tombstones = _tombstones(connection, entities, exported, now)
    if tombstones:
        members[TOMBSTONES] = dump_json(tombstones)
    withdrawn = [(t["entity"], UUID(t["uuid"])) for t in tombstones]
    groups = collect_groups(connection, now, clean) if options.groups else None
    if groups is not None and groups.carries_anything:
        members[GROUPS] = dump_json(groups.data)
        shared += groups.shared
        withdrawn += groups.withdrawn
    summary = ExportSummary(
        name, options.profile, len(practices), len(assessments) if options.self_assessment
        else 0, len(people), len(tombstones), counts[0], counts[1],
        counts[1] if options.include_contacts else 0, counts[2],
        *((groups.groups, groups.meetings, groups.actions) if groups else (0, 0, 0)),
        clean.found)
    return _Export(sender, members, summary, shared, withdrawn)


def _checked(member: str, schema: Any, data: Any) -> Any:
    """Our own data checked against the schema receivers use, so no peer refuses it."""
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise RejectedInput("bundle.record_invalid", problems=describe_validation_error(
            error, member.rsplit(".", 1)[0])) from error


def _practices(connection: Connection, city_id: int, documented: Sequence[dict[str, Any]]
               ) -> list[dict[str, Any]]:
    versions = queries.practice_versions(connection, city_id)
    result = []
    for practice in documented:
        revision, updated = versions[UUID(practice["uuid"])]
        result.append({**practice, "revision": revision, "updated_at": iso_time(updated)})
    return result


def _stakeholders(connection: Connection, include_contacts: bool
                  ) -> tuple[list[dict[str, Any]], list[int]]:
    topics = queries.stakeholder_topics(connection)
    people = []
    with_personal = consented = in_description = 0
    for (row_id, uuid, revision, updated, name, kind, is_person, sectors, district, locality,
         country, website, description, tags, stage, contact, email, phone,
         consent) in queries.shareable_stakeholders(connection):
        record = {"uuid": uuid, "revision": revision, "updated_at": updated, "name": name,
                  "kind": kind, "is_person": is_person, "sectors": sectors,
                  "district": district, "locality": locality, "country_code": country,
                  "website": _shareable_website(website), "description": description,
                  "topics": topics.get(row_id, []), "tags": tags, "stage": stage}
        personal = dict(zip(PERSONAL_FIELDS, (contact, email, phone), strict=True))
        in_text = has_contacts(description)
        if any(personal.values()) or in_text:
            with_personal += 1
            consented += consent
            in_description += in_text
            if include_contacts and consent:
                record.update(personal)
            elif in_text:  # an email or phone written into the description: left out too
                record["description"] = without_contacts(description)
        people.append(record)
    return people, [with_personal, consented, in_description]


def _tombstones(connection: Connection, entities: Iterable[str], exported: set[str],
                now: datetime) -> list[dict[str, Any]]:
    """Records shared before and not in this bundle; ``exported`` holds UUIDs as text."""
    wanted = list(entities)
    if not wanted:
        return []
    tombstones = []
    for entity, uuid, revision, withdrawn_at, current in queries.shared_before(connection,
                                                                               wanted):
        text = str(uuid)
        if text in exported:
            continue
        tombstones.append({
            "entity": entity, "uuid": text,
            "revision": max(revision, current or revision),
            "withdrawn_at": iso_time(withdrawn_at or now)})
    return tombstones
