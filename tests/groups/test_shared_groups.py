"""Working groups shared between cities, on one home: creating, meetings in time zones,
actions and who may change what, through the command line and the services."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.group_vocabulary import ActionStatus, GroupStage
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import Group, Meeting, Member, find_group
from rrr_desktop.services.home import Home
from tests.factories import run_cli


def _create(capsys: pytest.CaptureFixture[str], home_dir: str, *extra: str) -> None:
    code, out, err = run_cli(capsys, "--home", home_dir, "groups", "create", "Impact finance",
                             "--theme", "social impact bonds", "--theme", "public procurement",
                             "--members", "Rotterdam,Torino", *extra)
    assert code == 0, err
    assert "Created working group Impact finance" in out


@pytest.fixture
def bilbao_dir(capsys: pytest.CaptureFixture[str], home_dir: str) -> str:
    code, _, err = run_cli(capsys, "--home", home_dir, "init", "--city", "Bilbao")
    assert code == 0, err
    return home_dir


def test_a_group_made_on_the_command_line_lists_members_lead_stage_meetings_and_actions(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str) -> None:
    _create(capsys, bilbao_dir)
    home = ["--home", bilbao_dir]
    code, out, err = run_cli(capsys, *home, "groups", "meeting", "impact FINANCE",
                             "--at", "2027-03-15 09:30", "--tz", "America/Los_Angeles",
                             "--agenda", "Introductions", "--agenda", "Bond pipeline")
    assert code == 0, err
    assert "(2027-03-15 16:30 UTC)" in out  # PDT (UTC-7) already on 15 March
    code, _, err = run_cli(capsys, *home, "groups", "action", "Impact finance",
                           "Share the bond term sheet", "--owner", "Rotterdam",
                           "--due", "2027-04-01")
    assert code == 0, err
    code, out, _ = run_cli(capsys, *home, "groups", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["lead"] == "Bilbao" and listed["stage"] == "forming"
    assert [m["city"] for m in listed["members"]] == ["Bilbao", "Rotterdam", "Torino"]
    assert listed["topic_ids"] == ["social-impact-bonds", "financial-mechanisms"]
    (meeting,) = listed["meetings"]
    assert meeting["starts_at"] == "2027-03-15T16:30:00Z"
    assert meeting["time_zone"] == "America/Los_Angeles"
    assert meeting["agenda"] == ["Introductions", "Bond pipeline"]
    (action,) = listed["actions"]
    assert (action["owner"], action["status"], action["due_on"]) == (
        "Rotterdam", "open", "2027-04-01")
    code, out, _ = run_cli(capsys, *home, "groups", "show", "Impact finance")
    assert "Meeting 2027-03-15 09:30 America/Los_Angeles (UTC-0700)" in out
    assert "Action: Share the bond term sheet [Rotterdam, due 2027-04-01; open]" in out


@pytest.mark.parametrize(("zone", "said"), [
    ("Europe/Madrid", " — on this computer: 17:30"),  # CET, a week before summer time
    ("America/Los_Angeles", "(UTC-0700)\n")])  # the planner's zone: said once
def test_a_meeting_is_shown_in_this_computers_time_too(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str, monkeypatch: pytest.MonkeyPatch,
        zone: str, said: str) -> None:
    """Each officer sees the meeting in their own time: San Francisco plans it, Bilbao's
    officer reads when it is on their clock."""
    _create(capsys, bilbao_dir)
    home = ["--home", bilbao_dir, "groups"]
    assert run_cli(capsys, *home, "meeting", "Impact finance", "--at", "2027-03-15 09:30",
                   "--tz", "America/Los_Angeles")[0] == 0
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        code, out, _ = run_cli(capsys, *home, "show", "Impact finance")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0 and said in out


def test_bad_times_zones_and_statuses_are_refused_in_words(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str) -> None:
    _create(capsys, bilbao_dir)
    home = ["--home", bilbao_dir, "groups"]
    code, _, err = run_cli(capsys, *home, "meeting", "Impact finance", "--at",
                           "2027-03-28 02:30", "--tz", "Europe/Madrid")
    assert code == 3 and "clocks go forward" in err
    code, _, err = run_cli(capsys, *home, "meeting", "Impact finance", "--at",
                           "2027-03-15 10:00", "--tz", "Mars/Olympus")
    assert code == 3 and "not a time zone" in err
    code, _, err = run_cli(capsys, *home, "meeting", "Impact finance", "--at", "15/03/2027",
                           "--tz", "UTC")
    assert code == 3 and "YYYY-MM-DD HH:MM" in err
    run_cli(capsys, *home, "action", "Impact finance", "Map cooperatives", "--owner", "Bilbao")
    code, _, err = run_cli(capsys, *home, "action-status", "Impact finance",
                           "map cooperatives", "finished")
    assert code == 3 and "open, in_progress, done, dropped" in err
    code, out, err = run_cli(capsys, *home, "action-status", "Impact finance",
                             "map cooperatives", "in-progress")
    assert code == 0, err
    assert "is now in progress" in out
    code, _, err = run_cli(capsys, *home, "show", "No such group")
    assert code == 3 and "no working group called" in err


def test_a_lead_elsewhere_keeps_the_group_and_an_owner_keeps_its_action(home: Home) -> None:
    from uuid import UUID

    from rrr_desktop.services.setup.cities import choose_seeded_city
    from tests.factories import SEED_UUIDS

    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    group_uuid = editing.create_group(home.db, "Markets", [], ["Rotterdam"], lead="Rotterdam")
    editing.edit_group(home.db, group_uuid, stage=GroupStage.CO_CREATION)  # made here: ours
    ours = actions.add_action(home.db, group_uuid, "Host the visit", "Bilbao",
                              due_on=date(2020, 1, 1))
    group = find_group(home.db, "markets")
    assert group.stage is GroupStage.CO_CREATION and group.revision == 2
    assert [a.title for a in group.our_overdue(date(2026, 12, 7))] == ["Host the visit"]
    actions.change_action(home.db, ours, status=ActionStatus.DONE)
    assert find_group(home.db, "Markets").our_overdue(date(2026, 12, 7)) == ()
    with pytest.raises(RejectedInput, match="not a member"):
        actions.add_action(home.db, group_uuid, "Anything", "Torino")


def test_a_meeting_moved_raises_its_sequence_and_minutes_do_not(home: Home) -> None:
    from uuid import UUID

    from rrr_desktop.services.setup.cities import choose_seeded_city
    from tests.factories import SEED_UUIDS

    choose_seeded_city(home.db, UUID(SEED_UUIDS["Bilbao"]))
    group_uuid = editing.create_group(home.db, "Markets", [], ["Rotterdam"])
    meeting = meetings.plan_meeting(home.db, group_uuid, datetime(2027, 1, 20, 10, 0),
                                    "Europe/Madrid")
    meetings.change_meeting(home.db, meeting, minutes="We met.", decisions=["Pilot in Q2"])
    (held,) = find_group(home.db, "Markets").meetings
    assert held.sequence == 0 and held.decisions == ("Pilot in Q2",)
    meetings.change_meeting(home.db, meeting, local=datetime(2027, 1, 21, 10, 0))
    (held,) = find_group(home.db, "Markets").meetings
    assert held.sequence == 1
    assert held.starts_at == datetime(2027, 1, 21, 9, 0, tzinfo=UTC)


def test_ics_and_invitation_carry_the_meeting_in_its_zone(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str, tmp_path: Path) -> None:
    _create(capsys, bilbao_dir)
    home = ["--home", bilbao_dir, "groups"]
    run_cli(capsys, *home, "meeting", "Impact finance", "--at", "2027-03-15 09:30", "--tz",
            "America/Los_Angeles", "--link", "https://meet.example.org/impact")
    target = tmp_path / "impact.ics"
    code, _, err = run_cli(capsys, *home, "ics", "Impact finance", str(target))
    assert code == 0, err
    raw = target.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    events = _parse(raw.decode("utf-8"))
    assert events == [datetime(2027, 3, 15, 16, 30, tzinfo=UTC)]
    eml = tmp_path / "invite.eml"
    code, _, err = run_cli(capsys, *home, "invite", "Impact finance", str(eml))
    # the meeting is in the future for years to come; the draft carries it as a request
    assert code == 0, err
    import email
    from email import policy

    draft = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert draft["X-Unsent"] == "1" and "Invitation: Impact finance" in draft["Subject"]
    (attached,) = list(draft.iter_attachments())
    assert attached.get_content_type() == "text/calendar"
    assert "METHOD:PUBLISH" in attached.get_content()  # our office has no address yet
    assert attached.get_filename() == "invitation.ics"
    code, _, err = run_cli(capsys, "--lang", "pl", *home, "invite", "Impact finance", str(eml))
    draft = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert [a.get_filename() for a in draft.iter_attachments()] == ["zaproszenie.ics"]


def _parse(text: str) -> list[datetime]:
    """Each VEVENT's start as a UTC instant, read by a standard calendar parser."""
    import icalendar

    calendar = icalendar.Calendar.from_ical(text)
    assert calendar.walk("VTIMEZONE"), "the zone travels with the invitation"
    return [event.decoded("dtstart").astimezone(UTC) for event in calendar.walk("VEVENT")]


def _invited_group() -> Group:
    from uuid import uuid4

    ours, peer, quiet = uuid4(), uuid4(), uuid4()
    start = datetime(2031, 3, 15, 16, 0, tzinfo=UTC)
    meeting = Meeting(uuid4(), 1, start, start, "Europe/Madrid", 60, "Sala 3, Bilbao", "",
                      ("Budget; scope",), "", (), 2, None)
    return Group(uuid4(), 1, start, start, "Impact finance", (), (), "", GroupStage.FORMING,
                 "", ours, "Bilbao",
                 (Member(ours, "Bilbao", "ES", "Office: ekonomia@bilbao.example", True, ""),
                  Member(peer, "Rotterdam", "NL", "sse@rotterdam.example, +31 10 000", False,
                         ""),
                  Member(quiet, "Torino", "IT", "", False, "")),
                 (meeting,), (), (), None, None, None, ours)


def test_an_invitation_goes_to_the_members_contact_offices_as_a_request(
        tmp_path: Path) -> None:
    import email
    from email import policy

    from rrr_desktop.services.groups.invite import cities_without_address, write_invitation

    group = _invited_group()
    (meeting,) = group.meetings
    path = write_invitation(group, tmp_path / "invite.eml",
                            now=datetime(2031, 1, 1, tzinfo=UTC))
    draft = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert draft["To"] == "sse@rotterdam.example"
    assert "Torino" not in draft.get_body().get_content()  # what partners read: no notes
    assert cities_without_address(group) == ["Torino"]  # the officer is told instead
    (attached,) = list(draft.iter_attachments())
    calendar = attached.get_content().replace("\r\n ", "")
    assert "METHOD:REQUEST" in calendar and 'method="REQUEST"' in str(attached["Content-Type"])
    assert "ORGANIZER;CN=\"Bilbao\":mailto:ekonomia@bilbao.example" in calendar
    assert "ATTENDEE;CN=\"Rotterdam\";" in calendar and "mailto:sse@rotterdam.example" in calendar
    assert f"UID:{meeting.uuid}@" in calendar and "SEQUENCE:2" in calendar
    assert "DTSTART;TZID=Europe/Madrid:20310315T170000" in calendar
    assert "LOCATION:Sala 3\\, Bilbao" in calendar and "1. Budget\\; scope" in calendar
    body = draft.get_body().get_content()
    assert body.count("Impact finance") == 1  # in English, the network's language: once


def test_an_invitation_says_it_in_english_too_after_the_officers_language(
        tmp_path: Path, spanish: None) -> None:
    """Members speak seven languages; the network works in English: a Spanish officer's
    invitation reads in Spanish, then in English."""
    import email
    from email import policy

    from rrr_desktop.messages import message_text
    from rrr_desktop.services.groups.invite import write_invitation

    group = _invited_group()
    path = write_invitation(group, tmp_path / "invite.eml", now=datetime(2031, 1, 1, tzinfo=UTC))
    body = email.message_from_bytes(path.read_bytes(), policy=policy.default
                                    ).get_body().get_content()
    assert body.index("15 de marzo de 2031") < body.index("15 March 2031")
    spanish, english = (message_text("invite.attached", language=language)
                        for language in ("es", "en"))
    assert spanish != english and body.index(spanish) < body.index(english)


def test_the_group_commands_speak_the_officers_language(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str) -> None:
    home = ["--lang", "es", "--home", bilbao_dir, "groups"]
    code, out, err = run_cli(capsys, *home, "create", "Finanzas de impacto", "--theme",
                             "bonos de impacto social", "--members", "Rotterdam,Torino")
    assert code == 0, err
    assert "Se creó el grupo de trabajo Finanzas de impacto" in out
    run_cli(capsys, *home, "action", "Finanzas de impacto", "Compartir el borrador",
            "--owner", "Rotterdam", "--due", "2027-04-01")
    code, out, err = run_cli(capsys, *home, "show", "Finanzas de impacto")
    assert code == 0, err
    assert "Temas: Bonos de impacto social" in out
    assert "Coordina: Bilbao" in out
    assert "Acción: Compartir el borrador [Rotterdam, vence el 2027-04-01; abierta]" in out
    assert not {"Themes", "Lead", "Members", "Action", "due"} & set(
        out.replace(":", " ").replace("[", " ").split())
    run_cli(capsys, *home, "meeting", "Finanzas de impacto", "--at", "2031-03-15 16:30",
            "--tz", "Europe/Madrid", "--agenda", "Presentaciones")
    eml = Path(bilbao_dir) / "invitacion.eml"
    assert run_cli(capsys, *home, "invite", "Finanzas de impacto", str(eml))[0] == 0
    import email
    from email import policy

    draft = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    body = draft.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert draft["Subject"] == "Invitación: Finanzas de impacto, 15/03/2031"
    # 90 minutes: the default length
    assert "15 de marzo de 2031, 16:30 (Europe/Madrid), 15:30 UTC, 90 minutos" in text
    assert "Orden del día:" in text and "Un cordial saludo," in text


def test_bundle_export_and_inspect_count_the_working_group_records(
        capsys: pytest.CaptureFixture[str], bilbao_dir: str, tmp_path: Path) -> None:
    """The summary of a written or inspected bundle named every kind of record but the
    working groups it carries."""
    _create(capsys, bilbao_dir)
    home = ["--home", bilbao_dir]
    assert run_cli(capsys, *home, "groups", "meeting", "Impact finance", "--at",
                   "2027-03-15 10:00", "--tz", "Europe/Madrid")[0] == 0
    assert run_cli(capsys, *home, "groups", "action", "Impact finance", "Term sheet",
                   "--owner", "Rotterdam")[0] == 0
    bundle = str(tmp_path / "Bilbao.rrrbundle")
    code, out, err = run_cli(capsys, *home, "bundle", "export", bundle)
    assert code == 0, err
    assert "working group records: 3." in out  # the group, its meeting, its action
    code, out, err = run_cli(capsys, *home, "bundle", "inspect", bundle)
    assert code == 0, err
    assert "working group records: 3." in out
