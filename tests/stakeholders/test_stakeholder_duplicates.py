"""Warnings about stakeholders that may already be there, and merging duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.duplicates import (
    SAME_EMAIL,
    SAME_NAME,
    SAME_WEBSITE,
    SIMILAR_NAME,
    similar_stakeholders,
)
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form, topic_choices
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    interaction_log,
)
from rrr_desktop.services.stakeholders.merge import merge_stakeholders
from tests.factories import database_connection


def reasons(home: Home, name: str, website: str = "", email: str = "",
            exclude_id: int | None = None) -> dict[str, tuple[str, ...]]:
    return {found.name: found.reasons for found in similar_stakeholders(
        home.db, name, website, email, exclude_id=exclude_id)}


def test_similar_names_are_found_without_accents_or_case(home: Home) -> None:
    create_stakeholder(home.db, StakeholderForm("Café Solidaire"))
    create_stakeholder(home.db, StakeholderForm("Café Solidaire de Lyon"))
    create_stakeholder(home.db, StakeholderForm("Other Thing"))
    assert reasons(home, "cafe solidaire") == {"Café Solidaire": (SAME_NAME,),
                                               "Café Solidaire de Lyon": (SIMILAR_NAME,)}
    assert reasons(home, "CAFÉ SOL") == {"Café Solidaire": (SIMILAR_NAME,),
                                         "Café Solidaire de Lyon": (SIMILAR_NAME,)}
    assert reasons(home, "caf") == {}  # too short a start to warn about
    assert reasons(home, "Solidaire") == {}


def test_the_same_website_domain_or_email_is_found(home: Home) -> None:
    first = create_stakeholder(home.db, StakeholderForm(
        "Green Co-op", website="https://www.green.coop/about", email="info@green.coop"))
    create_stakeholder(home.db, StakeholderForm("Greenery", website="greenery.org"))
    assert reasons(home, "Something", "http://Green.coop/about/") == {
        "Green Co-op": (SAME_WEBSITE,)}
    assert reasons(home, "Something", "http://green.coop") == {}  # not the same page
    assert reasons(home, "Something", email="INFO@green.coop") == {
        "Green Co-op": (SAME_EMAIL,)}
    assert reasons(home, "Green Co-op", "green.coop/about", "info@green.coop") == {
        "Green Co-op": (SAME_EMAIL, SAME_WEBSITE, SAME_NAME)}
    assert reasons(home, "Green Co-op", "green.coop/about", exclude_id=first) == {}


def test_a_website_many_records_give_says_nothing(home: Home) -> None:
    for number in range(4):
        create_stakeholder(home.db, StakeholderForm(f"Housing Co-op {number}",
                                                    website="https://agency.org"))
    assert reasons(home, "Other", "agency.org") == {}


def test_a_lookup_among_100000_finds_the_one_typed(home: Home) -> None:
    """(Its speed per keystroke is a figure of ``benchmarks/register.py``.)"""
    with database_connection(home) as connection:
        connection.executemany(
            "INSERT INTO stakeholder (name, kind, is_person, sectors, district, address, "
            "locality, postcode, country_code, website, description, tags, owner, stage, "
            "archived, shareable, external_id, contact_person, email, phone, consent_given, "
            "consent_source, consent_note, search_text, sort_name, uuid, created_at, "
            "updated_at) VALUES (?, 'other', FALSE, '[]', '', '', '', '', '', ?, '', '[]', '', "
            "'not_engaged', FALSE, FALSE, '', '', ?, '', FALSE, '', '', ?, ?, ?, '2024-01-01', "
            "'2024-01-01')",
            ((f"Org {n}", f"https://org{n}.example", f"info@org{n}.example", f"org {n}",
              f"org {n}", f"{n:032x}") for n in range(100_000)))
    for typed in ("Org 5", "Org 55", "Org 555", "Org 5555"):
        found = similar_stakeholders(home.db, typed, "org5555.example", "info@org5555.example")
    assert found[0].name == "Org 5555"
    assert found[0].reasons == (SAME_EMAIL, SAME_WEBSITE, SAME_NAME)


def test_merge_keeps_interactions_unites_lists_and_picks_fields(home: Home) -> None:
    topics = [str(t.id) for t in topic_choices(home.db)[:2]]
    master = create_stakeholder(home.db, StakeholderForm(
        "Green Coop", tags=("food",), sectors=("ICA210",), topic_ids=(topics[0],),
        website="green.coop", description="short"))
    other = create_stakeholder(home.db, StakeholderForm(
        "Green Co-operative Ltd", tags=("food", "energy"), topic_ids=(topics[1],),
        description="A longer description", contact_person="Jan", email="jan@green.coop",
        consent_given=True, consent_on=date(2024, 1, 1)))
    person = create_stakeholder(home.db, StakeholderForm("Piotr", is_person=True,
                                                         organisation_id=other))
    add_interaction(home.db, master, InteractionForm(date(2024, 1, 1), "call"))
    add_interaction(home.db, other, InteractionForm(date(2024, 2, 1), "meeting", "kept"))

    result = merge_stakeholders(home.db, master, [other],
                                {"description": other, "personal_data": other, "name": master})

    assert (result.interactions_moved, result.persons_relinked) == (1, 1)
    assert dict(result.fields_taken) == {"description": other, "personal_data": other}
    merged = load_form(home.db, master)
    assert (merged.name, merged.description, merged.website) == (
        "Green Coop", "A longer description", "https://green.coop")
    assert (merged.email, merged.consent_given) == ("jan@green.coop", True)
    assert merged.tags == ("food", "energy") and merged.sectors == ("ICA210",)
    assert set(merged.topic_ids) == set(topics)
    assert [i.notes for i in interaction_log(home.db, master)] == ["kept", ""]
    assert load_form(home.db, person).organisation_id == master
    with pytest.raises(RejectedInput, match="no longer exists"):
        load_form(home.db, other)


@pytest.mark.parametrize(("others", "choices", "message"), [
    ([], {}, "at least one other"),
    (["master"], {}, "at least one other"),
    ([999], {}, "no longer exists"),
    (["person"], {}, "person cannot be merged with an organisation"),
    (["other"], {"colour": "other"}, "'colour' is not a field"),
    (["other"], {"name": "person"}, "not being merged"),
])
def test_a_merge_that_cannot_be_done_changes_nothing(
        home: Home, others: list[str | int], choices: dict[str, str], message: str) -> None:
    ids = {"master": create_stakeholder(home.db, StakeholderForm("A")),
           "other": create_stakeholder(home.db, StakeholderForm("B"))}
    ids["person"] = create_stakeholder(home.db, StakeholderForm(
        "P", is_person=True, organisation_id=ids["other"]))
    with pytest.raises(RejectedInput, match=message):
        merge_stakeholders(home.db, ids["master"],
                           [ids[o] if isinstance(o, str) else o for o in others],
                           {field: ids[v] for field, v in choices.items()})
    assert load_form(home.db, ids["other"]).name == "B"
