"""Countries and languages (ISO 3166-1 and ISO 639-1, from pycountry)."""

from __future__ import annotations

from functools import cache

import pycountry

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.dto import Choice
from rrr_desktop.text import normalise


@cache
def countries() -> tuple[Choice, ...]:
    """Every ISO country, sorted by its English name."""
    found = (Choice(c.alpha_2, getattr(c, "common_name", c.name)) for c in pycountry.countries)
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


@cache
def languages() -> tuple[Choice, ...]:
    """Languages with a two-letter ISO 639-1 code, sorted by English name."""
    found = (Choice(lang.alpha_2, lang.name) for lang in pycountry.languages
             if hasattr(lang, "alpha_2"))
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


@cache
def _country_names() -> dict[str, str]:
    return {c.code: c.name for c in countries()}


@cache
def _language_names() -> dict[str, str]:
    return {c.code: c.name for c in languages()}


def country_name(code: str) -> str:
    return _country_names().get(code.upper(), code)


def language_name(code: str) -> str:
    return _language_names().get(code.lower(), code)


def check_country(code: str) -> str:
    """The upper-case country code, or :class:`RejectedInput` naming the problem."""
    cleaned = code.strip().upper()
    if cleaned not in _country_names():
        raise RejectedInput("reference.country_code", field="country_code", code=code)
    return cleaned


def check_language(code: str) -> str:
    """The lower-case language code, or :class:`RejectedInput` naming the problem."""
    cleaned = code.strip().lower()
    if cleaned not in _language_names():
        raise RejectedInput("reference.language_code", field="language", code=code)
    return cleaned
