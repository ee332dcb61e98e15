"""The six editable texts of a city brief, apart from the other inputs: the Briefs page
edits them and loads this module at start-up, so it stays one small dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Narrative:
    """The six editable parts of a briefing note, as plain text (blank lines
    separate paragraphs). :func:`.narrative.default_narrative` pre-fills them."""

    purpose: str = ""
    background: str = ""
    current_situation: str = ""
    considerations: str = ""
    options: str = ""
    recommendation: str = ""
