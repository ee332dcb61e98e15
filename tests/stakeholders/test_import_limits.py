"""Workbooks of a few hundred KB that describe gigabytes are refused before openpyxl reads
them, naming the limit (the files are generated here, streamed through deflate)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rrr_desktop.services.stakeholders.importing import workbook_limits
from rrr_desktop.services.stakeholders.importing.tabular import read_table

WORKBOOK = (b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            b'<sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        b'<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
        b'</Relationships>')
TYPES = (b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
         b'officedocument.spreadsheetml.sheet.main+xml"/>'
         b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
         b'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
         b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
SHEET_START = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
HEADER_ROW = (b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v>'
              b'</c></row>')


def repeated(piece: bytes, times: int, block: int = 100_000) -> Iterator[bytes]:
    while times > 0:
        yield piece * min(block, times)
        times -= block


def workbook(path: Path, sheet: Iterator[bytes], strings: Iterator[bytes]) -> Path:
    """An .xlsx with the given worksheet and shared-strings XML, written in pieces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        for member, pieces in (("xl/worksheets/sheet1.xml", sheet),
                               ("xl/sharedStrings.xml", strings)):
            with archive.open(member, "w", force_zip64=True) as stream:
                for piece in pieces:
                    stream.write(piece)
    return path


def strings(*extra: Iterator[bytes]) -> Iterator[bytes]:
    yield b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    yield b"<si><t>Name</t></si><si><t>Email</t></si>"
    for pieces in extra:
        yield from pieces
    yield b"</sst>"


def sheet(*rows: Iterator[bytes]) -> Iterator[bytes]:
    yield SHEET_START + HEADER_ROW
    for pieces in rows:
        yield from pieces
    yield b"</sheetData></worksheet>"


def test_a_small_honest_workbook_still_reads(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ok.xlsx", sheet(iter([
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>Coop</t></is></c></row>'])), strings())
    assert read_table(path).rows == (("Coop", ""),)


@pytest.mark.parametrize(("make", "limit"), [
    (lambda: (sheet(), strings(repeated(b"<si><t/></si>", 2_000_001))), "shared strings"),
    (lambda: (sheet(iter([b'<row r="2">']), repeated(b"<c/>", 20_000), iter([b"</row>"])),
              strings()), "cells per row ≤ 16,384"),
], ids=["shared-strings-bomb", "one-huge-row"])
def test_a_workbook_bomb_is_refused_naming_the_limit(
        tmp_path: Path, make: object, limit: str) -> None:
    sheet_xml, strings_xml = make()  # type: ignore[operator]
    path = workbook(tmp_path / "bomb.xlsx", sheet_xml, strings_xml)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(workbook_limits.WorkbookTooLarge) as refusal:
        read_table(path)
    assert "bomb.xlsx" in str(refusal.value) and limit in str(refusal.value)


def test_a_worksheet_with_too_many_cells_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_limits, "MAX_CELLS", 100_000)
    path = workbook(tmp_path / "tall.xlsx", sheet(repeated(b"<row><c/><c/><c/><c/></row>",
                                                           25_001)), strings())
    with pytest.raises(workbook_limits.WorkbookTooLarge, match="cells per worksheet ≤ 100,000"):
        read_table(path)
    monkeypatch.setattr(workbook_limits, "MAX_CELLS", 100_010)  # the limit is not passed:
    assert read_table(path).headers == ("Name", "Email")  # openpyxl reads it


def test_a_part_larger_than_its_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workbook_limits, "MAX_PART_BYTES", 10_000)
    path = workbook(tmp_path / "wide.xlsx", sheet(repeated(b"<row/>", 5_000)), strings())
    with pytest.raises(workbook_limits.WorkbookTooLarge,
                       match=r"sheet1\.xml ≤ 10,000 bytes unpacked"):
        read_table(path)
