"""The labelled sample register: realistic, deterministic, never mixed with real data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from rrr_desktop.__main__ import main
from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.entities import Interaction, Stakeholder
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import cities, directory
from rrr_desktop.services.setup.sample_data import (
    SAMPLE_TAG,
    RealCityNeedsConsent,
    load_sample_data,
)
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.main_window import MainWindow
from rrr_desktop.views.settings import Settings
from tests.factories import migrated_paths, open_test_home

TODAY = date(2026, 11, 25)
SAMPLE_CITY = "Sample City (demo data)"
ENGLISH_WORDS = ("Sample", "sample)", "working on", "East End", "North Hills", "housing",
                 "circular economy", "interaction", "Community kitchens", "Neighbourhood hubs")


def test_sample_fills_every_kind_and_stage_with_two_years_of_interactions(home: Home) -> None:
    report = load_sample_data(home.db, today=TODAY)
    assert report.city == SAMPLE_CITY
    assert report.stakeholders == 308 and report.persons == 8
    with home.db.session() as session:
        kinds = set(session.scalars(select(Stakeholder.kind)))
        stages = set(session.scalars(select(Stakeholder.stage)))
        oldest = session.scalar(select(func.min(Interaction.occurred_on)))
        people = list(session.scalars(select(Stakeholder).where(Stakeholder.is_person)))
        names = list(session.scalars(select(Stakeholder.name)))
    assert len(kinds) == 12 and len(stages) == 6
    assert oldest is not None and (TODAY - oldest).days <= 730
    assert {p.consent_given for p in people} == {True, False}
    assert all(p.organisation_id is not None for p in people)
    assert all(name.endswith("(sample)") for name in names)
    ours = directory.our_city(home.db)
    assert ours is not None and ours.name == SAMPLE_CITY and ours.practices


@pytest.mark.parametrize("language", ["pl", "es", "pt"])
def test_the_sample_is_written_in_the_officers_language(home: Home, language: str) -> None:
    load_sample_data(home.db, today=TODAY, language=language)
    with home.db.session() as session:
        people = list(session.scalars(select(Stakeholder)))
        notes = set(session.scalars(select(Interaction.notes)))
    ours = directory.our_city(home.db)
    assert ours is not None and ours.practices
    words = [ours.name, ours.region, ours.summary, ours.contact_office,
             *(p.title + " " + p.description for p in ours.practices),
             *(n.note for n in ours.offers), *(n.text + " " + n.note for n in ours.free_offers),
             *notes, *(s.name + " " + s.description + " " + s.district + " " + s.consent_source
                       for s in people),
             *(tag for s in people for tag in s.tags if tag != SAMPLE_TAG)]
    leaks = sorted({english for english in ENGLISH_WORDS for text in words if english in text})
    assert leaks == []
    # found again by the same tag whatever the language it was written in
    assert all(SAMPLE_TAG in s.tags for s in people)


def test_the_sample_city_is_known_as_such_in_any_language(home: Home) -> None:
    load_sample_data(home.db, count=2, today=TODAY, language="pl")
    with home.db.session() as session:
        for stakeholder in session.scalars(select(Stakeholder)):
            session.delete(stakeholder)
    report = load_sample_data(home.db, count=2, today=TODAY, language="es")
    assert report.city == "Przykładowe Miasto (dane demonstracyjne)"  # no consent asked


def test_sample_is_the_same_every_time(home: Home, tmp_path: Path) -> None:
    other = open_test_home(tmp_path / "other")
    load_sample_data(home.db, today=TODAY)
    load_sample_data(other.db, today=TODAY)
    with home.db.session() as a, other.db.session() as b:
        query = select(Stakeholder.name, Stakeholder.stage).order_by(Stakeholder.id)
        assert list(a.execute(query)) == list(b.execute(query))
    other.close()


def test_sample_keeps_a_chosen_city_and_refuses_a_register_with_data(home: Home) -> None:
    cities.init_our_city(home.db, "Bilbao", None, None)
    assert load_sample_data(home.db, today=TODAY, into_real_city=True).city == "Bilbao"
    with pytest.raises(RejectedInput, match="not empty"):
        load_sample_data(home.db, today=TODAY, into_real_city=True)


def test_demo_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    migrated_paths(tmp_path)
    assert main(["--home", str(tmp_path), "demo"]) == 0
    assert "Sample data loaded" in capsys.readouterr().out
    assert main(["--home", str(tmp_path), "stakeholders", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 250
    assert main(["--home", str(tmp_path), "demo"]) == 3
    assert "not empty" in capsys.readouterr().err


def test_demo_into_a_real_city_needs_force(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    home = ["--home", str(migrated_paths(tmp_path).home)]
    assert main([*home, "init", "--city", "Rotterdam"]) == 0
    capsys.readouterr()
    assert main([*home, "demo"]) == 3
    err = capsys.readouterr().err
    assert "Rotterdam's" in err and "Nothing was added" in err and "--force" in err
    assert main([*home, "stakeholders", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*home, "demo", "--force"]) == 0
    assert "Sample data loaded for Rotterdam" in capsys.readouterr().out


def test_a_real_city_gets_sample_data_only_when_asked(home: Home) -> None:
    cities.init_our_city(home.db, "Bilbao", None, None)
    with pytest.raises(RealCityNeedsConsent, match="Bilbao's"):
        load_sample_data(home.db, today=TODAY)
    with home.db.session() as session:
        assert not session.scalar(select(func.count()).select_from(Stakeholder))


def open_window(qtbot: QtBot, home: Home) -> MainWindow:
    ours = cities.init_our_city(home.db, "Torino", None, None)[0]
    window = MainWindow(home.paths, Settings(home.paths.settings_file))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.pagesFilled, timeout=10_000):
        window.open_home(home, ours)
    return window


def sample_question(window: MainWindow) -> QMessageBox:
    window.register.load_sample_data()
    question = window.findChild(QMessageBox, "sample_question")
    assert isinstance(question, QMessageBox) and question.isVisible()
    assert "Add about 300 sample stakeholders to Torino's register?" in question.text()
    assert "“sample” tag" in question.text() and "archived or deleted" in question.text()
    return question


def test_help_menu_asks_and_cancel_adds_nothing(qtbot: QtBot, home: Home) -> None:
    window = open_window(qtbot, home)
    question = sample_question(window)
    question.button(QMessageBox.StandardButton.Cancel).click()
    wait_for_background_work()
    with home.db.session() as session:
        assert not session.scalar(select(func.count()).select_from(Stakeholder))


def test_help_menu_loads_the_sample(qtbot: QtBot, home: Home) -> None:
    window = open_window(qtbot, home)
    stakeholders = window.page("stakeholders")
    question = sample_question(window)
    [add] = [b for b in question.buttons()
             if question.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole]
    with qtbot.waitSignal(stakeholders.filled, timeout=20_000):
        add.click()
    assert window.current_page() is stakeholders
    assert "Sample data loaded" in window.messages.current()
    assert stakeholders.model.total > 250  # type: ignore[attr-defined]
