"""Help › User Guide (F1): the page's own section, in the window's language, with
links, history, search and the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.views.help.guide_dialog import GuideDialog
from rrr_desktop.views.help.sections import (
    FILE_SECTIONS,
    SHORTCUTS,
    anchors_of,
    section_text,
    title_of,
)
from rrr_desktop.views.main_window import MainWindow
from tests.factories import bilbao_window


def open_window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from open_window(qtbot, paths)


@pytest.fixture
def spanish_window(spanish: None, qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from open_window(qtbot, paths)


def press_f1(window: MainWindow, qtbot: QtBot) -> GuideDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [guide] = window.findChildren(GuideDialog)
    assert guide.isVisible()
    return guide


def shown_title(guide: GuideDialog) -> str:
    return guide.browser.document().firstBlock().text()


def anchors_shown(guide: GuideDialog) -> list[str]:
    found: list[str] = []
    block = guide.browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            found += fragments.fragment().charFormat().anchorNames()
            fragments += 1
        block = block.next()
    return found


def test_f1_on_each_page_opens_that_pages_section(window: MainWindow, qtbot: QtBot) -> None:
    assert {page.key for page in window.pages} <= set(FILE_SECTIONS)
    for page in window.pages:
        window.show_page(page.key)
        window.activateWindow()
        guide = press_f1(window, qtbot)
        assert guide.section() == page.key
        assert shown_title(guide) == title_of(section_text("en", page.key))
        assert guide.contents.currentItem().text() == shown_title(guide)
    assert len(window.findChildren(GuideDialog)) == 1  # one guide, turned to each page
    assert guide.windowModality() == Qt.WindowModality.NonModal  # the window stays usable


def test_the_guide_is_in_spanish_when_the_window_is(spanish_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    spanish_window.show_page("stakeholders")
    guide = press_f1(spanish_window, qtbot)
    assert shown_title(guide) == title_of(section_text("es", "stakeholders"))
    assert shown_title(guide) != title_of(section_text("en", "stakeholders"))
    guide.show_section("importing")
    assert "Archivo › Importar actores…" in guide.browser.toPlainText()  # as the menu says
    listed = [guide.contents.item(row).text() for row in range(guide.contents.count())]
    assert listed[:len(FILE_SECTIONS)] == [title_of(section_text("es", key))
                                           for key in FILE_SECTIONS]
    assert "Archivo" in guide.browser.markdown_of(SHORTCUTS)  # the menus' own names


def test_a_link_opens_its_section_and_back_and_forward_return(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    window.show_page("briefs")
    guide = press_f1(window, qtbot)
    assert not guide.back.isEnabled()
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Tab)  # the first link of the section
    link = guide.browser.textCursor().selectedText()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Return)  # [Working groups](groups.md#brief)
    assert link == title_of(section_text("en", "groups"))
    assert guide.section() == "groups"
    assert shown_title(guide) == link
    assert guide.browser.source().fragment() == "brief"
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert guide.section() == "briefs"
    qtbot.mouseClick(guide.forward, Qt.MouseButton.LeftButton)
    assert guide.section() == "groups"


def test_a_link_to_an_anchor_shows_that_heading(window: MainWindow, qtbot: QtBot) -> None:
    guide = press_f1(window, qtbot)
    guide.resize(700, 300)
    guide.show_section("stakeholders", "map")
    assert anchors_shown(guide) == anchors_of(section_text("en", "stakeholders"))
    assert "{#" not in guide.browser.toPlainText()
    assert guide.browser.verticalScrollBar().value() > 0
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    near_top = top.block().text() + top.block().next().text()
    assert "map" in near_top.lower()


def test_the_search_lists_the_sections_with_the_words(window: MainWindow,
                                                      qtbot: QtBot) -> None:
    guide = press_f1(window, qtbot)
    qtbot.keyClicks(guide.search, "fingerprint")
    listed = [guide.contents.item(row).data(Qt.ItemDataRole.UserRole)
              for row in range(guide.contents.count()) if not guide.contents.item(row).isHidden()]
    assert listed == ["bundles"]
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)
    assert guide.section() == "bundles"
    assert guide.browser.textCursor().selectedText().lower() == "fingerprint"
    assert guide.browser.extraSelections()
    guide.search.clear()
    qtbot.keyClicks(guide.search, "zzzz nowhere")
    assert guide.no_match.isVisible()
    assert "zzzz nowhere" in guide.no_match.text()


def test_ctrl_f_puts_the_cursor_in_the_guides_search_box(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    guide = press_f1(window, qtbot)
    qtbot.waitUntil(guide.isActiveWindow)
    guide.browser.setFocus()
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.focusWidget() is guide.search


def test_the_search_ignores_accents(window: MainWindow, qtbot: QtBot) -> None:
    guide = press_f1(window, qtbot)
    qtbot.keyClicks(guide.search, "Ã© instead of e")
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)
    assert guide.section() == "importing"


def test_the_keyboard_shortcuts_are_a_section_and_a_help_entry(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    help_menu = next(action.menu() for action in window.menuBar().actions()
                     if action.text() == "&Help")
    [entry] = [action for action in help_menu.actions()
               if action.text() == "Keyboard S&hortcuts"]
    entry.trigger()
    [guide] = window.findChildren(GuideDialog)
    assert guide.section() == SHORTCUTS
    assert "File › Import Bundle…" in guide.browser.toPlainText()
    assert guide.contents.currentItem().text() == "Keyboard shortcuts"


def test_a_language_without_its_files_reads_the_english_guide(qtbot: QtBot) -> None:
    guide = GuideDialog(QMenuBar(), "de")
    qtbot.addWidget(guide)
    assert shown_title(guide) == title_of(section_text("en", "start"))
