"""Small building blocks: escaped paragraphs, headings, lists, fact tables.

Everything that comes from users or bundles passes through :func:`markup`, so a
name such as ``<b>Coop & Sons</b>`` prints literally instead of as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    HRFlowable,
    ListFlowable,
    ListItem,
    Paragraph,
    Table,
    TableStyle,
)

from rrr_desktop.services.briefs.coverage import printable
from rrr_desktop.services.briefs.fonts import BOLD, REGULAR
from rrr_desktop.services.briefs.styles import ACCENT, INK, MUTED, RULE, styles
from rrr_desktop.text import name_controls

LABEL_SIZE = 8.5  # points, for chart labels and page furniture


def plain(text: str) -> str:
    """Text with each control character named (``‹U+001B›``: PDF text and reportlab's
    parser refuse them, and a right-to-left override would reorder what follows) and a
    visible mark for each character the font cannot print."""
    return printable(name_controls(text))


def fitted(text: str, width: float, font: str = REGULAR, size: float = LABEL_SIZE) -> str:
    """``text`` on one line, shortened with an ellipsis to fit ``width`` points."""
    text = " ".join(plain(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with "…" is text[:low]
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def markup(text: str) -> str:
    """Untrusted text as paragraph markup that prints literally; newlines become breaks."""
    return escape(plain(text)).replace("\n", "<br/>")


def paragraphs(text: str, style_name: str = "body") -> list[Flowable]:
    """One paragraph per block of text separated by a blank line."""
    style = getattr(styles(), style_name)
    blocks = [b.strip() for b in re.split(r"\n\s*\n", plain(text))]
    return [Paragraph(markup(block), style) for block in blocks if block]


def heading(number: str, text: str, level: int = 1) -> Paragraph:
    style = styles().heading if level == 1 else styles().subheading
    prefix = f"{escape(number)}&nbsp;&nbsp;" if number else ""
    return Paragraph(prefix + markup(text), style)


def empty_note(text: str) -> Paragraph:
    return Paragraph(markup(text), styles().note)


def bullets(items: Iterable[str]) -> ListFlowable:
    style = styles().bullet
    return ListFlowable(
        [ListItem(Paragraph(markup(item), style), value="•") for item in items],
        bulletType="bullet", start="•", leftIndent=12, bulletFontName=REGULAR,
        bulletColor=MUTED)


def rich_item(title: str, detail: str = "") -> Paragraph:
    """A bold lead-in followed by plain detail, e.g. a topic and its note."""
    text = f'<font name="{BOLD}">{markup(title)}</font>'
    if detail.strip():
        text += f" – {markup(detail)}"
    return Paragraph(text, styles().body)


def table_style(*commands: tuple[object, ...]) -> TableStyle:
    """A table style that sets our font first: reportlab's cells would otherwise set
    Helvetica, declared in the file but never embedded, which PDF/A forbids."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, LABEL_SIZE), *commands])


def facts_table(facts: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value pairs in two columns (blank values are left out)."""
    cell = styles().cell
    rows = [[Paragraph(markup(label), styles().header_cell), Paragraph(markup(value), cell)]
            for label, value in facts if value.strip()]
    table = Table(rows, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ))
    return table


def title_block(kicker: str, title: str, subtitle: str, meta: str) -> list[Flowable]:
    """The first lines of page one: what kind of note, about whom, as of when."""
    style = styles()
    return [
        Paragraph(markup(kicker.upper()), style.kicker),
        Paragraph(markup(title), style.title),
        Paragraph(markup(subtitle), style.subtitle),
        Paragraph(markup(meta), style.small),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceBefore=8, spaceAfter=6),
    ]


def label_line(text: str) -> Paragraph:
    """A bold line that introduces a list inside a section."""
    return Paragraph(markup(text), styles().label)


def numbered(items: Iterable[str]) -> ListFlowable:
    style = styles().bullet
    return ListFlowable([ListItem(Paragraph(markup(item), style)) for item in items],
                        bulletType="1", bulletFormat="%s.", leftIndent=18,
                        bulletFontName=BOLD, bulletFontSize=9.5)
