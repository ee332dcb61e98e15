"""Emails and phone numbers written into our profile's free texts (the summary, the notes
on topics, topics in our own words, the practices' titles and descriptions), in the
texts' own language and in each other language they are written in.

They are personal data as much as a stakeholder's email field: a bundle or a brief
leaves them out (shown as [✉] and [☎]) unless the officer chooses to keep them.
The office contact (``contact_office``) is the text meant for peers to reach us, and is
kept as written, in every language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rrr_desktop.text import ContactsInTexts, with_contacts_if

TOPIC_LISTS = ("offers", "wants_to_learn", "shared_challenges", "free_offers",
               "free_wants_to_learn", "free_shared_challenges")
_TOPIC_TEXTS = ("text", "note")
_PRACTICE_TEXTS = ("title", "description")
_KEPT_AS_WRITTEN = "contact_office"


def withhold_contacts(document: Mapping[str, Any], clean: ContactsInTexts) -> dict[str, Any]:
    """The profile document (as :func:`~.schema.draft_to_data` makes it) with each free
    text, in every language, passed through ``clean``."""
    result = {**document, "summary": clean(document["summary"]),
              "translations": _translations(document.get("translations", {}), clean)}
    for role in TOPIC_LISTS:
        result[role] = [_texts(item, _TOPIC_TEXTS, clean) for item in document[role]]
    result["practices"] = [{**_texts(p, _PRACTICE_TEXTS, clean), "translations": _translations(
        p.get("translations", {}), clean)} for p in document["practices"]]
    return result


def _texts(item: Mapping[str, Any], fields: tuple[str, ...], clean: ContactsInTexts
           ) -> dict[str, Any]:
    return {**item, **{name: clean(item[name]) for name in fields if name in item}}


def _translations(blocks: Mapping[str, Mapping[str, Any]], clean: ContactsInTexts
                  ) -> dict[str, dict[str, Any]]:
    """Translation blocks (``{"es": {"summary": ..., "offers": {topic: note}}}``) cleaned.
    The notes on topics in our own words are keyed by those words, cleaned as the topic
    list's own ``text`` is, so that they still match."""
    return {language: {key: (value if key == _KEPT_AS_WRITTEN else clean(value))
                       if isinstance(value, str)
                       else {with_contacts_if(clean.keep, name): clean(note)
                             for name, note in value.items()}
                       for key, value in block.items()}
            for language, block in blocks.items()}
