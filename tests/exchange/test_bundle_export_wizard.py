"""Export Bundle proposes a folder that exists and says plainly when writing failed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard
from tests.factories import click, open_city_home, to_the_file_page


@pytest.fixture
def rotterdam(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    yield opened
    wait_for_background_work()
    opened.close()


def test_a_missing_documents_folder_is_made_and_the_bundle_written_there(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "officer" / "Documents"  # not there, as on many Linux desktops
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    to_the_file_page(qtbot, wizard)
    assert Path(wizard.file.path.text()).parent == documents

    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.done_page.isComplete)

    assert wizard.done_page.title() == "Bundle Written"
    assert [path.suffix for path in documents.iterdir()] == [".rrrbundle"]


def test_without_a_documents_folder_the_bundle_goes_to_the_data_folder(
        qtbot: QtBot, rotterdam: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: "")
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    proposed = Path(wizard.file.path.text())
    assert proposed.parent == rotterdam.paths.home / "bundles"
    assert proposed.parent.is_dir()


def test_a_failure_is_titled_as_one_and_the_officer_can_go_back(
        qtbot: QtBot, rotterdam: Home, tmp_path: Path) -> None:
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    to_the_file_page(qtbot, wizard)
    wizard.file.path.clear()
    qtbot.keyClicks(wizard.file.path, str(tmp_path / "no such folder" / "out"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.done_page.title() == "Bundle Not Written")
    assert "the folder" in wizard.done_page.message.text()
    assert "does not exist" in wizard.done_page.message.text()
    assert not wizard.done_page.isComplete()
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    wizard.file.path.clear()
    qtbot.keyClicks(wizard.file.path, str(tmp_path / "out"))
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.done_page.isComplete)
    assert wizard.done_page.title() == "Bundle Written"
    assert (tmp_path / "out.rrrbundle").exists()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # written: Finish
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_the_summary_and_the_result_count_the_working_groups_the_bundle_carries(
        qtbot: QtBot, rotterdam: Home, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from rrr_desktop.services.groups import editing

    editing.create_group(rotterdam.db, "Impact finance", ["social-impact-bonds"], ["Bilbao"])
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(tmp_path))
    wizard = BundleExportWizard(rotterdam, "Rotterdam")
    qtbot.addWidget(wizard)
    to_the_file_page(qtbot, wizard)
    assert "1 working group, with its meetings and actions" in wizard.summary.counts.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(wizard.done_page.isComplete)
    assert "1 working group, with its meetings and actions" in wizard.done_page.message.text()
