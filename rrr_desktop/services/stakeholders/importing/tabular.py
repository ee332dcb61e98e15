"""Read a CSV or Excel file, as officers really have them, into a clean table of text.

Every file is hostile: it is recognised by content, not name, and anything too big,
binary, damaged or ambiguous is refused whole with :class:`UnreadableFile` rather than
half read, so an import never starts from bad data. Rows left out are listed with why.
"""

from __future__ import annotations

from pathlib import Path

from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.table import Table, UnreadableFile, read_bytes
from rrr_desktop.services.stakeholders.importing.workbooks import (
    read_other_workbook,
    read_zipped_workbook,
)

_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def read_table(path: Path, encoding: str | None = None) -> Table:
    """Read a CSV, .xlsx, .ods or .xls file, recognised by its content whatever its
    extension.

    A text file is read in ``encoding`` (one of :data:`.encodings.ENCODINGS`) if given,
    else in the one its content shows.
    """
    data = read_bytes(path)
    if data.startswith(_OLE_SIGNATURE):  # Excel 97-2003, or any encrypted Office file
        if _ENCRYPTED_STREAM in data:
            raise UnreadableFile("import_file.password", file=path.name)
        return read_other_workbook(data, path.name)
    if data.startswith(_ZIP_SIGNATURE):
        return read_zipped_workbook(data, path.name)
    return read_csv_bytes(data, path.name, encoding)


def read_xlsx(path: Path) -> Table:
    """Read the first visible worksheet of an .xlsx file (values, not formulas)."""
    return read_zipped_workbook(read_bytes(path), path.name)
