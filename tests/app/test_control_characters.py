"""Control characters are shown, never obeyed: escaped for the terminal, placeholders in
the window."""

from __future__ import annotations

import json
import re

from hypothesis import given
from hypothesis import strategies as st

from rrr_desktop.text import escape_controls, show_controls

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
