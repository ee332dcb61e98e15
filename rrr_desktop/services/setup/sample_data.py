"""A realistic, clearly labelled sample register for first steps, screenshots and docs.

Everything is generated from a fixed seed, so the sample is the same on every
machine. Names carry no real organisation: they are built from neutral words. Its words
(the city's profile, descriptions, districts, tags, notes) are written in the officer's
language when the sample is made (the catalogue's ``sample_data.*``); what finds it
again does not depend on the language: every sample record carries the tag ``sample``,
and the sample city is known by its profile's source.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message_text
from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import (
    City,
    CityFreeTopic,
    CityTopic,
    CollaborationStage,
    Interaction,
    InteractionKind,
    Practice,
    PracticeKind,
    PracticeStage,
    Stakeholder,
    StakeholderKind,
    Topic,
    TopicAssessment,
    TopicRole,
)
from rrr_desktop.services.setup.sources import known_source
from rrr_desktop.services.vocabulary import kind_label

SAMPLE_TAG = "sample"  # the same in every language: how sample records are found
SEED = 20210715  # the RRR peer-city meeting

_KIND_WORDS = {
    StakeholderKind.SOCIAL_ENTERPRISE: ["Social Enterprise", "Works", "Studio"],
    StakeholderKind.COOPERATIVE: ["Co-operative", "Co-op", "Workers' Co-operative"],
    StakeholderKind.MUTUAL: ["Mutual", "Mutual Society"],
    StakeholderKind.ASSOCIATION: ["Association", "Neighbours' Association", "Trust"],
    StakeholderKind.FOUNDATION: ["Foundation"],
    StakeholderKind.NETWORK: ["Network", "Federation"],
    StakeholderKind.PUBLIC_BODY: ["Employment Office", "Housing Agency"],
    StakeholderKind.FINANCIER: ["Ethical Fund", "Credit Union"],
    StakeholderKind.ACADEMIA: ["University Lab", "Research Centre"],
    StakeholderKind.COMMUNITY_GROUP: ["Community Group", "Residents' Group"],
    StakeholderKind.BUSINESS: ["Ltd", "Company"],
    StakeholderKind.OTHER: ["Initiative"],
}
_FIRST_WORDS = ["Green", "River", "Harbour", "Old Town", "North", "South", "Market", "Bridge",
                "Hillside", "Garden", "Solidarity", "Commons", "Bread", "Bicycle", "Repair",
                "Care", "Sunrise", "Open Door", "Textile", "Digital", "Food", "Youth", "Elder",
                "Craft", "Water", "Energy", "Book", "Music", "Canal", "Orchard"]
_OWNERS = ["Ana Ortiz", "Ben Kowalski", "Chiara Rossi", "Daan de Vries"]
_SECTORS = ["ICA210", "ICA160", "ICA170", "ICA200", "ICA240", "ICA250", "ICA140", "ICA130"]
_PEOPLE = ["María López", "Piotr Nowak", "Joana Silva", "Luca Bianchi", "Sophie Martin",
           "Sean Murphy", "Fatima El Amrani", "Jan Jansen"]


class _Words:
    """The sample's words in one language: ``words("summary")``, ``words.listed("tags")``."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **values: str) -> str:
        return message_text(f"sample_data.{key}", values, self.language)

    def listed(self, key: str) -> list[str]:
        return self(key).split("; ")


@dataclass(frozen=True)
class SampleReport:
    city: str
    stakeholders: int
    interactions: int
    persons: int


class RealCityNeedsConsent(RejectedInput):
    """The home belongs to a real city: sample data goes there only when asked twice."""

    def __init__(self, city: str) -> None:
        self.city = city
        super().__init__("sample.real_city", city=city, tag=SAMPLE_TAG)


def load_sample_data(db: Database, count: int = 300, today: date | None = None, *,
                     into_real_city: bool = False, language: str | None = None
                     ) -> SampleReport:
    """Fill an empty register with ``count`` sample stakeholders and a few persons.

    A home without a city of its own also gets the sample city, with a profile and
    practices. A register that already has stakeholders is refused, so sample data
    never mixes with real records; every sample record is tagged ``sample`` and
    its name says "(sample)" in ``language`` (default: the officer's), the language of
    all its words. A home whose city is a real one (not the sample city) is refused
    with :class:`RealCityNeedsConsent` unless ``into_real_city`` (the officer confirmed).
    """
    today = today or date.today()
    words = _Words(language or current_language())
    rng = random.Random(SEED)
    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Stakeholder)):
            raise RejectedInput("sample.register_not_empty")
        city = session.scalar(select(City).where(City.is_ours))
        sample_city = known_source("profile_source.sample")
        if city is not None and city.profile_source != sample_city and not into_real_city:
            raise RealCityNeedsConsent(city.name)
        if city is None:
            city = _sample_city(today, words)
            session.add(city)
        stakeholders = [_stakeholder(rng, n, today, words) for n in range(count)]
        topics = list(session.scalars(select(Topic)))
        for stakeholder in stakeholders:
            stakeholder.topics = rng.sample(topics, k=rng.randint(0, 2)) if topics else []
        session.add_all(stakeholders)
        session.flush()
        people = [_person(rng, organisation, n, words) for n, organisation in
                  enumerate(rng.sample(stakeholders, k=min(len(_PEOPLE), len(stakeholders))))]
        session.add_all(people)
        interactions = sum(len(s.interactions) for s in stakeholders)
        city_name = city.name
    return SampleReport(city_name, len(stakeholders) + len(people), interactions, len(people))


def _sample_city(today: date, words: _Words) -> City:
    city = City(name=words("city"), country_code="ES", region=words("region"),
                languages=["es", "en"], is_ours=True, text_language=words.language,
                profile_source=known_source("profile_source.sample"),
                profile_updated_at=datetime.combine(today, time(), tzinfo=UTC),
                contact_office=words("contact_office"), summary=words("summary"))
    links = [
        (TopicRole.OFFERS, "co-design-hubs", "note_hubs"),
        (TopicRole.OFFERS, "social-enterprise-awards", "note_awards"),
        (TopicRole.WANTS_TO_LEARN, "social-impact-bonds", "note_bonds"),
        (TopicRole.WANTS_TO_LEARN, "collaborative-management", "note_management"),
        (TopicRole.SHARED_CHALLENGE, "vulnerable-communities", "note_elders"),
        (TopicRole.SHARED_CHALLENGE, "trust-building", "note_trust"),
    ]
    city.topics = [CityTopic(topic_id=topic, role=role, note=words(note))
                   for role, topic, note in links]
    city.free_topics = [
        CityFreeTopic(role=TopicRole.OFFERS, text=words("free_offer"),
                      note=words("free_offer_note")),
        CityFreeTopic(role=TopicRole.WANTS_TO_LEARN, text=words("free_learn"),
                      note=words("free_learn_note")),
    ]
    assessed = today - timedelta(days=45)
    city.assessments = [
        TopicAssessment(topic_id="co-design-hubs", score=7, assessed_on=assessed),
        TopicAssessment(topic_id="social-impact-bonds", score=1, assessed_on=assessed),
        TopicAssessment(topic_id="trust-building", score=4, assessed_on=assessed),
        TopicAssessment(topic_id="impact-measurement", score=None, assessed_on=None),
    ]
    city.practices = [
        Practice(title=words("practice_hubs"), kind=PracticeKind.HUB,
                 stage=PracticeStage.RUNNING, year_started=2019,
                 description=words("practice_hubs_text")),
        Practice(title=words("practice_awards"), kind=PracticeKind.AWARD,
                 stage=PracticeStage.EVALUATED, year_started=2018,
                 description=words("practice_awards_text")),
    ]
    return city


def _stakeholder(rng: random.Random, number: int, today: date, words: _Words) -> Stakeholder:
    kind = list(StakeholderKind)[number % len(StakeholderKind)]
    name = words("marked", name=f"{rng.choice(_FIRST_WORDS)} {rng.choice(_KIND_WORDS[kind])} "
                                f"{number + 1}")
    tags = words.listed("tags")
    stage = rng.choice(list(CollaborationStage))
    engaged = list(CollaborationStage).index(stage)
    stakeholder = Stakeholder(
        name=name, kind=kind, stage=stage, district=rng.choice(words.listed("districts")),
        owner=rng.choice(_OWNERS), tags=sorted({SAMPLE_TAG, *rng.sample(tags, k=2)}),
        sectors=rng.sample(_SECTORS, k=rng.randint(1, 2)),
        description=words("description", kind=kind_label(kind, words.language).lower(),
                          topics=", ".join(rng.sample(tags, k=2))),
        influence=rng.randint(1, 5), interest=rng.randint(1, 5), trust=rng.randint(1, 5),
        website=f"https://example.org/sample-{number + 1}", archived=number % 37 == 0,
        review_due_on=today + timedelta(days=rng.randint(-60, 300)))
    days = sorted(rng.sample(range(1, 730), k=min(engaged * 2, 8)), reverse=True)
    stakeholder.interactions = [
        Interaction(occurred_on=today - timedelta(days=day), kind=rng.choice(list(InteractionKind)),
                    notes=words("interaction"),
                    follow_up_on=(today - timedelta(days=day) + timedelta(days=rng.randint(7, 60))
                                  if rng.random() < 0.3 else None),
                    follow_up_done=rng.random() < 0.5)
        for day in days]
    return stakeholder


def _person(rng: random.Random, organisation: Stakeholder, number: int, words: _Words
            ) -> Stakeholder:
    consent = number % 2 == 0
    name = _PEOPLE[number]
    return Stakeholder(
        name=words("marked", name=name), kind=organisation.kind, is_person=True,
        organisation_id=organisation.id, contact_person=name,
        email=f"person{number + 1}@example.org",
        phone=f"+34 600 000 {number:03d}", tags=[SAMPLE_TAG], district=organisation.district,
        consent_given=consent, consent_on=date(2025, 3, 1) if consent else None,
        consent_source=words("consent_form") if consent else "",
        description=words("contact_person"), owner=rng.choice(_OWNERS))
