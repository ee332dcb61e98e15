"""Colours and paragraph styles shared by every part of a brief.

The palette is one blue hue in several depths plus greys, so a greyscale print
keeps every distinction (darker means more).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import Color, HexColor  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_LEFT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

from rrr_desktop.services.briefs.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = HexColor("#1F2933")
MUTED_HEX = "#52606D"  # also for <font color> in paragraph markup
MUTED = HexColor(MUTED_HEX)
RULE = HexColor("#9AA5B1")
ACCENT = HexColor("#1D4E74")
BAR = HexColor("#3A78A8")
ZEBRA = HexColor("#F0F3F6")
HEADER_FILL = HexColor("#DCE4EC")
QUADRANT_FILL = HexColor("#E8EEF4")
# Stages from the first contact to co-management: light to dark.
STAGE_SHADES: tuple[Color, ...] = tuple(HexColor(c) for c in (
    "#9CC3E0", "#6FA3CC", "#4A86B8", "#2F6A9C", "#1D4E74", "#0E3152"))


class Styles:
    """The paragraph styles, built once the fonts are registered."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14,
                              textColor=INK, alignment=TA_LEFT, spaceAfter=6)
        self.body = base
        self.kicker = ParagraphStyle("kicker", parent=base, fontName=BOLD, fontSize=9,
                                     textColor=ACCENT, spaceAfter=2)
        self.title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22,
                                    leading=27, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16,
                                       textColor=MUTED, spaceAfter=2)
        self.heading = ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=14,
                                      leading=18, textColor=ACCENT, spaceBefore=14,
                                      spaceAfter=6, keepWithNext=1)
        self.subheading = ParagraphStyle("subheading", parent=base, fontName=BOLD,
                                         fontSize=11, leading=15, spaceBefore=10,
                                         spaceAfter=4, keepWithNext=1)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11.5,
                                    textColor=MUTED)
        self.note = ParagraphStyle("note", parent=self.small, fontName=ITALIC)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11,
                                   spaceAfter=0)
        self.header_cell = ParagraphStyle("header_cell", parent=self.cell, fontName=BOLD)
        self.label = ParagraphStyle("label", parent=base, fontName=BOLD, spaceBefore=4,
                                    spaceAfter=3, keepWithNext=1)
        self.bullet = ParagraphStyle("bullet", parent=base, spaceAfter=3)
        self.notice = ParagraphStyle("notice", parent=base, fontName=BOLD, fontSize=9,
                                     leading=12, textColor=INK, borderColor=RULE,
                                     borderWidth=0.75, borderPadding=6, spaceBefore=6,
                                     spaceAfter=12)


@cache
def styles() -> Styles:
    return Styles()
