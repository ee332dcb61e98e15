"""Bound what an .xlsx may cost before openpyxl reads it, by streaming its XML once.

An .xlsx is a zip of XML parts, and a small one can describe a huge sheet: openpyxl
keeps every shared string in memory (27 million empty strings in a 1 MB file took
2.6 GB) and builds each row whole before handing it over (20 million cells in one
row of a 600 KB file took more than 7.9 GB). Each part is therefore decompressed in
chunks and its elements counted with byte patterns, without building anything, and
the file is refused as soon as a count passes its limit: the cost is a few
milliseconds per megabyte read, and reading stops at the limit.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator

from rrr_desktop.errors import RejectedInput

MAX_PART_BYTES = 200 * 1024 * 1024  # one worksheet or the shared strings, unpacked
MAX_SHARED_STRINGS = 2_000_000
MAX_CELLS = 10_000_000  # in one worksheet
MAX_CELLS_PER_ROW = 16_384  # as many columns as Excel has

_CHUNK = 1024 * 1024
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")
_SHARED_STRINGS = "xl/sharedStrings.xml"
_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml")


class WorkbookTooLarge(RejectedInput):
    """The file passes a limit; the message names the file and the limit."""


def check_workbook(archive: zipfile.ZipFile, name: str) -> None:
    """Raise :class:`WorkbookTooLarge` if a part of ``archive`` passes a limit."""
    for info in archive.infolist():
        if info.filename != _SHARED_STRINGS and not _WORKSHEET.fullmatch(info.filename):
            continue
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookTooLarge("import.workbook_limit", file=name,
                                   limit=f"{info.filename} ≤ {MAX_PART_BYTES:,} bytes unpacked")
        if info.filename == _SHARED_STRINGS:
            _check_shared_strings(_pieces(archive, info.filename), name)
        else:
            _check_cells(_pieces(archive, info.filename), name)


def _pieces(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """The part's bytes in chunks that each end before a ``<``, so no tag is cut in two."""
    carry = b""
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = carry + chunk
            cut = buffer.rfind(b"<")
            cut = len(buffer) if cut <= 0 else cut
            yield buffer[:cut]
            carry = buffer[cut:]
    if carry:
        yield carry


def _check_shared_strings(pieces: Iterator[bytes], name: str) -> None:
    count = 0
    for piece in pieces:
        count += len(_STRING.findall(piece))
        if count > MAX_SHARED_STRINGS:
            raise WorkbookTooLarge("import.workbook_limit", file=name,
                                   limit=f"shared strings ≤ {MAX_SHARED_STRINGS:,}")


def _check_cells(pieces: Iterator[bytes], name: str) -> None:
    total = in_row = 0
    for piece in pieces:
        for index, segment in enumerate(_ROW.split(piece)):
            if index:
                in_row = 0  # a row starts before this segment
            cells = len(_CELL.findall(segment))
            in_row += cells
            total += cells
            if in_row > MAX_CELLS_PER_ROW:
                raise WorkbookTooLarge("import.workbook_limit", file=name,
                                       limit=f"cells per row ≤ {MAX_CELLS_PER_ROW:,}")
        if total > MAX_CELLS:
            raise WorkbookTooLarge("import.workbook_limit", file=name,
                                   limit=f"cells per worksheet ≤ {MAX_CELLS:,}")
