"""Why the engine suggests a peer or a group member, as data and as sentences.

Reasons are data (a criterion, topic ids and labels, maturities); the sentences are
composed per language from the message catalogue (``reason.*``, ``reason_short.*``,
``member.*``), with the vocabulary's topics named in the same language, so the window,
the command line and the documentation read alike in each of the seven languages.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rrr_desktop.messages import current_language, message_text
from rrr_desktop.services.reference import language_name
from rrr_desktop.services.vocabulary import topic_label


class Criterion(enum.StrEnum):
    """The criteria a peer's score adds up from (see docs/matching.md)."""

    LEARN = "learn"  # they offer a topic we want to learn
    TEACH = "teach"  # we offer a topic they want to learn
    RECIPROCITY = "reciprocity"  # both of the above: a two-way exchange
    MATURITY_GAP = "maturity_gap"  # the teacher rates itself further ahead on the topic
    RELATED_LEARN = "related_learn"  # they offer a topic related to one we want
    RELATED_TEACH = "related_teach"  # we offer a topic related to one they want
    SHARED_CHALLENGE = "shared_challenge"  # both list the topic as a challenge
    SHARED_WANT = "shared_want"  # both want to learn the topic
    WANT_THEY_FACE = "want_they_face"  # we want to learn a topic they face as a challenge
    FACE_THEY_WANT = "face_they_want"  # they want to learn a topic we face as a challenge
    FREE_TEXT_LEARN = "free_text_learn"  # their own-words offer is close to our own-words wish
    FREE_TEXT_TEACH = "free_text_teach"  # our own-words offer is close to their own-words wish
    FREE_TEXT_CHALLENGE = "free_text_challenge"  # own-words challenges that share words
    # Adds no points: among peers with the same score, one working in a language of ours
    # comes first (then the name decides); ``topic`` is the language's code.
    SHARED_LANGUAGE = "shared_language"


@dataclass(frozen=True)
class Reason:
    """One contribution to a peer's score.

    ``topic_id``/``topic`` name the topic the reason is about (the one wanted, for
    related matches); ``via_id``/``via`` the other side's topic when it differs (the
    related topic offered, or the other city's own words). Free-text topics have an
    empty id. Maturities are self-assessments out of 10, None when not assessed.
    """

    criterion: Criterion
    city: str
    points: float
    topic_id: str = ""
    topic: str = ""
    via_id: str = ""
    via: str = ""
    their_maturity: int | None = None
    our_maturity: int | None = None


def topic_phrase(label: str) -> str:
    """A label as it reads inside a sentence: "Trust building" -> "trust building".

    A first word in capitals (an acronym such as "SSE") keeps its case.
    """
    first = label.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return label
    return label[:1].lower() + label[1:]


def _in_sentence(topic_id: str, label: str, language: str) -> str:
    """A vocabulary topic's label in ``language`` as it reads inside a sentence."""
    return topic_phrase(topic_label(topic_id, label, language)) if label else ""


def _score(value: int | None, language: str) -> str:
    if value is None:
        return message_text("reason.not_assessed", language=language)
    return message_text("reason.score", {"score": value}, language)


def _reason_code(reason: Reason) -> str:
    rated = reason.their_maturity is not None or reason.our_maturity is not None
    if reason.criterion is Criterion.MATURITY_GAP:
        they_lead = (reason.their_maturity or 0) > (reason.our_maturity or 0)
        return "reason.they_lead" if they_lead else "reason.we_lead"
    if rated and reason.criterion in (Criterion.LEARN, Criterion.TEACH):
        return f"reason.{reason.criterion.value}_rated"
    return f"reason.{reason.criterion.value}"


def reason_sentence(reason: Reason, language: str | None = None) -> str:
    """The reason addressed to the officer of our city, in ``language`` (default: the
    officer's), with the vocabulary's topics named in that language too."""
    language = language or current_language()
    shared_language = reason.criterion is Criterion.SHARED_LANGUAGE
    return message_text(_reason_code(reason), {
        "language": language_name(reason.topic, language) if shared_language else "",
        "city": reason.city,
        "topic": _in_sentence(reason.topic_id, reason.topic, language),
        "via": _in_sentence(reason.via_id, reason.via, language),
        "topic_text": reason.topic, "via_text": reason.via,
        "theirs": _score(reason.their_maturity, language),
        "ours": _score(reason.our_maturity, language)}, language)


def short_reason(reason: Reason, language: str | None = None) -> str:
    """A few words for the list's "Why" column."""
    language = language or current_language()
    match reason.criterion:
        case Criterion.LEARN | Criterion.MATURITY_GAP | Criterion.FREE_TEXT_LEARN:
            code = "reason_short.learn"
        case Criterion.TEACH | Criterion.FREE_TEXT_TEACH:
            code = "reason_short.teach"
        case Criterion.RECIPROCITY | Criterion.RELATED_LEARN | Criterion.RELATED_TEACH:
            code = f"reason_short.{reason.criterion.value}"
        case _:
            code = "reason_short.shared"
    return message_text(code, {"topic": _in_sentence(reason.topic_id, reason.topic, language)},
                        language)


class Stance(enum.StrEnum):
    """What a peer does with the topic the officer asked about ("who offers X?"), in the
    order the answer lists them: those offering it first."""

    OFFERS = "offers"
    WANTS_TO_LEARN = "wants_to_learn"  # wants it, does not offer it
    CHALLENGE = "challenge"  # faces it as a challenge, neither offers nor wants it
    RELATED = "related"  # holds none of these, but a topic related to it


@dataclass(frozen=True)
class TopicStance:
    """A peer's stance on the asked topic (its id and its label as the vocabulary has it)."""

    stance: Stance
    topic_id: str
    topic: str


def stance_sentence(stance: TopicStance, language: str | None = None) -> str:
    """"Offers social impact bonds", "Wants to learn social impact bonds (does not offer
    it)"... in ``language`` (default: the officer's)."""
    language = language or current_language()
    return message_text(f"topic_stance.{stance.stance.value}",
                        {"topic": _in_sentence(stance.topic_id, stance.topic, language)},
                        language)


def nothing_in_common(ours_has_topics: bool, language: str | None = None) -> str:
    """Why a peer listed with score 0 has no reason, and what the officer can do about it."""
    return message_text("reason.nothing_in_common" if ours_has_topics
                        else "reason.nothing_listed", language=language)


class GroupRole(enum.StrEnum):
    """Why a city is in a proposed working group."""

    LEADS = "leads"  # the best teacher of the group's topic
    TEACHES = "teaches"  # another city that can teach it
    LEARNS = "learns"  # wants to learn the topic
    SHARES_CHALLENGE = "shares_challenge"  # lists the topic as a challenge


@dataclass(frozen=True)
class MemberReason:
    """Why one city is in a group, about one of the group's topics.

    For teachers, ``via``/``via_id`` is the topic they offer when it is a related
    one rather than the group's topic itself (empty when they offer the topic).
    """

    role: GroupRole
    city: str
    topic_id: str
    topic: str
    via_id: str = ""
    via: str = ""
    maturity: int | None = None


def member_sentence(reason: MemberReason, language: str | None = None) -> str:
    """Why a city is in a working group, e.g. "Rotterdam can teach ... (maturity 8/10)"."""
    language = language or current_language()
    teaches = reason.role in (GroupRole.LEADS, GroupRole.TEACHES)
    code = f"member.{reason.role.value}" + ("_via" if teaches and reason.via else "")
    return message_text(code, {
        "city": reason.city,
        "topic": _in_sentence(reason.topic_id, reason.topic, language),
        "via": _in_sentence(reason.via_id, reason.via, language),
        "maturity": _score(reason.maturity, language)}, language)
