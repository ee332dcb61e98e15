"""Countries, languages and regions, named in the officer's language.

The codes and English names come from pycountry's data files, the names in the other
six languages from its translations (the gettext catalogues ``iso3166-1`` and
``iso639-3``), not from Qt's locale data: the command line and the briefs name
countries too, and they never load Qt. The packaged app keeps those databases and
catalogues for the seven languages (``packaging/rrr-desktop.spec``). The files are read
on the first call, and pycountry itself is never imported (see _pycountry_folder): a
stakeholder import reads the countries officers write from the same files
(:func:`pycountry_database`, :func:`pycountry_translation`).
"""

from __future__ import annotations

import gettext
import importlib.util
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import LANGUAGES, catalogue, current_language
from rrr_desktop.text import normalise

if TYPE_CHECKING:
    from collections.abc import Callable

    from rrr_desktop.services.dto import Choice

# Languages that write the names of languages in lower case ("español", "polski").
_LOWER_CASE_LANGUAGE_NAMES = frozenset({"es", "fr", "pt", "it", "pl"})


def _language(language: str | None) -> str:
    return language if language in LANGUAGES else current_language()


@cache
def _pycountry_folder() -> Path:
    """Where pycountry's data is, found without importing it: its import asks
    ``importlib.metadata`` for its own version (50 ms of a 0.7 s brief), and the app
    reads the data files themselves."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pycountry")
    return Path(next(iter(spec.submodule_search_locations)))


def pycountry_database(name: str, key: str) -> list[dict[str, str]]:
    """The entries of one of pycountry's databases ("iso3166-1.json", key "3166-1"): each
    a dict of the fields it has, as pycountry holds them."""
    with open(_pycountry_folder() / "databases" / name, encoding="utf-8") as data:
        return list(json.load(data)[key])


@cache
def pycountry_translation(domain: str, *languages: str) -> Callable[[str], str]:
    """The gettext of pycountry's ``domain`` catalogues: a name from the first of
    ``languages`` that has it, else English (English: as is)."""
    if languages == ("en",):
        return str
    return gettext.translation(domain, _pycountry_folder() / "locales", list(languages),
                               fallback=True).gettext


def _named_in(language: str) -> tuple[str, ...]:
    """pycountry's catalogues that name countries and languages for an officer: Portuguese
    is Brazil's ("Polônia", "Vietnã", as Belo Horizonte writes them), with Portugal's
    for the names Brazil's catalogue lacks (and BRAZILIAN_COUNTRY_NAMES over both)."""
    return ("pt_BR", "pt") if language == "pt" else (language,)


# Countries Brazil names otherwise than pycountry's catalogues do for Portuguese, by ISO
# code. Brazil's catalogue lacks the short name "Iran", so Portugal's "Irão" showed; for
# the others it keeps a form of Portugal's or of the spelling before the 1990
# orthographic agreement, which Brazilian readers take for a typing error. The names are
# those of Brazil's foreign ministry and press. Checked against every country the two
# catalogues name (tests/app/test_reference.py); languages need no such table (the few
# language names Brazil's catalogue lacks fall to English or to spellings Brazil shares).
BRAZILIAN_COUNTRY_NAMES = {
    "AZ": "Azerbaijão",  # catalogue: "Azerbaidjão"
    "BF": "Burkina Faso",  # "Burquina"
    "BH": "Bahrein",  # "Barein"
    "BY": "Bielorrússia",  # "Bielo-Rússia", the spelling before the agreement
    "CZ": "Tchéquia",  # "Chéquia", Portugal's (Brazil writes "tcheco")
    "DM": "Dominica",  # "Domínica", Portugal's
    "ER": "Eritreia",  # "Eritréia", the spelling before the agreement
    "IR": "Irã",  # "Irão", Portugal's
    "TJ": "Tajiquistão",  # "Tadjiquistão"
    "TT": "Trinidad e Tobago",  # "Trinidade e Tobago", Portugal's
}


def countries(language: str | None = None) -> tuple[Choice, ...]:
    """Every ISO country, named and sorted in ``language`` (default: the officer's)."""
    return _countries(_language(language))


@cache
def _countries(language: str) -> tuple[Choice, ...]:
    from rrr_desktop.services.dto import Choice  # not loaded by an import reading countries

    translate = pycountry_translation("iso3166-1", *_named_in(language))
    ours = BRAZILIAN_COUNTRY_NAMES if language == "pt" else {}
    found = (Choice(c["alpha_2"], ours.get(c["alpha_2"])
                    or translate(c.get("common_name", c["name"])))
             for c in pycountry_database("iso3166-1.json", "3166-1"))
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


def languages(language: str | None = None) -> tuple[Choice, ...]:
    """Languages with a two-letter ISO 639-1 code, named and sorted in ``language``."""
    return _languages(_language(language))


@cache
def _languages(language: str) -> tuple[Choice, ...]:
    from rrr_desktop.services.dto import Choice

    translate = pycountry_translation("iso639-3", *_named_in(language))
    lower = language in _LOWER_CASE_LANGUAGE_NAMES

    def named(english: str) -> str:
        # The first of the alternatives ("galicyjski; galisyjski"); a name the
        # language's catalogue lacks keeps its English capital ("Abkhazian", not
        # "abkhazian", which reads as a misspelt word of the language).
        shown = translate(english).split(";")[0].strip()
        if shown.casefold() == english.split(";", maxsplit=1)[0].strip().casefold():
            return english.split(";", maxsplit=1)[0].strip()
        return shown.lower() if lower else shown

    found = (Choice(code, named(name)) for code, name in _two_letter_languages())
    return tuple(sorted(found, key=lambda c: normalise(c.name)))


@cache
def _two_letter_languages() -> tuple[tuple[str, str], ...]:
    """(ISO 639-1 code, English name) of each language that has a two-letter code
    (``pycountry.languages`` would first build and index all 7,900 ISO 639-3 languages:
    70 ms)."""
    return tuple((entry["alpha_2"], entry["name"])
                 for entry in pycountry_database("iso639-3.json", "639-3") if "alpha_2" in entry)


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
