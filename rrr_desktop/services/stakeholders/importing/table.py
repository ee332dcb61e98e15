"""The table every reader makes of a file, and the limits they all keep.

A reader (:mod:`.delimited`, :mod:`.workbooks`) yields the file's rows as numbered
text cells; :func:`build_table` finds the header row below any titles, pads and checks
the rows under it and sets section headings aside, refusing with
:class:`UnreadableFile` anything too big rather than reading half of it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.services.stakeholders.importing.sections import section_headings

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000
MAX_CELL_CHARS = 100_000
MAX_COLUMNS = 500

_LEAD_ROWS = 10  # how many non-blank rows may stand above the header row (titles)
_MAX_RECORDS = 1_048_576  # as many rows as a sheet holds, blank ones included
_INVISIBLE = str.maketrans("", "", "\ufeff\u200b")

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


def read_bytes(path: Path) -> bytes:
    """The file's content, refused if it cannot be opened, is empty or is too large."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableFile("import_file.cannot_open", file=str(path),
                             reason=error.strerror or str(error)) from error
    check_size(data, path.name)
    return data


def check_size(data: bytes, name: str) -> None:
    if not data:
        raise UnreadableFile("import_file.empty", file=name)
    if len(data) > MAX_FILE_BYTES:
        raise UnreadableFile("import_file.too_large", file=name, mb=MAX_FILE_BYTES // 2**20)


def _too_many_rows(name: str, limit: int) -> UnreadableFile:
    return UnreadableFile("import_file.too_many_rows", file=name, limit=limit)


def build_table(records: Iterable[Numbered], name: str,
                encoding: str | None, delimiter: str | None) -> Table:
    """Keep, pad and check the rows below the header row."""
    pending = _counted(records, name)
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


def _counted(records: Iterable[Numbered], name: str) -> Iterator[Numbered]:
    """The records, refused once a row number passes what a sheet can hold, blank rows
    included."""
    for number, cells in records:
        if number > _MAX_RECORDS:
            raise _too_many_rows(name, _MAX_RECORDS)
        yield number, cells


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
