"""Plain text laid out once: the lines a paragraph would print, without the paragraph.

A key stakeholders table of a thousand rows holds six thousand cells. As paragraphs,
each is parsed as markup and broken into lines four times (the row heights, the page
split, the repeated measure before drawing, the drawing). Most cells are plain text
that breaks between words: :func:`broken_lines` finds their lines once, by the
paragraph's own rule, and the table prints one line as a string and several as
:class:`Lines`, the same glyphs at the same places. Anything else stays a paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable  # type: ignore[import-untyped]

_ESCAPED = re.compile("[&<>]")


@lru_cache(maxsize=4096)  # a column repeats its kinds, stages, districts, owners
def broken_lines(text: str, style: ParagraphStyle, width: float) -> tuple[str, ...] | None:
    """The lines ``Paragraph(markup(text), style)`` prints within ``width`` points, or
    None when only the paragraph can tell: no text, white space other than single
    spaces between words, control or format characters (soft hyphens, zero-width
    spaces), characters escaped in markup (their entities make a paragraph of several
    fragments), a word wider than a line (the paragraph cuts it), or a line that fits
    only with narrowed spaces (the paragraph allows a little shrinkage)."""
    if (not text or not text.isprintable() or text.strip(" ") != text or "  " in text
            or _ESCAPED.search(text)):
        return None
    font, size = style.fontName, style.fontSize
    space = stringWidth(" ", font, size)
    shrinkage = rl_config.spaceShrinkage * space  # per space already on the line
    lines: list[str] = []
    line: list[str] = []
    used = -space  # no space before the first word
    for word in text.split(" "):
        word_width = stringWidth(word, font, size)
        if word_width > width:
            return None
        wider = used + space + word_width
        if not line or wider <= width + shrinkage * len(line):
            line.append(word)
            used = wider
            continue
        if used > width:
            return None
        lines.append(" ".join(line))
        line, used = [word], word_width
    if used > width:
        return None
    lines.append(" ".join(line))
    return tuple(lines)


class Lines(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Lines of text in one paragraph style, printed and split across pages as their
    paragraph would be: top line at one font size below the top, one leading apart,
    and a first part of at least two lines (no orphan) when split."""

    def __init__(self, lines: tuple[str, ...], style: ParagraphStyle) -> None:
        super().__init__()
        self.lines = lines
        self.style = style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fitting = int(available_height / self.style.leading)
        if fitting <= 1:
            return []
        if len(self.lines) <= fitting:
            return [self]
        return [Lines(self.lines[:fitting], self.style),
                Lines(self.lines[fitting:], self.style)]

    def draw(self) -> None:
        style = self.style
        self.canv.setFillColor(style.textColor)
        text = self.canv.beginText(0, len(self.lines) * style.leading - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.textLines(self.lines, trim=0)
        self.canv.drawText(text)
