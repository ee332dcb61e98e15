"""Where a city's profile came from: stored as data, worded for the reader.

``city.profile_source`` holds one of a few known sources in English (typed by the city,
the seeded peer-city meeting, the sample data: each the English text of a catalogue
key), or, for a profile that came in a bundle, the bundle's file, sender and date as a
small JSON object (:func:`bundle_source`). :func:`source_words` names any of them in
the reader's language; a source typed elsewhere (a directory file) is shown as it is,
and a database written before sources were kept as data ("Bundle X from Y, 2026-12-07")
still reads in the reader's language.
"""

from __future__ import annotations

import json
import re
from datetime import date

from rrr_desktop.messages import catalogue, current_language, message_text
from rrr_desktop.services.briefs.labels import Labels

# Sources stored as the English text of these keys (the seed's text is the catalogue's:
# tests/app/test_profile_sources.py keeps resources/seed/peer_cities.yaml equal to it).
_KNOWN = ("cli_profile.entered_by_the_city", "profile_source.peer_meeting",
          "profile_source.sample")
_OLD_BUNDLE_SENTENCE = re.compile(r"Bundle (?P<file>.+?) from (?P<city>.+), "
                                  r"(?P<made>\d{4}-\d{2}-\d{2})")


def known_source(key: str) -> str:
    """What is stored for a known source (its English text)."""
    assert key in _KNOWN, key
    return catalogue("en")[key]


def bundle_source(file_name: str, city: str, made: date) -> str:
    """What is stored for a profile taken from a bundle: the data the words need."""
    return json.dumps({"bundle": file_name, "city": city, "made": made.isoformat()},
                      ensure_ascii=False, sort_keys=True)


def source_words(stored: str, language: str | None = None) -> str:
    """``stored`` in ``language`` (default: the reader's): "Pakiet X.rrrbundle od Belo
    Horizonte, 7 grudnia 2026", "Spotkanie miast partnerskich RRR, ..."; "" stays ""."""
    english = catalogue("en")
    for key in _KNOWN:
        if stored == english[key]:
            return message_text(key, language=language)
    fields = _bundle_fields(stored)
    if fields is None:
        return stored
    made = Labels(language or current_language()).long_date(date.fromisoformat(fields["made"]))
    return message_text("profile_source.bundle", {"file": fields["bundle"],
                                                  "city": fields["city"], "made": made},
                        language)


def _bundle_fields(stored: str) -> dict[str, str] | None:
    if stored.startswith("{"):
        try:
            found = json.loads(stored)
        except ValueError:
            return None
        return found if isinstance(found, dict) and {"bundle", "city", "made"} <= set(found) \
            else None
    old = _OLD_BUNDLE_SENTENCE.fullmatch(stored)
    return {"bundle": old["file"], "city": old["city"], "made": old["made"]} if old else None
