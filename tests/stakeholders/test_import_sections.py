"""Rows with only a name are organisations unless they are clearly section headings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.table import Table

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


def test_a_capital_heading_before_organisations_with_only_a_name_is_set_aside() -> None:
    table = table_of("Name;Address;Phone\nBARNSLEY;;\nHolgate School;;\nSt Helen's College;;\n"
                     "DODWORTH;;\nDodworth Cricket Club;;\nOxspring Youth Club;2 Lane;01226\n")
    assert [cells[0] for _, cells in table.headings] == ["BARNSLEY", "DODWORTH"]
    assert [row[0] for row in table.rows] == ["Holgate School", "St Helen's College",
                                              "Dodworth Cricket Club", "Oxspring Youth Club"]


def test_title_case_towns_not_after_a_blank_row_are_set_aside() -> None:
    table = table_of("Name;Address;Phone\nBarnsley;;\nHolgate School;;\n"
                     "Barnsley Rugby Club;1 Park Road;01226 111111\nPenistone;;\n"
                     "Penistone Grammar;Huddersfield Road;01226 333333\n"
                     "Penistone Young Farmers Club;;\n")
    assert [cells[0] for _, cells in table.headings] == ["Barnsley", "Penistone"]
    assert len(table.rows) == 4


def test_acronyms_and_organisations_with_only_a_name_are_not_headings() -> None:
    table = table_of("Name;Address\nYMCA;\nHolgate School;\nBeta Co-op;2 Road\nRSPB;\n"
                     "Alpha Club;\nGamma Trust;3 Road\nHOLGATE SCHOOL;\nBeta Club;\n"
                     "ST HELEN'S COLLEGE;\nGamma Club;\n")
    assert table.headings == ()
    assert len(table.rows) == 10


_PLACES = ["Barnsley", "Penistone", "Dodworth", "Hoyland", "Arts and Culture",
           "Health, Social Care & Wellbeing", "Food and Farming", "North District"]
_ORGANISATIONS = st.builds("{} {}".format,
                           st.sampled_from(["Holgate", "St Helen's", "Oxspring", "Mill Lane",
                                            "Bright Futures", "Wombwell"]),
                           st.sampled_from(["School", "College", "Cricket Club", "Co-op",
                                            "Community Trust", "Youth Club", "Academy",
                                            "Society", "Association", "Foundation"]))
_MORE = st.sampled_from([["", ""], ["", ""], ["1 Park Road", ""], ["", "01226 111111"]])
_ROW = st.tuples(_ORGANISATIONS, _MORE).map(lambda row: [row[0], *row[1]])


@st.composite
def _sectioned(draw: st.DrawFn) -> tuple[list[str], list[list[str]], list[str]]:
    """A list in sections: (headings, organisations' rows, lines of the file)."""
    style = draw(st.sampled_from(["upper", "colon", "title"]))
    blank_before = draw(st.booleans())
    places = draw(st.lists(st.sampled_from(_PLACES), min_size=2, max_size=5, unique=True))
    headings, organisations, lines = [], [], ["Name;Address;Phone"]
    for place in places:
        heading = {"upper": place.upper(), "colon": place + ":", "title": place}[style]
        body = draw(st.lists(_ROW, min_size=2, max_size=5))
        if style == "title":  # a plain heading opens a run with more than a name in it
            body.append([body[0][0] + " Centre", "1 High Street", ""])
        if blank_before:
            lines.append(";;")
        lines.append(heading + ";;")
        lines += [";".join(cells) for cells in body]
        headings.append(heading)
        organisations += body
    return headings, organisations, lines


@given(_sectioned())
def test_generated_section_headings_are_set_aside_and_every_organisation_kept(
        sectioned: tuple[list[str], list[list[str]], list[str]]) -> None:
    headings, organisations, lines = sectioned
    table = read_csv_bytes("\n".join(lines).encode(), "list.csv")
    assert [cells[0] for _, cells in table.headings] == headings
    assert [list(row) for row in table.rows] == organisations


@given(st.lists(st.tuples(_ROW, st.booleans()), min_size=1, max_size=30),
       st.sampled_from(["", "YMCA", "RSPB", "Oxfam Shop"]))
def test_generated_lists_of_organisations_lose_none_to_headings(
        rows: list[tuple[list[str], bool]], lone: str) -> None:
    lines = ["Name;Address;Phone"]
    for index, (cells, blank_before) in enumerate(rows):
        if blank_before:
            lines.append(";;")
        lines.append(";".join([lone, "", ""] if lone and index % 3 == 0 else cells))
    table = read_csv_bytes("\n".join(lines).encode(), "list.csv")
    assert table.headings == ()
    assert len(table.rows) == len(rows)
