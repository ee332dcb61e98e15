"""Pin a peer city to the top of the list or hide it from the suggestions, and take
either back: the Pin and Hide actions of the Peer cities page (buttons, context menu,
Ctrl+Shift+P and Ctrl+Shift+H), each change written in the background and one step of
Edit › Undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from rrr_desktop.views.common.undo import ChangeCommand, background_step
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from rrr_desktop.services.home import Home
    from rrr_desktop.services.peers.workspace import PeerPreferences


class PinAndHide(QObject):
    """``changed(preferences)`` after a pin or hide (or its Undo or Redo, then with
    ``undone`` too, so the page shows itself); ``failed(error)`` when it was refused.

    ``chosen()`` gives the home, the selected peer and the preferences shown, or None
    when there is nothing to act on."""

    changed = Signal(object)
    undone = Signal()
    failed = Signal(object)

    def __init__(self, page: QWidget,
                 chosen: Callable[[], tuple[Home, UUID, PeerPreferences] | None],
                 undo_stack: QUndoStack | None) -> None:
        super().__init__(page)
        self._chosen = chosen
        self.undo_stack = undo_stack
        self.pin_action = self._action(
            page, self.tr("&Pin"), self.tr("Pin to the top of the list, or unpin (Ctrl+Shift+P)"),
            "Ctrl+Shift+P", lambda: self._toggle(pin=True))
        self.hide_action = self._action(
            page, self.tr("&Hide"),
            self.tr("Hide from suggestions, or show again (Ctrl+Shift+H)"),
            "Ctrl+Shift+H", lambda: self._toggle(pin=False))

    def _action(self, page: QWidget, text: str, tip: str, shortcut: str,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        page.addAction(action)
        return action

    def show_state(self, pinned: bool, hidden: bool) -> None:
        """Name the actions for the selected peer: Unpin a pinned one, Show Again a
        hidden one."""
        self.pin_action.setText(self.tr("Un&pin") if pinned else self.tr("&Pin"))
        self.hide_action.setText(self.tr("S&how again") if hidden else self.tr("&Hide"))

    def _toggle(self, pin: bool) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        home, city, preferences = chosen
        on = city not in (preferences.pinned if pin else preferences.hidden)
        text = (self.tr("Pin Peer City") if pin and on else self.tr("Unpin Peer City") if pin
                else self.tr("Hide Peer City") if on else self.tr("Show Peer City Again"))

        def made(preferences: PeerPreferences) -> None:
            self.changed.emit(preferences)
            if self.undo_stack is not None:
                self.undo_stack.push(ChangeCommand(
                    text, lambda: self._step(home, city, pin, not on),
                    lambda: self._step(home, city, pin, on)))

        write_in_background(self, _preference_writer(home, city, pin, on), made,
                            self.failed.emit)

    def _step(self, home: Home, city: UUID, pin: bool, on: bool) -> bool:
        """Undo or Redo of a pin or hide: written in the background, then shown."""
        def shown(preferences: PeerPreferences) -> None:
            self.changed.emit(preferences)
            self.undone.emit()

        assert self.undo_stack is not None  # only its commands call this
        return background_step(self, self.undo_stack, _preference_writer(home, city, pin, on),
                               shown, self.failed.emit)


def _preference_writer(home: Home, city: UUID, pin: bool, on: bool
                       ) -> Callable[[], PeerPreferences]:
    """The work that pins (``pin``) or hides a peer, or takes it back, and reads them all."""
    def work() -> PeerPreferences:
        from rrr_desktop.services.peers import workspace as peer_workspace

        (peer_workspace.set_pinned if pin else peer_workspace.set_hidden)(home.db, city, on)
        return peer_workspace.peer_preferences(home.db)

    return work
