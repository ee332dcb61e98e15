"""The working group brief and the city brief's follow-ups, read back with pypdf."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from rrr_desktop.models.group_vocabulary import ActionStatus
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import find_action, find_group
from rrr_desktop.services.home import Home
from tests.factories import open_city_home, run_cli


@pytest.fixture
def bilbao_home(tmp_path: Path) -> Home:
    """Bilbao leads "Impact finance"; Rotterdam finished its action and sent a note."""
    bilbao = open_city_home(tmp_path / "bilbao", "Bilbao")
    rotterdam = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    group = editing.create_group(bilbao.db, "Impact finance", ["social-impact-bonds"],
                                 ["Rotterdam", "Torino"], purpose="Bonds for SSE tenders.")
    past = meetings.plan_meeting(bilbao.db, group, datetime(2026, 11, 20, 16, 0),
                                 "Europe/Madrid", agenda=["Introductions"])
    meetings.change_meeting(bilbao.db, past, decisions=["Meet monthly"])
    meetings.plan_meeting(bilbao.db, group, datetime(2031, 1, 15, 16, 0), "Europe/Madrid",
                          agenda=["Term sheet review", "Joint pilot"])
    actions.add_action(bilbao.db, group, "Share the term sheet", "Rotterdam",
                       due_on=date(2026, 12, 4))
    actions.add_action(bilbao.db, group, "Draft the pilot outline", "Bilbao",
                       due_on=date(2026, 12, 1))
    export_bundle(bilbao.db, bilbao.paths, tmp_path / "b.rrrbundle", ExportOptions())
    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, tmp_path / "b.rrrbundle"))
    task = find_action(find_group(rotterdam.db, "Impact finance"), "Share the term sheet")
    actions.change_action(rotterdam.db, task.uuid, status=ActionStatus.DONE)
    editing.set_our_note(rotterdam.db, find_group(rotterdam.db, "Impact finance").uuid,
                         "We join from January.")
    export_bundle(rotterdam.db, rotterdam.paths, tmp_path / "r.rrrbundle", ExportOptions())
    apply_bundle(bilbao.db, inspect_bundle(bilbao.db, tmp_path / "r.rrrbundle"))
    rotterdam.close()
    bilbao.close()
    return bilbao


def _text(path: Path) -> str:
    """The words of the PDF, table cells' line breaks as spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_group_brief_prints_purpose_members_agenda_decisions_actions_and_changes(
        capsys: pytest.CaptureFixture[str], bilbao_home: Home, tmp_path: Path) -> None:
    target = tmp_path / "group.pdf"
    code, out, err = run_cli(capsys, "--home", str(bilbao_home.paths.home), "brief",
                             str(target), "--group", "impact finance")
    assert code == 0, err
    assert "Working group brief – Impact finance" in out
    text = _text(target)
    assert "Page 1 of" in text and "Bonds for SSE tenders." in text
    # the next meeting, dated as the brief's language writes dates
    assert "15 January 2031, 16:00 (Europe/Madrid), 15:00 UTC" in text
    assert "Term sheet review" in text and "Introductions" not in text
    assert "Meet monthly" in text  # decided at the last meeting
    assert "Draft the pilot outline" in text and "open (overdue)" in text
    assert "Share the term sheet" in text  # changed since the last meeting: done
    assert "r.rrrbundle" in text  # ... by Rotterdam's bundle, named as its source
    assert "Social impact bonds" in text  # what members offer and want in the theme

    code, _, err = run_cli(capsys, "--home", str(bilbao_home.paths.home), "brief",
                           str(tmp_path / "es.pdf"), "--group", "Impact finance",
                           "--lang", "es")
    assert code == 0, err
    spanish = _text(tmp_path / "es.pdf")
    assert "Informe de grupo de trabajo" in spanish and "Acciones abiertas por ciudad" in spanish
    assert "abierta (vencida)" in spanish
    assert "Bonos de impacto social" in spanish and "Social impact bonds" not in spanish


def test_our_overdue_group_action_is_a_follow_up_in_the_city_brief(
        capsys: pytest.CaptureFixture[str], bilbao_home: Home, tmp_path: Path) -> None:
    target = tmp_path / "city.pdf"
    code, _, err = run_cli(capsys, "--home", str(bilbao_home.paths.home), "brief",
                           str(target), "--sections", "follow_ups,working_groups")
    assert code == 0, err
    text = _text(target)
    assert "Working group: Impact finance" in text
    assert "Draft the pilot outline" in text
    assert "Share the term sheet" not in text  # Rotterdam's, and done


def test_a_brief_for_a_peer_and_a_group_at_once_is_refused(
        capsys: pytest.CaptureFixture[str], bilbao_home: Home, tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "--home", str(bilbao_home.paths.home), "brief",
                           str(tmp_path / "x.pdf"), "--group", "Impact finance",
                           "--peer", "Rotterdam")
    assert code == 3 and "not both" in err
