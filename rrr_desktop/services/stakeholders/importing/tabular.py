"""Read a CSV or Excel file, as officers really have them, into a clean table of text.

Every file is hostile: it is recognised by content, not name, and anything too big,
binary, damaged or ambiguous is refused whole with :class:`UnreadableFile` rather than
half read, so an import never starts from bad data. Rows left out are listed with why.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import current_language, message
from rrr_desktop.services.stakeholders.importing.calamine_sheets import visible_sheet_rows
from rrr_desktop.services.stakeholders.importing.encodings import (
    ENCODINGS,
    encoding_name,
    guess_encoding,
    utf16_without_mark,
)
from rrr_desktop.services.stakeholders.importing.sections import section_headings
from rrr_desktop.services.stakeholders.importing.workbook_limits import check_workbook

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_CELL_CHARS = 100_000
MAX_COLUMNS = 500
MAX_UNZIPPED_BYTES = 10 * MAX_FILE_BYTES  # an .xlsx is a zip: bound what it may unpack to
DELIMITERS = (",", ";", "\t", "|")

_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 50
_LEAD_ROWS = 10  # how many non-blank rows may stand above the header row (titles)
_MAX_RECORDS = 1_048_576  # as many rows as a sheet holds, blank ones included
_MAX_SEPARATORS = MAX_CELL_CHARS  # per line: more would mean a huge row list in memory
_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKUP_STARTS = ("<!doctype", "<html", "<?xml", "<table")
_INVISIBLE = str.maketrans("", "", "\ufeff\u200b")
_NO_SPLIT = "\x1f"  # parses a one-column file without splitting cells at commas

Numbered = tuple[int, list[str]]  # a row number and the row's cells


@dataclass(frozen=True)
class Table:
    """A file's cells as text, every row as wide as the header row.

    ``row_numbers`` and ``skipped`` use the row number a person finds in the file:
    the sheet row in Excel, the first physical line of the record in a CSV.
    ``extra_cells`` lists kept rows that had filled cells beyond the last header;
    those cells were dropped. ``headings`` are the rows set aside as section headings
    (see :mod:`.sections`); :meth:`with_headings` brings them back in as rows.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    skipped: tuple[tuple[int, str], ...]
    encoding: str | None
    delimiter: str | None
    extra_cells: tuple[int, ...]
    headings: tuple[tuple[int, tuple[str, ...]], ...] = ()

    def with_headings(self) -> Table:
        """The table with the rows set aside as headings kept as rows, in file order."""
        numbered = sorted([*zip(self.row_numbers, self.rows, strict=True), *self.headings])
        return replace(self, rows=tuple(cells for _, cells in numbered),
                       row_numbers=tuple(number for number, _ in numbered), headings=())


class UnreadableFile(RejectedInput):
    """A file that cannot be imported as a whole; ``str()`` says why and what to do."""


def read_table(path: Path, encoding: str | None = None) -> Table:
    """Read a CSV, .xlsx, .ods or .xls file, recognised by its content whatever its
    extension.

    A text file is read in ``encoding`` (one of :data:`.encodings.ENCODINGS`) if given,
    else in the one its content shows.
    """
    data = _read_bytes(path)
    if data.startswith(_OLE_SIGNATURE):  # Excel 97-2003, or any encrypted Office file
        if _ENCRYPTED_STREAM in data:
            raise UnreadableFile("import_file.password", file=path.name)
        return _read_other_workbook(data, path.name)
    if data.startswith(_ZIP_SIGNATURE):
        return _read_workbook(data, path.name)
    return read_csv_bytes(data, path.name, encoding)


def read_xlsx(path: Path) -> Table:
    """Read the first visible worksheet of an .xlsx file (values, not formulas)."""
    return _read_workbook(_read_bytes(path), path.name)


def read_csv_bytes(data: bytes, name: str = "file", encoding: str | None = None) -> Table:
    """Read CSV or delimited text; the delimiter, and the encoding unless given, are worked
    out from the content."""
    _check_size(data, name)
    text, encoding = _decode(data, name) if encoding is None else _decode_as(data, name,
                                                                             encoding)
    sample = text[:_SAMPLE_CHARS]
    if "\x00" in text or len(_CONTROL.findall(sample)) > len(sample) / 100:
        raise UnreadableFile("import_file.binary", file=name)
    if sample.lstrip().lower().startswith(_MARKUP_STARTS):
        raise UnreadableFile("import_file.markup", file=name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    delimiter = _detect_delimiter(text)
    if csv.field_size_limit() < MAX_FILE_BYTES:
        # our own check on cell length names the row and column; the csv module's cannot
        csv.field_size_limit(MAX_FILE_BYTES)
    records = _csv_records(text, delimiter or _NO_SPLIT, name)
    return _build_table(records, name, encoding, delimiter or ",")


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableFile("import_file.cannot_open", file=str(path),
                             reason=error.strerror or str(error)) from error
    _check_size(data, path.name)
    return data


def _check_size(data: bytes, name: str) -> None:
    if not data:
        raise UnreadableFile("import_file.empty", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("import_file.too_large", file=name, mb=MAX_FILE_BYTES // 2**20)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode by byte-order mark, else as UTF-16 if most pairs hold a zero byte, else strict
    UTF-8, else in the single-byte encoding that reads best (:mod:`.encodings`).

    A file that is mostly UTF-8 but has a few bytes that are not (two exports pasted
    together) is refused: read as Windows-1252 every accent in it would be garbled.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise UnreadableFile("import_file.bad_encoding", file=name, encoding=label,
                                     byte=error.start) from error
    utf16 = utf16_without_mark(data)
    if utf16:
        return data.decode(utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        high = len(data.translate(None, bytes(range(128))))
        if sum(map(len, _UTF8_SEQUENCE.findall(data))) > high / 2:
            line = data.count(b"\n", 0, error.start) + 1
            raise UnreadableFile("import_file.mixed_encoding", file=name, line=line) from error
    encoding = guess_encoding(data, current_language())
    with contextlib.suppress(UnicodeDecodeError):  # the guess read a sample of the file
        return data.decode(encoding), encoding
    return data.decode("iso8859-15"), "iso8859-15"  # decodes any bytes


def _decode_as(data: bytes, name: str, encoding: str) -> tuple[str, str]:
    """The text in the encoding the officer chose; refused if the bytes cannot be it."""
    if encoding not in ENCODINGS:
        raise ValueError(f"{encoding!r} is not one of {ENCODINGS}")
    for bom, _, _ in _BOMS:
        if encoding.startswith("utf") and data.startswith(bom):
            data = data[len(bom):]
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:
        raise UnreadableFile("import.encoding_does_not_fit", file=name,
                             encoding=encoding_name(encoding),
                             line=data.count(b"\n", 0, error.start) + 1) from error


def _detect_delimiter(text: str) -> str | None:
    """The delimiter giving the most consistent column count (> 1) over the first records.

    Each candidate is parsed with the csv module (quotes respected) and scored by the share
    of records of the most common width, then by that width: ``csv.Sniffer`` is fooled by
    semicolon files with commas in addresses. ``None`` means one column.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(text) > len(sample):  # do not let a record cut in half skew the count
        sample = sample[: sample.rfind("\n") + 1] or sample
    best: str | None = None
    best_score = (0.0, 1)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        widths = [len(r) for r in itertools.islice(reader, _SAMPLE_RECORDS) if r]
        width = max(set(widths), key=lambda w: (widths.count(w), w), default=1)
        score = (widths.count(width) / len(widths) if widths else 0.0, width)
        if width > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_records(text: str, delimiter: str, name: str) -> Iterator[Numbered]:
    """Each record with its row number as a spreadsheet shows it.

    A cell with line breaks keeps its record on one row, as Excel and LibreOffice
    show it; the physical line is used only to point at a stray quote.
    """
    # A line holds fewer separators than characters: most files have no line long enough
    # to be counted.
    longest = max(map(len, io.StringIO(text)), default=0)
    lines = _lines(text, delimiter, name) if longest > _MAX_SEPARATORS else io.StringIO(text)
    reader = csv.reader(lines, delimiter=delimiter)
    start, consumed = 1, 0
    cells: list[str] = []
    try:
        for count, cells in enumerate(reader, 1):
            if count > _MAX_RECORDS:
                raise _too_many_rows(name, _MAX_RECORDS)
            start = consumed + 1
            yield count, cells
            consumed = reader.line_num
    except csv.Error as error:
        raise UnreadableFile("import_file.bad_csv", file=name, line=reader.line_num,
                             reason=str(error)) from error
    # A quote that is never closed swallows every later line into the last cell.
    if cells and "\n" in cells[-1] and not text.rstrip().endswith('"'):
        raise UnreadableFile("import_file.open_quote", file=name, line=start)


def _lines(text: str, delimiter: str, name: str) -> Iterator[str]:
    for number, line in enumerate(io.StringIO(text), 1):
        if line.count(delimiter) > _MAX_SEPARATORS:
            raise UnreadableFile("import_file.too_many_separators", file=name,
                                 limit=_MAX_SEPARATORS, line=number)
        yield line


def _too_many_rows(name: str, limit: int) -> UnreadableFile:
    return UnreadableFile("import_file.too_many_rows", file=name, limit=limit)


def _read_workbook(data: bytes, name: str) -> Table:
    try:  # zip members declare their size, and zipfile never unpacks more than declared
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sizes = {info.filename: info.file_size for info in archive.infolist()}
            small = sizes.get("mimetype", _SAMPLE_CHARS) < _SAMPLE_CHARS
            mimetype = archive.read("mimetype") if small else b""
    except Exception as error:  # a hostile archive can break zipfile in many ways
        raise _damaged(name) from error
    if sum(sizes.values()) > MAX_UNZIPPED_BYTES:
        raise UnreadableFile("import_file.unpacks_too_much", file=name,
                             mb=MAX_UNZIPPED_BYTES // 2**20)
    if "xl/workbook.xml" not in sizes:
        if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
            return _read_other_workbook(data, name)
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
        return _build_table(_sheet_records(sheet, name), name, None, None)
    finally:
        workbook.close()


def _read_other_workbook(data: bytes, name: str) -> Table:
    """An OpenDocument (.ods) or Excel 97-2003 (.xls) workbook's first visible sheet."""
    try:
        rows = visible_sheet_rows(data, MAX_COLUMNS + 1)
    except Exception as error:  # a hostile file can break the parser in any way
        raise _damaged(name) from error
    if rows is None:
        raise UnreadableFile("import_file.no_visible_sheet", file=name)
    return _build_table(_numbered(rows, name), name, None, None)


def _numbered(rows: Iterator[list[object]], name: str) -> Iterator[Numbered]:
    for number, values in enumerate(rows, 1):
        if number > _MAX_RECORDS:
            raise _too_many_rows(name, _MAX_RECORDS)
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
        if number > _MAX_RECORDS:
            raise _too_many_rows(name, _MAX_RECORDS)
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


def _build_table(records: Iterable[Numbered], name: str,
                 encoding: str | None, delimiter: str | None) -> Table:
    """Keep, pad and check the rows below the header row."""
    pending = iter(records)
    (number, cells), rest, skipped = _find_header(pending, name)
    headers, header_key = _headers(cells, number, name)
    width = len(headers)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    extra: list[int] = []
    blanks: list[int] = []  # reported only once a filled row follows them
    after_break: set[int] = set()  # rows that follow a blank row
    for number, raw in itertools.chain(rest, pending):
        cells = list(map(str.strip, raw))
        if not any(cells):
            blanks.append(number)
            continue
        if blanks:
            after_break.add(len(rows))
        skipped += [(b, message("import_row.blank").text()) for b in blanks]
        blanks.clear()
        overflow = any(cells[width:])
        cells = cells[:width] + [""] * (width - len(cells))
        if _key(cells[0]) == header_key[0] and list(map(_key, cells)) == header_key:
            skipped.append((number, message("import_row.repeats_header").text()))
        else:
            _check_cells(cells, number, headers, name)
            if len(rows) == MAX_ROWS:
                raise _too_many_rows(name, MAX_ROWS)
            if overflow:
                extra.append(number)
            rows.append(tuple(cells))
            numbers.append(number)
    headings = set(section_headings(rows, after_break))
    return Table(tuple(headers), tuple(r for i, r in enumerate(rows) if i not in headings),
                 tuple(n for i, n in enumerate(numbers) if i not in headings),
                 tuple(skipped), encoding, delimiter, tuple(extra),
                 tuple((numbers[i], rows[i]) for i in sorted(headings)))


def _find_header(records: Iterator[Numbered], name: str
                 ) -> tuple[Numbered, list[Numbered], list[tuple[int, str]]]:
    """The header row, rows read past it that are data, and the rows skipped above it.

    The header is the first row with two filled cells among the first few non-blank rows,
    so titles above it ("Stakeholders 2024") are skipped; without one, the table has one
    column and its header is the first non-blank row.
    """
    lead: list[Numbered] = []
    filled = 0
    for number, raw in records:
        cells = [c.strip() for c in raw]
        if sum(map(bool, cells)) >= 2:
            return (number, cells), [], _lead_skipped(lead)
        lead.append((number, cells))
        filled += any(cells)
        if filled == _LEAD_ROWS:
            break
    first = next((i for i, (_, cells) in enumerate(lead) if any(cells)), None)
    if first is None:
        raise UnreadableFile("import_file.only_blank_rows", file=name)
    return lead[first], lead[first + 1:], _lead_skipped(lead[:first])


def _lead_skipped(lead: list[Numbered]) -> list[tuple[int, str]]:
    return [(n, message("import_row.title" if any(c) else "import_row.blank").text())
            for n, c in lead]


def _clean(cell: str) -> str:
    """A header text cleaned: invisible marks dropped, inner whitespace collapsed."""
    return " ".join(cell.translate(_INVISIBLE).split())


def _key(cell: str) -> str:
    """What a repeated header cell is recognised by."""
    return _clean(cell).casefold()


def _headers(cells: list[str], number: int, name: str) -> tuple[list[str], list[str]]:
    """Unique header texts and the keys that recognise the header row when repeated.

    Empty cells at the end of the header row are dropped (spreadsheets often carry
    some); others become "Column N". A repeated text, compared without regard to
    case, gets " (2)", " (3)": "Name", "name" -> "Name", "name (2)".
    """
    end = len(cells)
    while not cells[end - 1]:
        end -= 1
    if end > MAX_COLUMNS:
        raise UnreadableFile("import_file.too_many_columns", file=name, limit=MAX_COLUMNS,
                             row=number)
    texts = [_clean(c) for c in cells[:end]]
    _check_cells(texts, number, texts, name)
    originals = {text.casefold() for text in texts}
    used: set[str] = set()
    headers = []
    for index, text in enumerate(texts, 1):
        base = unique = text or f"Column {index}"
        count = 1  # a name made up here must not take one that the file uses itself
        while unique.casefold() in used or (unique != text and unique.casefold() in originals):
            count += 1
            unique = f"{base} ({count})"
        used.add(unique.casefold())
        headers.append(unique)
    return headers, [text.casefold() for text in texts]


def _check_cells(cells: list[str], number: int, headers: list[str], name: str) -> None:
    if max(map(len, cells)) > MAX_CELL_CHARS:
        column = next(i for i, c in enumerate(cells) if len(c) > MAX_CELL_CHARS)
        raise UnreadableFile("import_file.cell_too_long", file=name, limit=MAX_CELL_CHARS,
                             row=number, column=column + 1, header=headers[column][:80])
