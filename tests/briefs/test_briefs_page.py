"""The Briefs page, offscreen: options, texts, preview in a worker, cancel, save, recent."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.views.briefs.options_panel import BriefOptionsPanel
from rrr_desktop.views.briefs.page import PREVIEW_PREFIX, BriefsPage
from tests.factories import SEED_UUIDS, bilbao_briefs_page


@pytest.fixture
def page(qtbot: QtBot, home: Home) -> BriefsPage:
    return bilbao_briefs_page(qtbot, home)


def preview(qtbot: QtBot, page: BriefsPage) -> None:
    page.generate_preview()
    qtbot.waitUntil(lambda: page._cancel is None, timeout=20_000)


def test_preview_renders_the_brief_into_the_viewer(qtbot: QtBot, page: BriefsPage) -> None:
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    preview(qtbot, page)
    assert page.shown is not None and page.shown.name.startswith(PREVIEW_PREFIX)
    pages = len(PdfReader(page.shown).pages)
    assert page.preview.page_count() == pages == page.preview.thumbnails.count()
    assert page.preview.title() == "City brief – Bilbao"
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert f"{pages} pages" in page.status.text()


def test_a_second_preview_replaces_the_first_file(qtbot: QtBot, page: BriefsPage) -> None:
    preview(qtbot, page)
    first = page.shown
    preview(qtbot, page)
    assert page.shown != first and first is not None and not first.exists()


def test_cancel_stops_the_preview(qtbot: QtBot, page: BriefsPage) -> None:
    page.generate_preview()
    page.cancel_preview()
    qtbot.waitUntil(lambda: page._cancel is None, timeout=20_000)
    assert page.status.text() == "Preview cancelled."
    assert page.shown is None and page.preview_button.isEnabled()
    assert not list(Path(page.home.paths.briefs).glob("*.pdf"))  # type: ignore[union-attr]


def test_edited_texts_survive_an_options_change_until_reset(
        qtbot: QtBot, page: BriefsPage) -> None:
    page.texts.texts["purpose"].setPlainText("Agree the Łódź visit budget.")
    page.options.language.setCurrentIndex(page.options.language.findData("es"))
    qtbot.waitUntil(lambda: "Opción" in page.texts.texts["recommendation"].toPlainText())
    assert page.texts.texts["purpose"].toPlainText() == "Agree the Łódź visit budget."
    preview(qtbot, page)
    assert page.shown is not None
    text = "\n".join(p.extract_text() for p in PdfReader(page.shown).pages)
    assert "Agree the Łódź visit budget." in text and "Objeto" in text
    page.texts.reset.click()
    qtbot.waitUntil(lambda: "Bilbao" in page.texts.texts["purpose"].toPlainText())


def test_a_peer_brief_gets_suggested_questions_per_peer(qtbot: QtBot, page: BriefsPage) -> None:
    page.options.peer_kind.setChecked(True)
    page.options.peer.setCurrentIndex(page.options.peer.findText("Rotterdam"))
    qtbot.waitUntil(lambda: "Rotterdam" in page.texts.questions.toPlainText())
    page.texts.questions.setPlainText("Who funds the bonds?")
    page.options.peer.setCurrentIndex(page.options.peer.findText("Montréal"))
    qtbot.waitUntil(lambda: "Montréal" in page.texts.questions.toPlainText())
    page.options.peer.setCurrentIndex(page.options.peer.findText("Rotterdam"))
    assert page.texts.questions.toPlainText() == "Who funds the bonds?"
    preview(qtbot, page)
    assert page.preview.title() == "Peer meeting brief – Rotterdam"


def test_save_as_writes_the_file_and_lists_it(qtbot: QtBot, page: BriefsPage,
                                              tmp_path: Path) -> None:
    preview(qtbot, page)
    assert page.saving.proposed_name().startswith("Bilbao-brief-")
    target = tmp_path / page.saving.proposed_name()
    page.saving.save_to(target)
    assert target.read_bytes() == page.shown.read_bytes()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.recent.list.count() == 1
                    and "— City brief – Bilbao" in page.recent.list.item(0).text())
    page.recent.list.setCurrentRow(0)
    page.recent.open.click()
    assert page.shown == target


def test_suggested_texts_wait_until_the_page_is_shown(qtbot: QtBot, home: Home) -> None:
    """Suggesting the texts imports the matching and the renderer: not while the window
    fills, only when the officer opens the page."""
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    hidden = BriefsPage()
    qtbot.addWidget(hidden)
    with qtbot.waitSignal(hidden.filled, timeout=10_000):
        hidden.refresh(home)
    qtbot.wait(200)
    assert hidden.texts.texts["purpose"].toPlainText() == ""
    hidden.show()
    qtbot.waitUntil(lambda: "Bilbao" in hidden.texts.texts["purpose"].toPlainText())


def test_personal_data_is_off_by_default_with_the_consent_count(
        qtbot: QtBot, home: Home) -> None:
    load_sample_data(home.db)
    shown = BriefsPage()
    qtbot.addWidget(shown)
    shown.refresh(home)
    shown.show()  # the texts and the consent count are read once the page is shown
    qtbot.waitUntil(lambda: "key stakeholders have consent" in shown.options.consent.text())
    assert not shown.options.personal.isChecked()
    assert not shown.options.options().include_personal_data


def test_an_empty_register_says_so_instead_of_counting_zero(qtbot: QtBot,
                                                            page: BriefsPage) -> None:
    qtbot.waitUntil(lambda: page.options.consent.text() != "")
    assert page.options.consent.text() == "No key stakeholders yet."


def test_before_the_first_preview_the_hint_fills_the_preview_area(page: BriefsPage) -> None:
    preview_area = page.preview
    assert not preview_area.thumbnails.isVisible() and not preview_area.zoom_bar.isVisible()
    hint = preview_area.empty
    assert hint.isVisible() and hint.width() >= preview_area.width() - 20
    assert hint.alignment() & Qt.AlignmentFlag.AlignHCenter


def test_the_brief_language_follows_the_interface_language(qtbot: QtBot) -> None:
    before = QLocale()
    try:
        for locale, expected in (("fr_FR", "fr"), ("pl_PL", "pl"), ("de_DE", "en")):
            QLocale.setDefault(QLocale(locale))
            panel = BriefOptionsPanel()
            qtbot.addWidget(panel)
            assert panel.options().language == expected
    finally:
        QLocale.setDefault(before)


def test_print_sends_every_page_to_the_printer(qtbot: QtBot, page: BriefsPage,
                                               tmp_path: Path) -> None:
    """The officer clicks Print…, keeps "Print to File (PDF)" (the only printer
    offscreen), types a file name and presses Print: every page comes out."""
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None and page._cancel is None, timeout=20_000)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QPrintDialog) and w.isVisible())
    file_name = dialog.findChild(QLineEdit, "filename")
    file_name.clear()
    printed = tmp_path / "printed.pdf"
    qtbot.keyClicks(file_name, str(printed))
    print_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Print")
    with qtbot.waitSignal(page.preview.printed, timeout=20_000) as sent:
        qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    assert sent.args == [True]
    assert len(PdfReader(printed).pages) == page.preview.page_count() >= 2
    assert page.status.text() == "The brief was sent to the printer."


def click_preview(qtbot: QtBot, page: BriefsPage) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.shown is not None and page._cancel is None, timeout=20_000)


def test_changing_an_option_after_a_preview_says_it_is_out_of_date(
        qtbot: QtBot, page: BriefsPage) -> None:
    click_preview(qtbot, page)
    assert page.print_button.isEnabled()
    page.options.language.setFocus()
    qtbot.keyClick(page.options.language, Qt.Key.Key_Down)
    assert "changed since this preview" in page.status.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    click_preview(qtbot, page)
    qtbot.waitUntil(page.print_button.isEnabled)
    assert "changed since this preview" not in page.status.text()


def test_typing_in_a_text_after_a_preview_says_it_is_out_of_date(
        qtbot: QtBot, page: BriefsPage) -> None:
    click_preview(qtbot, page)
    qtbot.keyClicks(page.texts.texts["purpose"], " Agree the budget.")
    assert "changed since this preview" in page.status.text()
    assert not page.save_button.isEnabled()


def test_quitting_removes_the_hidden_preview_file(qtbot: QtBot, page: BriefsPage) -> None:
    click_preview(qtbot, page)
    briefs = Path(page.home.paths.briefs)  # type: ignore[union-attr]
    assert list(briefs.glob(f"{PREVIEW_PREFIX}*.pdf"))
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert not list(briefs.glob(f"{PREVIEW_PREFIX}*.pdf"))


def test_characters_the_font_lacks_are_named_after_the_preview(
        qtbot: QtBot, page: BriefsPage) -> None:
    with page.home.db.session() as session:  # type: ignore[union-attr]
        session.add(Stakeholder(name="北京合作社", kind=StakeholderKind.COOPERATIVE,
                                influence=5, interest=5))
    click_preview(qtbot, page)
    assert "show as “�”: 京 作 北 合 社." in page.status.text()


def test_a_peer_brief_hides_the_key_stakeholders_row_label_and_all(qtbot: QtBot,
                                                                   page: BriefsPage) -> None:
    """The city brief's table size means nothing to a peer brief: its label goes too."""
    label = page.options.choices_form.labelForField(page.options.key_rows)
    assert label is not None and label.isVisible()
    on_the_button = QPoint(8, page.options.peer_kind.height() // 2)  # not the blank right
    qtbot.mouseClick(page.options.peer_kind, Qt.MouseButton.LeftButton, pos=on_the_button)
    assert page.options.peer_kind.isChecked()
    assert not label.isVisible() and not page.options.key_rows.isVisible()
    qtbot.mouseClick(page.options.city_kind, Qt.MouseButton.LeftButton, pos=on_the_button)
    assert label.isVisible() and page.options.key_rows.isVisible()


def test_a_group_brief_has_no_blank_texts_tab(page: BriefsPage, qtbot: QtBot,
                                              home: Home) -> None:
    """The Texts tab of a working group brief was an empty grey area."""
    from rrr_desktop.services.groups import editing

    editing.create_group(home.db, "Impact finance", ["social-impact-bonds"], ["Rotterdam"])
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    qtbot.waitUntil(page.options.group_kind.isEnabled)
    texts_tab = page.tabs.indexOf(page.texts_area)
    on_the_button = QPoint(8, page.options.group_kind.height() // 2)
    qtbot.mouseClick(page.options.group_kind, Qt.MouseButton.LeftButton, pos=on_the_button)
    assert not page.tabs.isTabEnabled(texts_tab)
    assert "no texts to edit" in page.tabs.tabToolTip(texts_tab)
    click_preview(qtbot, page)  # the group brief, made from the page
    assert page.shown is not None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(page.shown).pages).split())
    assert "Impact finance" in text and "Rotterdam" in text
    qtbot.mouseClick(page.options.city_kind, Qt.MouseButton.LeftButton, pos=on_the_button)
    assert page.tabs.isTabEnabled(texts_tab) and page.tabs.tabToolTip(texts_tab) == ""


@pytest.fixture
def portuguese() -> Iterator[None]:
    """The window in Portuguese for one test (its longer titles)."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from rrr_desktop.views.common.translations import install_translations

    app = QApplication.instance()
    assert app is not None
    install_translations(app, QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    yield
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def test_every_section_shows_whole_at_the_usual_width(qtbot: QtBot, portuguese: None,
                                                       home: Home) -> None:
    """In two columns the peer brief's longer section titles were cut, with a sideways
    scroll bar, in a Portuguese window of the usual size."""
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    shown = BriefsPage()
    qtbot.addWidget(shown)
    shown.resize(880, 640)  # beside the sidebar of a 1100-pixel window
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    on_the_button = QPoint(8, shown.options.peer_kind.height() // 2)
    qtbot.mouseClick(shown.options.peer_kind, Qt.MouseButton.LeftButton, pos=on_the_button)
    qtbot.wait(50)
    area = shown.tabs.widget(0)
    assert isinstance(area, QScrollArea)
    assert not area.horizontalScrollBar().isVisible()
    for box in shown.options.section_boxes.values():
        assert box.width() >= box.sizeHint().width(), box.text()
