"""Countries, languages and regions, named in the officer's language.

The codes and English names come from pycountry, the names in the other six languages
from its translations (the gettext catalogues ``iso3166-1`` and ``iso639-3``), not from
Qt's locale data: the command line and the briefs name countries too, and they never
load Qt. The packaged app keeps those two catalogues for the seven languages
(``packaging/rrr-desktop.spec``). pycountry is imported on the first call, so a page
that only imports this module does not load it.
"""

from __future__ import annotations

import gettext
from functools import cache
from typing import TYPE_CHECKING

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import LANGUAGES, catalogue, current_language
from rrr_desktop.services.dto import Choice
from rrr_desktop.text import normalise

if TYPE_CHECKING:
    from collections.abc import Callable

# Languages that write the names of languages in lower case ("español", "polski").
_LOWER_CASE_LANGUAGE_NAMES = frozenset({"es", "fr", "pt", "it", "pl"})


def _language(language: str | None) -> str:
    return language if language in LANGUAGES else current_language()


@cache
def _translate(domain: str, language: str) -> Callable[[str], str]:
    """The gettext of pycountry's ``domain`` catalogue in ``language`` (English: as is)."""
    import pycountry

    if language == "en":
        return str
    return gettext.translation(domain, pycountry.LOCALES_DIR, [language], fallback=True).gettext


def countries(language: str | None = None) -> tuple[Choice, ...]:
    """Every ISO country, named and sorted in ``language`` (default: the officer's)."""
    return _countries(_language(language))


@cache
def _countries(language: str) -> tuple[Choice, ...]:
    import pycountry

    translate = _translate("iso3166-1", language)
    found = (Choice(c.alpha_2, translate(getattr(c, "common_name", c.name)))
             for c in pycountry.countries)
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


def languages(language: str | None = None) -> tuple[Choice, ...]:
    """Languages with a two-letter ISO 639-1 code, named and sorted in ``language``."""
    return _languages(_language(language))


@cache
def _languages(language: str) -> tuple[Choice, ...]:
    import pycountry

    translate = _translate("iso639-3", language)
    lower = language in _LOWER_CASE_LANGUAGE_NAMES
    found = (Choice(found.alpha_2, translate(found.name).lower() if lower
                    else translate(found.name))
             for found in pycountry.languages if hasattr(found, "alpha_2"))
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


@cache
def _country_names(language: str) -> dict[str, str]:
    return {c.code: c.name for c in _countries(language)}


@cache
def _language_names(language: str) -> dict[str, str]:
    return {c.code: c.name for c in _languages(language)}


def country_name(code: str, language: str | None = None) -> str:
    """``country_name("ES", "pl")`` -> ``"Hiszpania"``; an unknown code as it is."""
    return _country_names(_language(language)).get(code.upper(), code)


def language_name(code: str, language: str | None = None) -> str:
    """``language_name("nl", "es")`` -> ``"neerlandés (holandés)"``; an unknown code as it is."""
    return _language_names(_language(language)).get(code.lower(), code)


def region_name(region: str, language: str | None = None) -> str:
    """A region as ``language`` names it ("South Holland", "es" -> "Holanda Meridional").

    Regions are stored as text; those the catalogue knows (``region.<ISO 3166-2
    code>``, the seeded cities' regions) are recognised by their name in any of the
    seven languages, any other reads as it was written."""
    code = _region_codes().get(normalise(region))
    if code is None:
        return region
    return catalogue(_language(language)).get(f"region.{code}", region)


@cache
def _region_codes() -> dict[str, str]:
    return {normalise(name): key.removeprefix("region.") for language in LANGUAGES
            for key, name in catalogue(language).items() if key.startswith("region.")}


def check_country(code: str) -> str:
    """The upper-case country code, or :class:`RejectedInput` naming the problem."""
    cleaned = code.strip().upper()
    if cleaned not in _country_names("en"):
        raise RejectedInput("reference.country_code", field="country_code", code=code)
    return cleaned


def check_language(code: str) -> str:
    """The lower-case language code, or :class:`RejectedInput` naming the problem."""
    cleaned = code.strip().lower()
    if cleaned not in _language_names("en"):
        raise RejectedInput("reference.language_code", field="language", code=code)
    return cleaned
