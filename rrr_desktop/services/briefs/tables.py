"""Data tables: a header row repeated on every page, wrapping cells, zebra rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Paragraph, Table  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import markup, plain, table_style
from rrr_desktop.services.briefs.inputs import StakeholderRow
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.lines import Lines, broken_lines
from rrr_desktop.services.briefs.styles import HEADER_FILL, INK, MUTED_HEX, RULE, ZEBRA, styles

Cell: TypeAlias = "str | Paragraph"
LEFT_PADDING, RIGHT_PADDING, TOP_PADDING, BOTTOM_PADDING = 3.5, 3, 3, 4


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               fractions: Sequence[float], width: float) -> Table:
    """A table over ``width`` points; ``fractions`` share it between the columns.

    ``str`` cells print as wrapping paragraphs; plain text is broken into lines once
    (``lines.py``) and the rows are measured once, here, as the table would measure
    them: a thousand-row table lays out several times faster. Pass a Paragraph for
    anything else. A row taller than a page is split inside the row rather than
    overflowing it.
    """
    cell_style = styles().cell
    widths = [width * f for f in fractions]
    rooms = [w - LEFT_PADDING - RIGHT_PADDING for w in widths]
    header: list[str | list[Flowable]] = [[Paragraph(markup(h), styles().header_cell)]
                                          for h in headers]
    body = [[_cell(c, cell_style, room) for c, room in zip(row, rooms, strict=True)]
            for row in rows]
    cells = [header, *body]
    table = _DataTable(cells, colWidths=widths,
                       rowHeights=[_row_height(row, rooms) for row in cells],
                       repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("FONT", (0, 0), (-1, -1), cell_style.fontName, cell_style.fontSize,
         cell_style.leading),  # of the one-line cells the table prints itself
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), LEFT_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), RIGHT_PADDING),
    ))
    return table


class _DataTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table whose plain cells (one line, or :class:`Lines`) print through one
    reportlab text object, its font and colour set only when they change, instead of a
    new object each (``drawString``, a flowable's own state): what a 1,000-row table
    spends most of its drawing on. In the PDF each cell keeps a text object of its own
    (``ET BT``), and paragraphs print as the table prints them, the text before them
    first, so the page reads as before, in the same order, to whatever reads it."""

    def draw(self) -> None:
        self._start_text()
        super().draw()
        self._end_text()

    def _start_text(self) -> None:
        self._text = self.canv.beginText()
        self._look: tuple[object, ...] = ()

    def _end_text(self) -> None:
        if self._look:  # something was printed
            self.canv.saveState()  # its colour and font stay inside
            self.canv.drawText(self._text)
            self.canv.restoreState()

    def _drawCell(self, value: object, style: Any, position: tuple[float, float],
                  size: tuple[float, float]) -> None:
        plain = (style.alignment == "LEFT" and style.valign == "TOP" and not style.href
                 and not style.destination)
        left = position[0] + style.leftPadding
        top = position[1] + size[1] - style.topPadding  # as the table places a cell
        if plain and isinstance(value, str) and "\n" not in value:
            self._print((value,), (style.fontname, style.fontsize, style.leading,
                                   style.color), left, top)
        elif plain and isinstance(value, list) and len(value) == 1 and isinstance(
                value[0], Lines) and not value[0].getSpaceBefore():
            lines = value[0]
            font = lines.style
            self._print(lines.lines, (font.fontName, font.fontSize, font.leading,
                                      font.textColor), left, top)
        else:
            self._end_text()
            super()._drawCell(value, style, position, size)
            self._start_text()

    def _print(self, texts: Sequence[str], look: tuple[Any, ...], left: float,
               top: float) -> None:
        """``texts`` one under the other from ``top``, first baseline a font size down."""
        text = self._text
        font, size, leading, colour = look
        if self._look:
            # Each cell in a text object of its own, as before, for the readers that take
            # a text object's pieces as one run; the font and colour carry over.
            text._code.append("ET BT")
        if self._look != look:  # each cell has a style of its own, mostly equal
            text.setFont(font, size, leading)
            text.setFillColor(colour)
            self._look = look
        for number, line in enumerate(texts):
            text.setTextOrigin(left, top - size - number * leading)
            text._textOut(line)


def _cell(value: Cell, style: ParagraphStyle, room: float) -> str | list[Flowable]:
    """``value`` as the table should hold it: text that breaks simply as one string
    (one line, printed by the table) or :class:`Lines`; anything else a paragraph. A
    flowable goes in a list, as the table itself would put it when measuring."""
    if isinstance(value, Paragraph):
        return [value]
    lines = broken_lines(plain(value), style, room)
    if lines is None:
        return [Paragraph(markup(value), style)]
    return lines[0] if len(lines) == 1 else [Lines(lines, style)]


def _row_height(row: Sequence[str | list[Flowable]], rooms: Sequence[float]) -> float:
    """The row's height as the table would measure it: its tallest cell (one line of
    the table's leading for a string) and the paddings."""
    tallest = 0.0
    for cell, room in zip(row, rooms, strict=True):
        if isinstance(cell, str):
            height = styles().cell.leading
        else:
            height = sum(flowable.wrap(room, _UNLIMITED)[1] for flowable in cell)
        tallest = max(tallest, height)
    return tallest + (BOTTOM_PADDING + TOP_PADDING)


_UNLIMITED = 1_000_000  # points: the height a cell may take while it is measured


def _name_cell(row: StakeholderRow, with_contact: bool) -> Cell:
    """The name, and under it in small print the contact details when allowed."""
    details = [part for part in (row.contact_person, row.email, row.phone) if part.strip()]
    if not (with_contact and row.consent_recorded and details):
        return row.name
    small = " · ".join(markup(part) for part in details)
    return Paragraph(f'{markup(row.name)}<br/><font size="7.5" color="{MUTED_HEX}">{small}</font>',
                     styles().cell)


def key_stakeholders_table(rows: Sequence[StakeholderRow], labels: Labels, width: float,
                           include_personal_data: bool) -> Table:
    """The key stakeholders; contact details (under the name) only for rows with recorded
    consent, and only when the officer allowed personal data."""
    headers = [labels(k) for k in ("col_name", "col_kind", "col_stage", "col_district",
                                   "col_owner", "col_last_contact")]
    body: list[list[Cell]] = [
        [_name_cell(row, include_personal_data), row.kind, row.stage, row.district, row.owner,
         labels.short_date(row.last_contact) if row.last_contact else ""]
        for row in rows]
    return data_table(headers, body, [0.25, 0.16, 0.185, 0.12, 0.155, 0.13], width)
