"""Qt's own dialogs (the file dialog, message boxes, the print dialog) speak the
officer's language: what Qt's qtbase catalogue leaves in English is in qt_extra_*.ts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.resources import resource_path
from rrr_desktop.views.common.translations import QT_EXTRA, QT_FALLBACKS, install_translations

LANGUAGES = ["es", "fr", "pt", "it", "nl", "pl"]
# Qt asks for these too, but they are names (paper sizes, a tab bar's accessible name)
# or never shown by the app's dialogs.
NOT_SHOWN = {"QPageSize", "QGuiApplication", "QTabBar", "QShortcut"}


@pytest.fixture
def no_translations() -> Iterator[QApplication]:
    """The application with none of our translators, and none left afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _file_dialog(qtbot: QtBot, folder: Path) -> QFileDialog:
    dialog = QFileDialog(None, "Export", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _shown_texts(dialog: QWidget) -> set[str]:
    """Labels, buttons, tooltips, column headers and menu entries an officer reads."""
    texts: set[str] = set()
    for widget in dialog.findChildren(QWidget):
        for read in ("text", "toolTip"):
            value = getattr(widget, read, None)
            if callable(value):
                try:
                    texts.add(str(value()))
                except TypeError:
                    continue
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts |= {str(model.headerData(i, widget.orientation()))
                      for i in range(model.columnCount())}
        if isinstance(widget, QComboBox) and widget.isEditable() is False:
            texts |= {widget.itemText(i) for i in range(widget.count())}
        texts |= {action.text() for action in widget.actions()}
    return {text for text in texts if any(c.isalpha() for c in text)}


@pytest.mark.parametrize("language", ["es", "it", "pl", "pt"])
def test_the_file_dialog_has_no_english_label(qtbot: QtBot, tmp_path: Path,
                                              no_translations: QApplication,
                                              language: str) -> None:
    (tmp_path / "stakeholders.csv").write_text("name\n")
    english = _shown_texts(_file_dialog(qtbot, tmp_path))
    assert "&Look in:" in english  # what the test looks for is there
    install_translations(no_translations, QLocale(language))
    translated = _shown_texts(_file_dialog(qtbot, tmp_path))
    names = {str(tmp_path), tmp_path.name, "stakeholders.csv"}  # not English: names
    assert translated & english - names == set()


def _asked_for(qtbot: QtBot, app: QApplication) -> set[tuple[str, str, str]]:
    """Every (context, text, disambiguation) Qt translates while the app's dialogs show."""

    class Listener(QTranslator):
        def __init__(self) -> None:
            super().__init__(app)
            self.asked: set[tuple[str, str, str]] = set()

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            self.asked.add((context, source, disambiguation or ""))
            return ""

        def isEmpty(self) -> bool:
            return False

    listener = Listener()
    app.installTranslator(listener)
    dialogs: list[QDialog] = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        chooser = QFileDialog(None, "x", str(Path.home()), "CSV (*.csv);;All files (*)")
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setAcceptMode(mode)
        dialogs.append(chooser)
    question = QMessageBox(QMessageBox.Icon.Question, "x", "x",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Save
                           | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    question.setDetailedText("x")
    printer = QPrinter()  # outlives its dialog
    dialogs += [question, QPrintDialog(printer)]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.hide()
        dialog.deleteLater()  # the file dialogs' gatherer threads stop with them
    qtbot.wait(200)
    app.removeTranslator(listener)
    return {asked for asked in listener.asked if asked[0] not in NOT_SHOWN}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_qts_dialogs_is_translated(qtbot: QtBot, language: str,
                                                 no_translations: QApplication) -> None:
    asked = _asked_for(qtbot, no_translations)
    assert ("QFileDialog", "&Look in:", "") in asked
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase, extra = QTranslator(), QTranslator()
    assert qtbase.load(QLocale(language), "qtbase", "_", qt) or qtbase.load(
        QT_FALLBACKS[language], qt)
    assert extra.load(QLocale(language), QT_EXTRA, "_", str(resource_path("translations")))
    missing = sorted(f"{context}: {source!r}" for context, source, comment in asked
                     if not qtbase.translate(context, source, comment or None)
                     and not extra.translate(context, source, comment or None))
    assert missing == []


def test_qts_own_translation_wins_over_ours(no_translations: QApplication) -> None:
    install_translations(no_translations, QLocale("es"))
    # Translated by qtbase_es; qt_extra_es has no say in it.
    assert QCoreApplication.translate("QFileDialog", "Detail View") == "Vista detallada"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Buscar en:"
