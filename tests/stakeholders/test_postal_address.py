"""The address line says each part once, whatever the import put where."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.stakeholders.postal_address import address_line
from rrr_desktop.text import normalise


def test_a_town_and_country_already_in_the_address_are_not_repeated() -> None:
    assert address_line("Avenida Zuberoa 12, 4ºDrcha, Bilbao, Spain", "", "Bilbao",
                        "Spain") == "Avenida Zuberoa 12, 4ºDrcha, Bilbao, Spain"
    assert address_line("73 Friar Gate", "DE1 1FN", "Derby", "United Kingdom") == (
        "73 Friar Gate, DE1 1FN, Derby, United Kingdom")
    assert address_line("Rue de Québec 4, QUEBEC", "", "Québec", "Canada") == (
        "Rue de Québec 4, QUEBEC, Canada")
    assert address_line("", "", "Torino", "Italy") == "Torino, Italy"
    assert address_line("", "", "", "") == ""


parts = st.text(st.characters(blacklist_characters=",", blacklist_categories=("Cs",)),
                max_size=12)


@given(parts, parts, parts, parts)
def test_every_part_is_shown_once(address: str, postcode: str, locality: str,
                                  country: str) -> None:
    line = address_line(address, postcode, locality, country)
    shown = [normalise(part) for part in line.split(", ")] if line else []
    for part in (address, postcode, locality, country):
        if part.strip():
            assert normalise(part) in shown
    added = [part for part in (shown[1:] if address.strip() else shown) if part]
    assert len(added) == len(set(added))  # postcode, town and country: each once
    assert not address.strip() or normalise(address) not in added
