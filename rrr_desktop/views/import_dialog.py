"""Import a stakeholder list: pick a file, check what will happen, then import.

The flow reads and plans in the background, shows the plan (which column feeds
which field, how many rows are added, updated, skipped or have problems) and
applies it only when the officer says so. Changing the mode plans again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.crash import report_unexpected
from rrr_desktop.views.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholder_import import ImportPlan, ImportSummary
    from rrr_desktop.services.tabular import Table

MODES = ("add", "update", "fill")
PROBLEMS_SHOWN = 8


@dataclass(frozen=True)
class PlannedFile:
    table: Table
    plan: ImportPlan


def _plan(home: Home, path: Path, table: Table | None, mode: str, share: bool) -> PlannedFile:
    from rrr_desktop.services.stakeholder_import import ImportMode, plan_import
    from rrr_desktop.services.tabular import read_table

    table = table or read_table(path)
    return PlannedFile(table, plan_import(home.db, table, path.name, mode=ImportMode(mode),
                                          share=share))


@dataclass(frozen=True)
class ImportOutcome:
    summary: ImportSummary
    failed_rows: Path | None  # the file of rows to fix and import again


def _apply(home: Home, planned: PlannedFile, path: Path) -> ImportOutcome:
    from rrr_desktop.services.stakeholder_import import apply_import, save_failed_rows

    summary = apply_import(home.db, planned.plan)
    failed_rows = (save_failed_rows(planned.plan, planned.table, path, home.paths.home)
                   if summary.failed else None)
    return ImportOutcome(summary, failed_rows)


class ImportPreviewDialog(QDialog):
    """Shows an import plan; emits ``optionsChanged(mode, share)`` and, on Import, accepts."""

    optionsChanged = Signal(str, bool)

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import stakeholders from {file}").format(file=file_name))
        self.source = QLabel()
        self.mapping = QPlainTextEdit()
        self.mapping.setReadOnly(True)
        self.mapping.setAccessibleName(self.tr("Which column feeds which field"))
        self.mapping.setFixedHeight(130)
        self.counts = QLabel()
        for label in (self.source, self.counts):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.problems.setMaximumHeight(150)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("What to do with stakeholders already there"))
        for code, text in zip(MODES, (self.tr("Add new ones only"),
                                      self.tr("Update the ones already there"),
                                      self.tr("Only fill their empty fields")), strict=True):
            self.mode.addItem(text, code)
        self.share = QCheckBox(self.tr("Mark the new ones as shareable with peer cities"))
        self.mode.currentIndexChanged.connect(self._options_changed)
        self.share.toggled.connect(self._options_changed)

        form = QFormLayout()
        form.addRow(self.tr("File:"), self.source)
        form.addRow(self.tr("Columns:"), self.mapping)
        form.addRow(self.tr("Stakeholders already there:"), self.mode)
        form.addRow("", self.share)
        form.addRow(self.tr("Result:"), self.counts)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def selected_mode(self) -> str:
        return str(self.mode.currentData())

    def _options_changed(self) -> None:
        self.import_button.setEnabled(False)
        self.counts.setText(self.tr("Checking…"))
        self.optionsChanged.emit(self.selected_mode(), self.share.isChecked())

    def show_plan(self, planned: PlannedFile) -> None:
        table, plan = planned.table, planned.plan
        encoding = table.encoding.upper() if table.encoding else self.tr("Excel workbook")
        self.source.setText(self.tr("{rows} rows ({encoding})").format(
            rows=len(table.rows), encoding=encoding))
        used = [f"{table.headers[column]} → {field}"
                for column, field in sorted(plan.mapping.items())]
        left_out = [h for i, h in enumerate(table.headers) if i not in plan.mapping]
        text = "\n".join(used) or self.tr("No column could be matched to a field.")
        if left_out:
            text += "\n" + self.tr("Left out: {columns}").format(columns=", ".join(left_out))
        self.mapping.setPlainText(text)
        counts = plan.counts
        self.counts.setText(self.tr(
            "{add} to add, {update} to update, {skip} already there or repeated (skipped), "
            "{fail} with problems.").format(
                add=counts.get("add", 0), update=counts.get("update", 0) + counts.get("fill", 0),
                skip=counts.get("skip", 0), fail=counts.get("fail", 0)))
        problems = [self.tr("Row {number}: {problem}").format(number=row.row_number,
                                                               problem=row.reason)
                    for row in plan.rows if row.action == "fail"]
        hidden = len(problems) - PROBLEMS_SHOWN
        shown = problems[:PROBLEMS_SHOWN]
        if hidden > 0:
            shown.append(self.tr("… and {count} more rows with problems.").format(count=hidden))
        self.problems.setPlainText("\n".join(shown))
        self.problems.setVisible(bool(problems))
        changes = sum(counts.get(action, 0) for action in ("add", "update", "fill"))
        self.import_button.setEnabled(changes > 0)


class StakeholderImport(QObject):
    """File > Import Stakeholders…; emits ``imported(ImportOutcome)`` once applied."""

    imported = Signal(object)

    def __init__(self, home: Home, parent: QWidget) -> None:
        super().__init__(parent)
        self.home = home
        self.window = parent
        self.path: Path | None = None
        self.planned: PlannedFile | None = None
        self.dialog: ImportPreviewDialog | None = None

    def start(self) -> QFileDialog:
        chooser = QFileDialog(self.window, self.tr("Import stakeholders"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)"),
                                self.tr("All files (*)")])
        chooser.fileSelected.connect(lambda name: self.plan(Path(name)))
        chooser.open()
        return chooser

    def plan(self, path: Path) -> None:
        """Read and plan ``path`` with the default options, then show the preview."""
        self.path = path
        self.planned = None
        self.dialog = ImportPreviewDialog(path.name, self.window)
        self.dialog.optionsChanged.connect(self._replan)
        self.dialog.accepted.connect(self._apply)
        self._replan(MODES[0], False)

    def _replan(self, mode: str, share: bool) -> None:
        home, path = self.home, self.path
        assert path is not None
        table = self.planned.table if self.planned else None  # the file is read only once
        run_in_background(self, lambda: _plan(home, path, table, mode, share),
                          self._planned, self._failed)

    def _planned(self, planned: PlannedFile) -> None:
        self.planned = planned
        assert self.dialog is not None
        self.dialog.show_plan(planned)
        if not self.dialog.isVisible():
            self.dialog.open()

    def _apply(self) -> None:
        planned, home, path = self.planned, self.home, self.path
        assert planned is not None and path is not None
        run_in_background(self, lambda: _apply(home, planned, path), self.imported.emit,
                          self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, RejectedInput):
            report_unexpected(error)
            return
        if self.dialog is not None:
            self.dialog.reject()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot import this file"),
                          str(error), QMessageBox.StandardButton.Ok, self.window)
        box.open()
