"""The window's one undo history: every change the officer makes can be undone with Ctrl+Z.

A change is made first (often in the background); then its :class:`ChangeCommand`
is pushed with two callables that write the state before and after it (services
keep the before- and after-images). Pushing does not make the change again.
A change that is not on the stack (an import, a new interaction) calls
:func:`drop_redo`, so that Redo never offers a command whose state is stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack


class ChangeCommand(QUndoCommand):
    """A change already made. ``undo``/``redo`` write it back or again; each returns
    False when refused (the officer was told), and the command is then dropped."""

    def __init__(self, text: str, undo: Callable[[], bool], redo: Callable[[], bool]) -> None:
        super().__init__(text)
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


class _Nothing(QUndoCommand):
    """Pushed obsolete: the stack drops what Redo offered, and keeps nothing of it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObsolete(True)


def drop_redo(stack: QUndoStack) -> None:
    """A change outside the stack was made: what Redo offers would now be stale."""
    if stack.canRedo():
        stack.push(_Nothing())
        stack.canRedoChanged.emit(stack.canRedo())  # the push alone does not say so


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Edit › Undo and Redo for ``stack``, with the platform's keys."""
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Undo", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Undo", "&Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    return undo, redo
