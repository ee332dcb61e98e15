"""The Briefs page's choices come back at the next start: the kind, the peer city or
group, the language, the table size and the sections left out; personal data never."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from rrr_desktop.services.briefs.options import BriefKind
from rrr_desktop.services.dto import Choice
from rrr_desktop.views.briefs.options_panel import BriefOptionsPanel
from rrr_desktop.views.common import shared_settings
from rrr_desktop.views.settings import Settings

PEERS = [Choice("403ba106-216e-4f8a-8eb4-cb39c3fb9707", "Rotterdam"),
         Choice("946d3f7b-164e-4165-b215-f19965e0d859", "Montréal")]
GROUPS = [Choice("6f1d2c1e-0000-4000-8000-000000000001", "Public procurement")]


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[Path]:
    file = tmp_path / "settings.ini"
    shared_settings.use_settings(Settings(file))
    yield file
    shared_settings._settings.clear()


def panel(qtbot: QtBot) -> BriefOptionsPanel:
    """The panel as the page fills it: peers and groups arrive once read."""
    made = BriefOptionsPanel()
    qtbot.addWidget(made)
    made.show()
    made.set_peers(PEERS)
    made.set_groups(GROUPS)
    return made


def choose(qtbot: QtBot, kind: QRadioButton) -> None:
    """Click the round button itself (the blank right of a wide row does nothing)."""
    qtbot.mouseClick(kind, Qt.MouseButton.LeftButton, pos=QPoint(8, kind.height() // 2))
    assert kind.isChecked()


def next_start(settings: Path) -> None:
    shared_settings._settings[0].sync()
    shared_settings.use_settings(Settings(settings))


def test_a_peer_brief_s_choices_come_back(qtbot: QtBot, settings: Path) -> None:
    first = panel(qtbot)
    choose(qtbot, first.peer_kind)
    first.peer.setCurrentIndex(first.peer.findText("Montréal"))
    first.language.setCurrentIndex(first.language.findData("pt"))
    first.section_boxes["profile"].click()  # left out
    next_start(settings)

    again = panel(qtbot)
    assert again.kind() == BriefKind.PEER and again.peer_name() == "Montréal"
    assert again.language.currentData() == "pt"
    assert not again.section_boxes["profile"].isChecked()
    assert all(box.isChecked() for name, box in again.section_boxes.items()
               if name != "profile")


def test_the_city_brief_keeps_its_table_size_and_never_personal_data(
        qtbot: QtBot, settings: Path) -> None:
    first = panel(qtbot)
    first.key_rows.setValue(120)
    first.personal.setChecked(True)
    next_start(settings)
    again = panel(qtbot)
    assert again.kind() == BriefKind.CITY and again.key_rows.value() == 120
    assert not again.personal.isChecked()  # the data-protection default, every time


def test_choosing_the_city_brief_after_a_peer_one_is_not_undone_by_a_refresh(
        qtbot: QtBot, settings: Path) -> None:
    first = panel(qtbot)
    choose(qtbot, first.peer_kind)
    choose(qtbot, first.city_kind)
    first.set_peers(PEERS)  # the page reads its lists again after a change of data
    assert first.kind() == BriefKind.CITY
    next_start(settings)
    assert panel(qtbot).kind() == BriefKind.CITY


def test_a_remembered_group_brief_without_groups_starts_as_the_city_brief(
        qtbot: QtBot, settings: Path) -> None:
    first = panel(qtbot)
    first.group_kind.setChecked(True)
    next_start(settings)
    again = BriefOptionsPanel()
    qtbot.addWidget(again)
    again.set_peers(PEERS)
    again.set_groups([])  # the group was deleted meanwhile
    assert again.kind() == BriefKind.CITY


def test_unreadable_remembered_choices_give_the_defaults(qtbot: QtBot, settings: Path) -> None:
    shared_settings._settings[0].brief_choices = "{not json"
    made = panel(qtbot)
    assert made.kind() == BriefKind.CITY and all(
        box.isChecked() for box in made.section_boxes.values())
