"""Changing many stakeholders at once (services.stakeholder_bulk)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.entities import CollaborationStage, Stakeholder, StakeholderKind
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.bulk import BulkChange, BulkResult, bulk_edit
from rrr_desktop.services.stakeholders.listing import (
    StakeholderFilter,
    list_stakeholders,
    stakeholder_detail,
)


@pytest.fixture
def ids(home: Home) -> list[int]:
    with home.db.session() as session:
        records = [
            Stakeholder(name="Bread Co-op", kind=StakeholderKind.COOPERATIVE,
                        tags=["food", "Youth"], owner="Ana"),
            Stakeholder(name="Repair Café", kind=StakeholderKind.ASSOCIATION, tags=[],
                        stage=CollaborationStage.CONSULTED, shareable=True),
            Stakeholder(name="Green Fund", kind=StakeholderKind.FINANCIER, tags=["energy"]),
        ]
        session.add_all(records)
        session.flush()
        return [record.id for record in records]


def detail(home: Home, stakeholder_id: int) -> tuple[str, tuple[str, ...], str, bool]:
    found = stakeholder_detail(home.db, stakeholder_id)
    assert found is not None
    return found.stage, found.tags, found.owner, found.shareable


def test_stage_changes_only_where_it_differs(home: Home, ids: list[int]) -> None:
    result = bulk_edit(home.db, ids, BulkChange(stage="consulted"))
    assert result == BulkResult(changed=2, unchanged=1, missing=0)
    assert {detail(home, i)[0] for i in ids} == {"consulted"}


def test_owner_and_shareable(home: Home, ids: list[int]) -> None:
    bulk_edit(home.db, ids[:2], BulkChange(owner="  Ben   Kowalski ", shareable=False))
    assert detail(home, ids[0])[2:] == ("Ben Kowalski", False)
    assert detail(home, ids[1])[2:] == ("Ben Kowalski", False)
    assert detail(home, ids[2])[2:] == ("", False)  # not selected: untouched
    bulk_edit(home.db, ids, BulkChange(shareable=True))
    assert all(detail(home, i)[3] for i in ids)


def test_tags_are_added_once_and_removed_whatever_their_case(home: Home,
                                                             ids: list[int]) -> None:
    result = bulk_edit(home.db, ids, BulkChange(add_tags=("food", "circular economy"),
                                                 remove_tags=("youth",)))
    assert result.changed == 3
    assert detail(home, ids[0])[1] == ("food", "circular economy")
    assert detail(home, ids[1])[1] == ("food", "circular economy")
    assert detail(home, ids[2])[1] == ("energy", "food", "circular economy")


def test_search_finds_a_tag_added_in_bulk_and_forgets_a_removed_one(home: Home,
                                                                    ids: list[int]) -> None:
    def found(word: str) -> list[str]:
        return [row.name for row in list_stakeholders(home.db, StakeholderFilter(search=word))]

    assert found("circular") == []
    bulk_edit(home.db, ids[1:], BulkChange(add_tags=("circular economy",),
                                           remove_tags=("energy",)))
    assert found("circular") == ["Green Fund", "Repair Café"]
    assert found("energy") == []
    assert found("cafe") == ["Repair Café"]  # name and description still searchable


def test_updated_at_moves_only_for_changed_records(home: Home, ids: list[int]) -> None:
    with home.db.session() as session:
        before = {s.id: s.updated_at for s in session.query(Stakeholder)}
    bulk_edit(home.db, ids, BulkChange(owner="Ana"))
    with home.db.session() as session:
        after = {s.id: s.updated_at for s in session.query(Stakeholder)}
    assert after[ids[0]] == before[ids[0]]  # already Ana
    assert after[ids[1]] > before[ids[1]]


def test_deleted_ids_are_counted_not_fatal(home: Home, ids: list[int]) -> None:
    assert bulk_edit(home.db, [*ids, 9999], BulkChange(stage="informed")).missing == 1


@pytest.mark.parametrize(("change", "message"), [
    (BulkChange(), "No change was chosen"),
    (BulkChange(add_tags=("  ",)), "No change was chosen"),
    (BulkChange(stage="friends"), "not a collaboration stage"),
    (BulkChange(owner="x" * 201), "longer than 200"),
    (BulkChange(add_tags=("t" * 101,)), "longer than 100"),
    (BulkChange(add_tags=("Food",), remove_tags=("food",)), "both added and removed"),
])
def test_bad_changes_are_refused_and_change_nothing(home: Home, ids: list[int],
                                                    change: BulkChange, message: str) -> None:
    with pytest.raises(RejectedInput, match=message):
        bulk_edit(home.db, ids, change)
    assert detail(home, ids[0]) == ("not_engaged", ("food", "Youth"), "Ana", False)


def test_an_empty_selection_is_refused(home: Home) -> None:
    with pytest.raises(RejectedInput, match="No stakeholder was selected"):
        bulk_edit(home.db, [], BulkChange(stage="informed"))


def test_the_dialog_focuses_the_field_a_refusal_names(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog

    dialog = BulkEditDialog(3, ["Ana"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.choices["add_tags"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.add_tags, "housing")
    qtbot.mouseClick(dialog.choices["remove_tags"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.remove_tags, "Housing")
    dialog.add_tags.setFocus()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.problem.isVisible()
    assert "both added and removed" in dialog.problem.text()
    assert dialog.focusWidget() is dialog.remove_tags
