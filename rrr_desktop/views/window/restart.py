"""A new language chosen in Preferences: "Restart now?" and, if so, the program starts
again in place (same home, same page) once the window has closed the usual way.

The window's texts are made when it is, so a language applies at a start. Closing
first asks what the usual close asks (open dialogs with typed entries, a profile that
could not be saved); the new process starts only after this one has let go of the home.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QObject,
    QProcess,
    QTranslator,
)
from PySide6.QtWidgets import QDialog, QMessageBox

from rrr_desktop import APP_NAME
from rrr_desktop.messages import current_language
from rrr_desktop.resources import resource_path
from rrr_desktop.views.common.translations import CATALOGUE, NATIVE_NAMES

if TYPE_CHECKING:
    from rrr_desktop.views.main_window import MainWindow


def restart_command(home: Path, database: str | None = None) -> tuple[str, list[str]]:
    """The program and arguments that open the window again on ``home`` (and on the
    database given for this start, if one was)."""
    arguments = [] if getattr(sys, "frozen", False) else ["-m", "rrr_desktop"]
    arguments += ["--home", str(home)]
    if database:
        arguments += ["--db", database]
    return sys.executable, arguments


def start_again(home: Path, database: str | None = None) -> bool:
    """Start the program anew, apart from this process (which is about to end)."""
    program, arguments = restart_command(home, database)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class LanguageRestart(QObject):
    """Asks whether to restart in ``language`` ("" = the system's) and, if so, closes the
    open dialogs and the window with ``window.restart_requested`` set."""

    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.question: QMessageBox | None = None

    def ask(self) -> QMessageBox:
        """The question, in the new language and in the window's when they differ; the
        box is returned (open) for tests to answer."""
        new = _Texts(self.language)
        old = _Texts(current_language())
        box = QMessageBox(QMessageBox.Icon.Question, new.text(_TITLE), new.question(self.language),
                          QMessageBox.StandardButton.NoButton, self.window)
        if old.question(self.language) != new.question(self.language):
            box.setInformativeText(old.question(self.language))
        restart = box.addButton(_both(new.text(_RESTART), old.text(_RESTART)),
                                QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(_both(new.text(_LATER), old.text(_LATER)),
                              QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setEscapeButton(later)
        box.finished.connect(lambda _r: self.restart_now() if box.clickedButton() is restart
                             else None)
        self.question = box
        box.open()
        return box

    def restart_now(self) -> None:
        """Close every open dialog (a form with typed entries asks first); once none is
        left open, close the window for the restart."""
        waiting = [dialog for dialog in self.window.findChildren(QDialog)
                   if dialog.isVisible() and dialog is not self.question
                   and not dialog.close()]
        if waiting:
            for dialog in waiting:
                dialog.finished.connect(self._dialog_finished)
            self.window.say(self.tr(
                "{app} restarts in the new language once the open dialog is closed.").format(
                    app=APP_NAME))
            return
        self.window.restart_requested = True
        if not self.window.close():  # the profile could not be saved: the window asks
            self.window.restart_requested = False

    def _dialog_finished(self) -> None:
        if not any(dialog.isVisible() for dialog in self.window.findChildren(QDialog)
                   if dialog is not self.question):
            self.restart_now()


# The question's texts, looked up in the new language's catalogue and in the window's.
_TITLE = str(QT_TRANSLATE_NOOP("LanguageRestart", "Restart now?"))
_QUESTION = str(QT_TRANSLATE_NOOP(
    "LanguageRestart",
    "{app} speaks {language} from its next start. Restart now? It opens again on this "
    "page; your profile is saved, and open dialogs are closed first (you are asked about "
    "anything typed in them)."))
# Its own sentence, as "in" + "the system's language" does not join in every language
# (Italian "nella lingua", Portuguese "no idioma", French "dans la langue").
_QUESTION_SYSTEM = str(QT_TRANSLATE_NOOP(
    "LanguageRestart",
    "{app} speaks the system's language from its next start. Restart now? It opens again "
    "on this page; your profile is saved, and open dialogs are closed first (you are asked "
    "about anything typed in them)."))
_RESTART = str(QT_TRANSLATE_NOOP("LanguageRestart", "&Restart Now"))
# Languages that write their own name in lower case within a sentence.
_LOWER_CASE_NAMES = {"es", "fr", "it", "pt", "pl"}
_LATER = str(QT_TRANSLATE_NOOP("LanguageRestart", "&Later"))


class _Texts(QObject):
    """The question's texts in one language ("" = the system's), English where the app
    does not speak it."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.translator = QTranslator(self)
        self.translator.load(QLocale(language) if language else QLocale.system(), CATALOGUE,
                             "_", str(resource_path("translations")))

    def text(self, source: str) -> str:
        return self.translator.translate("LanguageRestart", source) or source

    def question(self, language: str) -> str:
        name = NATIVE_NAMES.get(language)
        if not name:
            return self.text(_QUESTION_SYSTEM).format(app=APP_NAME)
        if language in _LOWER_CASE_NAMES:  # "estará en español", "sarà in italiano"
            name = name.lower()
        return self.text(_QUESTION).format(app=APP_NAME, language=name)


def _both(new: str, old: str) -> str:
    """A button's label in the new language, then the window's when it differs."""
    return new if new == old else f"{new} / {old.replace('&', '')}"
