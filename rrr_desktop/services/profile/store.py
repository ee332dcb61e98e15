"""Load and save our city's profile as one :class:`ProfileDraft`.

Loading is plain SQL (the editor opens fast); saving checks the whole draft
first (``profile_schema.check_draft``, problems named by field path), then
replaces the profile's content in one transaction. Practices keep their UUIDs:
a practice in the draft updates the stored one with the same UUID. Saving a
draft equal to the stored profile changes nothing, not even the dates, so
importing the same file twice is a no-op.

The editor saves with ``based_on`` (the profile as it loaded or last saved it): when
the stored profile is no longer that one (a colleague, the command line or an import
changed it meanwhile), the save is refused with :class:`ChangedElsewhere`, naming
who changed it and when, instead of silently writing the editor's whole draft over the
other change. The profile is compared by content, not by the city's revision: its
topic lists change without a new revision of the city row, and a colleague's change
that leaves the profile as it was is no conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from rrr_desktop.errors import ChangedElsewhere, RejectedInput
from rrr_desktop.models.base import utcnow
from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import (
    City,
    CityFreeTopic,
    CityTopic,
    Practice,
    PracticeKind,
    PracticeStage,
    Topic,
    TopicAssessment,
)
from rrr_desktop.models.queries import driver_connection
from rrr_desktop.models.queries.topics import topic_ids
from rrr_desktop.services.profile.draft import (
    ROLES,
    ProfileDraft,
)
from rrr_desktop.services.profile.read import (
    STORED_ROLE,
    NoCityOfOurOwn,
    load_profile,
    read_draft,
)
from rrr_desktop.services.profile.schema import check_draft
from rrr_desktop.services.profile.translations import (
    practice_translations_data,
    translations_data,
)
from rrr_desktop.services.setup.cities import ENTERED_BY_THE_CITY


@dataclass(frozen=True)
class SavedProfile:
    """The profile as stored after a save, and whether the save changed anything."""

    draft: ProfileDraft
    changed: bool
    updated_at: datetime | None


def vocabulary_ids(db: Database) -> frozenset[str]:
    with db.reading() as connection:
        return topic_ids(connection)


def save_profile(db: Database, draft: ProfileDraft, *,
                 based_on: ProfileDraft | None = None) -> SavedProfile:
    """Check the draft, then make it our city's profile in one transaction.

    Raises RejectedInput naming the field of the first problems (nothing is then
    changed), when the draft is another city's, or when the database cannot be
    written (a full disk): the caller still holds the draft, so nothing typed is lost.
    With ``based_on``, raises :class:`ChangedElsewhere` (nothing written) when
    the stored profile differs from it; None saves over whatever is stored.
    """
    checked = check_draft(draft, vocabulary_ids(db))
    try:
        with db.session() as session:
            city = session.scalar(select(City).where(City.is_ours))
            if city is None:
                raise NoCityOfOurOwn()
            if city.uuid != checked.city_uuid:
                raise RejectedInput("profile.of_another_city",
                                    other=checked.city_name or checked.city_uuid, ours=city.name)
            # Compare inside the same transaction, with the same SQL the loading uses.
            stored = read_draft(driver_connection(session))
            if _canonical(stored) == _canonical(checked):
                return SavedProfile(stored, False, city.profile_updated_at)
            if based_on is not None and _canonical(stored) != _canonical(based_on):
                raise ChangedElsewhere(city.changed_by,
                                       city.profile_updated_at or city.updated_at,
                                       city.revision)
            _refuse_practices_of_other_cities(session, city, checked)
            _write(session, city, checked)
            updated_at = city.profile_updated_at = utcnow()
            city.profile_source = ENTERED_BY_THE_CITY
            city.changed_by = db.officer
    except OperationalError as error:
        raise RejectedInput("profile.database_unwritable", reason=str(error.orig)) from error
    return SavedProfile(load_profile(db), True, updated_at)


def _canonical(draft: ProfileDraft) -> ProfileDraft:
    """What makes two drafts the same profile: not the informative city name, nor the
    order of practices or of a practice's topics (stored as sets)."""
    practices = sorted((replace(p, topic_ids=tuple(sorted(p.topic_ids)))
                        for p in draft.practices), key=lambda p: p.uuid)
    return replace(draft, city_name="", practices=tuple(practices))


def _refuse_practices_of_other_cities(session: Session, city: City, draft: ProfileDraft) -> None:
    index_of = {p.uuid: index for index, p in enumerate(draft.practices)}
    owners = session.execute(
        select(Practice.uuid, City.name).join(City)
        .where(Practice.uuid.in_(index_of), Practice.city_id != city.id)).all()
    if owners:
        uuid, owner = owners[0]
        raise RejectedInput("profile.practice_id_taken", field=f"practices[{index_of[uuid]}].uuid",
                            path=f"practices[{index_of[uuid]}].uuid", owner=owner)


def _write(session: Session, city: City, draft: ProfileDraft) -> None:
    city.summary = draft.summary
    city.languages = list(draft.languages)
    city.contact_office = draft.contact_office
    city.text_language = draft.text_language
    city.translations = translations_data(draft)
    # Topic lists have no identity beyond their content: rewritten, so their order is kept.
    city.topics.clear()
    city.free_topics.clear()
    city.assessments.clear()
    session.flush()  # the old rows go before new ones could collide with them
    city.topics = [CityTopic(topic_id=entry.topic_id, role=STORED_ROLE[role], note=entry.note)
                   for role in ROLES for entry in draft.topics(role)]
    city.free_topics = [CityFreeTopic(role=STORED_ROLE[role], text=entry.text, note=entry.note)
                        for role in ROLES for entry in draft.free_topics(role)]
    city.assessments = [TopicAssessment(topic_id=a.topic_id, score=a.score,
                                        assessed_on=a.assessed_on) for a in draft.assessments]
    topics = {topic.id: topic for topic in session.scalars(select(Topic))}
    stored = {practice.uuid: practice for practice in city.practices}
    practices = []
    for entry in draft.practices:
        practice = stored.get(entry.uuid) or Practice(uuid=entry.uuid)
        practice.title = entry.title
        practice.kind = PracticeKind(entry.kind)
        practice.stage = PracticeStage(entry.stage)
        practice.description = entry.description
        practice.year_started = entry.year_started
        practice.link = entry.link
        practice.translations = practice_translations_data(entry, draft.text_language)
        practice.topics = [topics[topic_id] for topic_id in entry.topic_ids]
        practices.append(practice)
    city.practices = practices  # the ones left out are deleted
