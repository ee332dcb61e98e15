"""Countries as officers write them: ISO codes, and names in English and in the languages
whose lists they import ("España", "Hiszpania", "Royaume-Uni"), to an ISO code (a code's
name in an officer's language is :func:`rrr_desktop.services.reference.country_name`)."""

from __future__ import annotations

from functools import cache, lru_cache

from rrr_desktop.services.reference import (
    BRAZILIAN_COUNTRY_NAMES,
    pycountry_database,
    pycountry_translation,
)
from rrr_desktop.services.stakeholders.essglobal import plain_words

# The officers' languages, and German as the most common foreign one in their lists; the
# packaged app keeps pycountry's country names in these (packaging/rrr-desktop.spec).
# pycountry itself is never imported: its files are read (services/reference.py).
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
    without "the", to their ISO code, and Brazil's names where pycountry's differ.
    English names win a clash."""
    codes: dict[str, str] = {}
    countries = _countries()
    for translate in (pycountry_translation("iso3166-1", "en"),
                      *(pycountry_translation("iso3166-1", language)
                        for language in COUNTRY_LANGUAGES)):
        for country in countries:
            for attribute in ("name", "official_name", "common_name"):
                name = translate(country.get(attribute, ""))
                for form in (name, " ".join(reversed(name.split(", ", 1)))):
                    codes.setdefault(_country_key(form), country["alpha_2"])
            codes.setdefault(country["alpha_3"].lower(), country["alpha_2"])
    for code, name in BRAZILIAN_COUNTRY_NAMES.items():  # as the window names them
        codes.setdefault(_country_key(name), code)
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
        return _COUNTRY_ALIASES.get(code.lower(), code if code.lower() in _alpha_2_keys() else "")
    return _country_codes().get(_country_key(text), "")


@cache
def _countries() -> list[dict[str, str]]:
    """pycountry's countries: the fields of each (alpha_2, alpha_3, name...)."""
    return pycountry_database("iso3166-1.json", "3166-1")


@cache
def _alpha_2_keys() -> frozenset[str]:
    """The two-letter codes in lower case, as pycountry looks them up."""
    return frozenset(country["alpha_2"].lower() for country in _countries())
