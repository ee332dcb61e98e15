"""The Unicode font family every brief embeds (Noto Sans, shipped in resources/fonts).

The PDF base-14 fonts cover Latin-1 only: Łódź, Gdańsk or Ελλάδα would print as
boxes. reportlab embeds a subset of the TrueType files (only the glyphs used).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from rrr_desktop.resources import resource_path

FAMILY = "BriefSans"
REGULAR = "BriefSans"
BOLD = "BriefSans-Bold"
ITALIC = "BriefSans-Italic"
BOLD_ITALIC = "BriefSans-BoldItalic"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the family with reportlab once per process; safe from any thread."""
    global _registered  # noqa: PLW0603 - a once-per-process flag
    with _lock:
        if _registered:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC),
                                   (1, 1, BOLD_ITALIC)):
            addMapping(FAMILY, bold, italic, name)
        _registered = True
