"""The stakeholder editor and the interaction dialog, driven like an officer would."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.services.stakeholders.interactions import InteractionForm, interaction_log
from rrr_desktop.views.stakeholders.editor import StakeholderEditor
from rrr_desktop.views.stakeholders.interaction_dialog import InteractionDialog


def opened(qtbot: QtBot, home: Home, stakeholder_id: int | None = None,
           is_person: bool = False) -> StakeholderEditor:
    editor = StakeholderEditor(home, stakeholder_id, is_person=is_person)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitUntil(editor.buttons.isEnabled)
    return editor


def test_adding_an_organisation_saves_it(qtbot: QtBot, home: Home) -> None:
    editor = opened(qtbot, home)
    qtbot.keyClicks(editor.tabs.name, "Bread & Roses Co-op")
    editor.tabs.website.setText("breadroses.coop")
    editor.tabs.influence.set_score(4)
    editor.tabs.email.setText("hello@breadroses.coop")
    editor.tabs.consent_given.setChecked(True)  # dates itself today
    editor.tabs.tags.setText("food, bakery")
    editor.shareable.setChecked(True)
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    form = load_form(home.db, saved.args[0])
    assert (form.name, form.website, form.influence, form.tags, form.shareable) == (
        "Bread & Roses Co-op", "https://breadroses.coop", 4, ("food", "bakery"), True)
    assert (form.consent_given, form.consent_on) == (True, date.today())
    assert not editor.isVisible()


def test_editing_shows_the_values_and_saves_changes(qtbot: QtBot, home: Home) -> None:
    organisation = create_stakeholder(home.db, StakeholderForm("Green Co-op"))
    person = create_stakeholder(home.db, StakeholderForm(
        "Jan", is_person=True, organisation_id=organisation, trust=3))
    editor = opened(qtbot, home, person)
    assert editor.person_button.isChecked()
    assert editor.tabs.organisation.text() == "Green Co-op"
    assert editor.tabs.trust.score() == 3
    editor.tabs.name.setText("Jan Jansen")
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert load_form(home.db, person).name == "Jan Jansen"
    assert load_form(home.db, person).organisation_id == organisation


def test_a_person_picks_the_organisation_from_the_completer(qtbot: QtBot, home: Home) -> None:
    organisation = create_stakeholder(home.db, StakeholderForm("Łódź Makers"))
    editor = opened(qtbot, home, is_person=True)
    editor.tabs.name.setText("Piotr")
    qtbot.keyClicks(editor.tabs.organisation, "lod")
    assert editor.tabs.organisation.completer().model().stringList() == ["Łódź Makers"]
    editor.tabs.organisation.setText("Łódź Makers")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save()
    assert load_form(home.db, saved.args[0]).organisation_id == organisation


def test_similar_records_are_shown_while_typing(qtbot: QtBot, home: Home) -> None:
    create_stakeholder(home.db, StakeholderForm("Café Solidaire", email="a@cafe.coop"))
    editor = opened(qtbot, home)
    qtbot.keyClicks(editor.tabs.name, "cafe solid")
    qtbot.waitUntil(editor.duplicates.isVisible)
    assert [s.name for s in editor.duplicates.similar] == ["Café Solidaire"]
    with qtbot.waitSignal(editor.openRequested):
        editor.duplicates.findChildren(type(editor.buttons.buttons()[0]))[0].click()
    editor.tabs.name.setText("Something else entirely")
    qtbot.waitUntil(lambda: not editor.duplicates.isVisible())


def test_a_refused_save_keeps_everything_typed_and_says_why(qtbot: QtBot,
                                                          home: Home) -> None:
    editor = opened(qtbot, home)
    editor.tabs.name.setText("Good Name")
    editor.tabs.description.setPlainText("A long description typed with care")
    editor.tabs.website.setText("not a website")
    editor.save()
    qtbot.waitUntil(editor.error.isVisible)
    assert editor.error.text().startswith("Website:")
    assert editor.isVisible() and editor.buttons.isEnabled()
    assert editor.tabs.description.toPlainText() == "A long description typed with care"
    assert editor.tabs.currentIndex() == 0


def test_cancel_with_changes_asks_first(qtbot: QtBot, home: Home) -> None:
    editor = opened(qtbot, home)
    editor.reject()
    assert not editor.isVisible()  # nothing typed: closes at once

    editor = opened(qtbot, home)
    editor.tabs.name.setText("Half typed")
    editor.reject()
    question = editor.discard_question
    assert question.isVisible() and editor.isVisible()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and editor.tabs.name.text() == "Half typed"
    editor.reject()
    editor.discard_question.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()


def test_an_interaction_is_logged_and_edited(qtbot: QtBot, home: Home) -> None:
    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    dialog = InteractionDialog(home, stakeholder)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Agreed a pilot")
    dialog.follow_up_on.set_day(date(2099, 1, 1))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    logged = interaction_log(home.db, stakeholder)[0]
    assert logged.form == InteractionForm(date.today(), "meeting", "Agreed a pilot",
                                          date(2099, 1, 1))
    dialog = InteractionDialog(home, stakeholder, logged)
    qtbot.addWidget(dialog)
    dialog.follow_up_on.set_day(date(2000, 1, 1))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.error.isHidden())
    assert dialog.error.text().startswith("Follow-up:")
    with qtbot.waitSignal(dialog.saved):
        dialog.delete()
    assert interaction_log(home.db, stakeholder) == ()


def test_escape_asks_before_losing_a_typed_interaction_note(qtbot: QtBot, home: Home) -> None:
    """A newcomer typed a note in Add interaction and pressed Escape: the dialog closed
    and the note was gone, where the stakeholder editor asks first."""
    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    untouched = InteractionDialog(home, stakeholder)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.waitExposed(untouched)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()  # nothing typed: closes at once
    dialog = InteractionDialog(home, stakeholder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.notes, "Met the board about the pilot")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    question = dialog.discard_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    qtbot.mouseClick(question.button(QMessageBox.StandardButton.Cancel),  # Keep editing
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.notes.toPlainText() == "Met the board about the pilot"
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert interaction_log(home.db, stakeholder)[0].form.notes == "Met the board about the pilot"
