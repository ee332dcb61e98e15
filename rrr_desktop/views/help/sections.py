"""The user guide's sections: Markdown files in ``resources/guide/<language>/<key>.md``.

One section per page of the window (its file is named after the page's ``key``, so F1
opens the page's own section) and one per task. A section starts with ``# Title``; a
heading may end with ``{#anchor}``, an anchor other sections link to as
``[text](key.md#anchor)``; every language has the same anchors in the same section.
``**bold**`` is kept for the window's own words: a menu path (``**File › Import
Stakeholders…**``) or the name of a page, button or field, as the window shows it in
that language. ``resources/guide/README.md`` says how to write one.
"""

from __future__ import annotations

import re
from pathlib import Path

from rrr_desktop.resources import resource_path

START = "start"
# The pages of the window, in the sidebar's order, then the tasks that cross pages.
PAGE_SECTIONS = ("profile", "stakeholders", "peers", "groups", "briefs")
TASK_SECTIONS = ("importing", "bundles", "printing")
# Not a file: the keys of this system, read from the menus when the section is shown.
SHORTCUTS = "shortcuts"
FILE_SECTIONS = (START, *PAGE_SECTIONS, *TASK_SECTIONS)
FALLBACK_LANGUAGE = "en"
SUFFIX = ".md"

ANCHOR = re.compile(r"^#{2,6} .*?\s*\{#([a-z0-9-]+)\}\s*$", re.MULTILINE)
HEADING_ANCHOR = re.compile(r"\s*\{#([a-z0-9-]+)\}\s*$")
LINK = re.compile(r"\]\(([a-z-]+)\.md(?:#([a-z0-9-]+))?\)")
WINDOW_WORDS = re.compile(r"\*\*(.+?)\*\*")
MENU_SEPARATOR = " › "


def guide_folder(language: str) -> Path:
    return resource_path("guide", language)


def section_path(language: str, key: str) -> Path:
    """The section's file in ``language``, or the English one when that file is missing."""
    path = guide_folder(language) / f"{key}{SUFFIX}"
    return path if path.is_file() else guide_folder(FALLBACK_LANGUAGE) / f"{key}{SUFFIX}"


def section_text(language: str, key: str) -> str:
    return section_path(language, key).read_text(encoding="utf-8")


def title_of(text: str) -> str:
    """The text of the section's first ``# `` heading."""
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def anchors_of(text: str) -> list[str]:
    return ANCHOR.findall(text)


def links_of(text: str) -> list[tuple[str, str]]:
    """(section key, anchor or "") of every link to a section."""
    return [(key, anchor) for key, anchor in LINK.findall(text)]


def window_words_of(text: str) -> list[str]:
    """Every ``**bold**`` text: the menu paths and the names the window shows."""
    return [" ".join(words.split()) for words in WINDOW_WORDS.findall(text)]


def key_of(path: str) -> str:
    """The section a guide file or link names ("" when it names none)."""
    name = Path(path).name
    key = name.removesuffix(SUFFIX)
    return key if name.endswith(SUFFIX) and key in (*FILE_SECTIONS, SHORTCUTS) else ""
