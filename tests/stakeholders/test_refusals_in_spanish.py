"""A Spanish window shows rejected input in Spanish, with the field to fix focused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.views.stakeholders.editor import StakeholderEditor


def test_an_invalid_website_is_refused_in_spanish_with_the_field_focused(
        qtbot: QtBot, home: Home, spanish: None) -> None:
    editor = StakeholderEditor(home, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.buttons.isEnabled)
    qtbot.keyClicks(editor.tabs.name, "Cooperativa Zubia")
    qtbot.keyClicks(editor.tabs.website, "no es una web")
    editor.tabs.name.setFocus()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.error.isVisible)
    assert editor.error.text() == (
        "Sitio web: sitio web 'no es una web': no es una dirección web. Corríjalo o deje "
        "el campo vacío.")
    assert editor.focusWidget() is editor.tabs.website
    assert editor.isVisible()


def test_the_import_preview_explains_rows_in_spanish(home: Home, tmp_path: Path) -> None:
    from rrr_desktop.messages import set_language
    from rrr_desktop.services.stakeholders.importing.importer import plan_import
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    source = tmp_path / "lista.csv"
    source.write_text("Name,Email\n\nKoop Bizkaia,info at koop\nZubia,zubia@example.org\n"
                      "Zubia,zubia@example.org\n", encoding="utf-8")
    set_language("es")
    plan = plan_import(home.db, read_table(source), source.name)
    assert [str(problem) for problem in plan.warnings] == [
        "fila 3: correo electrónico 'info at koop' (columna 'Email'): "
        "no es una dirección de correo electrónico: la fila se importa sin ese valor"]
    assert [row.reason for row in plan.rows if row.action == "skip"] == ["repite la fila 4"]
    assert plan.skipped_lines == ((2, "fila vacía"),)


def test_a_follow_up_before_the_interaction_is_refused_in_spanish_and_focused(
        qtbot: QtBot, home: Home, spanish: None) -> None:
    from datetime import date

    from rrr_desktop.services.stakeholders.edit import create_stakeholder
    from rrr_desktop.services.stakeholders.form import StakeholderForm
    from rrr_desktop.views.stakeholders.interaction_dialog import InteractionDialog

    dialog = InteractionDialog(home, create_stakeholder(home.db, StakeholderForm("Zubia")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.follow_up_on.set_day(date(2000, 1, 1))
    dialog.notes.setFocus()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert dialog.error.text().startswith("Seguimiento: la fecha de seguimiento es anterior")
    focused = dialog.focusWidget()
    assert focused is not None and (focused is dialog.follow_up_on
                                    or dialog.follow_up_on.isAncestorOf(focused))
