"""A long status-bar message (an import's counts and the file of rows to fix, in
Portuguese) is not cut off behind "Nossa cidade": it ends in "…" before the Messages
button, hovering shows it whole, and Recent Messages keeps it to read again; a menu's
status tip no longer wipes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.window.status_messages import RecentMessagesDialog
from tests.factories import bilbao_window

CSV = (
    "Nome;Tipo;E-mail\n"
    "Cooperativa Habitacional Bizkaia;Cooperativa;info@koop.example\n"
    ";Associação;ninguem@example.org\n"
)


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths, portuguese: None) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


def import_with_a_row_to_fix(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> str:
    """Imports a list from a folder as officers name them; returns the message said."""
    folder = (tmp_path / "Documentos" / "Secretaria de Desenvolvimento Econômico"
              / "Economia Social e Solidária" / "Cadastro 2026")
    folder.mkdir(parents=True)
    source = folder / "atores do bairro.csv"
    source.write_text(CSV, encoding="utf-8")
    flow = window.register.import_stakeholders(source)
    assert flow is not None
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible()
                    and flow.dialog.import_button.isEnabled(), timeout=10_000)
    assert flow.dialog is not None
    with qtbot.waitSignal(window.page("stakeholders").filled, timeout=10_000):
        qtbot.mouseClick(flow.dialog.import_button, Qt.MouseButton.LeftButton)
    flow.dialog.close()
    return window.messages.current()


def test_a_long_portuguese_import_message_can_be_read_whole(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.resize(1280, 800)
    said = import_with_a_row_to_fix(qtbot, window, tmp_path)
    # "Adicionados: 1", never "1 adicionados"
    assert said.startswith("Importação concluída. Adicionados: 1; atualizados: 0")
    assert "atores do bairro-linhas-a-corrigir.csv" in said

    label = window.messages.label
    qtbot.waitUntil(lambda: label.text().endswith("…"))
    assert label.isVisible() and label.is_cut()
    assert said.startswith(label.text().removesuffix("…"))
    # The cut text ends before the Messages button and "Nossa cidade: Bilbao".
    shown_width = label.fontMetrics().horizontalAdvance(label.text())
    right_edge = label.mapTo(window, label.contentsRect().topLeft()).x() + shown_width
    assert right_edge <= window.messages.button.mapTo(window, window.messages.button.rect()
                                                      .topLeft()).x()
    assert window.city_label.text() == "Nossa cidade: Bilbao"
    assert said in label.toolTip()

    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, RecentMessagesDialog) and w.isVisible()]
    assert len(dialogs) == 1
    assert said in dialogs[0].text.toPlainText()
    assert dialogs[0].windowTitle() == "Mensagens recentes"


def test_a_wide_window_shows_the_message_uncut(
        window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    window.say("Perfil salvo.")
    label = window.messages.label
    assert label.text() == "Perfil salvo."
    assert not label.is_cut()


def test_a_menu_tip_covers_the_message_for_a_moment_only(
        window: MainWindow, qtbot: QtBot) -> None:
    window.say("Importação concluída. Adicionados: 3.")
    QApplication.sendEvent(window, QStatusTipEvent("Salvar o que você está editando"))
    assert not window.messages.label.isVisible()  # the tip is shown in its place
    QApplication.sendEvent(window, QStatusTipEvent(""))  # the pointer left the menu
    assert window.messages.label.isVisible()
    assert window.messages.current() == "Importação concluída. Adicionados: 3."


def test_a_message_leaves_the_bar_in_time_but_stays_in_recent_messages(
        window: MainWindow, qtbot: QtBot) -> None:
    window.say("Pacote exportado.", 50)
    window.say("Atores exportados para /tmp/atores.xlsx", 50)
    qtbot.waitUntil(lambda: window.messages.current() == "", timeout=2000)
    texts = [said.text for said in window.messages.recent()]
    assert texts[:2] == ["Atores exportados para /tmp/atores.xlsx", "Pacote exportado."]
    view_menu = window.menus.view_menu
    recent = next(a for a in view_menu.actions() if a.text() == "Mensagens &recentes…")
    recent.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, RecentMessagesDialog) and w.isVisible()]
    text = dialogs[0].text.toPlainText()
    assert text.index("/tmp/atores.xlsx") < text.index("Pacote exportado.")  # newest first
