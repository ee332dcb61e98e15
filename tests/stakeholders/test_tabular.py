"""Reading stakeholder lists from CSV and XLSX files as officers really have them."""

from __future__ import annotations

import codecs
import csv
import io
import random
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.stakeholders.importing import delimited
from rrr_desktop.services.stakeholders.importing import table as table_module
from rrr_desktop.services.stakeholders.importing.column_mapping import suggest_mapping
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.table import MAX_CELL_CHARS, Table, UnreadableFile
from rrr_desktop.services.stakeholders.importing.tabular import read_table, read_xlsx
from tests.factories import REAL_WORLD


def csv_table(text: str, encoding: str = "utf-8") -> Table:
    return read_csv_bytes(text.encode(encoding), "list.csv")


def refusal(data: bytes, tmp_path: Path, name: str = "list.csv") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableFile) as caught:
        read_table(path)
    assert isinstance(caught.value, RejectedInput)
    message = str(caught.value)
    assert name in message
    return message


# Encodings


def test_utf8_without_bom() -> None:
    table = csv_table("Name,City\nCoopérative Montréal,Łódź\n")
    assert table.encoding == "utf-8"
    assert table.headers == ("Name", "City")
    assert table.rows == (("Coopérative Montréal", "Łódź"),)


def test_utf8_with_bom_leaves_no_trace_in_the_first_header() -> None:
    table = read_csv_bytes(codecs.BOM_UTF8 + b"Name;Ciudad\nCoop;Bilbao\n", "x.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers == ("Name", "Ciudad")


def test_a_doubled_bom_is_cleaned_from_the_header_too() -> None:
    table = read_csv_bytes(codecs.BOM_UTF8 * 2 + b"Name,City\nA,B\n")
    assert table.headers == ("Name", "City")


def test_cp1252_is_read_when_the_bytes_are_not_utf8() -> None:
    table = csv_table("Nom;Ville\nCoopérative Montréal – Nord;Québec 5 €\n", "cp1252")
    assert table.encoding == "cp1252"
    assert table.rows == (("Coopérative Montréal – Nord", "Québec 5 €"),)


def test_bytes_cp1252_leaves_undefined_fall_back_to_western_iso() -> None:
    table = read_csv_bytes(b"Name,Note\nA,\x81b\xe9\n")
    assert table.encoding == "iso8859-15"
    assert table.rows == (("A", "\x81bé"),)


@pytest.mark.parametrize(("bom", "codec"), [
    (b"", "utf-16"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    table = read_csv_bytes(bom + "Nome\tCidade\r\nCooperação\tSão Paulo\r\n".encode(codec))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == (("Cooperação", "São Paulo"),)


def test_mostly_utf8_with_one_foreign_byte_is_refused_rather_than_garbled() -> None:
    data = "Nom,Ville\nCoopérative,Montréal\nÉcole,Québec\n".encode() + b"Caf\xe9,Paris\n"
    with pytest.raises(UnreadableFile, match="line 4"):
        read_csv_bytes(data)


def test_a_utf8_bom_before_invalid_utf8_is_refused() -> None:
    with pytest.raises(UnreadableFile, match="marked as UTF-8"):
        read_csv_bytes(codecs.BOM_UTF8 + b"Name,City\nCoop\xe9,X\n", "odd.csv")


# Delimiters


@pytest.mark.parametrize(("text", "delimiter", "row"), [
    ("Name,City,Web\nCoop A,Bilbao,https://a.example\n", ",", ("Coop A", "Bilbao",
                                                               "https://a.example")),
    ("Nombre;Dirección;Ciudad\nCoop A;Calle Mayor 1, 2º;Bilbao\nCoop B;Gran Vía 3, 1º;Getxo\n",
     ";", ("Coop A", "Calle Mayor 1, 2º", "Bilbao")),
    ("Name\tAddress\tCity\nCoop A\t1, High St\tLeeds\n", "\t", ("Coop A", "1, High St", "Leeds")),
    ("Name|Address|City\nCoop A|1, High St; back door|Leeds\n", "|",
     ("Coop A", "1, High St; back door", "Leeds")),
    ('Name,Address,City\n"Coop A","Rua 1; Sala 2",Porto\n"Coop B","Rua 3; Sala 4",Braga\n', ",",
     ("Coop A", "Rua 1; Sala 2", "Porto")),
])
def test_delimiter_is_found(text: str, delimiter: str, row: tuple[str, ...]) -> None:
    table = csv_table(text)
    assert table.delimiter == delimiter
    assert table.rows[0] == row


def test_semicolons_win_even_when_the_header_has_a_comma() -> None:
    text = "Name;Address, street;City\nCoop A;1, Main St;Bilbao\nCoop B;2, High St;Getxo\n"
    table = csv_table(text)
    assert table.delimiter == ";"
    assert table.headers == ("Name", "Address, street", "City")


def test_a_one_column_file_keeps_commas_inside_its_cells() -> None:
    table = csv_table("Name\nCoop A\nSmith, Jones and Partners\nCoop B\n")
    assert table.delimiter == ","
    assert table.headers == ("Name",)
    assert [r[0] for r in table.rows] == ["Coop A", "Smith, Jones and Partners", "Coop B"]
    assert table.extra_cells == ()


# Quoted newlines and row numbers


def test_quoted_newlines_stay_in_their_cell_and_rows_are_numbered_as_a_spreadsheet_shows_them(
) -> None:
    text = ('Name,Description,City\r\n"Coop A","line one\r\nline two",Bilbao\r\n'
            'Coop B,"p\n\nq",Getxo\r\nCoop C,plain,Leioa\r\n')
    table = csv_table(text)
    assert table.rows == (("Coop A", "line one\nline two", "Bilbao"),
                          ("Coop B", "p\n\nq", "Getxo"), ("Coop C", "plain", "Leioa"))
    assert table.row_numbers == (2, 3, 4)


def test_old_mac_line_endings() -> None:
    table = csv_table("Name,City\rCoop A,Bilbao\rCoop B,Getxo\r")
    assert table.rows == (("Coop A", "Bilbao"), ("Coop B", "Getxo"))
    assert table.row_numbers == (2, 3)


def test_a_quote_never_closed_is_refused_instead_of_swallowing_the_rest() -> None:
    text = 'Name,Description\nCoop A,"oops\nCoop B,fine\nCoop C,fine\n'
    with pytest.raises(UnreadableFile, match="line 2"):
        csv_table(text)


# Rows left out


def test_blank_section_and_repeated_header_rows_are_skipped_with_their_numbers() -> None:
    text = ("Name,Kind,City\n\nNorth district,,\nCoop A,coop,Bilbao\n,  ,\nSouth district\n"
            "Coop B,coop,Getxo\nname, KIND ,City\nCoop C,coop,Leioa\n\n\n")
    table = csv_table(text)
    assert [r[0] for r in table.rows] == ["Coop A", "Coop B", "Coop C"]
    assert table.row_numbers == (4, 7, 9)
    assert [n for n, _ in table.skipped] == [2, 5, 8]
    reasons = dict(table.skipped)
    assert reasons[2] == reasons[5] == "blank row"
    assert "header" in reasons[8]
    assert [(n, cells[0]) for n, cells in table.headings] == [(3, "North district"),
                                                              (6, "South district")]


def test_with_two_columns_a_row_with_only_its_first_cell_is_data() -> None:
    table = csv_table("Name,City\nCoop A,\n")
    assert table.rows == (("Coop A", ""),)
    assert table.skipped == ()


def test_title_lines_above_the_header_are_skipped() -> None:
    table = csv_table("Stakeholders of Bilbao;;\n\nName;Kind;City\nCoop A;coop;Bilbao\n")
    assert table.headers == ("Name", "Kind", "City")
    assert table.skipped == ((1, "title above the header"), (2, "blank row"))
    assert table.row_numbers == (4,)


# Headers and widths


def test_duplicate_and_empty_headers_are_made_unique() -> None:
    table = csv_table("Name,name,,City ,NAME, city,Column 3\n1,2,3,4,5,6,7\n")
    assert table.headers == ("Name", "name (2)", "Column 3 (2)", "City", "NAME (3)", "city (2)",
                             "Column 3")


def test_header_whitespace_is_collapsed() -> None:
    table = csv_table('"  Postal \n  code ",\u200bName\nA,B\n')
    assert table.headers == ("Postal code", "Name")


def test_short_rows_are_padded_and_long_rows_flagged() -> None:
    table = csv_table("Name,City,Web\nA,B\nC,D,E,F\nG,H,I,,\nJ,K,L\n")
    assert table.rows == (("A", "B", ""), ("C", "D", "E"), ("G", "H", "I"), ("J", "K", "L"))
    assert table.extra_cells == (3,)


def test_empty_header_cells_at_the_end_are_dropped() -> None:
    table = csv_table("Name;City;;\nA;B;;\n")
    assert table.headers == ("Name", "City")
    assert table.extra_cells == ()


def test_cells_are_stripped() -> None:
    table = csv_table(' Name , City \n  Coop A ,"  Bilbao\n"\n')
    assert table.rows == (("Coop A", "Bilbao"),)


def test_a_header_only_file_has_no_rows() -> None:
    table = csv_table("Name,City,Web\n")
    assert table.headers == ("Name", "City", "Web")
    assert (table.rows, table.row_numbers, table.skipped) == ((), (), ())


# Refused files


def test_zero_bytes(tmp_path: Path) -> None:
    assert "empty" in refusal(b"", tmp_path)
    with pytest.raises(UnreadableFile, match="empty"):
        read_csv_bytes(b"")


def test_only_blank_lines(tmp_path: Path) -> None:
    assert "only blank rows" in refusal(b"\r\n  \r\n,,,\r\n", tmp_path)


def test_random_bytes(tmp_path: Path) -> None:
    junk = random.Random(7).randbytes(4096)
    assert "binary" in refusal(junk, tmp_path)


def test_a_png_named_csv(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(64)
    assert "binary" in refusal(png, tmp_path)


def test_many_control_characters_without_nul(tmp_path: Path) -> None:
    assert "binary" in refusal(b"Name,City\n" + b"\x01\x02\x03abc," * 100, tmp_path)


def test_a_web_page_saved_as_xls(tmp_path: Path) -> None:
    page = b"\n<!DOCTYPE html><html><body><table><tr><td>Name</td></tr></table>"
    assert "web page" in refusal(page, tmp_path, "export.xls")


def test_a_one_megabyte_cell_names_row_and_column(tmp_path: Path) -> None:
    data = b"Name,Description\nCoop A,short\nCoop B," + b"x" * 1_000_000 + b"\n"
    message = refusal(data, tmp_path)
    assert f"{MAX_CELL_CHARS:,}" in message
    assert "row 3" in message and "column 2" in message and "Description" in message


def test_a_damaged_xls_from_excel_97(tmp_path: Path) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    assert "damaged" in refusal(ole, tmp_path, "list.xls")


def test_a_password_protected_xlsx(tmp_path: Path) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(200) + "EncryptedPackage".encode("utf-16-le")
    assert "password-protected" in refusal(ole, tmp_path, "list.xlsx")


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert "not a CSV or Excel file" in refusal(buffer.getvalue(), tmp_path, "list.xlsx")


def test_a_damaged_opendocument_spreadsheet(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert "damaged" in refusal(buffer.getvalue(), tmp_path, "list.ods")


def test_a_damaged_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not really")
    assert "damaged" in refusal(buffer.getvalue(), tmp_path, "list.xlsx")


def test_a_truncated_workbook(tmp_path: Path) -> None:
    path = tmp_path / "whole.xlsx"
    sheet_workbook(path, [["Name", "City"], ["Coop A", "Bilbao"]])
    assert "damaged" in refusal(path.read_bytes()[:-200], tmp_path, "list.xlsx")


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="could not be opened"):
        read_table(tmp_path / "nowhere.csv")


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_module, "MAX_ROWS", 3)
    assert len(csv_table("Name,City\n" + "A,B\n" * 3).rows) == 3
    with pytest.raises(UnreadableFile, match="more than 3 rows"):
        csv_table("Name,City\n" + "A,B\n" * 4)


def test_too_many_columns() -> None:
    header = ",".join(f"c{i}" for i in range(table_module.MAX_COLUMNS + 1))
    with pytest.raises(UnreadableFile, match="more than 500 columns"):
        csv_table(header + "\n")


def test_a_line_with_a_million_separators() -> None:
    with pytest.raises(UnreadableFile, match="separators on line 2"):
        read_csv_bytes(b"Name,City\n" + b"," * 1_000_000 + b"\n")


def test_too_many_rows_counting_blank_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_module, "_MAX_RECORDS", 100)
    with pytest.raises(UnreadableFile, match="more than 100 rows"):
        read_csv_bytes(b"Name,City\nA,B\n" + b"\n" * 200)


def test_too_large(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(table_module, "MAX_FILE_BYTES", 100)
    assert "larger than" in refusal(b"Name,City\n" + b"A,B\n" * 30, tmp_path)


@settings(max_examples=300)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_give_a_table_or_a_clear_refusal(data: bytes) -> None:
    try:
        table = read_csv_bytes(data)
    except UnreadableFile as error:
        assert str(error).startswith("The file file ")
    else:
        assert all(len(row) == len(table.headers) for row in table.rows)
        assert len(table.rows) == len(table.row_numbers)


# XLSX


def sheet_workbook(path: Path, rows: list[list[object]], hidden_first: bool = False) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if hidden_first:
        sheet.title = "Notes"
        sheet.append(["this sheet is hidden and must not be read", "x", "y"])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("Data")
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def test_xlsx_values_become_text(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    sheet_workbook(path, [
        [],
        ["Name", "Founded", "Members", "Share", None, " name ", "Updated", "Active"],
        [" Coop A ", date(2020, 5, 1), 12, 0.5, None, "x", datetime(2024, 3, 1, 14, 30), True],
        [],
        ["North district"],
        ["Coop B\r\nSecond line", datetime(2021, 1, 2), 3.0, 0.1 + 0.2, None, None, None, False],
        ["Coop C", None, 12345678901234, 53.488061],
    ], hidden_first=True)
    table = read_table(path)
    assert table.headers == ("Name", "Founded", "Members", "Share", "Column 5", "name (2)",
                             "Updated", "Active")
    assert table.rows == (
        ("Coop A", "2020-05-01", "12", "0.5", "", "x", "2024-03-01T14:30:00", "TRUE"),
        ("North district", "", "", "", "", "", "", ""),  # one such row is no layout: kept
        ("Coop B\nSecond line", "2021-01-02", "3", "0.3", "", "", "", "FALSE"),
        ("Coop C", "", "12345678901234", "53.488061", "", "", "", ""),
    )
    assert table.row_numbers == (3, 5, 6, 7)
    assert [n for n, _ in table.skipped] == [1, 4]
    assert (table.encoding, table.delimiter) == (None, None)
    assert read_xlsx(path) == table


def test_xlsx_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    sheet_workbook(tmp_path / "real.xlsx", [["Name", "City"], ["Coop A", "Bilbao"]])
    disguised = tmp_path / "export.csv"
    disguised.write_bytes((tmp_path / "real.xlsx").read_bytes())
    assert read_table(disguised).rows == (("Coop A", "Bilbao"),)
    text_named_xlsx = tmp_path / "list.xlsx"
    text_named_xlsx.write_text("Name,City\nCoop A,Bilbao\n", encoding="utf-8")
    assert read_table(text_named_xlsx).delimiter == ","


def test_xlsx_extra_cells_and_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "list.xlsx"
    rows: list[list[object]] = [["Name", "City"], ["Coop A", "Bilbao", "stray"],
                                ["Coop B", "Getxo-Algorta"]]
    sheet_workbook(path, rows)
    table = read_table(path)
    assert table.rows == (("Coop A", "Bilbao"), ("Coop B", "Getxo-Algorta"))
    assert table.extra_cells == (2,)
    monkeypatch.setattr(table_module, "MAX_CELL_CHARS", 6)
    with pytest.raises(UnreadableFile, match="row 3, column 2"):
        read_table(path)
    monkeypatch.setattr(table_module, "MAX_CELL_CHARS", 100)
    monkeypatch.setattr(table_module, "MAX_ROWS", 1)
    with pytest.raises(UnreadableFile, match="more than 1 rows"):
        read_table(path)


def test_an_empty_or_hidden_only_workbook(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    sheet_workbook(path, [])
    assert "only blank rows" in refusal(path.read_bytes(), tmp_path, "list.xlsx")
    workbook = Workbook()
    workbook.create_sheet("Other").sheet_state = "veryHidden"
    workbook.save(path)
    hidden = io.BytesIO()  # openpyxl refuses to save this, but Excel files can have it
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hidden, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/workbook.xml":
                content = content.replace(b'state="visible" r:id', b'state="hidden" r:id')
            target.writestr(item, content)
    assert "no visible worksheet" in refusal(hidden.getvalue(), tmp_path, "list.xlsx")


def test_xlsx_with_a_far_away_stray_cell_is_read_quickly(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "City"])
    sheet.append(["Coop A", "Bilbao"])
    sheet.cell(row=5000, column=16000, value="far away")
    workbook.save(tmp_path / "list.xlsx")
    table = read_table(tmp_path / "list.xlsx")
    assert table.rows == (("Coop A", "Bilbao"),)
    assert table.skipped == ()


def test_xlsx_limits_on_columns_and_sheet_rows(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "wide.xlsx"
    sheet_workbook(path, [[f"c{i}" for i in range(table_module.MAX_COLUMNS + 1)], ["a", "b"]])
    with pytest.raises(UnreadableFile, match="more than 500 columns"):
        read_table(path)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Name", "City"])
    sheet.cell(row=300, column=1, value="far below")
    workbook.save(path)
    monkeypatch.setattr(table_module, "_MAX_RECORDS", 100)
    with pytest.raises(UnreadableFile, match="more than 100 rows"):
        read_table(path)


# Round trip: whatever csv.writer writes comes back


_SAFE_TEXT = st.text(
    st.one_of(st.characters(exclude_categories=["Cs", "Cc"]),
              st.sampled_from(["\n", "\r", "\t", ",", ";", "|", '"', " "])),
    max_size=12)
_FILLED = _SAFE_TEXT.filter(lambda cell: cell.strip() != "")


def _tables(text: st.SearchStrategy[str], filled: st.SearchStrategy[str]
            ) -> st.SearchStrategy[list[list[str]]]:
    def rows(width: int) -> st.SearchStrategy[list[list[str]]]:
        row = st.tuples(filled, filled, *[text] * (width - 2)).map(list)
        return st.lists(row, min_size=1, max_size=6)
    return st.integers(min_value=2, max_value=5).flatmap(rows)


# What officers type in one of the Western languages (of the cp1252 ones: the letters of
# Polish in Windows-1252 read as Polish in Windows-1250, by design), with signs and ASCII.
# Accented capitals are left out: one after a small letter ("aÇ") reads as a wrong guess
# by design (encodings.py); capitals at the start of words are tested on their own.
_WESTERN_LETTERS = ("áéíóúñü¿¡", "àâæçéèêëîïôœùûüÿ", "áâãàçéêíóôõú", "àèéìíîòóùú",
                    "áéëèïíóöüú", "äöüß")


def _cp1252_text(letters: str, min_size: int = 0) -> st.SearchStrategy[str]:
    return st.text(st.one_of(
        st.characters(max_codepoint=127, exclude_categories=["Cc"]),
        st.sampled_from([*letters, "€", "£", "–", "’", "«", "»", "°"]),
        st.sampled_from(["\n", "\r", "\t", ",", ";", '"'])), min_size=min_size, max_size=12)


def _cp1252_tables() -> st.SearchStrategy[list[list[str]]]:
    def tables(letters: str) -> st.SearchStrategy[list[list[str]]]:
        filled = _cp1252_text(letters, 1).filter(lambda c: c.strip() != "")
        return _tables(_cp1252_text(letters), filled)
    return st.sampled_from(_WESTERN_LETTERS).flatmap(tables)


def _written(rows: list[list[str]], delimiter: str, quote_all: bool, terminator: str
             ) -> list[str]:
    """The header and each row as csv.writer writes them.

    With "\n" as line terminator csv.writer leaves a lone "\r" unquoted, which no
    reader can tell from a line break, so the rows must then contain none.
    """
    assert terminator == "\r\n" or not any("\r" in cell for row in rows for cell in row)
    records = []
    for row in [[f"Header {i}" for i in range(len(rows[0]))], *rows]:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter, lineterminator=terminator,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerow(row)
        records.append(buffer.getvalue())
    return records


def _check_round_trip(table: Table, records: list[str], rows: list[list[str]],
                      delimiter: str) -> None:
    expected = [tuple(c.replace("\r\n", "\n").replace("\r", "\n").strip() for c in row)
                for row in rows]
    assert table.rows == tuple(expected)
    assert table.delimiter == delimiter
    assert table.row_numbers == tuple(range(2, len(records) + 1))
    assert (table.skipped, table.extra_cells) == ((), ())


_WRITING = (st.sampled_from(delimited.DELIMITERS), st.booleans(), st.sampled_from(["\n", "\r\n"]))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tables(_SAFE_TEXT, _FILLED), *_WRITING)
def test_round_trip_utf8(rows: list[list[str]], delimiter: str, quote_all: bool,
                         terminator: str) -> None:
    if terminator == "\n":
        rows = [[cell.replace("\r", "") for cell in row] for row in rows]
    records = _written(rows, delimiter, quote_all, terminator)
    table = read_csv_bytes("".join(records).encode())
    _check_round_trip(table, records, rows, delimiter)
    assert table.encoding == "utf-8"


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(_cp1252_tables(), *_WRITING)
def test_round_trip_cp1252(rows: list[list[str]], delimiter: str, quote_all: bool,
                           terminator: str) -> None:
    if terminator == "\n":
        rows = [[cell.replace("\r", "") for cell in row] for row in rows]
    records = _written(rows, delimiter, quote_all, terminator)
    data = "".join(records).encode("cp1252")
    try:  # bytes that happen to be valid UTF-8 too (like "Ã©") are read as UTF-8: by design
        data.decode("utf-8")
        assume(data.isascii())
    except UnicodeDecodeError:
        pass
    try:
        table = read_csv_bytes(data)
    except UnreadableFile as error:  # text made mostly of such pairs is refused, also by design
        assume("mostly UTF-8" not in str(error))
        raise
    _check_round_trip(table, records, rows, delimiter)
    assert table.encoding == ("utf-8" if data.isascii() else "cp1252")


# Real files


def real_file(name: str) -> Path:
    path = REAL_WORLD / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return path


def test_uk_worker_coops_essglobal() -> None:
    table = read_table(real_file("uk-worker-coops-essglobal.csv"))
    # 7,272 records over 12,980 lines: many addresses span several lines
    assert len(table.rows) > 7_000
    assert table.row_numbers[-1] == len(table.rows) + 1  # as Excel numbers its rows
    assert list(table.row_numbers) == sorted(set(table.row_numbers))
    assert "Organisational Structure" in table.headers
    assert (table.encoding, table.delimiter, table.skipped, table.extra_cells) == (
        "utf-8", ",", (), ())
    assert any("\n" in row[table.headers.index("Street Address")] for row in table.rows)
    mapped = {field: table.headers[i] for i, field in suggest_mapping(table.headers).items()}
    assert mapped["name"] == "Name"
    assert mapped["kind"] == "Organisational Structure"
    assert mapped["sectors"] == "Primary Activity"
    assert mapped["website"] == "Website"
    assert mapped["latitude"] == "Latitude"


def test_ica_youth_led_coops() -> None:
    table = read_table(real_file("ica-youth-led-coops.csv"))
    assert table.headers[1:3] == ("Name", "name (2)")
    assert len(table.rows) > 90
    cells = [cell for row in table.rows for cell in row]
    assert any("\n" in cell for cell in cells)
    text = "\n".join(cells)
    assert "Córdoba" in text and "años" in text and "cooperação" in text
