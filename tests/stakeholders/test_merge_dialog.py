"""The merge dialog: pick the master and the values to keep, see what happens, merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    interaction_log,
)
from rrr_desktop.views.stakeholders.merge_dialog import MergeDialog


def test_merging_keeps_the_values_picked_and_every_interaction(qtbot: QtBot, home: Home,
                                                               tmp_path: Path) -> None:
    first = create_stakeholder(home.db, StakeholderForm("Green Coop", district="Centre"))
    second = create_stakeholder(home.db, StakeholderForm(
        "Green Co-operative", district="Harbour", website="green.coop", tags=("food",)))
    add_interaction(home.db, first, InteractionForm(date(2024, 1, 1), notes="one"))
    add_interaction(home.db, second, InteractionForm(date(2024, 2, 1), notes="two"))
    dialog = MergeDialog(home, [first, second])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    assert dialog.master_id() == first
    assert "1 other record is merged into it" in dialog.preview.text()
    dialog.groups["district"].button(second).click()
    assert dialog.choices()["district"] == second
    assert "District" in dialog.preview.text()
    dialog.grab().save(str(tmp_path / "merge.png"))
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge()
    assert merged.args[0].interactions_moved == 1
    form = load_form(home.db, first)
    assert (form.name, form.district, form.tags) == ("Green Coop", "Harbour", ("food",))
    assert {i.notes for i in interaction_log(home.db, first)} == {"one", "two"}


def test_choosing_another_master_resets_the_choices(qtbot: QtBot, home: Home) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(name)) for name in ("A", "B", "C")]
    dialog = MergeDialog(home, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.merge_button.isEnabled)
    dialog.master.setCurrentIndex(2)
    assert set(dialog.choices().values()) == {ids[2]}
    assert "2 other records" in dialog.preview.text()
