"""Counted texts take the plural form each language uses for that number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from pytestqt.qtbot import QtBot

from rrr_desktop.resources import resource_path
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm
from rrr_desktop.views.stakeholders.page import StakeholdersPage


def counted(count: int) -> str:
    return QCoreApplication.translate("StakeholdersPage", "%Ln stakeholders", "", count)


def test_english_says_one_stakeholder(qtbot: QtBot) -> None:
    assert [counted(n) for n in (1, 2, 0)] == ["1 stakeholder", "2 stakeholders",
                                               "0 stakeholders"]


@pytest.fixture
def polish() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations") / "rrr_desktop_pl.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_polish_has_its_three_forms(qtbot: QtBot, polish: None) -> None:
    assert [counted(n) for n in (1, 3, 5, 22)] == [
        "1 interesariusz", "3 interesariuszy", "5 interesariuszy", "22 interesariuszy"]


def test_the_register_counts_one_stakeholder(qtbot: QtBot, home: Home) -> None:
    create_stakeholder(home.db, StakeholderForm("Only Coop"))
    page = StakeholdersPage()
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    assert page.count.text() == "1 stakeholder"


def test_every_counted_text_has_an_english_singular(qtbot: QtBot) -> None:
    """Every %Ln text the window uses is in the English plurals file."""
    from tests.app.test_translations import FOLDER, messages

    english = {source for source, _text, _kind in messages(FOLDER / "plurals" /
                                                             "rrr_desktop_en.ts")}
    spanish = {source for source, _t, _k in messages(FOLDER / "rrr_desktop_es.ts")
               if "%n" in source or "%Ln" in source}
    assert spanish <= english
    assert isinstance(QCoreApplication.instance(), QObject)


def test_counts_in_the_window_take_each_languages_forms(qtbot: QtBot, polish: None) -> None:
    """Every count formatted into text is a counted text: Polish has three forms."""
    from rrr_desktop.views.peers.list_texts import count_text

    practices = [QCoreApplication.translate("_SummaryPage", "%Ln practices", "", n)
                 for n in (1, 3, 5)]
    assert practices == ["1 praktyka", "3 praktyki", "5 praktyk"]
    assert [count_text(n, n) for n in (1, 2, 5)] == [
        "1 miasto partnerskie", "2 miasta partnerskie, najlepsze najpierw",
        "5 miast partnerskich, najlepsze najpierw"]


def test_english_counts_one_in_the_singular(qtbot: QtBot) -> None:
    from rrr_desktop.views.peers.list_texts import count_text
    from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog

    dialog = BulkEditDialog(1, [])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change 1 stakeholder"
    assert count_text(1, 0) == "1 peer city, nothing in common with yours yet"
    assert QCoreApplication.translate("ImportPreviewDialog", "{file}: %Ln rows ({encoding})",
                                      "", 1) == "{file}: 1 row ({encoding})"
