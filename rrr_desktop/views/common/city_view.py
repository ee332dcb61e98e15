"""Small pieces every view uses to show a city's or a stakeholder's text.

All text is shown as plain text: profiles can come from other cities' bundles,
and a name like ``<b>Coop</b>`` must read exactly as typed; control characters (a
right-to-left override, a zero-width space, ESC) are shown as visible placeholders
(:func:`rrr_desktop.text.show_controls`), so what is shown is what is there.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from rrr_desktop.text import show_controls


class PlainLabel(QLabel):
    """A QLabel whose text shows control characters as placeholders."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(show_controls(text), parent)

    def setText(self, text: str) -> None:
        super().setText(show_controls(text))


def plain_label(text: str = "", *, point_delta: int = 0, bold: bool = False,
                role: str = "") -> QLabel:
    """A selectable, wrapping label that never reads its text as HTML.

    Its width follows the pane (a long unbreakable word is clipped rather than
    widening the pane beyond the window).
    """
    label = PlainLabel(text)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if point_delta or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() + point_delta)
        font.setBold(bold)
        label.setFont(font)
    if role:
        label.setObjectName(role)
    return label


def language_name(code: str) -> str:
    """The language's own name, as its speakers write it ("español", "polski")."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    # Qt names a few default locales by their variant ("American English", "español de
    # España"): the language as spoken everywhere is the "World" locale's, where there is
    # one, else the variant without its country.
    world = QLocale(locale.language(), QLocale.Country.World)
    name = (world if world.language() == locale.language() else locale).nativeLanguageName()
    territory = locale.nativeTerritoryName()
    if territory and name.endswith(territory) and name != territory:
        words = name[:-len(territory)].split()
        name = " ".join(words[:-1] if len(words) > 1 and len(words[-1]) <= 3 else words)
    return name or QLocale.languageToString(locale.language())
