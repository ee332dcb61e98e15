"""The rows an import could not take, saved as a CSV for the officer to fix and import again.

Its name and its Problem column are in the officer's language, as the problems are."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from rrr_desktop.files import atomic_file
from rrr_desktop.messages import message_text
from rrr_desktop.services.stakeholders.importing.cells import neutralised
from rrr_desktop.services.stakeholders.importing.importer import ImportPlan
from rrr_desktop.services.stakeholders.importing.table import Table


def _failed_rows_lines(plan: ImportPlan, table: Table) -> list[list[str]]:
    """The header plus a Problem column, then each failed row as it was, formulas guarded."""
    problems = {problem.row_number: str(problem) for problem in plan.failures}
    lines = [[*table.headers, message_text("failed_rows.problem_column")]] + [
        [*cells, problems[number]]
        for number, cells in zip(table.row_numbers, table.rows, strict=True)
        if number in problems]
    return [[neutralised(cell) for cell in line] for line in lines]


def write_failed_rows(plan: ImportPlan, table: Table, path: Path) -> None:
    """Save the rows that failed, as they were plus a Problem column, for the officer to fix.

    UTF-8 with a byte-order mark, so that Excel shows the accents. The file is written
    beside ``path`` and moved over it once complete, so it is never seen half written;
    a cell a spreadsheet would run as a formula gets a leading apostrophe. For a path
    the officer chose (and agreed to replace); :func:`save_failed_rows` never replaces.
    """
    with atomic_file(path, encoding="utf-8-sig", newline="", shared=True) as handle:
        csv.writer(handle).writerows(_failed_rows_lines(plan, table))


def save_failed_rows(plan: ImportPlan, table: Table, source: Path, fallback: Path) -> Path:
    """Write the failed rows beside the imported file, or into ``fallback`` if that folder
    cannot be written to; returns where they went.

    The file is ``NAME-failed-rows.csv`` (:func:`failed_rows_name`), or
    ``NAME-failed-rows-2.csv``, ``-3``... if that exists: an earlier file (perhaps half
    fixed) is never replaced.
    """
    try:
        return _create_failed_rows_file(plan, table, source.parent, source.stem)
    except OSError:
        return _create_failed_rows_file(plan, table, fallback, source.stem)


def failed_rows_name(stem: str, number: int = 1) -> str:
    """``list-failed-rows.csv`` for ``list.csv`` (the words in the officer's language;
    ``-2``, ``-3``... after the first)."""
    return (message_text("failed_rows.file_name", {"name": stem})
            + (f"-{number}" if number > 1 else "") + ".csv")


def _create_failed_rows_file(plan: ImportPlan, table: Table, folder: Path, stem: str) -> Path:
    """Write a complete temporary file, then link it under the first free name: creating a
    name fails if it exists, so no other file is replaced, even one made meanwhile."""
    temporary = folder / f".{stem}-failed-rows.{os.getpid()}.tmp"
    write_failed_rows(plan, table, temporary)
    try:
        number = 1
        while True:
            path = folder / failed_rows_name(stem, number)
            try:
                os.link(temporary, path)
            except FileExistsError:
                number += 1
            else:
                return path
    finally:
        temporary.unlink()
