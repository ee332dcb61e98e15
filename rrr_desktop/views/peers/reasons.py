"""Why a peer or a group member is suggested, as translated sentences.

The engine gives reasons as data (``services/matching_reasons``); the command line
renders them in English there, the window here with Qt's translations, one template
per criterion, so the seven languages read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rrr_desktop.services.peers.reasons import (
    Criterion,
    GroupRole,
    MemberReason,
    Reason,
    topic_phrase,
)
from rrr_desktop.views.common.city_view import language_name

# lupdate reads translate("Context", "text") calls with literal texts.
translate = QCoreApplication.translate


def _score(value: int | None) -> str:
    return (
        translate("PeerReasons", "not assessed")
        if value is None
        else translate("PeerReasons", "{score}/10").format(score=value)
    )


def reason_text(reason: Reason) -> str:
    """One reason, addressed to the officer of our city."""
    values = {
        "language": language_name(reason.topic)
        if reason.criterion is Criterion.SHARED_LANGUAGE else "",
        "city": reason.city,
        "topic": topic_phrase(reason.topic),
        "via": topic_phrase(reason.via),
        "topic_text": reason.topic,
        "via_text": reason.via,
        "theirs": _score(reason.their_maturity),
        "ours": _score(reason.our_maturity),
    }
    return _template(reason).format(**values)


def _template(reason: Reason) -> str:
    rated = reason.their_maturity is not None or reason.our_maturity is not None
    if reason.criterion is Criterion.MATURITY_GAP:
        if (reason.their_maturity or 0) > (reason.our_maturity or 0):
            return translate(
                "PeerReasons",
                "{city} rates itself further ahead on {topic} ({theirs} against your {ours})",
            )
        return translate(
            "PeerReasons",
            "You rate yourselves further ahead on {topic} than {city} ({ours} against {theirs})",
        )
    if rated and reason.criterion is Criterion.LEARN:
        return translate(
            "PeerReasons",
            "{city} offers {topic}, which you want to learn (their maturity {theirs}, "
            "yours {ours})",
        )
    if rated and reason.criterion is Criterion.TEACH:
        return translate(
            "PeerReasons",
            "You offer {topic}, which {city} wants to learn (their maturity {theirs}, "
            "yours {ours})",
        )
    return _plain_templates()[reason.criterion]


def _plain_templates() -> dict[Criterion, str]:
    return {
        Criterion.LEARN: translate("PeerReasons", "{city} offers {topic}, which you want to learn"),
        Criterion.TEACH: translate("PeerReasons", "You offer {topic}, which {city} wants to learn"),
        Criterion.RECIPROCITY: translate(
            "PeerReasons", "You and {city} can learn from each other: the exchange goes both ways"
        ),
        Criterion.RELATED_LEARN: translate(
            "PeerReasons",
            "You want to learn about {topic}, and {city} offers a related topic: {via}",
        ),
        Criterion.RELATED_TEACH: translate(
            "PeerReasons",
            "{city} wants to learn about {topic}, and you offer a related topic: {via}",
        ),
        Criterion.SHARED_CHALLENGE: translate("PeerReasons", "You share the challenge of {topic}"),
        Criterion.SHARED_WANT: translate(
            "PeerReasons", "You and {city} both want to learn more about {topic}"
        ),
        Criterion.FREE_TEXT_LEARN: translate(
            "PeerReasons",
            "{city} offers “{via_text}”, close to “{topic_text}”, which you want to learn",
        ),
        Criterion.FREE_TEXT_TEACH: translate(
            "PeerReasons",
            "You offer “{via_text}”, close to “{topic_text}”, which {city} wants to learn",
        ),
        Criterion.FREE_TEXT_CHALLENGE: translate(
            "PeerReasons", "You both face “{topic_text}” (they call it “{via_text}”)"
        ),
        Criterion.SHARED_LANGUAGE: translate(
            "PeerReasons", "Listed before peers with the same score because you share a "
            "language: {language}"
        ),
    }


def short_reason(reason: Reason) -> str:
    """A few words for the list's "Why" column."""
    topic = topic_phrase(reason.topic)
    match reason.criterion:
        case Criterion.LEARN | Criterion.MATURITY_GAP | Criterion.FREE_TEXT_LEARN:
            return translate("PeerReasons", "Can teach you {topic}").format(topic=topic)
        case Criterion.TEACH | Criterion.FREE_TEXT_TEACH:
            return translate("PeerReasons", "Wants to learn {topic} from you").format(topic=topic)
        case Criterion.RECIPROCITY:
            return translate("PeerReasons", "Two-way exchange")
        case Criterion.RELATED_LEARN:
            return translate("PeerReasons", "Related to {topic}, which you want").format(
                topic=topic
            )
        case Criterion.RELATED_TEACH:
            return translate("PeerReasons", "Wants {topic}, related to your offer").format(
                topic=topic
            )
        case _:
            return translate("PeerReasons", "Shares {topic}").format(topic=topic)


def nothing_in_common(ours_has_topics: bool) -> str:
    """Why a peer listed with score 0 has no reason, and what the officer can do about it."""
    if ours_has_topics:
        return translate("PeerReasons", "No topic in common yet")
    return translate("PeerReasons", "Nothing in common yet: add what you offer and want to "
                     "learn on the Profile page")


def criterion_label(criterion: Criterion) -> str:
    """The name of a criterion in the breakdown."""
    labels = {
        Criterion.LEARN: translate("PeerReasons", "They teach what you want"),
        Criterion.TEACH: translate("PeerReasons", "You teach what they want"),
        Criterion.RECIPROCITY: translate("PeerReasons", "Two-way exchange"),
        Criterion.MATURITY_GAP: translate("PeerReasons", "Maturity gap"),
        Criterion.RELATED_LEARN: translate("PeerReasons", "Related topic they offer"),
        Criterion.RELATED_TEACH: translate("PeerReasons", "Related topic you offer"),
        Criterion.SHARED_CHALLENGE: translate("PeerReasons", "Shared challenges"),
        Criterion.SHARED_WANT: translate("PeerReasons", "Shared wishes"),
        Criterion.FREE_TEXT_LEARN: translate("PeerReasons", "Their own words match your wish"),
        Criterion.FREE_TEXT_TEACH: translate("PeerReasons", "Your own words match their wish"),
        Criterion.FREE_TEXT_CHALLENGE: translate("PeerReasons", "Challenges in own words"),
        Criterion.SHARED_LANGUAGE: translate("PeerReasons", "Language in common (ties)"),
    }
    return labels[criterion]


def member_text(reason: MemberReason) -> str:
    """Why a city is in a working group."""
    values = {
        "city": reason.city,
        "topic": topic_phrase(reason.topic),
        "via": topic_phrase(reason.via),
        "maturity": _score(reason.maturity),
    }
    teaches = reason.role in (GroupRole.LEADS, GroupRole.TEACHES)
    if teaches and reason.via:
        template = (
            translate(
                "PeerReasons",
                "{city} is the suggested lead on {topic}: it offers {via}, which is related",
            )
            if reason.role is GroupRole.LEADS
            else translate(
                "PeerReasons", "{city} can teach {topic}: it offers {via}, which is related"
            )
        )
    elif teaches:
        template = (
            translate(
                "PeerReasons",
                "{city} is the suggested lead on {topic}: it offers it (maturity {maturity})",
            )
            if reason.role is GroupRole.LEADS
            else translate(
                "PeerReasons", "{city} can teach {topic}: it offers it (maturity {maturity})"
            )
        )
    elif reason.role is GroupRole.LEARNS:
        template = translate("PeerReasons", "{city} wants to learn {topic}")
    else:
        template = translate("PeerReasons", "{city} shares the challenge of {topic}")
    return template.format(**values)
