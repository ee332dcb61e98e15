"""Scrolling with the mouse wheel over a form scrolls it; values change only when chosen;
the window's shortcuts work while the officer types."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.home import open_home
from rrr_desktop.services.setup import cities
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.profile.page import ProfilePage
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.startup import Startup


@pytest.fixture
def profile(qtbot: QtBot, paths: AppPaths) -> Iterator[ProfilePage]:
    home = open_home(paths)
    cities.init_our_city(home.db, "Bilbao", None, None)
    home.close()
    window = MainWindow(paths, Settings(paths.settings_file))
    qtbot.addWidget(window)
    startup = Startup(paths, window)
    window.firstShown.connect(startup.begin)
    with qtbot.waitSignal(window.pagesFilled, timeout=10_000):
        window.show()
    page = window.page("profile")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        window.show_page("profile")
    assert isinstance(page, ProfilePage)
    page.editor.verticalScrollBar().setValue(0)
    yield page
    window.close()
    wait_for_background_work()
    assert startup.home is not None
    startup.home.close()


def wheel(widget: QWidget, steps: int) -> None:
    """Turn the wheel over ``widget``: negative steps roll down the page."""
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(widget, QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False))


def visible(page: ProfilePage, kind: type[QWidget]) -> QWidget:
    """The first field of that kind on the page, scrolled into view."""
    field = next(widget for widget in page.editor.findChildren(kind) if widget.isVisible())
    page.editor.ensureWidgetVisible(field)
    return field


def shown_value(field: QWidget) -> str:
    assert isinstance(field, (QComboBox, QAbstractSpinBox))
    return field.currentText() if isinstance(field, QComboBox) else field.text()


@pytest.mark.parametrize("kind", [QComboBox, QAbstractSpinBox])
def test_the_wheel_over_a_value_scrolls_the_profile(profile: ProfilePage,
                                                    kind: type[QWidget]) -> None:
    profile.editor.viewport().setFocus()
    field = visible(profile, kind)
    bar = profile.editor.verticalScrollBar()
    scrolled, steps = bar.value(), (1 if bar.value() == bar.maximum() else -1)
    before = shown_value(field)
    wheel(field, steps)
    assert shown_value(field) == before
    assert bar.value() != scrolled
    assert not profile.autosave.unsaved


def test_a_clicked_combo_takes_the_wheel(profile: ProfilePage, qtbot: QtBot) -> None:
    combo = visible(profile, QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    index = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() != index


def test_a_spin_box_made_after_start_up_scrolls_its_dialog(profile: ProfilePage,
                                                           qtbot: QtBot) -> None:
    dialog = QDialog(profile.window())
    qtbot.addWidget(dialog)
    area = QScrollArea(dialog)
    content = QWidget()
    column = QVBoxLayout(content)
    spin = QSpinBox()
    spin.setValue(5)
    column.addSpacing(800)
    column.addWidget(spin)
    column.addSpacing(800)
    area.setWidget(content)
    area.resize(200, 300)
    dialog.show()
    area.ensureWidgetVisible(spin)
    bar = area.verticalScrollBar()
    scrolled = bar.value()
    wheel(spin, -1)
    assert spin.value() == 5
    assert bar.value() > scrolled
    assert not spin.hasFocus()


def test_ctrl_e_in_the_search_box_exports(profile: ProfilePage, qtbot: QtBot) -> None:
    """On Linux a text field would take Ctrl+E as "end of line" and nothing happened."""
    window = profile.window()
    assert isinstance(window, MainWindow)
    window.show_page("stakeholders")
    search = window.page("stakeholders").search  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    search.setFocus()
    qtbot.keyClicks(search, "coop")
    with qtbot.waitSignal(window.menus.export_action.triggered, timeout=5000):
        qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    for dialog in window.findChildren(QDialog):
        dialog.reject()
    qtbot.keyClick(search, Qt.Key.Key_Home)
    qtbot.keyClick(search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()  # Find keeps the keyboard in the search box
