"""Why the engine suggests a peer or a group member, as data and as English sentences.

Reasons are data (a code, topic labels, maturities) so the window can build its
own translated sentences with Qt; the functions here render them in English for
the command line and the documentation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Criterion(enum.StrEnum):
    """The criteria a peer's score adds up from (see docs/matching.md)."""

    LEARN = "learn"  # they offer a topic we want to learn
    TEACH = "teach"  # we offer a topic they want to learn
    RECIPROCITY = "reciprocity"  # both of the above: a two-way exchange
    MATURITY_GAP = "maturity_gap"  # the teacher rates itself further ahead on the topic
    RELATED_LEARN = "related_learn"  # they offer a topic related to one we want
    RELATED_TEACH = "related_teach"  # we offer a topic related to one they want
    SHARED_CHALLENGE = "shared_challenge"  # both list the topic as a challenge
    SHARED_WANT = "shared_want"  # both want to learn the topic (or one wants, one faces it)
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


def _maturities(reason: Reason) -> str:
    if reason.their_maturity is None and reason.our_maturity is None:
        return ""
    theirs = "not assessed" if reason.their_maturity is None else f"{reason.their_maturity}/10"
    ours = "not assessed" if reason.our_maturity is None else f"{reason.our_maturity}/10"
    return f" (their maturity {theirs}, yours {ours})"


_SENTENCES = {
    Criterion.LEARN: "{city} offers {topic}, which you want to learn{maturities}",
    Criterion.TEACH: "You offer {topic}, which {city} wants to learn{maturities}",
    Criterion.RECIPROCITY: "You and {city} can learn from each other: the exchange goes both ways",
    Criterion.RELATED_LEARN: "You want to learn about {topic}, and {city} offers a related "
                             "topic: {via}",
    Criterion.RELATED_TEACH: "{city} wants to learn about {topic}, and you offer a related "
                             "topic: {via}",
    Criterion.SHARED_CHALLENGE: "You share the challenge of {topic}",
    Criterion.SHARED_WANT: "You and {city} both want to learn more about {topic}",
    Criterion.FREE_TEXT_LEARN: "{city} offers “{via_text}”, close to “{topic_text}”, "
                               "which you want to learn",
    Criterion.FREE_TEXT_TEACH: "You offer “{via_text}”, close to “{topic_text}”, "
                               "which {city} wants to learn",
    Criterion.FREE_TEXT_CHALLENGE: "You both face “{topic_text}” (they call it “{via_text}”)",
    Criterion.SHARED_LANGUAGE: "Listed before peers with the same score because you share a "
                               "language: {language}",
}
_THEY_LEAD = "{city} rates itself further ahead on {topic} ({theirs}/10 against your {ours}/10)"
_WE_LEAD = ("You rate yourselves further ahead on {topic} than {city} "
            "({ours}/10 against {theirs}/10)")


def reason_sentence(reason: Reason) -> str:
    """The reason in plain English, addressed to the officer of our city."""
    if reason.criterion is Criterion.MATURITY_GAP:
        they_lead = (reason.their_maturity or 0) > (reason.our_maturity or 0)
        template = _THEY_LEAD if they_lead else _WE_LEAD
    else:
        template = _SENTENCES[reason.criterion]
    language = ""
    if reason.criterion is Criterion.SHARED_LANGUAGE:
        from rrr_desktop.services.reference import language_name

        language = language_name(reason.topic)
    return template.format(
        language=language,
        city=reason.city, topic=topic_phrase(reason.topic), via=topic_phrase(reason.via),
        topic_text=reason.topic, via_text=reason.via, maturities=_maturities(reason),
        theirs=reason.their_maturity, ours=reason.our_maturity)


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


def member_sentence(reason: MemberReason) -> str:
    """The reason in plain English, e.g. "Rotterdam leads on ... (maturity 8/10)"."""
    topic = topic_phrase(reason.topic)
    offers = (f"offers {topic}" if not reason.via
              else f"offers {topic_phrase(reason.via)}, which is related to {topic}")
    maturity = "" if reason.maturity is None else f" (maturity {reason.maturity}/10)"
    match reason.role:
        case GroupRole.LEADS:
            return f"{reason.city} is the suggested lead on {topic}: it {offers}{maturity}"
        case GroupRole.TEACHES:
            return f"{reason.city} can teach {topic}: it {offers}{maturity}"
        case GroupRole.LEARNS:
            return f"{reason.city} wants to learn {topic}"
        case GroupRole.SHARES_CHALLENGE:
            return f"{reason.city} shares the challenge of {topic}"
    raise AssertionError(reason.role)  # pragma: no cover - the match is exhaustive
