"""The files the window opens, told by their names: the command line decides with it
which words are files rather than commands, the window what a drop or a later launch
opens (bundles the bundle import, spreadsheets the stakeholder import)."""

from __future__ import annotations

from pathlib import Path

BUNDLE_SUFFIXES = (".rrrbundle",)
TABLE_SUFFIXES = (".csv", ".xlsx", ".ods", ".tsv")


def is_bundle(path: Path) -> bool:
    return path.suffix.lower() in BUNDLE_SUFFIXES


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def openable(path: Path) -> bool:
    return is_bundle(path) or is_table(path)
