"""Italian says things one way throughout: a stakeholder is an "attore" in the window, the
messages and the guide alike (never a "soggetto")."""

from __future__ import annotations

import re

from tests.app.test_italian_address import italian_texts


def test_a_stakeholder_is_an_attore_everywhere() -> None:
    assert [f"{where}: {text}" for where, text in italian_texts()
            if re.search(r"\bsoggett[oi]\b", text, re.IGNORECASE)] == []
