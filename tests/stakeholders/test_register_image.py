"""Images of stakeholders: restoring one undoes an edit or a merge exactly."""

from __future__ import annotations

from datetime import date

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    interaction_log,
)
from rrr_desktop.services.stakeholders.merge import merge_stakeholders
from rrr_desktop.services.stakeholders.register_image import recorded, restore_image


def uuid_of(home: Home, stakeholder_id: int) -> str | None:
    with home.db.reading() as connection:
        found = connection.execute("SELECT uuid FROM stakeholder WHERE id = ?",
                                   (stakeholder_id,)).fetchone()
    return found[0] if found else None


def test_an_edit_is_undone_and_redone(home: Home) -> None:
    green = create_stakeholder(home.db, StakeholderForm("Green Coop", district="Centre",
                                                        tags=("food",)))
    change = recorded(home.db, [green], lambda: update_stakeholder(
        home.db, green, StakeholderForm("Green Co-operative", district="Harbour")))
    restore_image(home.db, change.before)
    form = load_form(home.db, green)
    assert (form.name, form.district, form.tags) == ("Green Coop", "Centre", ("food",))
    restore_image(home.db, change.after)
    assert load_form(home.db, green).name == "Green Co-operative"


def test_a_merge_is_undone_with_uuids_interactions_and_people(home: Home) -> None:
    first = create_stakeholder(home.db, StakeholderForm("Green Coop"))
    second = create_stakeholder(home.db, StakeholderForm("Green Co-operative"))
    person = create_stakeholder(home.db, StakeholderForm(
        "Ana", is_person=True, organisation_id=second))
    add_interaction(home.db, first, InteractionForm(date(2024, 1, 1), notes="one"))
    add_interaction(home.db, second, InteractionForm(date(2024, 2, 1), notes="two"))
    second_uuid = uuid_of(home, second)
    change = recorded(home.db, [first, second],
                      lambda: merge_stakeholders(home.db, first, [second], {}))
    assert uuid_of(home, second) is None

    restore_image(home.db, change.before)

    assert uuid_of(home, second) == second_uuid
    assert [i.notes for i in interaction_log(home.db, first)] == ["one"]
    assert [i.notes for i in interaction_log(home.db, second)] == ["two"]
    assert load_form(home.db, person).organisation_id == second

    restore_image(home.db, change.after)
    assert uuid_of(home, second) is None
    assert {i.notes for i in interaction_log(home.db, first)} == {"one", "two"}
    assert load_form(home.db, person).organisation_id == first


def test_a_new_record_is_removed_by_undo(home: Home) -> None:
    change = recorded(home.db, [], lambda: create_stakeholder(
        home.db, StakeholderForm("Newcomer")), also=lambda new_id: [new_id])
    restore_image(home.db, change.before)
    assert uuid_of(home, change.result) is None
    restore_image(home.db, change.after)
    assert load_form(home.db, change.result).name == "Newcomer"
