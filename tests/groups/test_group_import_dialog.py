"""The import dialog lists a bundle's working-group records by kind, and the refused
ones apart with the reason."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from uuid import UUID

from pytestqt.qtbot import QtBot

from rrr_desktop.services.exchange.export import ExportOptions, export_bundle
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.groups import actions, editing, meetings
from rrr_desktop.services.groups.shared import find_action, find_group
from rrr_desktop.services.home import Home
from rrr_desktop.views.exchange.import_dialog import BundleImportDialog
from tests.factories import SEED_UUIDS, Sender, city_card, content_bundle


def _dialog(qtbot: QtBot, home: Home, bundle: Path) -> BundleImportDialog:
    dialog = BundleImportDialog(home, [bundle])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.previews), timeout=10_000)
    return dialog


def _rows(dialog: BundleImportDialog) -> dict[str, tuple[str, str, str]]:
    return {item.text(0): (item.text(1), item.parent().text(0), item.text(3))
            for item in dialog.tree.record_items}


def test_group_records_show_by_kind_and_a_refusal_says_why(
        qtbot: QtBot, bilbao: Home, rotterdam: Home, tmp_path: Path) -> None:
    group = editing.create_group(bilbao.db, "Impact finance", [], ["Rotterdam"])
    meetings.plan_meeting(bilbao.db, group, datetime(2031, 3, 15, 17, 0), "Europe/Madrid")
    actions.add_action(bilbao.db, group, "Share the term sheet", "Rotterdam",
                       due_on=date(2031, 4, 1))
    bundle = tmp_path / "bilbao.rrrbundle"
    export_bundle(bilbao.db, bilbao.paths, bundle, ExportOptions())

    rows = _rows(_dialog(qtbot, rotterdam, bundle))
    assert rows["Impact finance"][:2] == ("working group", "New (3)")
    assert rows["15 March 2031, 16:00 UTC"][0] == "meeting"
    assert rows["Share the term sheet"][0] == "action"

    apply_bundle(rotterdam.db, inspect_bundle(rotterdam.db, bundle))
    held = find_group(rotterdam.db, "Impact finance")
    task = find_action(held, "Share the term sheet")
    montreal = Sender(UUID(SEED_UUIDS["Montréal"]), "Montréal", "CA")  # not even a member
    stranger = content_bundle(tmp_path / "stranger.rrrbundle", {
        "profile.yaml": city_card(montreal),
        "groups.json": {"actions": [{
            "uuid": str(task.uuid), "revision": 9, "updated_at": "2031-03-20T10:00:00Z",
            "group": str(held.uuid), "owner": str(task.owner_uuid),
            "title": "Share the term sheet", "status": "dropped"}]}}, sender=montreal)
    rows = _rows(_dialog(qtbot, rotterdam, stranger))
    kind, heading, reason = rows["Share the term sheet"]
    assert (kind, heading) == ("action", "Refused: not the sender's to change (1)")
    assert "belongs to Rotterdam" in reason
