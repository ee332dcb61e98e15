"""Emails and phone numbers written into our profile's free texts (the summary, the notes
on topics, topics in our own words, the practices' titles and descriptions).

They are personal data as much as a stakeholder's email field: a bundle or a brief
leaves them out (shown as [✉] and [☎]) unless the officer chooses to keep them.
The office contact (``contact_office``) is the text meant for peers to reach us, and is
kept as written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from rrr_desktop.text import has_contacts, with_contacts_if

TOPIC_LISTS = ("offers", "wants_to_learn", "shared_challenges", "free_offers",
               "free_wants_to_learn", "free_shared_challenges")
_TOPIC_TEXTS = ("text", "note")
_PRACTICE_TEXTS = ("title", "description")


def withhold_contacts(document: Mapping[str, Any], *, keep: bool = False
                      ) -> tuple[dict[str, Any], int]:
    """The profile document (as :func:`~.schema.draft_to_data` makes it) with contacts
    left out of its free texts (unless ``keep``), and how many texts held any."""
    found = 0

    def clean(text: str) -> str:
        nonlocal found
        if not has_contacts(text):
            return text
        found += 1
        return with_contacts_if(keep, text)

    result = {**document, "summary": clean(document["summary"])}
    for role in TOPIC_LISTS:
        result[role] = [_texts(item, _TOPIC_TEXTS, clean) for item in document[role]]
    result["practices"] = [_texts(p, _PRACTICE_TEXTS, clean) for p in document["practices"]]
    return result, found


def _texts(item: Mapping[str, Any], fields: tuple[str, ...], clean: Callable[[str], str]
           ) -> dict[str, Any]:
    return {**item, **{name: clean(item[name]) for name in fields if name in item}}
