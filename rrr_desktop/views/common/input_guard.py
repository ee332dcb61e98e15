"""Two desktop habits the widgets break, fixed for the whole application at once.

**The mouse wheel scrolls the page, never a value the officer did not click.** Combo
boxes, spin boxes (dates too) and sliders change their value on the wheel even when
the pointer only passes over them while scrolling; autosave would then store a value
nobody chose. Such a widget takes the wheel only once it has the focus (clicked or
tabbed into), and otherwise hands it to the scroll area around it.

**The window's shortcuts work while the officer types.** On Linux, text fields take
a few Emacs keys for themselves (Ctrl+B back a letter, Ctrl+E end of line, Ctrl+F
forward a letter), so File › Export Stakeholders (Ctrl+E), Bulk Edit (Ctrl+B) and Find
(Ctrl+F) did nothing from the search box. Where a window action has that key, the
action wins; where none has, the key still moves the cursor.

An application-wide filter is a Python call for every event of every widget, which
start-up has thousands of; the window installs it once its pages are filled
(``MainWindow.pagesFilled``), and installing it fixes the widgets that already exist.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

_VALUE_WIDGETS = (QComboBox, QAbstractSpinBox, QSlider)
_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit)
_WHEEL, _POLISH = QEvent.Type.Wheel, QEvent.Type.Polish
_OVERRIDE = QEvent.Type.ShortcutOverride
# The Emacs keys Qt gives text fields on Linux that a window action may also have.
_EMACS_KEYS = frozenset(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key).toCombined()
                        for key in (Qt.Key.Key_B, Qt.Key.Key_E, Qt.Key.Key_F))


def _no_wheel_focus(widget: QWidget) -> None:
    """The wheel would otherwise give the widget the focus, and then the value."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


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


def _scroll_instead(target: QWidget, event: QWheelEvent) -> None:
    area = _scroll_area_around(target)
    if area is not None:
        viewport = area.viewport()
        position = viewport.mapFromGlobal(event.globalPosition())
        QApplication.sendEvent(viewport, QWheelEvent(
            position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
            event.buttons(), event.modifiers(), event.phase(), event.inverted()))
    event.accept()


class InputGuard(QObject):
    """Installed once on the application (``guard_input``)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: one look at its type, kept cheap.
        kind = event.type()
        if kind != _WHEEL and kind != _POLISH and kind != _OVERRIDE:  # noqa: PLR1714
            return False
        if kind == _POLISH:
            if isinstance(watched, _VALUE_WIDGETS):
                _no_wheel_focus(watched)
            return False
        if kind == _OVERRIDE:
            # Not claimed by the text field: a window action with that key triggers; with
            # none, Qt delivers the key to the field as usual, which then moves the cursor.
            return (isinstance(event, QKeyEvent) and isinstance(watched, _TEXT_WIDGETS)
                    and event.keyCombination().toCombined() in _EMACS_KEYS)
        if not isinstance(event, QWheelEvent):
            return False
        target = _value_widget(watched)
        if target is None or target.hasFocus():
            return False
        _scroll_instead(target, event)
        return True


def guard_input() -> None:
    """Install the guard on the running application, once, and fix the value widgets
    polished before it was there."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.findChild(InputGuard) is not None:
        return
    for widget in app.allWidgets():
        if isinstance(widget, _VALUE_WIDGETS):
            _no_wheel_focus(widget)
    app.installEventFilter(InputGuard(app))
