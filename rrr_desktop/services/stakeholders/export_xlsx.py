"""Write an export as an .xlsx a colleague reads at once: typed cells, a frozen bold header
with a filter, columns as wide as their contents (within reason)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from rrr_desktop.files import atomic_file

Cell = str | int | float | date | None
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_WIDTH_SAMPLE = 500  # rows looked at to size the columns
_RUNS = ("=", "@")  # what a spreadsheet could still read as a formula when retyped


def write_xlsx(path: Path, header: list[str], rows: list[list[Cell]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Stakeholders")
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(header))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for index, width in enumerate(_widths(header, rows), 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    cells = []
    for title in header:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    with atomic_file(path, "wb", shared=True) as handle:
        workbook.save(handle)


def _cell(sheet: object, value: Cell) -> object:
    """Numbers and dates typed; text always a text cell (openpyxl would make "=x" a
    formula), with an apostrophe only before "=" or "@"."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
        return cell
    cell = WriteOnlyCell(sheet, value="'" + value if value.startswith(_RUNS) else value)
    cell.data_type = "s"
    return cell


def _widths(header: list[str], rows: list[list[Cell]]) -> list[float]:
    widths = [len(title) + 2 for title in header]
    for row in rows[:_WIDTH_SAMPLE]:
        for index, value in enumerate(row):
            longest = max((len(line) for line in str(value or "").splitlines()), default=0)
            widths[index] = max(widths[index], longest + 1)
    return [float(min(max(width, _MIN_WIDTH), _MAX_WIDTH)) for width in widths]
