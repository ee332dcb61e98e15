"""Two officers edit the same stakeholder: the later save over a colleague's newer change
is refused naming the colleague, and the officer chooses Reload or Keep Mine; every change
records who made it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import ChangedElsewhere
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.bulk import BulkChange, bulk_edit
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form, load_revision
from rrr_desktop.services.stakeholders.lifecycle import set_archived
from rrr_desktop.services.stakeholders.listing import stakeholder_detail
from rrr_desktop.views.common.labels import changed_label, date_label
from rrr_desktop.views.stakeholders.actions import StakeholderActions
from rrr_desktop.views.stakeholders.detail_view import StakeholderView
from rrr_desktop.views.stakeholders.editor import StakeholderEditor

CONFLICT = re.compile(r"Changed by Bea Colleague at \d\d:\d\d, after it was opened here\. "
                      r"Nothing was saved, so their change is not lost\. Reload to see their "
                      r"version, or Keep Mine to save yours over it\.")
CONFLICT_ES = re.compile(r"Modificado por Bea Colleague a las \d\d:\d\d, después de abrirlo "
                         r"aquí\. No se ha guardado nada, así que ese cambio no se pierde\. "
                         r"«Recargar» muestra la versión de su colega; «Conservar la mía» "
                         r"guarda esta versión en su lugar\.")


def test_a_save_over_a_colleague_s_newer_change_is_refused_naming_them(
        home: Home, colleague: Home) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    form, revision = load_revision(home.db, green)
    update_stakeholder(colleague.db, green, replace(form, district="North"), based_on=revision)
    with pytest.raises(ChangedElsewhere) as refused:
        update_stakeholder(home.db, green, replace(form, district="South"), based_on=revision)
    assert refused.value.changed_by == "Bea Colleague"
    assert re.match(r"Changed by Bea Colleague at \d\d:\d\d, ", str(refused.value))
    assert load_form(home.db, green).district == "North"  # nothing overwritten
    update_stakeholder(home.db, green, replace(form, district="South"),
                       based_on=refused.value.revision)  # Keep mine: over theirs, on purpose
    assert load_form(colleague.db, green).district == "South"


def test_every_change_records_who_made_it(home: Home, colleague: Home) -> None:
    home.name_officer("Ana Officer")
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    detail = stakeholder_detail(colleague.db, green)
    assert detail is not None and detail.changed_by == "Ana Officer"
    set_archived(colleague.db, [green], True)
    detail = stakeholder_detail(home.db, green)
    assert detail is not None and detail.changed_by == "Bea Colleague"
    bulk_edit(home.db, [green], BulkChange(owner="Desk 4"))
    detail = stakeholder_detail(colleague.db, green)
    assert detail is not None and detail.changed_by == "Ana Officer"


def test_a_blank_name_is_the_default_one(home: Home) -> None:
    home.name_officer("  ")
    assert home.officer  # the role on a team database, else the login's name
    home.name_officer("  Ana   Officer ")
    assert home.officer == "Ana Officer"


class Desk:
    """The register's actions in a window, with its undo history."""

    def __init__(self, qtbot: QtBot, home: Home, selected: int) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.actions = StakeholderActions(lambda: home, lambda: [selected], self.window)
        self.window.show()


def edit_with_conflict(qtbot: QtBot, home: Home, colleague: Home,
                       conflict: re.Pattern[str] = CONFLICT
                       ) -> tuple[Desk, int, StakeholderEditor]:
    """The officer opens Green Coop and types; the colleague saves it meanwhile; the
    officer's Save is refused."""
    green = create_stakeholder(home.db, StakeholderForm("Green Coop", district="Centre"))
    desk = Desk(qtbot, home, green)
    desk.actions.edit_stakeholder(green)
    editor = desk.actions.dialog
    assert isinstance(editor, StakeholderEditor)
    qtbot.waitUntil(lambda: editor.form().name == "Green Coop")
    editor.tabs.district.selectAll()
    qtbot.keyClicks(editor.tabs.district, "South")
    update_stakeholder(colleague.db, green, StakeholderForm("Green Co-operative",
                                                            district="North"))
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.conflict.isVisible, timeout=10_000)
    assert conflict.fullmatch(editor.conflict.text.text()), editor.conflict.text.text()
    assert editor.isVisible() and editor.tabs.district.text() == "South"  # kept
    assert load_form(home.db, green).district == "North"  # theirs, untouched
    return desk, green, editor


def test_keep_mine_saves_over_the_colleague_s_change_and_undo_brings_theirs_back(
        qtbot: QtBot, home: Home, colleague: Home) -> None:
    desk, green, editor = edit_with_conflict(qtbot, home, colleague)
    with qtbot.waitSignal(desk.actions.changed, timeout=10_000):
        qtbot.mouseClick(editor.conflict.keep_mine, Qt.MouseButton.LeftButton)
    mine = load_form(colleague.db, green)
    assert (mine.name, mine.district) == ("Green Coop", "South")
    with qtbot.waitSignal(desk.actions.changed, timeout=10_000):
        desk.actions.undo.trigger()
    theirs = load_form(home.db, green)
    assert (theirs.name, theirs.district) == ("Green Co-operative", "North")


def test_reload_shows_the_colleague_s_version_and_later_saves_build_on_it(
        qtbot: QtBot, home: Home, colleague: Home) -> None:
    desk, green, editor = edit_with_conflict(qtbot, home, colleague)
    qtbot.mouseClick(editor.conflict.reload, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.tabs.district.text() == "North", timeout=10_000)
    assert editor.tabs.name.text() == "Green Co-operative"
    assert not editor.conflict.isVisible() and not editor.has_changes()
    qtbot.keyClicks(editor.tabs.postcode, "28901")
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(desk.actions.changed, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved = load_form(colleague.db, green)
    assert (saved.name, saved.district, saved.postcode) == ("Green Co-operative", "North",
                                                            "28901")
    with qtbot.waitSignal(desk.actions.changed, timeout=10_000):
        desk.actions.undo.trigger()
    assert load_form(home.db, green).postcode == ""


def test_in_spanish_the_conflict_and_the_last_change_are_in_spanish(
        qtbot: QtBot, home: Home, colleague: Home, spanish: None) -> None:
    _desk, green, editor = edit_with_conflict(qtbot, home, colleague, CONFLICT_ES)
    assert editor.conflict.reload.text() == "Re&cargar"
    assert editor.conflict.keep_mine.text() == "Conservar la &mía"
    view = StakeholderView()
    qtbot.addWidget(view)
    view.show_stakeholder(stakeholder_detail(home.db, green))
    assert re.fullmatch(r"Último cambio: Bea Colleague, a las \S+", view.last_change.text())
    assert "Último cambio" in changed_label("Ana", datetime.now(UTC) - timedelta(days=3))


def test_the_last_change_is_shown_with_who_and_when(qtbot: QtBot, home: Home) -> None:
    home.name_officer("Ana Officer")
    green = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    view = StakeholderView()
    qtbot.addWidget(view)
    view.show_stakeholder(stakeholder_detail(home.db, green))
    assert re.fullmatch(r"Last changed by Ana Officer at \d.*", view.last_change.text())
    earlier = datetime(2026, 3, 5, 9, 15, tzinfo=UTC).astimezone()
    time = QLocale().toString(QTime(earlier.hour, earlier.minute),
                              QLocale.FormatType.ShortFormat)
    assert changed_label(None, earlier, date(2026, 12, 7)) == (
        f"Last changed on {date_label(earlier.date())} at {time}")
