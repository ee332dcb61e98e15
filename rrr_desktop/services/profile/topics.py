"""Vocabulary topics for the profile: choices for editors, lookup by what people type,
and adding or removing one topic of our city (the command line's add-topic)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries.topics import topic_labels, topic_synonyms
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import ROLES, Role, TopicEntry
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.services.vocabulary import localised_topics, topic_names_in_every_language
from rrr_desktop.text import normalise

SUGGESTIONS = 3


@dataclass(frozen=True)
class TopicChange:
    """What ``add_topic``/``remove_topic`` did: ``changed`` is False when it was already so."""

    topic: Choice  # code: the topic id, name: its label
    role: Role
    changed: bool


def resolve_topic(db: Database, text: str) -> Choice:
    """The topic whose id, label or synonym is ``text`` (ignoring case and accents).

    Anything else is RejectedInput suggesting the nearest topics.
    """
    labels, names = topic_names(db)
    wanted = normalise(text)
    found = sorted(names.get(wanted, ()))
    if len(found) == 1:
        return Choice(found[0], labels[found[0]])
    if found:
        options = ", ".join(f"{labels[i]} ({i})" for i in found)
        raise RejectedInput("topic.ambiguous", field="topic", text=text, options=options)
    nearest = dict.fromkeys(topic_id for name in difflib.get_close_matches(
        wanted, names, n=len(names), cutoff=0) for topic_id in sorted(names[name]))
    options = ", ".join(f"{labels[i]} ({i})" for i in list(nearest)[:SUGGESTIONS])
    raise RejectedInput("topic.unknown", field="topic", text=text, options=options)


def topic_names(db: Database) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The vocabulary's labels by topic id (in the officer's language), and the topics
    each name (an id, or a label or synonym in any of the seven languages, normalised)
    can mean."""
    with db.reading() as connection:
        stored = topic_labels(connection)
        synonyms = topic_synonyms(connection)
    labels = localised_topics(stored)
    translated = [(i, name) for i, name in topic_names_in_every_language() if i in stored]
    names: dict[str, set[str]] = {}
    for topic_id, name in [*((i, i) for i in labels), *((i, i.replace("-", " ")) for i in labels),
                           *stored.items(), *synonyms, *translated]:
        names.setdefault(normalise(name), set()).add(topic_id)
    return labels, names


def add_topic(db: Database, role: Role, text: str, note: str | None = None) -> TopicChange:
    """List a topic under ``role`` (at the end); an existing one only gets the new note.
    A colleague's change saved between reading and saving the profile is not saved over:
    ``errors.ChangedElsewhere`` (nothing written)."""
    topic, draft = resolve_topic(db, text), load_profile(db)
    entries = draft.topics(_checked(role))
    listed = next((e for e in entries if e.topic_id == topic.code), None)
    if listed is None:
        entries = (*entries, TopicEntry(topic.code, note or ""))
    elif note is not None and note != listed.note:
        entries = tuple(replace(e, note=note) if e is listed else e for e in entries)
    saved = save_profile(db, draft.with_topics(role, entries), based_on=draft)
    return TopicChange(topic, role, saved.changed)


def remove_topic(db: Database, role: Role, text: str) -> TopicChange:
    """Take a topic off ``role``'s list; a topic not listed leaves the profile as it was
    (a colleague's change meanwhile: as :func:`add_topic`)."""
    topic, draft = resolve_topic(db, text), load_profile(db)
    entries = tuple(e for e in draft.topics(_checked(role)) if e.topic_id != topic.code)
    saved = save_profile(db, draft.with_topics(role, entries), based_on=draft)
    return TopicChange(topic, role, saved.changed)


def _checked(role: str) -> Role:
    for known in ROLES:
        if role == known:
            return known
    raise RejectedInput("topic.list_unknown", field="role", role=role, lists=", ".join(ROLES))
