"""The mouse wheel scrolls the page, never a value the officer did not click.

Combo boxes, spin boxes (dates too) and sliders change their value on the wheel
even when the pointer only passes over them while scrolling; autosave would then
store a value nobody chose. Application-wide, such a widget takes the wheel only
once it has the focus (clicked or tabbed into), and otherwise hands it to the
scroll area around it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QSlider,
    QWidget,
)

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QSlider)
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish


def _value_widget(watched: QObject) -> QWidget | None:
    """The combo, spin box or slider ``watched`` is, or is part of (a spin box's text)."""
    widget = watched if isinstance(watched, QWidget) else None
    while widget is not None and not widget.isWindow():
        if isinstance(widget, _VALUE_WIDGETS):
            return widget
        if isinstance(widget, QAbstractScrollArea):
            return None
        widget = widget.parentWidget()
    return None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


class WheelGuard(QObject):
    """Installed once on the application (``guard_wheel``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: one look at its type, kept cheap.
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH:  # noqa: PLR1714 - enum compare, no set
            return False
        if kind == _POLISH and isinstance(watched, _VALUE_WIDGETS):
            # The wheel would otherwise give these widgets the focus, and then the value.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != _WHEEL or not isinstance(event, QWheelEvent):
            return False
        target = _value_widget(watched)
        if target is None or target.hasFocus():
            return False
        area = _scroll_area_around(target)
        if area is not None:
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition())
            QApplication.sendEvent(viewport, QWheelEvent(
                position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted()))
        event.accept()
        return True


def guard_wheel() -> None:
    """Install the guard on the running application, once."""
    app = QApplication.instance()
    if app is None or app.findChild(WheelGuard) is not None:
        return
    app.installEventFilter(WheelGuard(app))
