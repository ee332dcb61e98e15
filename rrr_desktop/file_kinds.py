"""The files the window opens, told by their names: the command line decides with it
which words are files rather than commands, the window what a drop or a later launch
opens (bundles the bundle import, spreadsheets the stakeholder import)."""

from __future__ import annotations

from pathlib import Path

BUNDLE_SUFFIXES = (".rrrbundle",)
# What the stakeholder import reads; the window and the command line open all but .txt by
# name, which is more often a note than a list (the import's own chooser offers it).
IMPORT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods")
TABLE_SUFFIXES = tuple(suffix for suffix in IMPORT_SUFFIXES if suffix != ".txt")


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() in BUNDLE_SUFFIXES


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def openable(path: Path) -> bool:
    return is_bundle(path) or is_table(path)
