"""Edit › Undo names the change, short enough for a menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from rrr_desktop.views.common.undo import TEXT_CHARACTERS, ChangeCommand, undo_actions
from tests.conftest import _window_in


def test_a_change_named_after_a_very_long_stakeholder_is_shortened_in_the_menu(
        qapp: QApplication) -> None:
    stack = QUndoStack()
    long_name = "151 Housing Co-operative – Cooperativa edilizia " * 6
    stack.push(ChangeCommand(f"Edit {long_name}", lambda: True, lambda: True))
    undo, _redo = undo_actions(stack, stack)
    assert len(stack.undoText()) == TEXT_CHARACTERS
    assert stack.undoText().startswith("Edit 151 Housing") and stack.undoText().endswith("…")
    assert len(undo.text()) < TEXT_CHARACTERS + 20  # "&Undo " and the shortened name
    stack.push(ChangeCommand("Pin Peer City", lambda: True, lambda: True))
    assert stack.undoText() == "Pin Peer City"


def test_undo_and_redo_name_the_change_as_each_language_puts_it(
        qapp: QApplication, spanish: None) -> None:
    """Qt glued "Desfazer" and "Editar o perfil"; each language now sets the change's
    name its own way, and an empty history reads just Undo."""
    stack = QUndoStack()
    undo, redo = undo_actions(stack, stack)
    assert (undo.text(), redo.text()) == ("&Deshacer", "&Rehacer")
    stack.push(ChangeCommand("Editar el perfil", lambda: True, lambda: True))
    assert undo.text() == "&Deshacer «Editar el perfil»"
    stack.undo()
    assert (undo.text(), redo.text()) == ("&Deshacer", "&Rehacer «Editar el perfil»")


@pytest.fixture
def italian() -> Iterator[None]:
    yield from _window_in("it_IT")


def test_italian_names_the_change_within_its_own_quote_marks(
        qapp: QApplication, italian: None) -> None:
    """Annulla «…», as every other Italian text quotes (not “…”)."""
    stack = QUndoStack()
    undo, redo = undo_actions(stack, stack)
    stack.push(ChangeCommand("Modifica del profilo", lambda: True, lambda: True))
    assert undo.text() == "A&nnulla «Modifica del profilo»"
    stack.undo()
    assert redo.text() == "Ripe&ti «Modifica del profilo»"
