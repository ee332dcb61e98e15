"""The user guide's files: every section in every language, the same anchors, links
that lead somewhere, and the window's own words as the window shows them."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from rrr_desktop.messages import LANGUAGES
from rrr_desktop.paths import AppPaths
from rrr_desktop.resources import resource_path
from rrr_desktop.views.common.translations import install_translations
from rrr_desktop.views.help.sections import (
    FALLBACK_LANGUAGE,
    FILE_SECTIONS,
    MENU_SEPARATOR,
    SHORTCUTS,
    anchors_of,
    guide_folder,
    links_of,
    section_path,
    section_text,
    title_of,
    window_words_of,
)
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from tests.factories import REPO

TRANSLATED = [language for language in LANGUAGES if language != FALLBACK_LANGUAGE]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_section_and_no_other(language: str) -> None:
    files = {path.stem for path in guide_folder(language).glob("*.md")}
    assert files == set(FILE_SECTIONS)
    assert all(title_of(section_text(language, key)) for key in FILE_SECTIONS)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_section_is_written_in_its_language(language: str) -> None:
    for key in FILE_SECTIONS:
        assert section_path(language, key).parent.name == language, key
        assert section_text(language, key) != section_text("en", key), key


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_section_has_the_same_anchors_in_every_language(language: str) -> None:
    for key in FILE_SECTIONS:
        assert anchors_of(section_text(language, key)) == anchors_of(section_text("en", key)), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_lead_to_a_section_and_an_anchor_that_exist(language: str) -> None:
    broken = []
    for key in FILE_SECTIONS:
        for target, anchor in links_of(section_text(language, key)):
            if target == SHORTCUTS and not anchor:
                continue
            if target not in FILE_SECTIONS or (
                    anchor and anchor not in anchors_of(section_text(language, target))):
                broken.append(f"{key}: {target}#{anchor}")
    assert broken == []


def test_a_missing_file_falls_back_to_english_only() -> None:
    assert section_path("de", "profile") == section_path("en", "profile")
    assert section_path("es", "profile").parent.name == "es"


# --- the window's words ------------------------------------------------------------------


def window_text(text: str) -> str:
    """A text as the guide quotes it: no accelerator, no colon, single spaces."""
    return " ".join(text.replace("&", "").split()).removesuffix(":").strip()


def catalogue_texts(language: str) -> set[str]:
    """Every text the window can show in ``language``, from its Qt catalogue."""
    catalogue = resource_path("translations", "rrr_desktop_es.ts")
    root = ElementTree.parse(catalogue.with_name(f"rrr_desktop_{language}.ts")
                             if language != "en" else catalogue).getroot()
    tag = "source" if language == "en" else "translation"
    return {window_text(message.findtext(tag) or "") for message in root.iter("message")}


def menu_paths(bar: QMenuBar) -> set[str]:
    found = set()

    def walk(path: list[str], menu: QMenu) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            inner = [*path, window_text(action.text())]
            found.add(MENU_SEPARATOR.join(inner))
            if isinstance(action.menu(), QMenu):
                walk(inner, action.menu())

    for top in bar.actions():
        found.add(window_text(top.text()))
        if isinstance(top.menu(), QMenu):
            walk([window_text(top.text())], top.menu())
    return found


@pytest.fixture
def in_language(qtbot: QtBot) -> Iterator[None]:
    yield
    app = QApplication.instance()
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_quotes_menus_and_names_as_the_window_shows_them(
        language: str, in_language: None, qtbot: QtBot, paths: AppPaths) -> None:
    """A **bold** text with › is a menu path of the window in that language; any other
    bold text is a text of the window (a page, button or field) in that language."""
    install_translations(QApplication.instance(), QLocale(language))
    window = MainWindow(paths, Settings(paths.settings_file))
    qtbot.addWidget(window)
    for page in window.pages:  # made when the home opens; the register's menus with it
        window.page(page.key)
    paths_shown, texts = menu_paths(window.menuBar()), catalogue_texts(language)
    unknown = []
    for key in FILE_SECTIONS:
        for words in window_words_of(section_text(language, key)):
            known = paths_shown if MENU_SEPARATOR in words else texts
            if window_text(words) not in known:
                unknown.append(f"{key}: {words}")
    assert unknown == []


# --- shipped with the app ----------------------------------------------------------------


def spec_tree() -> object:
    """The spec's ``tree`` (what a folder adds to the build), run without PyInstaller."""
    spec = ast.parse((REPO / "packaging" / "rrr-desktop.spec").read_text(encoding="utf-8"))
    keep = [node for node in spec.body
            if (isinstance(node, ast.FunctionDef) and node.name == "tree")
            or (isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "NOT_SHIPPED_SUFFIXES" for t in node.targets))]
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(body=keep, type_ignores=[]), "spec", "exec"), namespace)
    return namespace["tree"]


def test_the_build_and_the_wheel_ship_the_guide() -> None:
    spec_text = (REPO / "packaging" / "rrr-desktop.spec").read_text(encoding="utf-8")
    assert re.search(r'\*tree\(REPO / "resources", "resources"\)', spec_text)
    tree = spec_tree()
    shipped = set(tree(REPO / "resources", "resources"))  # type: ignore[operator]
    for language in LANGUAGES:
        for key in FILE_SECTIONS:
            path = REPO / "resources" / "guide" / language / f"{key}.md"
            assert (str(path), f"resources/guide/{language}") in shipped
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "rrr_desktop/resources"' in pyproject
