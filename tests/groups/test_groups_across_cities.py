"""A working group lives across three homes (Bilbao leads, with Rotterdam and Torino):
the group, its meeting and its actions travel in bundles, each city changes only what
it owns, and a bundle that changes another city's action is refused for that record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.models.group_vocabulary import ActionStatus, GroupStage
from rrr_desktop.services.exchange.container import (
    FORMAT_VERSION,
    Sender,
    load_or_create_signing_key,
    open_bundle,
)
from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.history import undo_bundle_import
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.exchange.preview import BundlePreview, RecordStatus
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import find_action, find_group
from rrr_desktop.services.home import Home
from tests.factories import content_bundle, open_city_home, run_cli

GROUP = "Impact finance"
TASK = "Share the bond term sheet"


@pytest.fixture
def homes(tmp_path: Path) -> Iterator[dict[str, Home]]:
    opened = {city: open_city_home(tmp_path / city.lower(), city)
              for city in ("Bilbao", "Rotterdam", "Torino")}
    yield opened
    for home in opened.values():
        home.close()


def _export(home: Home, path: Path) -> Path:
    export_bundle(home.db, home.paths, path, ExportOptions(stakeholders=False))
    return path


def _import(home: Home, path: Path) -> BundlePreview:
    preview = inspect_bundle(home.db, path)
    apply_bundle(home.db, preview)
    return preview


def _statuses(preview: BundlePreview) -> dict[tuple[str, str], RecordStatus]:
    return {(r.entity, r.title): r.status for r in preview.records
            if r.entity in ("group", "meeting", "action", "group_note")}


def _lead_plans(bilbao: Home) -> None:
    group = editing.create_group(bilbao.db, GROUP, ["social-impact-bonds"],
                                 ["Rotterdam", "Torino"], purpose="Bonds for SSE tenders")
    editing.edit_group(bilbao.db, group, stage=GroupStage.CO_CREATION)
    meetings.plan_meeting(bilbao.db, group, datetime(2027, 3, 15, 17, 0), "Europe/Madrid",
                          link="https://meet.example.org/impact", agenda=["Bond pipeline"])
    actions.add_action(bilbao.db, group, TASK, "Rotterdam", due_on=date(2027, 4, 1))


def test_the_lead_creates_a_member_finishes_its_action_and_the_lead_sees_it(
        homes: dict[str, Home], tmp_path: Path) -> None:
    bilbao, rotterdam = homes["Bilbao"], homes["Rotterdam"]
    _lead_plans(bilbao)
    first = _export(bilbao, tmp_path / "bilbao-1.rrrbundle")
    assert open_bundle(first).format_version == FORMAT_VERSION == 2

    preview = _import(rotterdam, first)
    assert _statuses(preview) == {("group", GROUP): RecordStatus.NEW,
                                  ("meeting", "15 March 2027, 16:00 UTC"): RecordStatus.NEW,
                                  ("action", TASK): RecordStatus.NEW}
    seen = find_group(rotterdam.db, GROUP)
    assert (seen.lead_city, seen.stage, seen.purpose) == (
        "Bilbao", GroupStage.CO_CREATION, "Bonds for SSE tenders")
    assert [m.city for m in seen.members] == ["Bilbao", "Rotterdam", "Torino"]
    assert seen.source is not None and seen.source.sender == "Bilbao"
    assert not seen.editable  # led by Bilbao: Rotterdam cannot change the group
    (meeting,) = seen.meetings
    assert meeting.starts_at == datetime(2027, 3, 15, 16, 0, tzinfo=UTC)
    assert meeting.local_start("Europe/Amsterdam").hour == 17

    actions.change_action(rotterdam.db, find_action(seen, TASK).uuid,
                          status=ActionStatus.DONE, notes="Sent on 2 March")
    reply = _export(rotterdam, tmp_path / "rotterdam-1.rrrbundle")
    preview = _import(bilbao, reply)
    assert _statuses(preview) == {("action", TASK): RecordStatus.UPDATED}
    done = find_action(find_group(bilbao.db, GROUP), TASK)
    assert (done.status, done.notes) == (ActionStatus.DONE, "Sent on 2 March")
    assert done.source is not None and done.source.sender == "Rotterdam"
    assert done.source.file_name == "rotterdam-1.rrrbundle"

    undo_bundle_import(bilbao.db)  # the import undone: the action is open again
    assert find_action(find_group(bilbao.db, GROUP), TASK).status is ActionStatus.OPEN


def test_a_bundle_changing_another_citys_action_is_refused_for_that_record(
        homes: dict[str, Home], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bilbao, torino = homes["Bilbao"], homes["Torino"]
    _lead_plans(bilbao)
    first = _export(bilbao, tmp_path / "bilbao-1.rrrbundle")
    _import(torino, first)
    group = find_group(torino.db, GROUP)
    task = find_action(group, TASK)
    with pytest.raises(Exception, match="belongs to Rotterdam"):
        actions.change_action(torino.db, task.uuid, status=ActionStatus.DROPPED)

    # Torino signs a bundle of its own that says Rotterdam's action was dropped.
    real = open_bundle(_export(torino, tmp_path / "torino-real.rrrbundle"))
    documents = dict(real.documents)
    forged: dict[str, Any] = {}  # Torino owns nothing: its real bundle has no groups.json
    forged["actions"] = [{"uuid": str(task.uuid), "revision": task.revision + 5,
                          "updated_at": "2027-03-20T10:00:00Z", "group": str(group.uuid),
                          "owner": str(task.owner_uuid), "title": TASK, "due_on": "2027-04-01",
                          "status": "dropped", "notes": "Dropped by Torino"}]
    forged["notes"] = [{"uuid": "00000000-0000-4000-8000-000000000001", "revision": 1,
                        "updated_at": "2027-03-20T10:00:00Z", "group": str(group.uuid),
                        "city": str(task.owner_uuid), "text": "Written for Rotterdam"}]
    documents["groups.json"] = forged
    sender = Sender(real.sender.city_uuid, real.sender.name, real.sender.country_code)
    bundle = content_bundle(tmp_path / "torino.rrrbundle", documents, sender=sender,
                            key=load_or_create_signing_key(torino.paths.signing_key))

    code, out, _ = run_cli(capsys, "--home", str(bilbao.paths.home), "bundle", "inspect",
                           str(bundle))
    assert code == 0
    assert "Action “Share the bond term sheet”: left out: its sender may not change it." in out
    assert "only Rotterdam's bundles change it" in out
    preview = inspect_bundle(bilbao.db, bundle)
    refused = [r for r in preview.records if r.status is RecordStatus.REFUSED]
    assert [(r.entity, r.title) for r in refused] == [("action", TASK), ("group_note", "")]
    assert "belongs to Rotterdam" in refused[0].reason
    result = apply_bundle(bilbao.db, preview)
    assert any("belongs to Rotterdam" in reason for reason in result.refused)
    assert find_action(find_group(bilbao.db, GROUP), TASK).status is ActionStatus.OPEN
    assert find_group(bilbao.db, GROUP).member_notes == ()


def test_a_member_cannot_take_over_the_group_and_the_lead_withdraws_a_meeting(
        homes: dict[str, Home], tmp_path: Path) -> None:
    bilbao, rotterdam = homes["Bilbao"], homes["Rotterdam"]
    _lead_plans(bilbao)
    _import(rotterdam, _export(bilbao, tmp_path / "bilbao-1.rrrbundle"))
    with pytest.raises(Exception, match="led by Bilbao"):
        editing.edit_group(rotterdam.db, find_group(rotterdam.db, GROUP).uuid, name="Ours now")
    (meeting,) = find_group(bilbao.db, GROUP).meetings
    meetings.delete_meeting(bilbao.db, meeting.uuid)
    preview = _import(rotterdam, _export(bilbao, tmp_path / "bilbao-2.rrrbundle"))
    assert ("meeting", "15 March 2027, 16:00 UTC") in {(r.entity, r.title) for r in preview.records
                                               if r.status is RecordStatus.WITHDRAWN}
    assert find_group(rotterdam.db, GROUP).meetings == ()


def test_a_version_1_bundle_still_imports(homes: dict[str, Home], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from rrr_desktop.services.exchange.container import writer

    bilbao, rotterdam = homes["Bilbao"], homes["Rotterdam"]
    real = open_bundle(_export(rotterdam, tmp_path / "rotterdam.rrrbundle"))
    documents = _as_version_1(real.documents)
    sender = Sender(real.sender.city_uuid, real.sender.name, real.sender.country_code)
    monkeypatch.setattr(writer, "FORMAT_VERSION", 1)  # as the previous version wrote it
    old = content_bundle(tmp_path / "old.rrrbundle", documents, sender=sender,
                         key=load_or_create_signing_key(rotterdam.paths.signing_key))
    assert open_bundle(old).format_version == 1
    preview = inspect_bundle(bilbao.db, old)
    assert preview.content.groups is None
    assert {r.entity for r in preview.records} == {"city", "practice"}
    assert apply_bundle(bilbao.db, preview).refused == ()


def _as_version_1(documents: dict[str, Any]) -> dict[str, Any]:
    """The members as the previous version wrote them: no groups, texts in one language."""
    card = {**documents["profile.yaml"]}
    card["profile"] = {key: value for key, value in card["profile"].items()
                       if key not in ("text_language", "translations")} | {"version": 1}
    practices = [{key: value for key, value in practice.items() if key != "translations"}
                 for practice in documents["practices.json"]]
    return {**{name: data for name, data in documents.items() if name != "groups.json"},
            "profile.yaml": card, "practices.json": practices}


def test_a_members_note_reaches_the_lead_and_shows_as_new_since_the_last_look(
        homes: dict[str, Home], tmp_path: Path) -> None:
    """Rotterdam writes its note on the group; Bilbao looks at the group, then imports
    Rotterdam's bundle: the note, written before that look but never seen, is among what
    changed since, with Rotterdam's bundle as the source; nothing is new once Bilbao
    looks again."""
    bilbao, rotterdam = homes["Bilbao"], homes["Rotterdam"]
    _lead_plans(bilbao)
    _import(rotterdam, _export(bilbao, tmp_path / "bilbao-1.rrrbundle"))
    editing.set_our_note(rotterdam.db, find_group(rotterdam.db, GROUP).uuid,
                         "We can host the March meeting")
    reply = _export(rotterdam, tmp_path / "rotterdam-1.rrrbundle")
    seen = find_group(bilbao.db, GROUP)
    editing.mark_looked_at(bilbao.db, seen.uuid, datetime.now(UTC))
    assert find_group(bilbao.db, GROUP).unseen_changes() == ()

    _import(bilbao, reply)
    group = find_group(bilbao.db, GROUP)
    (note,) = group.member_notes
    assert (note.city, note.text) == ("Rotterdam", "We can host the March meeting")
    (change,) = group.unseen_changes()
    assert (change.kind, change.title) == ("note", "Rotterdam")
    assert change.source is not None and change.source.file_name == "rotterdam-1.rrrbundle"
    editing.mark_looked_at(bilbao.db, group.uuid, datetime.now(UTC))
    assert find_group(bilbao.db, GROUP).unseen_changes() == ()
