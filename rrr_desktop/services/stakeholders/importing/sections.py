"""Tell the section headings of a list from organisations that have only a name.

Lists organised in sections (a town, a category) have rows with one filled cell:
some are headings, many are real organisations with nothing but a name. A row is
set aside as a heading only when it clearly is one; otherwise it is kept, since an
organisation lost in silence costs the officer more than a heading to delete.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

_MIN_REPEATS = 2  # a layout is a layout once it repeats


def is_name_only(cells: Sequence[str]) -> bool:
    """Whether only the first cell of a row is filled."""
    return bool(cells[0]) and not any(cells[1:])


def _styled(text: str) -> bool:
    """Reads like a heading: "NORTH DISTRICT", "Schools:"."""
    letters = [c for c in text if c.isalpha()]
    return text.rstrip().endswith(":") or (len(letters) > 1 and text.isupper())


def section_headings(rows: Sequence[Sequence[str]], after_break: Collection[int]) -> list[int]:
    """The indexes of the rows that are clearly section headings.

    A heading has only its first cell filled, stands after a break (the header row or
    a blank row) or reads like a heading (all capitals, an ending colon), and is
    followed by a row with more than a name; and the file repeats that layout at least
    twice. ``after_break`` holds the indexes of rows that follow a blank row.
    """
    if not rows or len(rows[0]) < 2:
        return []
    found = []
    for index, cells in enumerate(rows[:-1]):
        if not is_name_only(cells) or is_name_only(rows[index + 1]):
            continue
        if index == 0 or index in after_break or _styled(cells[0]):
            found.append(index)
    return found if len(found) >= _MIN_REPEATS else []
