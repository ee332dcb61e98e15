"""Columns whose headers say little are guessed from their values, and say why."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.stakeholders.importing.column_mapping import suggest_mapping
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.guessing import guess_columns
from rrr_desktop.services.stakeholders.importing.table import Table
from tests.factories import migrated_paths, run_cli

# An export with address[a]..address[e] and unnamed columns, as some directories have.
DIRECTORY = """Name,address[a],address[b],address[c],address[d],address[e],Column 7,Column 8,\
Column 9,Column 10,Column 11,Column 12,Column 13
Mill Bakery,Unit 4,Mill Lane,Hillsborough,Sheffield,S6 2FL,info@mill.example,\
0114 234 5678,www.mill.example,53.4042,-1.5005,2021-03-04,yes
Barn Co-op,2 Barn Row,,,Sheffield,S1 2BX,barn@barn.example,+44 114 000 1111,\
https://barn.example,53.3811,-1.4701,2020-01-31,no
Canal Club,The Wharf,Canal St,,Rotherham,S60 1AA,hello@canal.example,01709 111 222,\
canal.org.uk,53.4326,-1.3635,2019-07-01,yes
Dale School,Dale Road,,,Sheffield,S7 1RA,office@dale.example,0114 555 0000,\
http://dale.example/home,53.3500,-1.4900,2018-09-15,no
"""


def understood(text: str) -> tuple[Table, dict[str, str], list[str]]:
    table = read_csv_bytes(text.encode(), "list.csv")
    table, mapping, guesses = guess_columns(table, suggest_mapping(table.headers, table.rows))
    return table, {table.headers[i]: f for i, f in mapping.items()}, [str(g) for g in guesses]


def test_columns_are_guessed_from_their_values_and_each_guess_says_why() -> None:
    table, mapping, guesses = understood(DIRECTORY)
    assert mapping == {
        "Name": "name", "address[d]": "locality", "address[e]": "postcode",
        "Column 7": "email", "Column 8": "phone", "Column 9": "website",
        "Column 10": "latitude", "Column 11": "longitude", "Address (joined)": "address"}
    assert "column Column 7: 4 of 4 values are email addresses" in guesses[2]
    assert any("postcodes (UK)" in guess for guess in guesses)
    assert any("Column 12: 4 of 4 values are dates" in guess for guess in guesses)
    assert any("Column 13: 4 of 4 values are yes or no" in guess for guess in guesses)
    assert any("'address[a]', 'address[b]', 'address[c]' are joined" in g for g in guesses)
    assert [row[-1] for row in table.rows] == [
        "Unit 4, Mill Lane, Hillsborough", "2 Barn Row", "The Wharf, Canal St", "Dale Road"]


def test_a_named_column_is_never_overridden_by_a_guess() -> None:
    _table, mapping, _guesses = understood(
        "Name,Email,Column 3\nA,a@a.example,b@b.example\nB,c@c.example,d@d.example\n")
    assert mapping == {"Name": "name", "Email": "email"}


@given(st.sampled_from([
    ("SW1A 1AA", "UK"), ("28013", "ES FR IT US MX"), ("1012 AB", "NL"), ("00-950", "PL"),
    ("1100-148", "PT"), ("01310-100", "BR"), ("90210-1234", "US"), ("K1A 0B1", "CA"),
    ("D02 X285", "IE")]))
def test_postcodes_of_each_country_are_recognised(case: tuple[str, str]) -> None:
    postcode, places = case
    _table, mapping, guesses = understood(
        "Name,Column 2\n" + "".join(f"Coop {i},{postcode}\n" for i in range(3)))
    assert mapping["Column 2"] == "postcode"
    assert f"({places})" in guesses[0]


@given(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                        max_size=12), min_size=1, max_size=8))
def test_guessing_never_fails_and_keeps_every_row(cells: list[str]) -> None:
    rows = [[f"Coop {i}", cell.replace('"', "").replace(",", " ").replace("\n", " ")]
            for i, cell in enumerate(cells)]
    text = "Name,Column 2\n" + "".join(f"{a},{b}\n" for a, b in rows)
    table = read_csv_bytes(text.encode(), "list.csv")
    guessed, mapping, _ = guess_columns(table, suggest_mapping(table.headers, table.rows))
    assert guessed.rows == table.rows and mapping[0] == "name"


def test_the_cli_names_fields_and_the_joined_address_in_the_officers_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    home = str(migrated_paths(tmp_path / "h").home)
    source = tmp_path / "directory.csv"
    source.write_text(DIRECTORY.replace("Name,", "Company,", 1).replace(
        "Column 13", "Contact person"), encoding="utf-8")
    code, out, _ = run_cli(capsys, "--home", home, "stakeholders", "import", str(source),
                           "--dry-run")
    assert code == 0
    assert "Columna 'Company' -> nombre\n" in out
    assert "Columna 'Contact person' -> persona de contacto\n" in out
    assert "Columna 'Dirección (unida)' -> dirección\n" in out
    assert "contact_person" not in out and "Address (joined)" not in out
    [left_out] = [line for line in out.splitlines() if line.startswith("Columnas no importadas")]
    assert left_out == "Columnas no importadas: 'Column 12'"
