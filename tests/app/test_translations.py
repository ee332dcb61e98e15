"""Every shipped language is complete, keeps its placeholders, and is compiled."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from rrr_desktop.resources import resource_path
from rrr_desktop.views.common.translations import install_translations

REPO = Path(__file__).resolve().parents[2]

FOLDER = resource_path("translations")
# English translates only counted texts ("%Ln stakeholders": one form per number); it
# lives apart, so the usual lupdate run over rrr_desktop_*.ts does not fill it with the rest.
# Qt's own dialog texts that qtbase leaves in English are in qt_extra_*.ts, kept by hand.
CATALOGUES = sorted([*FOLDER.glob("rrr_desktop_*.ts"), *FOLDER.glob("plurals/rrr_desktop_*.ts"),
                     *FOLDER.glob("qt_extra_*.ts")])
PLACEHOLDER = re.compile(r"\{\w+\}")
ACCELERATOR = re.compile(r"&(?=\w)")


def messages(catalogue: Path) -> list[tuple[str, str, str | None]]:
    """(source, translation, type); of a counted text, the last (most plural) form, or ""
    when any form is empty."""
    root = ElementTree.parse(catalogue).getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        text = forms[-1] if message.get("numerus") == "yes" and forms else translation.text or ""
        if forms and not all(form.strip() for form in forms):
            text = ""  # a plural form left empty is untranslated
        found.append((message.findtext("source") or "", text, translation.get("type")))
    return found


def test_the_peer_cities_languages_are_shipped() -> None:
    languages = {p.stem.removeprefix("rrr_desktop_") for p in CATALOGUES}
    assert {"es", "fr", "pt", "it", "nl", "pl"} <= languages
    assert {p.stem.removeprefix("qt_extra_") for p in FOLDER.glob("qt_extra_*.ts")} == {
        "es", "fr", "pt", "it", "nl", "pl"}


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_every_message_is_translated_with_its_placeholders(catalogue: Path) -> None:
    problems = []
    for source, translation, kind in messages(catalogue):
        if kind in ("unfinished", "vanished", "obsolete") or not translation.strip():
            problems.append(f"untranslated: {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ: {source!r} -> {translation!r}")
        elif len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(translation)):
            problems.append(f"keyboard accelerator lost: {source!r} -> {translation!r}")
    assert problems == []


@pytest.mark.slow
@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: p.stem)
def test_compiled_files_are_up_to_date(catalogue: Path, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(catalogue), "-qm", str(compiled)], check=True)
    assert (FOLDER / catalogue.with_suffix(".qm").name).read_bytes() == compiled.read_bytes(), (
        "run: python3 dev.py translations")


def test_the_window_speaks_spanish(qtbot: QtBot) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    before = QCoreApplication.translate("PeersPage", "Peer cities")
    installed = install_translations(app, QLocale(QLocale.Language.Spanish))
    try:
        assert "rrr_desktop" in installed
        assert QCoreApplication.translate("PeersPage", "Peer cities") != before
        assert QCoreApplication.translate("WindowMenus", "&Help") != "&Help"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()


def _untranslatable_calls(source: str) -> list[str]:
    """Calls whose text lupdate cannot extract under the context Qt looks it up in."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                problems.append(f"line {node.lineno}: tr() on another object")
            elif not (node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"line {node.lineno}: tr() of a non-literal text")
        elif name == "translate" and (
                isinstance(func, ast.Name) or getattr(func.value, "id", "") == "QCoreApplication"
        ) and not (len(node.args) >= 2
                   and all(isinstance(a, ast.Constant) for a in node.args[:2])):
            problems.append(f"line {node.lineno}: translate() without a literal context and text")
    return problems


@pytest.mark.parametrize("module", sorted((REPO / "rrr_desktop" / "views").rglob("*.py")),
                         ids=lambda path: str(path.relative_to(REPO)))
def test_every_text_to_translate_can_be_found_by_lupdate(module: Path) -> None:
    """lupdate reads literal texts in self.tr("...") and translate("Context", "...");
    a wrapper such as _tr(text), or other.tr("..."), leaves the text untranslated."""
    assert _untranslatable_calls(module.read_text(encoding="utf-8")) == []
