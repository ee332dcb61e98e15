"""In the window, a proposed group is started from Peer cities › Proposed groups and
then shown, selected, on the Working groups page; a change on that page tells the Peer
cities page at once (no restart)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.groups.group_dialog import GroupDialog
from rrr_desktop.views.groups.page import WorkingGroupsPage
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.peers.page import PeersPage
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.startup import Startup
from tests.factories import open_test_home


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    home = open_test_home(paths.home)
    cities.init_our_city(home.db, "Bilbao", None, None)
    home.close()
    shown = MainWindow(paths, Settings(paths.settings_file))
    qtbot.addWidget(shown)
    startup = Startup(paths, shown)
    shown.firstShown.connect(startup.begin)
    with qtbot.waitSignal(shown.pagesFilled, timeout=10_000):
        shown.show()
    yield shown
    shown.close()
    wait_for_background_work()
    if startup.home is not None:
        startup.home.close()


def test_a_started_group_shows_selected_on_the_groups_page_and_the_proposals_know_it(
        window: MainWindow, qtbot: QtBot) -> None:
    peers = cast(PeersPage, window.page("peers"))
    window.show_page("peers")  # the Working groups page was never shown: it is made now
    peers.tabs.setCurrentWidget(peers.groups)
    qtbot.waitUntil(lambda: bool(peers.groups.proposals))
    proposals = peers.groups.tree
    second = proposals.topLevelItem(1)  # a proposal Bilbao fits in
    assert second is not None
    proposals.setCurrentItem(second)
    qtbot.mouseClick(peers.groups.start_button, Qt.MouseButton.LeftButton)
    groups = cast(WorkingGroupsPage, window.page("groups"))
    qtbot.waitUntil(lambda: isinstance(groups.dialog, GroupDialog))
    dialog = groups.dialog
    assert isinstance(dialog, GroupDialog) and dialog.isVisible()
    proposal = peers.groups.proposals[1]
    assert dialog.name.text() == " + ".join(proposal.topics)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(  # type: ignore[union-attr]
        QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is groups, timeout=10_000)
    qtbot.waitUntil(lambda: groups.detail.group is not None
                    and groups.detail.group.name == dialog.name.text())
    chosen = groups.table.selectionModel().selectedRows()
    assert [row.data() for row in chosen] == [dialog.name.text()]

    def started() -> bool:
        item = proposals.topLevelItem(1)
        return item is not None and "started as" in item.text(0)

    qtbot.waitUntil(started)
    qtbot.mouseClick(groups.detail.buttons["delete"], Qt.MouseButton.LeftButton)
    box = groups.dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not started())
