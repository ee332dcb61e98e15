"""Data tables: a header row repeated on every page, wrapping cells, zebra rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.platypus import Paragraph, Table  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.blocks import markup, table_style
from rrr_desktop.services.briefs.inputs import StakeholderRow
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.styles import HEADER_FILL, INK, MUTED_HEX, RULE, ZEBRA, styles

Cell: TypeAlias = "str | Paragraph"


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Cell]],
               fractions: Sequence[float], width: float) -> Table:
    """A table over ``width`` points; ``fractions`` share it between the columns.

    ``str`` cells become wrapping paragraphs; pass a Paragraph for anything else.
    A row taller than a page is split inside the row rather than overflowing it.
    """
    cell_style = styles().cell
    header = [Paragraph(markup(h), styles().header_cell) for h in headers]
    body = [[c if isinstance(c, Paragraph) else Paragraph(markup(c), cell_style) for c in row]
            for row in rows]
    table = Table([header, *body], colWidths=[width * f for f in fractions], repeatRows=1,
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ))
    return table


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
