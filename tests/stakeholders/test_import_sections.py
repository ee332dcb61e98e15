"""Rows with only a name are organisations unless they are clearly section headings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.stakeholders.importing.tabular import Table, read_csv_bytes

# A list organised in sections, as a school board or a sports council keeps it: a
# title, then a town, then its organisations, many of which have only a name.
SECTIONED = """Clubs and schools of the county;;
Name;Address;Phone
BARNSLEY;;
Barnsley Rugby Club;1 Park Road;01226 111111
Holgate School;;
St Helen's College;;
Dodworth Cricket Club;3 Mill Lane;01226 222222

PENISTONE;;
Penistone Grammar;Huddersfield Road;01226 333333
Penistone Young Farmers;;
"""


def table_of(text: str) -> Table:
    return read_csv_bytes(text.encode(), "clubs.csv")


def test_organisations_with_only_a_name_are_kept_and_headings_set_aside() -> None:
    table = table_of(SECTIONED)
    names = [row[0] for row in table.rows]
    assert names == ["Barnsley Rugby Club", "Holgate School", "St Helen's College",
                     "Dodworth Cricket Club", "Penistone Grammar", "Penistone Young Farmers"]
    assert [(number, cells[0]) for number, cells in table.headings] == [
        (3, "BARNSLEY"), (9, "PENISTONE")]


def test_headings_come_back_in_file_order_with_one_call() -> None:
    table = table_of(SECTIONED).with_headings()
    assert table.headings == ()
    assert [row[0] for row in table.rows][:2] == ["BARNSLEY", "Barnsley Rugby Club"]
    assert list(table.row_numbers) == sorted(table.row_numbers)
    assert len(table.rows) == 8


def test_a_list_of_names_only_loses_none_of_them() -> None:
    table = table_of("Name,Website,Phone\nAlpha Club,,\nBeta School,,\nGamma Coop,g.coop,\n")
    assert [row[0] for row in table.rows] == ["Alpha Club", "Beta School", "Gamma Coop"]
    assert table.headings == ()


def test_one_lone_name_before_a_full_row_is_not_taken_for_a_heading() -> None:
    table = table_of("Name,Website\nAlpha Club,\nBeta Coop,b.coop\n")
    assert [row[0] for row in table.rows] == ["Alpha Club", "Beta Coop"]


_cell = st.sampled_from(["", "", "Coop", "NORTH", "x.org", "Schools:", "Name"])


@given(st.lists(st.lists(_cell, min_size=3, max_size=3), max_size=25))
def test_every_row_of_a_file_is_accounted_for(body: list[list[str]]) -> None:
    lines = ["Title", "Name,Website,Town", *(",".join(cells) for cells in body)]
    table = read_csv_bytes("\n".join(lines).encode(), "list.csv")
    seen = [*table.row_numbers, *(n for n, _ in table.skipped), *(n for n, _ in table.headings)]
    filled_lines = [number for number, line in enumerate(lines, 1)
                    if number > 2 and line.strip(",")]
    assert len(seen) == len(set(seen))
    assert set(filled_lines) <= set(seen)
