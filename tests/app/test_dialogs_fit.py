"""Dialogs show their whole text in every language: nothing cut, no clipped descenders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.messages import LANGUAGES
from rrr_desktop.paths import AppPaths
from rrr_desktop.resources import resource_path
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.export import PersonalDataCounts
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
from rrr_desktop.views.help.about import AboutDialog
from rrr_desktop.views.stakeholders.export_dialog import ExportOptionsDialog
from tests.factories import add_stakeholders, open_city_home


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translator = QTranslator()
    code = str(request.param)
    if code != "en":
        assert translator.load(str(resource_path("translations") / f"rrr_desktop_{code}.qm"))
        QCoreApplication.installTranslator(translator)
    yield code
    QCoreApplication.removeTranslator(translator)


def assert_whole(window: QWidget) -> None:
    """Every wrapping label is as tall as its text at its width; every check box as wide
    as its text."""
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.heightForWidth(label.width()) <= label.height(), label.text()
    for box in window.findChildren(QCheckBox):
        if box.isVisible():
            assert box.sizeHint().width() <= box.width(), box.text()


def test_the_export_dialog_shows_its_whole_text(qtbot: QtBot, language: str) -> None:
    dialog = ExportOptionsDialog(PersonalDataCounts(rows=1234, with_personal_data=56,
                                                    consented=7))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_whole(dialog)


def test_about_shows_its_whole_text(qtbot: QtBot, paths: AppPaths, language: str) -> None:
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_whole(dialog)


@pytest.fixture
def rotterdam(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    yield opened
    wait_for_background_work()
    opened.close()


def test_the_bundle_wizard_shows_its_whole_consent_line(qtbot: QtBot, rotterdam: Home,
                                                        language: str) -> None:
    add_stakeholders(rotterdam.db, 2, email="x@y.example", consent_given=True)
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(wizard.summary.isComplete)
    qtbot.wait(50)
    assert_whole(wizard.summary)
