"""One cell of an imported file cleaned, and the error of a cell the register cannot take.

Every cell is cleaned the same way before it is read: control and direction-override
characters dropped, "n/a"-style placeholders read as empty, and the apostrophe that
spreadsheet exports put before a formula-like cell removed (:func:`neutralised` puts it
there when the app writes a file).
"""

from __future__ import annotations

import re

from rrr_desktop.messages import Message, message

_PLACEHOLDERS = frozenset({"n/a", "n.a.", "n.a", "#n/a", "-", "--", "—", "none", "null", "nil",
                           "?"})
_LONGEST_PLACEHOLDER = max(map(len, _PLACEHOLDERS))
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets may run as a formula
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
# C0 controls except tab and newline, DEL, and the bidirectional embedding, override and
# isolate marks that can make a name display as something else.
_INVISIBLE_CODES = [*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x202A, 0x202F),
                    *range(0x2066, 0x206A)]
_INVISIBLE = str.maketrans(dict.fromkeys(_INVISIBLE_CODES))
# The same characters, found (in C) before the slower translation is asked to drop them:
# a cell with a line break is not "printable", yet has nothing to drop.
_HAS_INVISIBLE = re.compile("[" + "".join(map(chr, _INVISIBLE_CODES)) + "]")


class InvalidCell(ValueError):
    """A cell the register cannot take: which ``column`` (a register field), the value
    (``None`` when too long to repeat), the file's ``header`` and the ``problem``.

    ``str()`` names them all in the current language; :meth:`described` leaves the
    file's header out (for the stakeholder form, which has no columns).
    """

    def __init__(self, column: str, problem: Message, text: str | None = None,
                 header: str | None = None) -> None:
        self.column = column
        self.problem = problem
        self.value = None if text is None else quoted_text(text)
        self.header = header
        super().__init__(column)

    def described(self, with_header: bool = True) -> Message:
        parts: dict[str, object] = {"column": message(f"column.{self.column}"),
                                    "problem": self.problem}
        header = with_header and self.header is not None
        if header:
            parts["header"] = quoted_text(str(self.header))
        if self.value is not None:
            parts["value"] = self.value
        code = {(True, True): "cell.value_in_column", (True, False): "cell.in_column",
                (False, True): "cell.value", (False, False): "cell.plain"}[
            header, self.value is not None]
        return Message(code, parts)

    def __str__(self) -> str:
        return self.described().text()


def clean_cell(cell: str) -> str:
    """The cell without invisible characters, placeholders or a formula guard."""
    text = (cell if cell.isprintable() or not _HAS_INVISIBLE.search(cell)
            else cell.translate(_INVISIBLE)).strip()
    if len(text) <= _LONGEST_PLACEHOLDER and text.casefold() in _PLACEHOLDERS:
        return ""
    if text[:1] == "'" and text[1:2].startswith(FORMULA_STARTS) and len(text) > 1:
        return text[1:].strip()
    return text


def neutralised(cell: str) -> str:
    """The cell with an apostrophe before it if a spreadsheet would read it as a formula.

    :func:`clean_cell` takes the apostrophe off again. Plain numbers such as -2.5 are
    left alone: they compute nothing, and the apostrophe would make them text.
    """
    if cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def quoted_text(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:60] + "…")
