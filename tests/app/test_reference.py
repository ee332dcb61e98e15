"""Countries and languages are named in the officer's language, in the window and the
command line alike (no Qt needed)."""

from __future__ import annotations

import re

import pytest

from rrr_desktop.messages import LANGUAGES, set_language
from rrr_desktop.services.reference import (
    countries,
    country_name,
    language_name,
    languages,
    region_name,
)
from rrr_desktop.services.stakeholders.importing.countries import country_code


@pytest.mark.parametrize(("language", "spain", "dutch"), [
    ("en", "Spain", "Dutch"), ("es", "España", "neerlandés (holandés)"),
    ("fr", "Espagne", "néerlandais"), ("pt", "Espanha", "holandês"),
    ("it", "Spagna", "olandese"), ("nl", "Spanje", "Nederlands"),
    ("pl", "Hiszpania", "holenderski"),
])
def test_names_in_each_language(language: str, spain: str, dutch: str) -> None:
    assert country_name("ES", language) == spain
    assert language_name("nl", language) == dutch


def test_the_officers_language_is_the_default() -> None:
    set_language("pl")
    assert country_name("de") == "Niemcy"
    assert country_name("XX") == "XX"
    names = [choice.name for choice in countries()]
    assert names.index("Hiszpania") < names.index("Holandia")
    assert next(c for c in languages() if c.code == "pl").name == "polski"


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_import_reads_back_every_country_named_in_any_language(language: str) -> None:
    assert [c.code for c in countries(language) if country_code(c.name) != c.code] == []


def test_regions_the_catalogue_knows_read_in_any_language() -> None:
    assert region_name("South Holland", "nl") == "Zuid-Holland"
    assert region_name("Zuid-Holland", "es") == "Holanda Meridional"
    assert region_name("basque country", "pl") == "Kraj Basków"
    assert region_name("Gelderland", "es") == "Gelderland"


def test_every_seeded_region_has_its_name_in_every_language() -> None:
    import yaml

    from rrr_desktop.messages import catalogue
    from rrr_desktop.resources import resource_path

    with resource_path("seed", "peer_cities.yaml").open(encoding="utf-8") as handle:
        regions = {city["region"] for city in yaml.safe_load(handle)["cities"]}
    english = {name for key, name in catalogue("en").items() if key.startswith("region.")}
    assert regions <= english
    keys = {key for key in catalogue("en") if key.startswith("region.")}
    for language in LANGUAGES:
        assert all(catalogue(language).get(key) for key in keys), language


def test_language_names_read_as_names_where_the_catalogue_lacks_them() -> None:
    """A Portuguese list showed "abkhazian" (an English name in lower case, read as a
    misspelt word) and a Polish one "galicyjski; galisyjski"."""
    assert language_name("gl", "pl") == "galicyjski"
    assert language_name("bn", "pt") == "Bengali"
    assert language_name("eu", "pt") == "basco"


def test_portuguese_names_countries_and_languages_as_brazil_does() -> None:
    """Belo Horizonte reads "Polônia" and "Vietnã", not Portugal's "Polónia" and
    "Vietname"."""
    assert country_name("PL", "pt") == "Polônia"
    assert country_name("VN", "pt") == "Vietnã"
    assert country_name("KE", "pt") == "Quênia"
    assert language_name("pl", "pt") == "polonês"


def test_no_portuguese_country_keeps_portugals_spelling() -> None:
    """Brazil's catalogue lacks "Iran", so Portugal's "Irão" showed; Brazilians write the
    stressed vowel before n or m closed ("Polônia", "Quênia", "Mônaco"), never open."""
    names = {choice.code: choice.name for choice in countries("pt")}
    assert names["IR"] == "Irã"
    assert names["CZ"] == "Tchéquia" and names["ER"] == "Eritreia"
    assert names["TT"] == "Trinidad e Tobago" and names["BY"] == "Bielorrússia"
    assert [name for name in names.values() if re.search("[óé][mn][aeiou]", name)] == []
    assert {"Irão", "Vietname", "Quénia", "Polónia", "Chéquia", "Bielo-Rússia",
            "Eritréia", "Benim", "Bangladeche"}.isdisjoint(names.values())
    assert country_name("IR", "es") == "Irán"  # the other languages keep pycountry's
    assert country_name("CZ", "pt") == "Tchéquia"  # the command line and briefs alike


@pytest.mark.parametrize(("written", "code"), [
    ("Irã", "IR"), ("Irão", "IR"), ("Tchéquia", "CZ"), ("Chéquia", "CZ"),
    ("Bahrein", "BH"), ("Barein", "BH"), ("Azerbaijão", "AZ"), ("Tajiquistão", "TJ"),
])
def test_an_import_reads_both_brazils_and_portugals_names(written: str, code: str) -> None:
    assert country_code(written) == code
