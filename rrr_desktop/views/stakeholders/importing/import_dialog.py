"""Import a stakeholder list: pick a file, check and adjust what will happen, then import.

The flow reads and plans in the background, shows the plan (which column feeds which
field, editable; the first rows with each row's problem marked; how many rows are
added, updated, skipped or fail) and applies it only when the officer says so.
Changing the mapping, mode or sharing plans again, in the background; a plan that
arrives after a newer request is dropped. Importing can be cancelled, which changes
nothing; afterwards the dialog shows the summary and can undo the import.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from rrr_desktop.errors import RejectedInput
from rrr_desktop.progress import Cancelled
from rrr_desktop.views.common.failure import warn_of_failure
from rrr_desktop.views.common.shared_settings import remember_folder
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.stakeholders.importing.preview_dialog import ImportPreviewDialog, PlanOptions
from rrr_desktop.views.stakeholders.importing.undo_import import ImportUndo

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.importing.applying import ImportSummary
    from rrr_desktop.services.stakeholders.importing.guessing import Guess
    from rrr_desktop.services.stakeholders.importing.importer import ImportPlan
    from rrr_desktop.services.stakeholders.importing.table import Table


@dataclass(frozen=True)
class ReadFile:
    """The file as read, with address parts joined, and the columns' suggested fields."""

    table: Table
    suggested: dict[int, str]
    guesses: tuple[Guess, ...]


@dataclass(frozen=True)
class PlannedFile:
    """A plan, or, for a file whose names column must be picked first, why there is none."""

    read: ReadFile
    table: Table  # as planned: with the headings when the officer brings them in
    plan: ImportPlan | None
    generation: int  # which request it answers
    refusal: str = ""

    @property
    def source(self) -> Table:
        return self.read.table


def _read(path: Path, encoding: str | None) -> ReadFile:
    from rrr_desktop.services.stakeholders.importing.column_mapping import suggest_mapping
    from rrr_desktop.services.stakeholders.importing.guessing import guess_columns
    from rrr_desktop.services.stakeholders.importing.tabular import read_table

    table = read_table(path, encoding)
    table, suggested, guesses = guess_columns(table, suggest_mapping(table.headers, table.rows))
    return ReadFile(table, suggested, tuple(guesses))


def _plan(home: Home, path: Path, read: ReadFile | None, options: PlanOptions | None,
          generation: int) -> PlannedFile:
    from rrr_desktop.services.stakeholders.importing.importer import (
        ImportMode,
        MissingNameColumn,
        plan_import,
    )

    encoding = options.encoding if options else None
    if read is None or (encoding is not None and encoding != read.table.encoding):
        headers = read.table.headers if read else ()
        read = _read(path, encoding)
        if options is not None and read.table.headers != headers:  # the columns changed
            options = replace(options, mapping=read.suggested)
    if options is None:
        try:
            return PlannedFile(read, read.table, plan_import(
                home.db, read.table, path.name, mapping=read.suggested), generation)
        except MissingNameColumn as error:  # the officer picks the column in the dialog
            return PlannedFile(read, read.table, None, generation, str(error))
    table = read.table.with_headings() if options.keep_headings else read.table
    return PlannedFile(read, table, plan_import(
        home.db, table, path.name, mapping=options.mapping, mode=ImportMode(options.mode),
        share=options.share), generation)


@dataclass(frozen=True)
class ImportOutcome:
    summary: ImportSummary
    failed_rows: Path | None  # the file of rows to fix and import again


def _apply(home: Home, planned: PlannedFile, path: Path,
           cancel: threading.Event) -> ImportOutcome | None:
    """The outcome, or None if the officer cancelled (then nothing was written)."""
    from rrr_desktop.services.stakeholders.importing.applying import apply_import
    from rrr_desktop.services.stakeholders.importing.failed_rows import save_failed_rows

    assert planned.plan is not None  # the dialog imports only a plan
    try:
        summary = apply_import(home.db, planned.plan, cancel.is_set)
    except Cancelled:
        return None
    failed_rows = (save_failed_rows(planned.plan, planned.table, path, home.paths.home)
                   if summary.failed else None)
    return ImportOutcome(summary, failed_rows)


def _save_failed_rows(planned: PlannedFile, path: Path) -> Path:
    from rrr_desktop.services.stakeholders.importing.failed_rows import write_failed_rows

    assert planned.plan is not None
    write_failed_rows(planned.plan, planned.table, path)
    return path


class StakeholderImport(QObject):
    """File > Import Stakeholders…; emits ``imported(ImportOutcome)`` once applied and
    ``undone(str)`` (a message) if the officer then undoes it."""

    imported = Signal(object)
    undone = Signal(str)

    def __init__(self, home: Home, parent: QWidget) -> None:
        super().__init__(parent)
        self.home = home
        self.window = parent
        self.path: Path | None = None
        self.planned: PlannedFile | None = None
        self.dialog: ImportPreviewDialog | None = None
        self.outcome: ImportOutcome | None = None
        self._generation = 0
        self._cancel = threading.Event()

    def start(self) -> QFileDialog:
        chooser = QFileDialog(self.window, self.tr("Import stakeholders"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("Spreadsheets (*.csv *.xlsx *.ods *.xls *.txt *.tsv)"),
                                self.tr("All files (*)")])
        remember_folder(chooser, "stakeholder-lists")
        chooser.fileSelected.connect(lambda name: self.plan(Path(name)))
        chooser.open()
        return chooser

    def plan(self, path: Path) -> None:
        """Read and plan ``path`` with the suggested mapping, then show the preview."""
        self.path = path
        self.planned = None
        self.dialog = dialog = ImportPreviewDialog(path.name, self.window)
        dialog.optionsChanged.connect(self._replan)
        dialog.importRequested.connect(self._apply)
        dialog.cancelRequested.connect(self._cancel.set)
        dialog.saveFailedRowsRequested.connect(self._save_failed_rows)
        dialog.undoRequested.connect(self._undo)
        self._request(None)

    def _replan(self) -> None:
        assert self.dialog is not None
        self._request(self.dialog.options())

    def _request(self, options: PlanOptions | None) -> None:
        home, path = self.home, self.path
        assert path is not None
        self._generation += 1
        generation = self._generation
        read = self.planned.read if self.planned else None  # read again only if asked
        run_in_background(self, lambda: _plan(home, path, read, options, generation),
                          self._planned, self._plan_failed)

    def _planned(self, planned: PlannedFile) -> None:
        if planned.generation != self._generation or self.dialog is None:
            return  # an answer to an earlier mapping or mode
        before = self.planned
        self.planned = planned
        if planned.plan is None:
            self.dialog.show_columns(planned.source, planned.read.suggested)
            self.dialog.show_refusal(planned.refusal)
        elif before is None or before.source.headers != planned.source.headers:
            self.dialog.show_plan(planned.table, planned.plan, first=True,
                                  source=planned.source)
        else:
            if before.read is not planned.read:  # read again in another encoding
                self.dialog.show_columns(planned.source, planned.plan.mapping)
            self.dialog.show_plan(planned.table, planned.plan)
        self.dialog.show_guesses([str(guess) for guess in planned.read.guesses])
        if not self.dialog.isVisible():
            self.dialog.open()

    def _plan_failed(self, error: BaseException) -> None:
        if isinstance(error, RejectedInput) and self.planned is not None:
            assert self.dialog is not None  # a mapping the officer must change
            self.dialog.show_refusal(str(error))
            return
        self._failed(error)

    def _apply(self) -> None:
        planned, home, path = self.planned, self.home, self.path
        assert planned is not None and path is not None
        self._cancel.clear()
        cancel = self._cancel
        run_in_background(self, lambda: _apply(home, planned, path, cancel), self._applied,
                          self._failed)

    def _applied(self, outcome: ImportOutcome | None) -> None:
        assert self.dialog is not None
        if outcome is None:
            self.dialog.show_cancelled()
            return
        self.outcome = outcome
        self.dialog.show_summary(outcome.summary, outcome.failed_rows)
        self.imported.emit(outcome)

    def _save_failed_rows(self, target: Path) -> None:
        planned = self.planned
        assert planned is not None and self.dialog is not None
        run_in_background(self, lambda: _save_failed_rows(planned, target),
                          self.dialog.show_failed_rows_saved, self._failed)

    def _undo(self) -> None:
        assert self.outcome is not None and self.dialog is not None
        undo = ImportUndo(self.home, self.window, self.outcome.summary.batch_id)
        undo.undone.connect(self.dialog.show_undone)
        undo.undone.connect(self.undone.emit)
        undo.start()

    def _failed(self, error: BaseException) -> None:
        if self.dialog is not None and isinstance(error, RejectedInput):
            self.dialog.reject()
        warn_of_failure(self.window, error, self.tr("Cannot import this file"))
