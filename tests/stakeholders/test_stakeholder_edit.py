"""Adding, editing, archiving, deleting (and undoing it) stakeholders and their interactions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder, update_stakeholder
from rrr_desktop.services.stakeholders.form import (
    StakeholderForm,
    load_form,
    organisation_choices,
    topic_choices,
)
from rrr_desktop.services.stakeholders.interactions import (
    InteractionForm,
    add_interaction,
    delete_interaction,
    interaction_log,
    set_follow_up_done,
    update_interaction,
)
from rrr_desktop.services.stakeholders.lifecycle import (
    delete_stakeholders,
    restore_deleted,
    set_archived,
)
from rrr_desktop.services.stakeholders.listing import stakeholder_detail
from tests.factories import database_connection

FULL = StakeholderForm(
    name="Café Solidaire", kind="cooperative", sectors=("ICA210",), district="Centre",
    address="1 Rue Haute", locality="Lyon", postcode="69001", country_code="France",
    website="www.cafe.coop", description="Coffee and jobs", tags=("food", "youth"),
    owner="Ana Ortiz", stage="consulted", influence=4, interest=5, trust=2,
    next_contact_on=date(2030, 1, 2), review_due_on=date(2030, 6, 1), shareable=True,
    contact_person="Marie Curie", email="Marie@Cafe.coop", phone="+33 1 23",
    consent_given=True, consent_on=date(2024, 3, 1), consent_source="signed form",
    consent_note="newsletter only")


def rows(home: Home, sql: str, *params: object) -> list[tuple[object, ...]]:
    with database_connection(home) as connection:
        return connection.execute(sql, params).fetchall()


def test_a_full_form_round_trips_with_checked_values(home: Home) -> None:
    topic = topic_choices(home.db)[0]
    new_id = create_stakeholder(home.db, replace(FULL, topic_ids=(str(topic.id),)))
    loaded = load_form(home.db, new_id)
    assert loaded == replace(FULL, website="https://www.cafe.coop", email="marie@cafe.coop",
                             country_code="FR", topic_ids=(str(topic.id),))
    detail = stakeholder_detail(home.db, new_id)
    assert detail is not None and detail.topics == (topic.label,)


def test_editing_replaces_fields_and_clearing_personal_data_is_fine(home: Home) -> None:
    new_id = create_stakeholder(home.db, FULL)
    update_stakeholder(home.db, new_id, replace(
        FULL, name="Café Solidaire Lyon", email="", phone="", contact_person="",
        consent_given=False, consent_on=None, influence=None, tags=("food",)))
    loaded = load_form(home.db, new_id)
    assert (loaded.name, loaded.email, loaded.phone, loaded.influence, loaded.tags) == (
        "Café Solidaire Lyon", "", "", None, ("food",))
    assert rows(home, "SELECT sort_name FROM stakeholder WHERE id = ?", new_id) == [
        ("cafe solidaire lyon",)]


@pytest.mark.parametrize(("change", "message"), [
    ({"name": "  "}, "Name:"),
    ({"website": "not a site"}, "Website: the website 'not a site' is not a web address"),
    ({"website": "http://["}, r"Website: the website 'http://\[' is not a web address"),
    ({"website": "https://coop.example:port/"}, "Website: the website"),
    ({"email": "marie at cafe"}, "Email: the email 'marie at cafe' is not an email address"),
    ({"name": "x" * 301}, "Name: the name is longer than 300 characters"),
    ({"phone": "1" * 65}, "Phone:"),
    ({"country_code": "Atlantis"}, "Country: 'Atlantis'"),
    ({"kind": "club"}, "Kind:"),
    ({"stage": "married"}, "Collaboration stage:"),
    ({"trust": 6}, "Trust: 6 is not between 1 and 5"),
    ({"influence": 0}, "Influence:"),
    ({"consent_on": None}, "Consent date:"),
    ({"consent_on": "tomorrow"}, "Consent date: the date is in the"),
    ({"owner": "o" * 201}, "Relationship owner:"),
    ({"topic_ids": ("no-such-topic",)}, "Topics: no-such-topic"),
    ({"organisation_id": 1}, "Organisation: only a person"),
    ({"is_person": True}, "Organisation: a person must belong"),
    ({"is_person": True, "organisation_id": 9999}, "no longer exists"),
])
def test_every_bad_field_is_refused_by_name_and_nothing_is_saved(
        home: Home, change: dict[str, object], message: str) -> None:
    if change.get("consent_on") == "tomorrow":  # worked out now: the run may cross midnight
        change = {"consent_on": date.today() + timedelta(days=1)}
    with pytest.raises(RejectedInput, match=message.replace("(", r"\(")):
        create_stakeholder(home.db, replace(FULL, **change))  # type: ignore[arg-type]
    assert rows(home, "SELECT count(*) FROM stakeholder") == [(0,)]


def test_a_person_belongs_to_an_organisation_that_is_not_a_person(home: Home) -> None:
    organisation = create_stakeholder(home.db, StakeholderForm("Green Co-op"))
    person = create_stakeholder(home.db, StakeholderForm(
        "Jan Jansen", is_person=True, organisation_id=organisation))
    with pytest.raises(RejectedInput, match="'Jan Jansen' is a person"):
        create_stakeholder(home.db, StakeholderForm("Piotr", is_person=True,
                                                    organisation_id=person))
    with pytest.raises(RejectedInput, match="other people belong to this organisation"):
        update_stakeholder(home.db, organisation, StakeholderForm(
            "Green Co-op", is_person=True, organisation_id=person))
    with pytest.raises(RejectedInput, match="cannot belong to itself"):
        update_stakeholder(home.db, person, StakeholderForm(
            "Jan Jansen", is_person=True, organisation_id=person))
    assert load_form(home.db, organisation).is_person is False


def test_organisation_choices_complete_folded_names_and_leave_out_persons(home: Home) -> None:
    lodz = create_stakeholder(home.db, StakeholderForm("Łódź Makers"))
    create_stakeholder(home.db, StakeholderForm("Lodzia Person", is_person=True,
                                                organisation_id=lodz))
    create_stakeholder(home.db, StakeholderForm("Zaragoza Coop"))
    assert [c.label for c in organisation_choices(home.db, "lod")] == ["Łódź Makers"]
    assert organisation_choices(home.db, "lod", exclude_id=lodz) == []


def test_editing_a_deleted_stakeholder_says_so(home: Home) -> None:
    with pytest.raises(RejectedInput, match="deleted meanwhile"):
        update_stakeholder(home.db, 42, FULL)
    with pytest.raises(RejectedInput, match="no longer exists"):
        load_form(home.db, 42)


def test_archive_and_restore_many(home: Home) -> None:
    ids = [create_stakeholder(home.db, StakeholderForm(name)) for name in "ABC"]
    assert set_archived(home.db, ids[:2], True) == 2
    assert set_archived(home.db, ids[:2], True) == 0
    assert rows(home, "SELECT id FROM stakeholder WHERE archived = TRUE ORDER BY id") == [
        (ids[0],), (ids[1],)]
    assert set_archived(home.db, ids, False) == 2
    assert rows(home, "SELECT count(*) FROM stakeholder WHERE archived = TRUE") == [(0,)]


def test_delete_then_restore_puts_back_exactly_what_was_there(home: Home) -> None:
    topic = str(topic_choices(home.db)[0].id)
    organisation = create_stakeholder(home.db, replace(FULL, topic_ids=(topic,)))
    other = create_stakeholder(home.db, StakeholderForm("Other Org"))
    person = create_stakeholder(home.db, StakeholderForm(
        "Marie", is_person=True, organisation_id=organisation))
    add_interaction(home.db, organisation, InteractionForm(date(2024, 1, 5), "call", "hi",
                                                           date(2024, 2, 1)))
    tables = ("stakeholder", "stakeholder_topic", "interaction")
    before = {table: rows(home, f"SELECT * FROM {table} ORDER BY 1, 2") for table in tables}

    snapshot = delete_stakeholders(home.db, [organisation, other])
    assert snapshot.ids == (organisation, other)
    assert rows(home, "SELECT id, organisation_id FROM stakeholder") == [(person, None)]
    assert rows(home, "SELECT count(*) FROM interaction") == [(0,)]

    assert restore_deleted(home.db, snapshot) == 2
    assert {table: rows(home, f"SELECT * FROM {table} ORDER BY 1, 2")
            for table in tables} == before
    with pytest.raises(RejectedInput, match="already in the register again"):
        restore_deleted(home.db, snapshot)


def test_deleting_a_person_with_its_organisation_restores_the_link(home: Home) -> None:
    organisation = create_stakeholder(home.db, StakeholderForm("Org"))
    person = create_stakeholder(home.db, StakeholderForm("P", is_person=True,
                                                         organisation_id=organisation))
    restore_deleted(home.db, delete_stakeholders(home.db, [person, organisation]))
    assert load_form(home.db, person).organisation_id == organisation


def test_interactions_are_logged_edited_closed_and_deleted(home: Home) -> None:
    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    first = add_interaction(home.db, stakeholder, InteractionForm(
        date(2024, 1, 5), "meeting", " agreed a pilot ", date(2024, 2, 1)))
    second = add_interaction(home.db, stakeholder, InteractionForm(date(2024, 3, 1), "email"))
    log = interaction_log(home.db, stakeholder)
    assert [i.id for i in log] == [second, first]
    assert log[1].notes == "agreed a pilot" and not log[1].follow_up_done
    set_follow_up_done(home.db, first)
    assert interaction_log(home.db, stakeholder)[1].follow_up_done
    update_interaction(home.db, second, InteractionForm(date(2024, 3, 2), "decision", "yes"))
    assert interaction_log(home.db, stakeholder)[0].form == InteractionForm(
        date(2024, 3, 2), "decision", "yes")
    delete_interaction(home.db, second)
    assert [i.id for i in interaction_log(home.db, stakeholder)] == [first]
    with pytest.raises(RejectedInput, match="no longer exists"):
        update_interaction(home.db, second, InteractionForm(date(2024, 3, 2)))


@pytest.mark.parametrize(("form", "message"), [
    (InteractionForm(date(2024, 3, 1), "party"), "Kind:"),
    (InteractionForm(date(2024, 3, 1), follow_up_on=date(2024, 2, 1)), "Follow-up:"),
])
def test_bad_interactions_are_refused(home: Home, form: InteractionForm, message: str) -> None:
    stakeholder = create_stakeholder(home.db, StakeholderForm("Org"))
    with pytest.raises(RejectedInput, match=message):
        add_interaction(home.db, stakeholder, form)
    with pytest.raises(RejectedInput, match="no longer exists"):
        add_interaction(home.db, 999, InteractionForm(date(2024, 3, 1)))
    assert interaction_log(home.db, stakeholder) == ()
