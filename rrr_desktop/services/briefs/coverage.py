"""Characters the brief's font cannot print (Chinese, Japanese, Arabic, emoji, many
symbols: Noto Sans covers Latin, Greek and Cyrillic).

The app ships no fallback font for them, so rather than vanish from the PDF they
print as a visible replacement mark, and :func:`unprintable_in` lists them so the
officer is told when the brief is generated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache

from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

REPLACEMENT = "\ufffd"  # "�", in every Noto Sans style


@cache
def _covered() -> frozenset[int]:
    """The code points every style of the brief's font has a glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)]
    return frozenset.intersection(*(frozenset(face.charToGlyph) for face in faces))


def printable(text: str) -> str:
    """``text`` with each character the font lacks replaced by :data:`REPLACEMENT`;
    invisible formatting marks it lacks (zero-width joiners) are left out, and white
    space is left to the layout."""
    if text.isascii():
        return text
    covered = _covered()
    return "".join(c if ord(c) in covered or c.isspace()
                   else REPLACEMENT if c.isprintable() else "" for c in text)


def unprintable_in(data: object) -> tuple[str, ...]:
    """The distinct characters of every text in ``data`` (a brief's input dataclasses)
    that will print as :data:`REPLACEMENT`, in code point order."""
    covered = _covered()
    return tuple(sorted({c for text in _texts(data) if not text.isascii() for c in text
                         if ord(c) not in covered and c.isprintable() and not c.isspace()}))


def _texts(data: object) -> Iterator[str]:
    """Every string in ``data``, through dataclasses, tuples and lists (a 1,000-row brief
    holds some 50,000 values: walked without recursion)."""
    waiting = [data]
    while waiting:
        value = waiting.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple | list):
            waiting.extend(value)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            waiting.extend(getattr(value, name) for name in _field_names(type(value)))


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))
