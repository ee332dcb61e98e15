"""The window's one undo history: every change the officer makes can be undone with Ctrl+Z.

A change is made first (in the background); then its :class:`ChangeCommand` is
pushed with two callables that write the state before and after it (services keep the
before- and after-images). Pushing does not make the change again. A write of Undo or
Redo goes through :func:`background_step`, so the window never waits for the database.
Changes that are not on the stack (imports, sample data) empty it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from rrr_desktop.views.common.writes import write_in_background

T = TypeVar("T")
# Edit › Undo <text> and the shortcuts list name the change: a 300-character stakeholder
# name would push the menu across the screen.
TEXT_CHARACTERS = 60


class ChangeCommand(QUndoCommand):
    """A change already made. ``undo``/``redo`` write it back or again; each returns
    False when refused (the officer was told), and the command is then dropped."""

    def __init__(self, text: str, undo: Callable[[], bool], redo: Callable[[], bool]) -> None:
        super().__init__(text if len(text) <= TEXT_CHARACTERS
                         else text[:TEXT_CHARACTERS - 1].rstrip() + "…")
        self._undo = undo
        self._redo = redo
        self._made = True  # QUndoStack.push() calls redo(): the change is made already

    def undo(self) -> None:
        if not self._undo():
            self.setObsolete(True)

    def redo(self) -> None:
        if self._made:
            self._made = False
        elif not self._redo():
            self.setObsolete(True)


def background_step(owner: QObject, stack: QUndoStack, work: Callable[[], T],
                    done: Callable[[T], None], failed: Callable[[BaseException], None]
                    ) -> bool:
    """An Undo or Redo that writes: started on the writers' thread (in order, a long wait
    said; see ``writes``) and True at once; ``done`` gets what ``work`` returned. If the
    write is refused, ``failed`` says why and the history, which no longer matches the
    data, is emptied."""
    def refused(error: BaseException) -> None:
        stack.clear()
        failed(error)

    write_in_background(owner, work, done, refused)
    return True


# Qt names a change after a prefix, glued with a space ("Desfazer Editar o perfil",
# "Cofnij Dodaj działanie"). Given this invisible mark as the prefix, the action's own
# ``changed`` tells :class:`UndoText` the change's name, to put it as each language does.
_MARK = "\u2063"


class UndoText(QObject):
    """Edit › Undo or Redo as each language puts it before a change's name. A child of
    its action, listening to the action alone: nothing outlives the other."""

    def __init__(self, action: QAction, redo: bool) -> None:
        super().__init__(action)
        self.action = action
        self.redo = redo
        action.changed.connect(self.show)
        self.show()

    @Slot()
    def show(self) -> None:
        if not shiboken6.isValid(self.action):
            return  # the action says it changed while it is being destroyed
        given = self.action.text()
        if not given.startswith(_MARK):
            return  # ours already, or a change of something else than the text
        change = given.removeprefix(_MARK).strip()
        if self.redo:
            text = self.tr("&Redo {change}").format(change=change) if change else self.tr("&Redo")
        else:
            text = self.tr("&Undo {change}").format(change=change) if change else self.tr("&Undo")
        self.action.setText(text)


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Edit › Undo and Redo for ``stack``, with the platform's keys."""
    undo = stack.createUndoAction(parent, _MARK)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, _MARK)
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    UndoText(undo, redo=False)
    UndoText(redo, redo=True)
    return undo, redo
