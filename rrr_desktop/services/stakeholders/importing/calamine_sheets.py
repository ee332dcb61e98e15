"""The first visible worksheet of an OpenDocument (.ods) or Excel 97-2003 (.xls) workbook.

Read with python-calamine, bindings to the Rust calamine reader: maintained, one
wheel without further dependencies, and it reads both formats (and .xlsx) quickly in
little memory; xlrd reads only .xls and odfpy-based readers are slow and memory
hungry on large sheets. .xlsx files keep going through openpyxl (see workbooks.py).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence


def visible_sheet_rows(data: bytes, max_columns: int) -> Iterator[list[object]] | None:
    """Each row of the first visible worksheet from row 1 and column A, at most
    ``max_columns`` wide, trailing empty cells dropped; None if every sheet is hidden.

    Empty cells are None. A damaged file raises whatever calamine raises.
    """
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    try:
        name = next((sheet.name for sheet in workbook.sheets_metadata
                     if sheet.visible == SheetVisibleEnum.Visible), None)
        if name is None:
            return None
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    finally:
        workbook.close()
    return (_trimmed(row[:max_columns]) for row in rows)


def _trimmed(row: Sequence[object]) -> list[object]:
    end = len(row)
    while end and row[end - 1] in ("", None):
        end -= 1
    return [None if cell == "" else cell for cell in row[:end]]
