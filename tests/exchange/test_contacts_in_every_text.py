"""Every free text of ours that leaves (a bundle, a brief) goes through the one check of
emails and phone numbers: the profile's and practices' texts in every language they are
written in, and the working groups' purpose, meetings, actions and notes."""

from __future__ import annotations

import json
import uuid
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.__main__ import main
from rrr_desktop.services.briefs.gather_group import group_brief_data
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.exchange.container.safe_yaml import load_yaml
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle, plan_export
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.home import Home
from rrr_desktop.services.profile.draft import FreeTopicEntry, PracticeDraft, TopicEntry
from rrr_desktop.services.profile.read import load_profile
from rrr_desktop.services.profile.store import save_profile
from rrr_desktop.views.exchange.export_wizard import BundleExportWizard

EMAIL, PHONE = "ana.perez@coop.example", "+34 944 123 456"
PIET = "piet@rotterdam.nl, +31 6 1234 5678"


def _bundle(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return {name: (load_yaml(archive.read(name)) if name.endswith(".yaml")
                       else json.loads(archive.read(name)))
                for name in archive.namelist() if name.endswith((".yaml", ".json"))}


def _leaks(data: Any) -> bool:
    text = json.dumps(data, ensure_ascii=False, default=str)
    return any(found in text for found in (EMAIL, PHONE, "piet@rotterdam.nl", "1234 5678"))


@pytest.fixture
def written_in_spanish_too(bilbao: Home) -> Home:
    """Bilbao's profile in English, with its summary, a note and a topic in its own words
    also in Spanish, and a practice also in French, each with contacts in the translation
    only."""
    draft = load_profile(bilbao.db)
    save_profile(bilbao.db, replace(
        draft, text_language="en", summary="A port city.",
        summary_in=(("es", f"Una ciudad portuaria. Escriba a {EMAIL}."),),
        offers=(TopicEntry("social-impact-bonds", note="Bonds.",
                           note_in=(("es", f"Bonos: llame al {PHONE}."),)),),
        free_offers=(FreeTopicEntry("Mentoring", note="Peer mentoring.",
                                    note_in=(("es", f"Tutoría: {EMAIL}"),)),),
        practices=(PracticeDraft(uuid.uuid4(), "Market days", "platform", "running",
                                 description="Weekly markets.",
                                 description_in=(("fr", f"Marchés : {EMAIL}"),)),)))
    return bilbao


def test_texts_in_other_languages_leave_without_contacts_unless_kept(
        written_in_spanish_too: Home, rotterdam: Home, tmp_path: Path) -> None:
    home = written_in_spanish_too
    assert plan_export(home.db, ExportOptions()).contacts_in_texts == 4
    path = tmp_path / "out.rrrbundle"
    summary = export_bundle(home.db, home.paths, path, ExportOptions())
    assert summary.contacts_in_texts == 4
    sent = _bundle(path)
    assert not _leaks(sent)
    profile = sent["profile.yaml"]["profile"]
    assert profile["translations"]["es"]["summary"] == "Una ciudad portuaria. Escriba a [✉]."
    assert profile["translations"]["es"]["offers"] == {
        "social-impact-bonds": "Bonos: llame al [☎]."}
    assert profile["translations"]["es"]["free_offers"] == {"Mentoring": "Tutoría: [✉]"}
    assert sent["practices.json"][0]["translations"]["fr"]["description"] == "Marchés : [✉]"
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, path))  # still a sound bundle

    export_bundle(home.db, home.paths, path, ExportOptions(profile_contacts=True))
    assert _leaks(_bundle(path))
    assert plan_export(home.db, ExportOptions(profile=False, practices=False)
                       ).contacts_in_texts == 0


@pytest.fixture
def group_with_contacts(bilbao: Home) -> Home:
    """Bilbao leads a group whose purpose, meeting, action and note hold contacts."""
    group = editing.create_group(bilbao.db, "Impact finance", ["social-impact-bonds"],
                                 ["Rotterdam"], purpose=f"Bonds; ask {EMAIL}")
    meeting = meetings.plan_meeting(bilbao.db, group, datetime(2031, 1, 15, 16, 0),
                                    "Europe/Madrid", place=f"City hall, {PHONE}",
                                    agenda=[f"Call {PHONE} first", "Term sheet"])
    meetings.change_meeting(bilbao.db, meeting, minutes=f"Minutes by {EMAIL}",
                            decisions=[f"Piet leads: {PIET}"])
    actions.add_action(bilbao.db, group, f"Ring {PHONE}", "Bilbao", notes=f"Notes: {PIET}")
    editing.set_our_note(bilbao.db, group, f"Our contact: {EMAIL}")
    return bilbao


def test_working_group_texts_leave_without_contacts_unless_kept(
        group_with_contacts: Home, tmp_path: Path) -> None:
    home = group_with_contacts
    path = tmp_path / "out.rrrbundle"
    summary = export_bundle(home.db, home.paths, path, ExportOptions(profile=False,
                                                                      practices=False))
    # the purpose, the place, an agenda item, minutes, a decision, the action's title and
    # notes, and our note on the group
    assert summary.contacts_in_texts == 8
    groups = _bundle(path)["groups.json"]
    assert not _leaks(groups)
    assert groups["meetings"][0]["agenda"] == ["Call [☎] first", "Term sheet"]
    assert groups["actions"][0]["notes"] == "Notes: [✉], [☎]"

    kept = tmp_path / "kept.rrrbundle"
    export_bundle(home.db, home.paths, kept, ExportOptions(profile_contacts=True))
    assert _leaks(_bundle(kept)["groups.json"])


def test_the_cli_counts_the_texts_of_working_groups(
        group_with_contacts: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if group_with_contacts.paths.team_database:
        pytest.skip("the command line is run on the home's file here")
    assert main(["--home", str(group_with_contacts.paths.home), "bundle", "export",
                 str(tmp_path / "b")]) == 0
    assert ("Texts of our profile, practices and working groups with an email address or "
            "phone number written in them: 8. Those were left out") in capsys.readouterr().out


@pytest.mark.parametrize("personal", [False, True])
def test_the_group_brief_prints_contacts_only_when_personal_data_is_allowed(
        group_with_contacts: Home, personal: bool) -> None:
    data = group_brief_data(group_with_contacts.db, "Impact finance",
                            BriefOptions(kind=BriefKind.GROUP,
                                         include_personal_data=personal),
                            datetime(2030, 12, 1, tzinfo=UTC))
    printed = json.dumps([data.purpose, data.meeting, data.agenda, data.decisions,
                          [a.title for a in data.actions],
                          [c.what for c in data.changes]], ensure_ascii=False, default=str)
    assert _leaks(printed) is personal
    assert ("[☎]" in printed) is not personal


def test_the_export_wizard_counts_them_and_the_tick_keeps_them(
        qtbot: QtBot, group_with_contacts: Home, tmp_path: Path) -> None:
    wizard = BundleExportWizard(group_with_contacts, "Bilbao")
    qtbot.addWidget(wizard)
    wizard.file.path.setText(str(tmp_path / "Bilbao-test"))
    wizard.open()
    wizard.next()
    qtbot.waitUntil(wizard.summary.isComplete)
    tick = wizard.summary.profile_contacts
    assert not tick.isHidden() and not tick.isChecked()
    assert ("written in 8 texts of our profile, practices and working groups"
            in tick.text())
    qtbot.mouseClick(tick, Qt.MouseButton.LeftButton,
                     pos=tick.rect().bottomLeft() + QPoint(8, -tick.height() // 2))
    assert tick.isChecked()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.done_page.isComplete)
    assert _leaks(_bundle(tmp_path / "Bilbao-test.rrrbundle")["groups.json"])
