"""Counts in the window are written as the officer's locale writes numbers, the same in
the import dialog, the status bar and the details ("1.234" in Portuguese, not "1234")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.services.stakeholders.listing import stakeholder_detail
from rrr_desktop.views.stakeholders.detail_view import StakeholderView
from tests.stakeholders.test_import_dialog import open_window, previewed


@pytest.fixture
def brazilian_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Portuguese, QLocale.Country.Brazil))
    yield
    QLocale.setDefault(before)


def test_the_status_bar_counts_an_import_as_the_dialog_does(
        qtbot: QtBot, home: Home, tmp_path: Path, brazilian_numbers: None) -> None:
    source = tmp_path / "big.csv"
    source.write_text("Name\n" + "".join(f"Coop {n}\n" for n in range(1234)), encoding="utf-8")
    window = open_window(qtbot, home)
    _flow, dialog = previewed(qtbot, window, source)
    assert "1.234 to add" in dialog.counts.text()
    with qtbot.waitSignal(window.register.changed, timeout=20_000) as said:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "1.234 added" in said.args[0]
    qtbot.waitUntil(lambda: "1.234 added" in window.messages.label.message())


def test_an_organisations_people_are_counted_in_the_locale(
        qtbot: QtBot, home: Home, brazilian_numbers: None) -> None:
    organisation = create_stakeholder(home.db, StakeholderForm("Rede Solidária"))
    with home.db.session() as session:
        from rrr_desktop.models.entities import Stakeholder, StakeholderKind

        session.add_all(Stakeholder(name=f"Pessoa {n}", kind=StakeholderKind.OTHER,
                                    is_person=True, organisation_id=organisation)
                        for n in range(1005))
    view = StakeholderView()
    qtbot.addWidget(view)
    view.show_stakeholder(stakeholder_detail(home.db, organisation), [])
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert "People (1.005):" in texts
