"""Tell the section headings of a list from organisations that have only a name.

Lists organised in sections (a town, a category) have rows with one filled cell:
some are headings, many are real organisations with nothing but a name. A row is
set aside as a heading only when it clearly is one; otherwise it is kept, since an
organisation lost in silence costs the officer more than a heading to delete.

The signals: no other cell is filled; the row reads like a place or a category (a
few words, no digits, no word that names an organisation: school, club, co-op...);
it is styled as a heading (capitals, an ending colon) or stands after a break (the
header row or a blank row); it opens a run of rows, some with more than a name; and
the file repeats that layout.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from rrr_desktop.text import normalise

_MIN_REPEATS = 2  # a layout is a layout once it repeats
_MIN_RUN = 2  # rows a heading without style or break opens, one with more than a name
_MAX_WORDS = 6  # "Health, Social Care & Wellbeing"
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"[^\W\d_]{2,4}")  # "YMCA", "RSPB" (and "BATH"): kept as organisations
# Words that name an organisation in the seven languages (accents and case folded): a row
# holding one is an organisation, even in capitals, unless it ends with a colon ("Schools:").
_ORGANISATION_WORDS = frozenset({
    "academy", "association", "associations", "bakery", "bank", "cafe", "centre", "center",
    "charity", "church", "cic", "club", "clubs", "co", "coop", "cooperative", "college",
    "company", "council", "farm", "fc", "federation", "foundation", "garden", "gardens",
    "group", "hub", "ltd", "limited", "market", "network", "nursery", "partnership", "plc",
    "project", "pub", "restaurant", "school", "services", "shop", "society", "store",
    "studio", "team", "trust", "union", "escuela", "colegio", "cooperativa", "asociacion",
    "fundacion", "empresa", "sociedad", "instituto", "ecole", "fondation", "entreprise",
    "societe", "institut", "escola", "associacao", "fundacao", "scuola", "associazione",
    "fondazione", "societa", "istituto", "vereniging", "stichting", "cooperatie", "bedrijf",
    "szkola", "stowarzyszenie", "fundacja", "spoldzielnia", "klub", "firma", "instytut",
})


def is_name_only(cells: Sequence[str]) -> bool:
    """Whether only the first cell of a row is filled."""
    return bool(cells[0]) and not any(cells[1:])


def _styled(text: str) -> bool:
    """Styled as a heading: "NORTH DISTRICT", "Schools:" (not an acronym such as "YMCA")."""
    letters = sum(1 for c in text if c.isalpha())
    return text.rstrip().endswith(":") or (letters > 1 and text.isupper()
                                           and not _is_acronym(text))


def _is_acronym(text: str) -> bool:
    return text.isupper() and _ACRONYM.fullmatch(text) is not None


def _reads_like_heading(text: str) -> bool:
    """A place or a category: a few words, no digits, none naming an organisation."""
    if any(c.isdigit() for c in text) or _is_acronym(text):
        return False
    words = _WORD.findall(normalise(text).replace("-", ""))
    return 0 < len(words) <= _MAX_WORDS and _ORGANISATION_WORDS.isdisjoint(words)


def section_headings(rows: Sequence[Sequence[str]], after_break: Collection[int]) -> list[int]:
    """The indexes of the rows that are clearly section headings.

    A heading has only its first cell filled, reads like a place or a category (or
    ends with a colon) and opens a run of rows before the next row that could be a
    heading. Styled as a heading, that is enough; after a break (the header row or a
    blank row) the run must hold a row with more than a name; elsewhere it must be at
    least two rows long and hold one. The file must repeat the layout at least twice.
    ``after_break`` holds the indexes of rows that follow a blank row.
    """
    if not rows or len(rows[0]) < 2:
        return []
    found = [index for index, cells in enumerate(rows[:-1])
             if is_name_only(cells) and _opens_section(rows, index, after_break)]
    return found if len(found) >= _MIN_REPEATS else []


def _opens_section(rows: Sequence[Sequence[str]], index: int,
                   after_break: Collection[int]) -> bool:
    text = rows[index][0]
    if not (text.rstrip().endswith(":") or _reads_like_heading(text)):
        return False
    styled = _styled(text)
    run = _run_after(rows, index)
    if styled or not run:
        return bool(run)
    with_more = any(not is_name_only(cells) for cells in run)
    if index == 0 or index in after_break:
        return with_more
    return with_more and len(run) >= _MIN_RUN


def _could_be_heading(cells: Sequence[str]) -> bool:
    return is_name_only(cells) and _reads_like_heading(cells[0])


def _run_after(rows: Sequence[Sequence[str]], index: int) -> Sequence[Sequence[str]]:
    """The rows after ``index`` up to the next one that could be a heading."""
    end = index + 1
    while end < len(rows) and not _could_be_heading(rows[end]):
        end += 1
    return rows[index + 1:end]
