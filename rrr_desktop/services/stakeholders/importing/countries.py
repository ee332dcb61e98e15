"""Countries as officers write them: ISO codes, and names in English and in the languages
whose lists they import ("España", "Hiszpania", "Royaume-Uni"), to an ISO code (a code's
name in an officer's language is :func:`rrr_desktop.services.reference.country_name`)."""

from __future__ import annotations

import gettext
from functools import cache, lru_cache

import pycountry

from rrr_desktop.services.stakeholders.essglobal import plain_words

# The officers' languages, and German as the most common foreign one in their lists; the
# packaged app keeps pycountry's country names in these (packaging/rrr-desktop.spec).
COUNTRY_LANGUAGES = ("es", "fr", "pt", "pt_BR", "it", "nl", "pl", "de")
_COUNTRY_ALIASES = {"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
                    "northern ireland": "GB", "great britain": "GB", "russia": "RU",
                    "turkey": "TR", "ivory coast": "CI", "palestine": "PS", "holland": "NL",
                    "vietnam": "VN", "laos": "LA", "syria": "SY", "cape verde": "CV",
                    "swaziland": "SZ", "burma": "MM", "east timor": "TL"}


@cache
def _country_codes() -> dict[str, str]:
    """Country names in every form pycountry knows ("Congo, The Democratic Republic of the"
    also as "Democratic Republic of Congo"), in English and in :data:`COUNTRY_LANGUAGES`,
    without "the", to their ISO code. English names win a clash."""
    codes: dict[str, str] = {}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, [language],
                                        fallback=True) for language in COUNTRY_LANGUAGES]
    for translate in (lambda name: name, *(t.gettext for t in translations)):
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                name = translate(getattr(country, attribute, ""))
                for form in (name, " ".join(reversed(name.split(", ", 1)))):
                    codes.setdefault(_country_key(form), country.alpha_2)
            codes.setdefault(country.alpha_3.lower(), country.alpha_2)
    codes.update(_COUNTRY_ALIASES)
    codes.pop("", None)
    return codes


def _country_key(name: str) -> str:
    return " ".join(word for word in plain_words(name).split() if word != "the")


@lru_cache(maxsize=1024)
def country_code(text: str) -> str:
    """The ISO 3166-1 code of a country code or name in English or :data:`COUNTRY_LANGUAGES`
    ("España", "Hiszpania"); "" when it is neither."""
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return _COUNTRY_ALIASES.get(code.lower(), code if pycountry.countries.get(
            alpha_2=code) else "")
    return _country_codes().get(_country_key(text), "")
