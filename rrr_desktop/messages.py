"""The message catalogue: every text a service or command produces, in seven languages.

Services raise :class:`~rrr_desktop.errors.RejectedInput` with a code and parameters,
and report warnings and outcomes the same way; this module turns a code into text
in the officer's language. The catalogues are JSON files in ``resources/messages/``
(one per language, code -> template with ``{placeholders}``), read once each and
with the standard library only, so the command line and the start-up path stay light.
English is the reference: a code missing in another language falls back to English,
and a test keeps every language complete.

A message that counts something ("1 stakeholder", "5 stakeholders") is an object of
plural forms instead of one template, ``{"one": ..., "other": ...}`` (Polish:
``one``, ``few``, ``many``), and its ``count`` parameter chooses the form by the
language's CLDR plural rule (:func:`plural_form`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rrr_desktop.resources import resource_path

LANGUAGES = ("en", "es", "fr", "pt", "it", "nl", "pl")
_current = {"language": "en"}


def set_language(language: str) -> None:
    """Use ``language`` (one of :data:`LANGUAGES`, else English) for every message."""
    _current["language"] = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _current["language"]


def language_from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language the environment asks for, read as gettext reads it: ``LANGUAGE``
    first (a list such as ``pt_BR:pt:en``: its first language we have), unless the
    locale is C; then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``); else English."""
    locale = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                   if environ.get(name)), "")
    if _code(locale) not in ("c", "posix"):
        for wanted in environ.get("LANGUAGE", "").split(":"):
            if _code(wanted) in LANGUAGES:
                return _code(wanted)
    return _code(locale) if _code(locale) in LANGUAGES else "en"


def _code(locale: str) -> str:
    """``pt`` for ``pt_BR.UTF-8``."""
    return re.split(r"[_.@]", locale, maxsplit=1)[0].lower()


# The plural forms each language's counted messages need, as CLDR names them for whole
# numbers (decimals, which the catalogue never counts, would add Polish "other").
PLURAL_FORMS = {"en": ("one", "other"), "es": ("one", "other"), "fr": ("one", "other"),
                "pt": ("one", "other"), "it": ("one", "other"), "nl": ("one", "other"),
                "pl": ("one", "few", "many")}


def plural_form(language: str, count: int) -> str:
    """The CLDR plural category of the whole number ``count`` in ``language``.

    French and Portuguese (CLDR ``pt``, as Brazil writes it; ``pt_PT`` would follow
    English) put 0 and 1 in ``one``; Polish has ``one`` (1), ``few`` (2-4, 22-24,
    ... but not 12-14) and ``many`` (0, 5-21, 25-31, ...).
    """
    n = abs(count)
    if language == "pl":
        if n == 1:
            return "one"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return "few"
        return "many"
    if language in ("fr", "pt"):
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


@cache
def _entries(language: str) -> dict[str, str | dict[str, str]]:
    path = resource_path("messages") / f"{language}.json"
    if not path.exists():
        return {}
    entries: dict[str, str | dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return entries


@cache
def catalogue(language: str) -> dict[str, str]:
    """The plain templates and words of one language (code -> template)."""
    return {code: entry for code, entry in _entries(language).items() if isinstance(entry, str)}


@cache
def plurals(language: str) -> dict[str, dict[str, str]]:
    """The counted messages of one language (code -> plural form -> template)."""
    return {code: entry for code, entry in _entries(language).items()
            if not isinstance(entry, str)}


def known_code(code: str) -> bool:
    """Whether the English catalogue holds ``code``, plain or counted."""
    return code in _entries("en")


@dataclass(frozen=True)
class Message:
    """A catalogue code with its parameters: a warning, a reason, a part of a message.

    Put in another message's parameters it is rendered in that message's language,
    so a composed message (a bundle member refused because of a document problem)
    never mixes languages.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        return message_text(self.code, self.params, language)

    def __str__(self) -> str:
        return self.text()


def message(code: str, /, **params: Any) -> Message:
    """``message("import.row_skipped", row=4)``: a :class:`Message` in one call."""
    return Message(code, params)


# Each language's thousands separator, and from how many digits it groups them (CLDR:
# Spanish, Italian and Polish leave four-digit numbers whole), as Qt's locales do.
_GROUPING = {"en": (",", 1), "es": (".", 2), "fr": ("\u202f", 1), "pt": (".", 1),
             "it": (".", 2), "nl": (".", 1), "pl": ("\u00a0", 2)}
# How a list of message parts is joined ("problem one; problem two").
_SEPARATOR = "; "


def grouped_number(value: int, language: str) -> str:
    """A count as the language writes it, and as the window (Qt's locale data) does:
    ``7,272`` in English, ``7.272`` in Portuguese, ``7272`` but ``12.345`` in Spanish."""
    separator, shortest = _GROUPING.get(language, _GROUPING["en"])
    if len(str(abs(value))) < 4 + shortest - 1:
        return str(value)
    return f"{value:,}".replace(",", separator)


def _render(value: Any, language: str) -> Any:
    """A parameter as the template gets it: nested parts in ``language``, big numbers
    grouped the way ``language`` writes them, lists of parts joined."""
    if hasattr(value, "text") and callable(value.text):
        return value.text(language)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
        return grouped_number(value, language)
    if isinstance(value, Sequence) and not isinstance(value, str | bytes) and value \
            and all(hasattr(part, "text") for part in value):
        return _SEPARATOR.join(part.text(language) for part in value)
    return value


def _template(code: str, params: Mapping[str, Any], language: str) -> str | None:
    """The template of ``code`` in ``language`` (else English); for a counted message,
    the plural form its ``count`` parameter asks for."""
    entry = _entries(language).get(code)
    if entry is None:
        language, entry = "en", _entries("en").get(code)
    if entry is None or isinstance(entry, str):
        return entry
    form = plural_form(language, int(params.get("count", 0)))
    return entry.get(form) or entry["other" if "other" in entry else "many"]


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message_text(code: str, params: Mapping[str, Any] | None = None,
                 language: str | None = None) -> str:
    """The text of ``code`` in ``language`` (default: the current one), filled in.

    Parameters that are themselves messages (:class:`Message`, a
    :class:`~rrr_desktop.errors.RejectedInput`, or a list of them) are rendered in the
    same language. A code no catalogue knows is returned as it is;
    ``tests/app/test_error_codes.py`` checks that every raise uses a known code.
    """
    language = language if language in LANGUAGES else current_language()
    template = _template(code, params or {}, language)
    if template is None:
        return code
    values = _Params({name: _render(value, language) for name, value in (params or {}).items()})
    if language == "it":
        template = _elided(template, values)
    return template.format_map(values)


# Italian articles and articulated prepositions before a placeholder ("Dati al {date}"),
# and their elided forms before a vowel sound: "all'8 dicembre", "dell'11", "l'1".
_ITALIAN_ARTICLE = re.compile(r"\b(il|al|dal|del|nel|sul) \{(\w+)\}")
_ELIDED = {"il": "l'", "al": "all'", "dal": "dall'", "del": "dell'", "nel": "nell'",
           "sul": "sull'"}
_LEADING_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?!\d)|\d+")


def _elided(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with "al {date}" written "all'{date}" where the date (or number)
    is read with a vowel first, as Italian requires: 1, 8, 11, 80-89, 11.000..."""
    def article(match: re.Match[str]) -> str:
        value = values.get(match[2])
        number = _LEADING_NUMBER.match(str(value)) if value is not None else None
        if number is None or not _vowel_first(number[0].replace(".", "").lstrip("0")):
            return match[0]
        return f"{_ELIDED[match[1]]}{{{match[2]}}}"
    return _ITALIAN_ARTICLE.sub(article, template)


def _vowel_first(digits: str) -> bool:
    """Whether Italian reads the number with a vowel first: "otto", "ottanta", "uno",
    "undici", "undicimila", "un milione" (but "mille", "dodici", "cento")."""
    lead = digits[:len(digits) % 3 or 3]  # the units, thousands or millions said first
    return digits.startswith("8") or lead == "11" or (lead == "1" and len(digits) != 4)
