"""Read CSV or other delimited text, as officers really have it, into a :class:`.Table`.

The encoding (unless the officer chose one) and the delimiter are worked out from the
content; binary data, a web page saved as .csv, a stray quote or a line of endless
separators are refused with :class:`.UnreadableFile` naming the line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import itertools
import re
from collections.abc import Iterator

from rrr_desktop.messages import current_language
from rrr_desktop.services.stakeholders.importing.encodings import (
    ENCODINGS,
    encoding_name,
    guess_encoding,
    utf16_without_mark,
)
from rrr_desktop.services.stakeholders.importing.table import (
    MAX_CELL_CHARS,
    MAX_FILE_BYTES,
    Numbered,
    Table,
    UnreadableFile,
    build_table,
    check_size,
)

DELIMITERS = (",", ";", "\t", "|")

_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 50
_MAX_SEPARATORS = MAX_CELL_CHARS  # per line: more would mean a huge row list in memory
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKUP_STARTS = ("<!doctype", "<html", "<?xml", "<table")
_NO_SPLIT = "\x1f"  # parses a one-column file without splitting cells at commas


def read_csv_bytes(data: bytes, name: str = "file", encoding: str | None = None) -> Table:
    """Read CSV or delimited text; the delimiter, and the encoding unless given, are worked
    out from the content."""
    check_size(data, name)
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
    return build_table(records, name, encoding, delimiter or ",")


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


