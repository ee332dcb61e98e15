"""Our profile's texts in several languages: written in the editor one language at a time,
kept by autosave, undo and the draft file, and carried by the YAML document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from uuid import uuid4

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.document import (
    export_profile,
    import_profile,
    write_draft_file,
)
from rrr_desktop.services.profile.draft import PracticeDraft, ProfileDraft, TopicEntry
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.services.profile.translations import coverage, in_language, with_language
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.undo import undo_actions
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.profile.autosave import SaveState
from rrr_desktop.views.profile.page import ProfilePage
from tests.factories import home_arguments, run_cli

PRACTICE = uuid4()


@pytest.fixture
def ours(home: Home) -> ProfileDraft:
    """Getafe, its texts written in Spanish, the summary and a note also in English."""
    cities.init_our_city(home.db, "Getafe", "ES", "es")
    draft = replace(
        load_profile(home.db), summary="Cooperativas en cada barrio.",
        summary_in=(("en", "Co-operatives in every neighbourhood."),),
        contact_office="Oficina de Economía Social",
        offers=(TopicEntry("co-design-hubs", "Tres centros abiertos.",
                           (("en", "Three open hubs."),)),),
        practices=(PracticeDraft(PRACTICE, "Premios de barrio", "award", "running",
                                 description="Cada año desde 2019."),))
    return save_profile(home.db, draft).draft


def test_a_new_city_writes_its_texts_in_its_main_language(ours: ProfileDraft) -> None:
    assert ours.text_language == "es"


def test_texts_in_several_languages_are_saved_and_read_back(home: Home,
                                                            ours: ProfileDraft) -> None:
    loaded = load_profile(home.db)
    assert loaded == ours
    assert loaded.summary_in == (("en", "Co-operatives in every neighbourhood."),)
    assert loaded.offers[0].note_in == (("en", "Three open hubs."),)
    english = coverage(loaded, "en")
    assert (english.written, english.total) == (2, 5)
    assert english.missing == ("contact_office", "practices[0].title",
                               "practices[0].description")
    assert coverage(loaded, "es").complete
    assert coverage(loaded, "pl").written == 0


def test_editing_one_language_keeps_the_others(ours: ProfileDraft) -> None:
    shown = in_language(ours, "en")
    assert (shown.summary, shown.contact_office) == ("Co-operatives in every neighbourhood.", "")
    typed = replace(shown, contact_office="Social Economy Office",
                    practices=(*shown.practices, PracticeDraft(uuid4(), "Open data", "other",
                                                               "idea")))
    back = with_language(ours, "en", typed)
    assert back.summary == "Cooperativas en cada barrio."  # the original is untouched
    assert back.contact_office == "Oficina de Economía Social"
    assert back.contact_office_in == (("en", "Social Economy Office"),)
    assert back.offers[0].note_in == (("en", "Three open hubs."),)
    added = back.practices[1]
    assert (added.title, added.title_in) == ("", (("en", "Open data"),))
    assert in_language(back, "es").practices[1].title == ""  # missing in Spanish, not invented


def test_a_practice_titled_in_one_language_only_is_saved(home: Home, ours: ProfileDraft) -> None:
    new = PracticeDraft(uuid4(), "", "other", "idea", title_in=(("en", "Open data"),))
    saved = save_profile(home.db, replace(ours, practices=(*ours.practices, new))).draft
    assert [p.title_in for p in saved.practices if p.uuid == new.uuid] == [(("en", "Open data"),)]
    with pytest.raises(RejectedInput, match=r"practices\[1\]\.title: is empty"):
        save_profile(home.db, replace(ours, practices=(*ours.practices,
                                                       replace(new, title_in=()))))


def test_the_yaml_document_carries_every_language(home: Home, ours: ProfileDraft,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "getafe.yaml"
    export_profile(home.db, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["text_language"] == "es"
    assert data["translations"] == {"en": {
        "summary": "Co-operatives in every neighbourhood.",
        "offers": {"co-design-hubs": "Three open hubs."}}}
    data["practices"][0]["translations"] = {"fr": {"title": "Prix de quartier"}}
    data["translations"]["pl"] = {"summary": "Spółdzielnie w każdej dzielnicy."}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    saved = import_profile(home.db, path)
    assert saved.changed
    assert dict(saved.draft.summary_in) == {"en": "Co-operatives in every neighbourhood.",
                                           "pl": "Spółdzielnie w każdej dzielnicy."}
    assert saved.draft.practices[0].title_in == (("fr", "Prix de quartier"),)
    assert not import_profile(home.db, path).changed  # the same file again: nothing changes


def test_a_version_1_document_still_imports_its_texts_in_the_main_language(
        home: Home, ours: ProfileDraft, tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text(
        "format: rrr-desktop/profile\nversion: 1\n"
        f"city: {{uuid: {ours.city_uuid}, name: Getafe}}\n"
        "summary: Economía social en el sur de Madrid.\nlanguages: [es, en]\n",
        encoding="utf-8")
    saved = import_profile(home.db, path).draft
    assert (saved.summary, saved.text_language, saved.summary_in) == (
        "Economía social en el sur de Madrid.", "es", ())


@pytest.mark.parametrize(("edit", "problem"), [
    (lambda d: d.update(version=1), "version: must be 2"),
    (lambda d: d["translations"].update(en={"offers": {"co-creation": "x"}}),
     "translations.en.offers.co-creation: translates a text the profile does not hold"),
    (lambda d: d["translations"].update(de={"summary": "x"}),
     "translations.de"),
])
def test_a_document_with_translations_it_cannot_hold_is_refused(
        home: Home, ours: ProfileDraft, tmp_path: Path, edit: object, problem: str) -> None:
    path = tmp_path / "getafe.yaml"
    export_profile(home.db, path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RejectedInput) as caught:
        import_profile(home.db, path)
    assert problem in str(caught.value)
    assert load_profile(home.db) == ours


# --- the editor ------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, home: Home, ours: ProfileDraft) -> Iterator[ProfilePage]:
    stack = QUndoStack()
    opened = ProfilePage(undo_stack=stack)
    opened.addActions(list(undo_actions(stack, opened)))
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.filled, timeout=10_000):
        opened.refresh(home)
    opened.resize(1000, 700)
    opened.show()
    yield opened
    opened.autosave.flush()
    wait_for_background_work()


def wait_saved(qtbot: QtBot, page: ProfilePage) -> None:
    qtbot.waitUntil(lambda: page.autosave.state is SaveState.SAVED
                    and not page.autosave.unsaved, timeout=10_000)


def choose_language(qtbot: QtBot, page: ProfilePage, name: str) -> None:
    """Pick a language in "Texts in" with the keyboard, as an officer would."""
    choice = page.editor.text_languages.choice
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Home)
    for _ in range(choice.count()):
        if choice.currentText().startswith(name):
            return
        qtbot.keyClick(choice, Qt.Key.Key_Down)
    raise AssertionError(f"no language {name}")


def test_the_editor_shows_which_languages_hold_the_texts(qtbot: QtBot,
                                                         page: ProfilePage) -> None:
    bar = page.editor.text_languages
    items = [bar.choice.itemText(i) for i in range(bar.choice.count())]
    assert items == ["English — 3 of 5 missing", "Español — original",
                     "Français — not written", "Português — not written",
                     "Italiano — not written", "Nederlands — not written", "Polski — not written"]
    assert bar.choice.currentText() == "Español — original"
    assert page.editor.summary.toPlainText() == "Cooperativas en cada barrio."


def test_a_profile_written_whole_in_the_officer_s_language_opens_in_it(
        qtbot: QtBot, home: Home, ours: ProfileDraft) -> None:
    """A Torino officer whose profile has an Italian translation of an English original
    reads it in Italian (here: English, the test window's language, over Spanish)."""
    shown = in_language(ours, "en")
    english = replace(shown, summary="Co-operatives in every neighbourhood.",
                      contact_office="Social Economy Office",
                      offers=(TopicEntry("co-design-hubs", "Three open hubs."),),
                      practices=(PracticeDraft(PRACTICE, "Neighbourhood awards", "award",
                                               "running", description="Every year."),))
    save_profile(home.db, with_language(ours, "en", english))
    opened = ProfilePage()
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.filled, timeout=10_000):
        opened.refresh(home)
    assert opened.editor.text_languages.choice.currentText() == "English — complete"
    assert opened.editor.summary.toPlainText() == "Co-operatives in every neighbourhood."
    opened.autosave.flush()


def test_the_sentence_names_the_language_as_the_window_speaks(qtbot: QtBot,
                                                             page: ProfilePage) -> None:
    status = page.editor.text_languages.status
    assert status.text().startswith("Spanish is the language these texts were first written in.")
    choose_language(qtbot, page, "Fran")
    assert status.text().startswith("Nothing is written in French yet")


def test_a_spanish_window_names_the_languages_in_spanish(spanish: None, qtbot: QtBot,
                                                         page: ProfilePage) -> None:
    status = page.editor.text_languages.status
    assert status.text().startswith("Español es el idioma en que se escribieron primero")
    choose_language(qtbot, page, "English")
    assert status.text().startswith("Textos aún no escritos en inglés: 3 de 5.")


def test_a_text_typed_in_another_language_is_saved_beside_the_original_and_undone(
        qtbot: QtBot, page: ProfilePage, home: Home) -> None:
    editor = page.editor
    choose_language(qtbot, page, "English")
    assert editor.summary.toPlainText() == "Co-operatives in every neighbourhood."
    assert editor.contact_office.text() == ""
    assert editor.contact_office.placeholderText() == "Español: Oficina de Economía Social"
    assert editor.practices.title.placeholderText() == "Español: Premios de barrio"
    qtbot.keyClicks(editor.contact_office, "Social Economy Office")
    wait_saved(qtbot, page)
    saved = load_profile(home.db)
    assert saved.contact_office == "Oficina de Economía Social"
    assert saved.contact_office_in == (("en", "Social Economy Office"),)
    assert editor.text_languages.choice.currentText() == "English — 2 of 5 missing"

    editor.viewport().setFocus()
    combination = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClick(editor.viewport(), combination.key(), combination.keyboardModifiers())
    assert editor.contact_office.text() == ""  # still shown in English
    wait_saved(qtbot, page)
    assert load_profile(home.db).contact_office_in == ()

    choose_language(qtbot, page, "Español")
    assert editor.contact_office.text() == "Oficina de Economía Social"


def test_texts_of_every_language_left_by_a_crash_are_restored(
        qtbot: QtBot, home: Home, ours: ProfileDraft) -> None:
    unsaved = replace(ours, summary_in=(("en", "Co-operatives in every neighbourhood."),
                                        ("it", "Cooperative in ogni quartiere.")))
    write_draft_file(home.paths.profile_draft, unsaved)
    page = ProfilePage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    page.show()
    choose_language(qtbot, page, "Italiano")
    assert page.editor.summary.toPlainText() == "Cooperative in ogni quartiere."
    wait_saved(qtbot, page)
    assert load_profile(home.db).summary_in == unsaved.summary_in


def test_the_command_line_exports_and_imports_every_language(
        home: Home, ours: ProfileDraft, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "getafe.yaml"
    opening = home_arguments(home)  # --home, and --db for a team database
    assert run_cli(capsys, *opening, "profile", "export", str(path))[0] == 0
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["translations"]["en"]["summary"] == "Co-operatives in every neighbourhood."
    data["translations"]["en"]["contact_office"] = "Social Economy Office"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert run_cli(capsys, *opening, "profile", "import", str(path))[0] == 0
    assert load_profile(home.db).contact_office_in == (("en", "Social Economy Office"),)
