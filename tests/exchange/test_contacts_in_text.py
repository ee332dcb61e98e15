"""Emails and phone numbers written into descriptions are personal data: detected, said,
and left out of bundles and exports unless included with recorded consent."""

from __future__ import annotations

import json
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.__main__ import main
from rrr_desktop.services.exchange.container.safe_yaml import load_yaml
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.draft import FreeTopicEntry, PracticeDraft
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.services.stakeholders.export import export_stakeholders
from rrr_desktop.services.stakeholders.importing.tabular import read_table
from rrr_desktop.services.stakeholders.listing import StakeholderFilter
from rrr_desktop.text import has_contacts, without_contacts
from tests.factories import add_stakeholders, open_city_home

NOTE = "Ask for Ana: +34 944 123 456 or ana.perez@coop.example. Founded 2019-2024, 12 000 EUR."
CLEAN = "Ask for Ana: [☎] or [✉]. Founded 2019-2024, 12 000 EUR."


@pytest.mark.parametrize(("text", "found"), [
    (NOTE, True), ("tel. 01 23 45 67 89", True), ("(0)20 7946 0958", True),
    ("+31 10 123 4567", True), ("ana@coop.example", True),
    ("Founded 2019-2024", False), ("Since 2024-03-15", False), ("48001 Bilbao", False),
    ("budget 12 000 000 EUR", False), ("@coopbilbao on social media", False),
])
def test_contacts_are_found_in_free_text(text: str, found: bool) -> None:
    assert has_contacts(text) is found


@given(st.text())
def test_text_without_contacts_holds_none(text: str) -> None:
    assert not has_contacts(without_contacts(text))


@pytest.fixture
def bilbao(tmp_path: Path) -> Home:
    home = open_city_home(tmp_path / "bilbao", "Bilbao")
    add_stakeholders(home.db, 1, description=NOTE)  # no consent recorded
    add_stakeholders(home.db, 1, name="Consented", description=NOTE, consent_given=True)
    return home


def bundled_descriptions(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        people = json.loads(archive.read("stakeholders.json"))
    return {p["name"]: p["description"] for p in people}


def test_a_bundle_leaves_contacts_in_descriptions_out_unless_included_with_consent(
        bilbao: Home, tmp_path: Path) -> None:
    path = tmp_path / "out.rrrbundle"
    summary = export_bundle(bilbao.db, bilbao.paths, path, ExportOptions())
    assert summary.contacts_in_descriptions == 2
    assert bundled_descriptions(path) == {"Co-op 0": CLEAN, "Consented": CLEAN}
    export_bundle(bilbao.db, bilbao.paths, path, ExportOptions(include_contacts=True))
    assert bundled_descriptions(path) == {"Co-op 0": CLEAN, "Consented": NOTE}
    receiver = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    assert inspect_bundle(receiver.db, path).summary.contacts_in_descriptions == 1


def test_the_cli_says_what_it_left_out(bilbao: Home, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    home = str(bilbao.paths.home)
    assert main(["--home", home, "bundle", "export", str(tmp_path / "b")]) == 0
    assert "Emails and phone numbers written in the description of 2 stakeholders were left " \
           "out" in capsys.readouterr().out
    assert main(["--home", home, "stakeholders", "export", str(tmp_path / "list.csv")]) == 0
    assert "description of 2 stakeholders were left out" in capsys.readouterr().out


def test_a_register_export_leaves_contacts_out_unless_included_with_consent(
        bilbao: Home, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    report = export_stakeholders(bilbao.db, StakeholderFilter(), path)
    assert report.descriptions_without_contacts == 2
    table = read_table(path)
    column = table.headers.index("Description")
    assert {row[column] for row in table.rows} == {CLEAN}
    report = export_stakeholders(bilbao.db, StakeholderFilter(), path, include_personal=True)
    assert report.descriptions_without_contacts == 1
    assert sorted(row[column] for row in read_table(path).rows) == sorted([CLEAN, NOTE])


@pytest.fixture
def written_profile(tmp_path: Path) -> Home:
    """Bilbao's profile with contacts written in its summary, notes and a practice."""
    home = open_city_home(tmp_path / "bilbao", "Bilbao")
    save_profile(home.db, replace(
        load_profile(home.db), summary=NOTE, contact_office="Economy office, +34 944 000 000",
        free_offers=(FreeTopicEntry("Mentoring", note=NOTE),),
        practices=(PracticeDraft(uuid.uuid4(), "Market days", "platform", "running",
                                 description=NOTE),)))
    return home


def bundled_profile(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with zipfile.ZipFile(path) as archive:
        return (load_yaml(archive.read("profile.yaml"))["profile"],
                json.loads(archive.read("practices.json")))


def test_a_bundle_leaves_contacts_in_our_profile_and_practices_out_unless_kept(
        written_profile: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "out.rrrbundle"
    summary = export_bundle(written_profile.db, written_profile.paths, path, ExportOptions())
    assert summary.contacts_in_texts == 3
    profile, practices = bundled_profile(path)
    assert (profile["summary"], profile["free_offers"][0]["note"]) == (CLEAN, CLEAN)
    assert practices[0]["description"] == CLEAN
    assert profile["contact_office"] == "Economy office, +34 944 000 000"  # meant for peers

    export_bundle(written_profile.db, written_profile.paths, path,
                  ExportOptions(profile_contacts=True))
    profile, practices = bundled_profile(path)
    assert (profile["summary"], practices[0]["description"]) == (NOTE, NOTE)

    home = str(written_profile.paths.home)
    assert main(["--home", home, "bundle", "export", str(tmp_path / "b")]) == 0
    assert ("Texts of our profile, practices and working groups with an email address or "
            "phone number written in them: 3. Those were left out") in capsys.readouterr().out
