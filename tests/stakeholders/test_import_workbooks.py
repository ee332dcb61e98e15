"""LibreOffice's .ods and Excel 97-2003's .xls open like .xlsx."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
import xlwt  # type: ignore[import-untyped]

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.importing.applying import apply_import
from rrr_desktop.services.stakeholders.importing.importer import plan_import
from rrr_desktop.services.stakeholders.importing.table import UnreadableFile
from rrr_desktop.services.stakeholders.importing.tabular import read_table

_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')

_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
             '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
             'manifest:full-path="/" manifest:media-type='
             '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
             'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
             '</manifest:manifest>')


def _ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, date):
        return f'<table:table-cell office:value-type="date" office:date-value="{value}"/>'
    if isinstance(value, float | int):
        return f'<table:table-cell office:value-type="float" office:value="{value}"/>'
    return (f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>'
            "</table:table-cell>")


def ods_file(path: Path, sheets: list[tuple[str, bool, list[list[object]]]]) -> Path:
    """An .ods as LibreOffice writes it, reduced to what a reader needs: sheets given as
    (name, hidden, rows)."""
    styles = ('<office:automatic-styles><style:style style:name="hide" '
              'style:family="table"><style:table-properties table:display="false"/>'
              '</style:style></office:automatic-styles>')
    hide = ' table:style-name="hide"'
    tables = "".join(
        f'<table:table table:name="{name}"{hide if hidden else ""}>'
        + "".join("<table:table-row>" + "".join(map(_ods_cell, row)) + "</table:table-row>"
                  for row in rows) + "</table:table>"
        for name, hidden, rows in sheets)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} '
               f'office:version="1.2">{styles}<office:body><office:spreadsheet>{tables}'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
    return path


def xls_file(path: Path, rows: list[list[object]]) -> Path:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Lista")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value, *([dates] if isinstance(value, date) else []))
    book.save(str(path))
    return path


ROWS: list[list[object]] = [
    ["Lista de entidades", None, None],
    [None, None, None],
    ["Entidad", "Fundada", "Socios"],
    ["Cooperativa Año Nuevo", date(2020, 5, 1), 12],
    ["Asociación Vecinal", None, 3.5],
]


@pytest.mark.parametrize("make", [xls_file, lambda path, rows: ods_file(
    path, [("Lista", False, rows)])], ids=["xls", "ods"])
def test_a_workbook_reads_like_an_xlsx(tmp_path: Path, make: object, home: Home) -> None:
    path = make(tmp_path / "lista.bin", ROWS)  # type: ignore[operator]
    table = read_table(path)
    assert table.headers == ("Entidad", "Fundada", "Socios")
    assert table.rows == (("Cooperativa Año Nuevo", "2020-05-01", "12"),
                          ("Asociación Vecinal", "", "3.5"))
    assert table.row_numbers == (4, 5)
    assert [number for number, _ in table.skipped] == [1, 2]
    summary = apply_import(home.db, plan_import(home.db, table, path.name))
    assert summary.added == 2


def test_a_hidden_first_sheet_of_an_ods_is_not_read(tmp_path: Path) -> None:
    path = ods_file(tmp_path / "l.ods", [("Notes", True, [["secret", "x"]]),
                                          ("Data", False, [["Name", "City"], ["Coop", "Leeds"]])])
    assert read_table(path).rows == (("Coop", "Leeds"),)


def test_an_ods_with_only_hidden_sheets_is_refused(tmp_path: Path) -> None:
    path = ods_file(tmp_path / "l.ods", [("Notes", True, [["Name", "City"]])])
    with pytest.raises(UnreadableFile, match="no visible worksheet"):
        read_table(path)


def test_a_truncated_xls_is_refused_as_damaged(tmp_path: Path) -> None:
    path = xls_file(tmp_path / "l.xls", ROWS)
    path.write_bytes(path.read_bytes()[:1500])
    with pytest.raises(UnreadableFile, match="damaged"):
        read_table(path)
