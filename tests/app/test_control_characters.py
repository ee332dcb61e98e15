"""Control characters are shown, never obeyed: escaped for the terminal, placeholders in
the window."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.edit import create_stakeholder
from rrr_desktop.services.stakeholders.form import StakeholderForm, load_form
from rrr_desktop.text import escape_controls, show_controls
from rrr_desktop.views.common.shown_text import stored_choice

HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064"
                    "\ufeff]")


@given(st.text())
def test_escaped_text_holds_no_control_character_and_stays_valid_in_json(text: str) -> None:
    escaped = escape_controls(text)
    assert HIDDEN.search(escaped) is None
    quoted = json.dumps(text, ensure_ascii=False)
    assert json.loads(escape_controls(quoted)) == text  # escaping inside JSON keeps the value


@given(st.text())
def test_shown_text_holds_no_control_character(text: str) -> None:
    assert HIDDEN.search(show_controls(text)) is None


def test_each_control_character_has_a_visible_placeholder() -> None:
    assert show_controls("Bil\u200bbao") == "Bil⟨U+200B⟩bao"
    assert show_controls("\u202eoablib") == "⟨U+202E⟩oablib"
    assert show_controls("a\x1b[2Kb\rc\td\ne") == "a␛[2Kb␍c\td\ne"
    assert escape_controls("a\x1b[2Kb\u202e") == "a\\u001b[2Kb\\u202e"
    assert show_controls("Łódź, Montréal") == "Łódź, Montréal"


HIDING = "Co-op\x1b[2K\u202eevil"
SHOWN = "Co-op␛[2K⟨U+202E⟩evil"


def test_the_editor_shows_placeholders_and_keeps_what_is_stored(qtbot: QtBot,
                                                                home: Home) -> None:
    """Editors show what labels and tables show; saving a record with other changes keeps
    the stored name, not its placeholders."""
    from rrr_desktop.views.stakeholders.editor import StakeholderEditor

    stored = "Bil\u200bbao\x9b1m"  # what the register keeps (C0 and bidi are taken out)
    stakeholder = create_stakeholder(home.db, StakeholderForm(stored, description=stored))
    editor = StakeholderEditor(home, stakeholder)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.tabs.name.text() != "")
    assert editor.tabs.name.text() == "Bil⟨U+200B⟩bao⟨U+009B⟩1m"
    assert editor.tabs.description.toPlainText() == "Bil⟨U+200B⟩bao⟨U+009B⟩1m"
    qtbot.keyClicks(editor.tabs.district, "Centre")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    saved = load_form(home.db, stakeholder)
    assert (saved.name, saved.description, saved.district) == (stored, stored, "Centre")


def test_combo_boxes_and_the_map_show_placeholders(qtbot: QtBot) -> None:
    from rrr_desktop.services.stakeholders.influence_map import CellCount, MapPoint, StakeholderMap
    from rrr_desktop.views.stakeholders.bulk_edit_dialog import BulkEditDialog
    from rrr_desktop.views.stakeholders.map_view import StakeholderMapView

    dialog = BulkEditDialog(2, [HIDING, "Ana"])
    qtbot.addWidget(dialog)
    assert [dialog.owner.itemText(i) for i in range(2)] == [SHOWN, "Ana"]
    dialog.owner.setCurrentIndex(0)
    assert stored_choice(dialog.owner) == HIDING

    view = StakeholderMapView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.show_map(StakeholderMap(
        points=(MapPoint(7, HIDING, 5, 5, "co_managing", "cooperative"),),
        cells=(CellCount(5, 5, 1),), placed=1, unplaced=0, by_kind=(("cooperative", 1),),
        by_stage=(("co_managing", 1),)))
    dot = view.canvas.dot_position(7)
    assert dot is not None and view.canvas.tooltip_at(dot).splitlines()[0] == SHOWN


def test_a_brief_prints_control_characters_by_name(home: Home) -> None:
    """Neither dropped nor obeyed: a right-to-left override would reorder the line."""
    import io

    from pypdf import PdfReader

    from rrr_desktop.services.briefs.gather import city_brief_data
    from rrr_desktop.services.briefs.options import BriefOptions
    from rrr_desktop.services.briefs.render import render_city_brief
    from rrr_desktop.services.profile.read import load_profile
    from rrr_desktop.services.profile.store import save_profile
    from rrr_desktop.services.setup.cities import choose_seeded_city
    from tests.factories import SEED_UUIDS

    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    save_profile(home.db, replace(load_profile(home.db), summary=f"Our {HIDING} story"))
    buffer = io.BytesIO()
    options = BriefOptions()
    render_city_brief(city_brief_data(home.db, options, datetime.now(UTC)), options, buffer)
    text = " ".join(page.extract_text() for page in PdfReader(buffer).pages)
    assert "Co-op‹U+001B›[2K‹U+202E›evil" in " ".join(text.split())
