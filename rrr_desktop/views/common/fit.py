"""Dialogs as tall as their wrapped text, in every language.

A window does not follow the height-for-width of its wrapping labels: sized to a
width with ``resize(width, 0)`` it keeps the height of the text laid out on one
line, and the second line of a long sentence (longer still in French or Polish)
is cut off, descenders first. :func:`fit_to_text` sizes it for the text at that
width, and keeps that as its minimum height.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_text(window: QWidget, width: int) -> None:
    """Size ``window`` to ``width`` (or what its widest line needs) and the height its
    wrapped text takes at that width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(width, layout.minimumSize().width(), window.minimumSizeHint().width())
    height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    window.setMinimumHeight(height)
    window.resize(width, height)


def grow_to_show(widget: QWidget) -> None:
    """Widen ``widget``'s window by what the widget lacks to show its text on one line
    (a check box whose text changed once the window was open)."""
    missing = widget.sizeHint().width() - widget.width()
    if widget.isVisible() and missing > 0:
        window = widget.window()
        window.resize(window.width() + missing, window.height())
