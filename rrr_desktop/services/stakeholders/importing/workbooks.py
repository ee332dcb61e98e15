"""Read the first visible sheet of an .xlsx, .ods or .xls workbook into a :class:`.Table`.

The archive and the sheet are untrusted: a workbook that would unpack to too much, is
damaged or hides every sheet is refused with :class:`.UnreadableFile`. Cells are read
as values (never formulas) and written as a spreadsheet shows them.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import Any

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.stakeholders.importing.calamine_sheets import visible_sheet_rows
from rrr_desktop.services.stakeholders.importing.table import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    Numbered,
    Table,
    UnreadableFile,
    build_table,
)
from rrr_desktop.services.stakeholders.importing.workbook_limits import check_workbook

MAX_UNZIPPED_BYTES = 10 * MAX_FILE_BYTES  # an .xlsx is a zip: bound what it may unpack to
_MAX_MIMETYPE_BYTES = 64 * 1024


def read_zipped_workbook(data: bytes, name: str) -> Table:
    """An .xlsx workbook's first visible sheet (an .ods, also a zip, goes on to
    :func:`read_other_workbook`)."""
    try:  # zip members declare their size, and zipfile never unpacks more than declared
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
            small = sizes.get("mimetype", _MAX_MIMETYPE_BYTES) < _MAX_MIMETYPE_BYTES
            mimetype = archive.read("mimetype") if small else b""
    except Exception as error:  # a hostile archive can break zipfile in many ways
        raise _damaged(name) from error
    if sum(sizes.values()) > MAX_UNZIPPED_BYTES:
        raise UnreadableFile("import_file.unpacks_too_much", file=name,
                             mb=MAX_UNZIPPED_BYTES // 2**20)
    if "xl/workbook.xml" not in sizes:
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return read_other_workbook(data, name)
        raise UnreadableFile("import_file.other_zip", file=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_workbook(archive, name)
    except RejectedInput:
        raise
    except Exception as error:  # a hostile archive can break zipfile in many ways
        raise _damaged(name) from error
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a hostile file can break the parser in any way
        raise _damaged(name) from error
    try:  # read-only workbooks keep their source open until closed
        sheet = next((ws for ws in workbook.worksheets
                      if ws.sheet_state not in ("hidden", "veryHidden")), None)
        if sheet is None:
            raise UnreadableFile("import_file.no_visible_sheet", file=name)
        sheet.reset_dimensions()  # the stored size is often wrong and would cut rows off
        return build_table(_sheet_records(sheet, name), name, None, None)
    finally:
        workbook.close()


def read_other_workbook(data: bytes, name: str) -> Table:
    """An OpenDocument (.ods) or Excel 97-2003 (.xls) workbook's first visible sheet."""
    try:
        rows = visible_sheet_rows(data, MAX_COLUMNS + 1)
    except Exception as error:  # a hostile file can break the parser in any way
        raise _damaged(name) from error
    if rows is None:
        raise UnreadableFile("import_file.no_visible_sheet", file=name)
    return build_table(_numbered(rows), name, None, None)


def _numbered(rows: Iterator[list[object]]) -> Iterator[Numbered]:
    for number, values in enumerate(rows, 1):
        yield number, [_cell_text(value) for value in values]


def _damaged(name: str) -> UnreadableFile:
    return UnreadableFile("import_file.damaged_excel", file=name)


def _sheet_records(sheet: Any, name: str) -> Iterator[Numbered]:
    """Each sheet row as text, numbered as Excel shows it (openpyxl fills in missing rows)."""
    rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
    for number in itertools.count(1):
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as error:  # as in load_workbook: the sheet XML is untrusted
            raise _damaged(name) from error
        yield number, [_cell_text(v) for v in values[: _used_width(values)]]


def _used_width(values: tuple[object, ...]) -> int:
    """The index after the last value that is not None, by bisection: rows come padded
    to MAX_COLUMNS + 1 values and are mostly empty on the right."""
    low, high = 0, len(values)
    while low < high:
        middle = (low + high) // 2
        if values[middle:].count(None) == len(values) - middle:
            high = middle
        else:
            low = middle + 1
    return low


def _cell_text(value: object) -> str:
    """A cell value as a spreadsheet would show it, without locale formatting."""
    if value is None or isinstance(value, str):
        return (value or "").replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and not (value.is_integer() and abs(value) < 1e16):
        return format(value, ".15g")  # Excel's precision: 0.1 + 0.2 shows as 0.3
    if isinstance(value, float):
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time():
        value = value.date()
    return value.isoformat() if isinstance(value, date | time) else str(value)


