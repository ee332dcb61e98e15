"""The peer meeting brief's data, read from the database.

What we can learn and offer comes from the matching's reasons, grouped by topic;
open questions are suggested from them (the officer can rewrite them). Shared
stakeholders are those the peer sent in bundles, the ones also in our register
first (``same_organisation`` says when they are), then those working on a topic we
want to learn; contact details of people never print here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import datetime
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.models.database import Database
from rrr_desktop.models.peer_dates import peer_data_dates
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import briefs as queries
from rrr_desktop.services.briefs.data_labels import DataLabels
from rrr_desktop.services.briefs.gather import our_profile
from rrr_desktop.services.briefs.inputs import (
    PeerBriefData,
    Practice,
    Provenance,
    ReasonedTopic,
    SharedStakeholder,
)
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.same_organisation import (
    Organisation,
    OurRegister,
    SameBy,
    SameOrganisation,
)
from rrr_desktop.services.briefs.sources import (
    bundles_used,
    city_summary,
    exchanges,
    first_line,
)
from rrr_desktop.services.dto import CityProfile
from rrr_desktop.services.peers import workspace as peer_workspace
from rrr_desktop.services.peers.identity import find_by_name, name_key
from rrr_desktop.services.peers.matching import score_peer
from rrr_desktop.services.peers.reasons import Criterion, Reason, topic_phrase
from rrr_desktop.services.peers.world import city_topics, load_world, with_free_text_resolved
from rrr_desktop.services.setup import directory
from rrr_desktop.services.setup.sources import source_words
from rrr_desktop.text import normalise

SHARED_SHOWN = 15
QUESTIONS_PER_KIND = 3
NOTE_LENGTH = 140
_LEARN = {Criterion.LEARN, Criterion.RELATED_LEARN, Criterion.FREE_TEXT_LEARN}
_TEACH = {Criterion.TEACH, Criterion.RELATED_TEACH, Criterion.FREE_TEXT_TEACH}
# Marks a topic quoted in the peer's own words (not the shared vocabulary), per brief language.
OWN_WORDS = {
    "en": "In {city}'s own words",
    "es": "En palabras de {city}",
    "fr": "Selon les termes de {city}",
    "pt": "Nas palavras de {city}",
    "it": "Con le parole di {city}",
    "nl": "In de woorden van {city}",
    "pl": "Słowami miasta {city}",
}
_CHALLENGE = {Criterion.SHARED_CHALLENGE, Criterion.FREE_TEXT_CHALLENGE}


def find_peer(db: Database, text: str, language: str | None = None) -> CityProfile:
    """The peer city ``text`` names (its name, as :func:`name_key` compares it, or UUID),
    its texts in ``language`` where it wrote them in it."""
    peers = directory.peer_cities(db, language)
    ours = directory.our_city(db)
    if ours is not None and name_key(ours.name) == name_key(text):
        raise RejectedInput("brief.peer_is_ours", field="peer", city=ours.name)
    found = find_by_name(peers, text, name=lambda peer: peer.name, uuid=lambda peer: peer.uuid)
    if found is not None:
        return found
    names = [peer.name for peer in peers]
    close = difflib.get_close_matches(text, names, n=3, cutoff=0.6)
    if close:
        raise RejectedInput("brief.no_such_peer_close", field="peer", text=text,
                            close=", ".join(close), peers=", ".join(names))
    raise RejectedInput("brief.no_such_peer", field="peer", text=text,
                        peers=", ".join(names) or message("peers.none_yet"))


def peer_brief_data(db: Database, peer: str | CityProfile, options: BriefOptions,
                    now: datetime) -> PeerBriefData:
    """Everything the peer meeting brief prints about ``peer`` (a name, UUID or profile)."""
    if options.kind != BriefKind.PEER:
        raise ValueError("peer_brief_data needs peer brief options")
    names = DataLabels(options.language)
    ours = our_profile(db, names.language)
    city = find_peer(db, peer if isinstance(peer, str) else str(peer.uuid), names.language)
    loaded = load_world(db)
    with db.reading() as connection:
        theirs = loaded.world.city(city.uuid) or with_free_text_resolved(
            city_topics(city), loaded.world.topics)
        assert loaded.ours is not None  # our_profile found our city
        match = score_peer(loaded.world.topics, loaded.ours, theirs,
                           peer_workspace.load_weights(db))
        learn = _grouped(match.reasons, names, learn=True)
        offer = _grouped(match.reasons, names, learn=False)
        own_words = OWN_WORDS[names.language].format(city=city.name)
        learn += _own_words(theirs.free_offers, match.reasons, _LEARN, own_words)
        offer += _own_words(theirs.free_wants, match.reasons, _TEACH, own_words)
        return PeerBriefData(
            our_city=ours.name,
            peer=city_summary(city, names),
            provenance=_provenance(connection, city, now, names),
            match_score=match.score,
            learn=learn,
            offer=offer,
            practices=tuple(Practice(p.title, names.practice_kind(p.kind),
                                     names.practice_stage(p.stage), p.description,
                                     p.year_started, p.link) for p in city.practices),
            shared_stakeholders=_shared(connection, city.uuid, ours, names),
            exchanges=exchanges(connection, names.labels, sender=city.uuid, include_sent=False),
            open_questions=_questions(city.name, learn, offer, match.reasons, names),
            texts_note=_texts_note(city, names.language),
        )


def _provenance(connection: Connection, city: CityProfile, now: datetime,
                names: DataLabels) -> Provenance:
    """The bundle behind the peer's data; or, without one, where the data comes from;
    and a warning when it is old, as the Peer cities page flags it."""
    bundles = bundles_used(connection, [city.uuid])
    notes = [] if bundles or not city.profile_source else [
        names.labels("peer_data_source", city=city.name,
                     source=source_words(city.profile_source, names.language))]
    dated = peer_data_dates(connection).get(city.uuid)
    if dated is not None and peer_workspace.stale_age(dated, now) is not None:
        notes.append(names.labels("peer_data_stale", city=city.name,
                                  date=names.labels.long_date(dated.date())))
    return Provenance(now, bundles, tuple(notes))


def _texts_note(city: CityProfile, language: str) -> str:
    """Says so when some of the peer's texts are not in the brief's language."""
    if not city.shown_in_other_languages:
        return ""
    example = message(f"profile_text.in_{city.shown_in_other_languages[0]}").text(language)
    return message("brief.peer_texts_in_their_language", city=city.name,
                   example=example).text(language)


def _learning(reason: Reason) -> bool | None:
    """True when the reason is about what we can learn, False for what we can offer,
    None for neither (reciprocity, shared challenges and wishes)."""
    if reason.criterion is Criterion.MATURITY_GAP:
        return (reason.their_maturity or 0) > (reason.our_maturity or 0)
    if reason.criterion in _LEARN:
        return True
    if reason.criterion in _TEACH:
        return False
    return None


def _grouped(reasons: Iterable[Reason], names: DataLabels, *,
             learn: bool) -> tuple[ReasonedTopic, ...]:
    """Topics in the order of their strongest reason, each with its reasons."""
    topics: dict[str, list[str]] = {}
    for reason in reasons:
        if _learning(reason) is learn:
            topic = names.topic(reason.topic_id, reason.topic)
            topics.setdefault(topic, []).append(names.reason(reason))
    return tuple(ReasonedTopic(topic, tuple(sentences)) for topic, sentences in topics.items())


def _own_words(texts: Iterable[str], reasons: Iterable[Reason], criteria: set[Criterion],
               note: str) -> tuple[ReasonedTopic, ...]:
    """The peer's topics in its own words that no reason quotes yet, marked as its words:
    the officer sees everything the peer offers or wants, matched or not."""
    quoted = {normalise(r.via) for r in reasons if r.criterion in criteria}
    quoted |= {normalise(r.topic) for r in reasons if r.criterion in criteria}
    return tuple(ReasonedTopic(f"“{text}”", (note,)) for text in texts
                 if normalise(text) not in quoted)


def _questions(city: str, learn: tuple[ReasonedTopic, ...], offer: tuple[ReasonedTopic, ...],
               reasons: Iterable[Reason], names: DataLabels) -> tuple[str, ...]:
    def phrase(topic: str) -> str:
        return topic_phrase(topic)  # all seven languages write a topic in lower case

    challenges = list(dict.fromkeys(names.topic(r.topic_id, r.topic) for r in reasons
                                    if r.criterion in _CHALLENGE))
    questions = [names.labels("q_learn", city=city, topic=phrase(t.topic))
                 for t in learn[:QUESTIONS_PER_KIND]]
    questions += [names.labels("q_offer", city=city, topic=phrase(t.topic))
                  for t in offer[:QUESTIONS_PER_KIND]]
    questions += [names.labels("q_challenge", city=city, topic=phrase(topic))
                  for topic in challenges[:QUESTIONS_PER_KIND]]
    return (*questions, names.labels("q_next"))


def _shared(connection: Connection, peer: UUID, ours: CityProfile,
            names: DataLabels) -> tuple[SharedStakeholder, ...]:
    register = OurRegister(Organisation(uuid, name, website, locality)
                           for uuid, name, website, locality
                           in queries.register_organisations(connection))
    wanted = {note.topic_id for note in ours.wants_to_learn}
    found = []
    for uuid, name, kind, website, locality, description, topic_ids in \
            queries.peer_stakeholders(connection, peer):
        same = register.find(Organisation(uuid, name, website, locality))
        on_our_wishes = bool(wanted & set(topic_ids or ()))
        note = _also_ours(same, names) if same else first_line(description, NOTE_LENGTH)
        found.append(((same is None, not on_our_wishes, normalise(name)),
                      SharedStakeholder(name, names.kind(kind), note)))
    found.sort(key=lambda item: item[0])
    return tuple(stakeholder for _, stakeholder in found[:SHARED_SHOWN])


def _also_ours(same: SameOrganisation, names: DataLabels) -> str:
    """"Also in our register as …", with what showed it is the same organisation."""
    if same.by is SameBy.RECORD:
        return names.labels("also_ours_record", ours=same.ours.name)
    if same.by is SameBy.WEBSITE:
        return names.labels("also_ours_website", ours=same.ours.name, website=same.detail)
    return names.labels("also_ours_name", ours=same.ours.name, locality=same.detail)
