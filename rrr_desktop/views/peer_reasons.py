"""Why a peer or a group member is suggested, as translated sentences.

The engine gives reasons as data (``services/matching_reasons``); the command line
renders them in English there, the window here with Qt's translations, one template
per criterion, so the seven languages read naturally.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rrr_desktop.services.matching_reasons import (
    Criterion,
    GroupRole,
    MemberReason,
    Reason,
    topic_phrase,
)

_CONTEXT = "PeerReasons"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _score(value: int | None) -> str:
    return _tr("not assessed") if value is None else _tr("{score}/10").format(score=value)


def reason_text(reason: Reason) -> str:
    """One reason, addressed to the officer of our city."""
    values = {"city": reason.city, "topic": topic_phrase(reason.topic),
              "via": topic_phrase(reason.via), "topic_text": reason.topic,
              "via_text": reason.via, "theirs": _score(reason.their_maturity),
              "ours": _score(reason.our_maturity)}
    return _template(reason).format(**values)


def _template(reason: Reason) -> str:
    rated = reason.their_maturity is not None or reason.our_maturity is not None
    if reason.criterion is Criterion.MATURITY_GAP:
        if (reason.their_maturity or 0) > (reason.our_maturity or 0):
            return _tr("{city} rates itself further ahead on {topic} ({theirs} against "
                       "your {ours})")
        return _tr("You rate yourselves further ahead on {topic} than {city} ({ours} "
                   "against {theirs})")
    if rated and reason.criterion is Criterion.LEARN:
        return _tr("{city} offers {topic}, which you want to learn (their maturity {theirs}, "
                   "yours {ours})")
    if rated and reason.criterion is Criterion.TEACH:
        return _tr("You offer {topic}, which {city} wants to learn (their maturity {theirs}, "
                   "yours {ours})")
    return _plain_templates()[reason.criterion]


def _plain_templates() -> dict[Criterion, str]:
    return {
        Criterion.LEARN: _tr("{city} offers {topic}, which you want to learn"),
        Criterion.TEACH: _tr("You offer {topic}, which {city} wants to learn"),
        Criterion.RECIPROCITY: _tr(
            "You and {city} can learn from each other: the exchange goes both ways"),
        Criterion.RELATED_LEARN: _tr(
            "You want to learn about {topic}, and {city} offers a related topic: {via}"),
        Criterion.RELATED_TEACH: _tr(
            "{city} wants to learn about {topic}, and you offer a related topic: {via}"),
        Criterion.SHARED_CHALLENGE: _tr("You share the challenge of {topic}"),
        Criterion.SHARED_WANT: _tr("You and {city} both want to learn more about {topic}"),
        Criterion.FREE_TEXT_LEARN: _tr(
            "{city} offers “{via_text}”, close to “{topic_text}”, which you want to learn"),
        Criterion.FREE_TEXT_TEACH: _tr(
            "You offer “{via_text}”, close to “{topic_text}”, which {city} wants to learn"),
        Criterion.FREE_TEXT_CHALLENGE: _tr(
            "You both face “{topic_text}” (they call it “{via_text}”)"),
    }


def short_reason(reason: Reason) -> str:
    """A few words for the list's "Why" column."""
    topic = topic_phrase(reason.topic)
    match reason.criterion:
        case Criterion.LEARN | Criterion.MATURITY_GAP | Criterion.FREE_TEXT_LEARN:
            return _tr("Can teach you {topic}").format(topic=topic)
        case Criterion.TEACH | Criterion.FREE_TEXT_TEACH:
            return _tr("Wants to learn {topic} from you").format(topic=topic)
        case Criterion.RECIPROCITY:
            return _tr("Two-way exchange")
        case Criterion.RELATED_LEARN:
            return _tr("Related to {topic}, which you want").format(topic=topic)
        case Criterion.RELATED_TEACH:
            return _tr("Wants {topic}, related to your offer").format(topic=topic)
        case _:
            return _tr("Shares {topic}").format(topic=topic)


def criterion_label(criterion: Criterion) -> str:
    """The name of a criterion in the breakdown."""
    labels = {
        Criterion.LEARN: _tr("They teach what you want"),
        Criterion.TEACH: _tr("You teach what they want"),
        Criterion.RECIPROCITY: _tr("Two-way exchange"),
        Criterion.MATURITY_GAP: _tr("Maturity gap"),
        Criterion.RELATED_LEARN: _tr("Related topic they offer"),
        Criterion.RELATED_TEACH: _tr("Related topic you offer"),
        Criterion.SHARED_CHALLENGE: _tr("Shared challenges"),
        Criterion.SHARED_WANT: _tr("Shared wishes"),
        Criterion.FREE_TEXT_LEARN: _tr("Their own words match your wish"),
        Criterion.FREE_TEXT_TEACH: _tr("Your own words match their wish"),
        Criterion.FREE_TEXT_CHALLENGE: _tr("Challenges in own words"),
    }
    return labels[criterion]


def member_text(reason: MemberReason) -> str:
    """Why a city is in a working group."""
    values = {"city": reason.city, "topic": topic_phrase(reason.topic),
              "via": topic_phrase(reason.via), "maturity": _score(reason.maturity)}
    teaches = reason.role in (GroupRole.LEADS, GroupRole.TEACHES)
    if teaches and reason.via:
        template = (_tr("{city} is the suggested lead on {topic}: it offers {via}, which is "
                        "related") if reason.role is GroupRole.LEADS
                    else _tr("{city} can teach {topic}: it offers {via}, which is related"))
    elif teaches:
        template = (_tr("{city} is the suggested lead on {topic}: it offers it (maturity "
                        "{maturity})") if reason.role is GroupRole.LEADS
                    else _tr("{city} can teach {topic}: it offers it (maturity {maturity})"))
    elif reason.role is GroupRole.LEARNS:
        template = _tr("{city} wants to learn {topic}")
    else:
        template = _tr("{city} shares the challenge of {topic}")
    return template.format(**values)
