"""The message catalogue: every text a service or command produces, in seven languages.

Services raise :class:`~rrr_desktop.errors.RejectedInput` with a code and parameters,
and report warnings and outcomes the same way; this module turns a code into text
in the officer's language. The catalogues are JSON files in ``resources/messages/``
(one per language, code -> template with ``{placeholders}``), read once each and
with the standard library only, so the command line and the start-up path stay light.
English is the reference: a code missing in another language falls back to English,
and a test keeps every language complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
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
    """The language the POSIX locale asks for (``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = environ.get(name, "")
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code:
            return code if code in LANGUAGES else "en"
    return "en"


@cache
def catalogue(language: str) -> dict[str, str]:
    """The templates of one language (code -> template)."""
    path = resource_path("messages") / f"{language}.json"
    if not path.exists():
        return {}
    templates: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return templates


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message_text(code: str, params: Mapping[str, Any] | None = None,
                 language: str | None = None) -> str:
    """The text of ``code`` in ``language`` (default: the current one), filled in.

    A code no catalogue knows is returned as it is, so a sentence passed as a code
    (older call sites) still reads; ``tests/app/test_messages.py`` keeps those out.
    """
    template = catalogue(language or current_language()).get(code) or catalogue("en").get(code)
    if template is None:
        return code
    return template.format_map(_Params(params or {}))
