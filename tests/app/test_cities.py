"""Choosing our city and reading peers."""

from __future__ import annotations

from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.dto import NewCity
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import cities, directory
from rrr_desktop.services.setup.cities import OurCityAlreadyChosen
from rrr_desktop.text import normalise
from tests.factories import SEED_UUIDS


@pytest.mark.parametrize("typed", ["Bilbao", "bilbao", "  BILBAO "])
def test_init_by_name_makes_the_shipped_record_ours(home: Home, typed: str) -> None:
    city, unchanged = cities.init_our_city(home.db, typed, None, None)
    assert city.uuid == UUID(SEED_UUIDS["Bilbao"])
    assert city.is_ours and not unchanged
    assert "Bilbao" not in {peer.name for peer in directory.peer_cities(home.db)}
    assert len(directory.peer_cities(home.db)) == 8


def test_accents_do_not_matter_when_naming_a_shipped_city(home: Home) -> None:
    city, _ = cities.init_our_city(home.db, "montreal", "ca", None)
    assert city.uuid == UUID(SEED_UUIDS["Montréal"])


def test_same_name_in_another_country_is_a_new_city(home: Home) -> None:
    city, _ = cities.init_our_city(home.db, "Bilbao", "CO", "es")
    assert city.uuid != UUID(SEED_UUIDS["Bilbao"])
    assert (city.country_code, city.languages) == ("CO", ("es",))


def test_init_again_with_the_same_city_is_fine(home: Home) -> None:
    cities.init_our_city(home.db, "Bilbao", None, None)
    city, unchanged = cities.init_our_city(home.db, "Bilbao", "ES", None)
    assert unchanged and city.name == "Bilbao"


def test_init_with_another_city_is_refused(home: Home) -> None:
    cities.init_our_city(home.db, "Bilbao", None, None)
    with pytest.raises(OurCityAlreadyChosen, match="already belongs to Bilbao"):
        cities.init_our_city(home.db, "Łódź", "PL", "pl")
    assert directory.our_city(home.db).name == "Bilbao"  # type: ignore[union-attr]


def test_unknown_city_needs_a_country(home: Home) -> None:
    with pytest.raises(RejectedInput, match="--country"):
        cities.init_our_city(home.db, "Łódź", None, None)
    assert directory.our_city(home.db) is None


def test_new_city_keeps_its_unicode_name(home: Home) -> None:
    city = cities.create_our_city(home.db, NewCity("  Łódź  ", "pl", "PL"))
    assert (city.name, city.country_code, city.country_name) == ("Łódź", "PL", "Poland")
    assert city.languages == ("pl",)


@pytest.mark.parametrize(("new_city", "problem"), [
    (NewCity("", "PL", "pl"), "name is empty"),
    (NewCity("Łódź", "XX", "pl"), "not a country code"),
    (NewCity("Łódź", "PL", "polish"), "not a language code"),
    (NewCity("x" * 201, "PL", "pl"), "longer than 200"),
])
def test_invalid_new_city_is_refused_and_nothing_saved(
        home: Home, new_city: NewCity, problem: str) -> None:
    with pytest.raises(RejectedInput, match=problem):
        cities.create_our_city(home.db, new_city)
    assert directory.our_city(home.db) is None


def test_peer_profiles_carry_topics_practices_and_source(home: Home) -> None:
    dublin = next(p for p in directory.peer_cities(home.db) if p.name == "Dublin")
    assert dublin.country_name == "Ireland"
    assert dublin.offers and dublin.wants_to_learn and dublin.shared_challenges
    awards = next(p for p in dublin.practices if "Award" in p.title)
    assert awards.year_started == 2015
    assert dublin.profile_source and dublin.profile_updated_at is not None


@given(st.text())
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@given(st.sampled_from(["Montréal", "São Paulo", "Łódź", "Zürich", "Gdańsk"]))
def test_normalise_ignores_case_and_accents(name: str) -> None:
    assert normalise(name.upper()) == normalise(name)
    assert normalise(name).isascii()
