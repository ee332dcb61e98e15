"""The import window: mapping, mode and preview; progress; then the summary and undo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.stakeholders.importing.mapping_view import MappingEditor, field_label
from rrr_desktop.views.stakeholders.importing.preview_model import ImportPreviewModel
from rrr_desktop.views.stakeholders.importing.source_options import (
    SourceOptions,
    encoding_label,
)

if TYPE_CHECKING:
    from rrr_desktop.services.stakeholders.importing.applying import ImportSummary
    from rrr_desktop.services.stakeholders.importing.importer import ImportPlan
    from rrr_desktop.services.stakeholders.importing.table import Table

MODES = ("add", "update", "fill")
PROBLEMS_SHOWN = 200


@dataclass(frozen=True)
class PlanOptions:
    mapping: dict[int, str]
    mode: str
    share: bool
    encoding: str | None = None  # None: as read (and always for a workbook)
    keep_headings: bool = False


class ImportPreviewDialog(QDialog):
    """Shows a plan and reports what the officer asks for through signals."""

    optionsChanged = Signal()
    importRequested = Signal()
    cancelRequested = Signal()
    saveFailedRowsRequested = Signal(Path)
    undoRequested = Signal()

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.setWindowTitle(self.tr("Import stakeholders from {file}").format(file=file_name))
        self.source = plain_label("")
        self.source_options = SourceOptions()
        self.source_options.changed.connect(self._options_changed)
        self.mapping = MappingEditor()
        self.guesses = QPlainTextEdit()
        self.guesses.setReadOnly(True)
        self.guesses.setAccessibleName(self.tr("Fields guessed from the values"))
        self.guesses.setMaximumHeight(120)
        self.guesses.hide()
        self.mapping.mappingChanged.connect(self._options_changed)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("What to do with stakeholders already there"))
        for code, text in zip(MODES, (self.tr("Add new ones only"),
                                      self.tr("Update the ones already there"),
                                      self.tr("Only fill their empty fields")), strict=True):
            self.mode.addItem(text, code)
        self.share = QCheckBox(self.tr("Mark the new ones as &shareable with peer cities"))
        self.mode.currentIndexChanged.connect(self._options_changed)
        self.share.toggled.connect(self._options_changed)
        self.counts = plain_label("")
        self.counts.setWordWrap(True)
        self.preview_model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("The first rows as they would be imported"))
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().hide()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.problems.setMaximumHeight(130)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: one transaction has no steps worth counting
        self.progress.setAccessibleName(self.tr("Importing"))
        self.progress.hide()
        self._build_buttons()
        self._lay_out()

    def _build_buttons(self) -> None:
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.save_button = QPushButton(self.tr("Save &Failed Rows…"))
        self.save_button.clicked.connect(self.choose_failed_rows_file)
        self.undo_button = QPushButton(self.tr("&Undo This Import"))
        self.undo_button.clicked.connect(self.undoRequested.emit)
        for button in (self.save_button, self.undo_button):
            button.hide()
        save_on_key(self, self.import_button)  # the mapping and options, imported

    def _lay_out(self) -> None:
        mode_label = QLabel(self.tr("Stakeholders &already there:"))
        mode_label.setBuddy(self.mode)
        columns_label = QLabel(self.tr("&Columns:"))
        columns_label.setBuddy(self.mapping)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.source)
        form.addRow(self.source_options)
        form.addRow(mode_label, self.mode)
        form.addRow("", self.share)
        form.addRow(self.tr("Result:"), self.counts)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(columns_label)
        left_layout.addWidget(self.mapping)
        left_layout.addWidget(self.guesses)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 600])
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch()
        for button in (self.save_button, self.undo_button, self.import_button,
                       self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.resize(980, 640)

    def options(self) -> PlanOptions:
        return PlanOptions(self.mapping.mapping(), str(self.mode.currentData()),
                           self.share.isChecked(), self.source_options.chosen_encoding(),
                           self.source_options.keep_headings.isChecked())

    def _options_changed(self) -> None:
        self.import_button.setEnabled(False)
        duplicates = self.mapping.duplicates()
        if duplicates:
            self.counts.setText(self.tr("{field} is chosen for several columns: keep one.")
                                .format(field=field_label(duplicates[0])))
            return
        self.counts.setText(self.tr("Checking…"))
        self.optionsChanged.emit()

    def show_columns(self, source: Table, mapping: dict[int, str]) -> None:
        """The file as read and the columns' fields (suggested, or kept from before)."""
        self.mapping.blockSignals(True)
        self.mapping.set_columns(source.headers, mapping)
        self.mapping.blockSignals(False)
        self.source_options.blockSignals(True)
        self.source_options.show_table(source)
        self.source_options.blockSignals(False)
        kind = (encoding_label(source.encoding) if source.encoding
                else self.tr("spreadsheet workbook"))
        self.source.setText(self.tr("{file}: %Ln rows ({encoding})", "",
                                    len(source.rows) + len(source.headings)).format(
            file=self.file_name, encoding=kind))

    def show_plan(self, table: Table, plan: ImportPlan, *, first: bool = False,
                  source: Table | None = None) -> None:
        """``table`` as planned (headings brought in or not), ``source`` as read."""
        if first:
            self.show_columns(source or table, plan.mapping)
        self.preview_model.show_plan(table, plan)
        self.preview.resizeColumnsToContents()
        counts = plan.counts
        self.counts.setText(self.tr(
            "{add} to add, {update} to update, {skip} already there or repeated (skipped), "
            "{fail} with problems.").format(
                add=_count(counts["add"]), update=_count(counts["update"] + counts["fill"]),
                skip=_count(counts["skip"]), fail=_count(counts["fail"])))
        if plan.headings:
            self.counts.setText(self.counts.text() + " " + self.tr(
                "%Ln set aside as section headings.", "", len(plan.headings)))
        if plan.skipped_lines:
            self.counts.setText(self.counts.text() + " " + self.tr(
                "%Ln hold no stakeholder (blank rows, titles, repeated headers).", "",
                len(plan.skipped_lines)))
        self._show_problems(sorted((p.row_number, p.message)
                                   for p in (*plan.failures, *plan.warnings)))
        self.import_button.setEnabled(counts["add"] + counts["update"] + counts["fill"] > 0)

    def show_guesses(self, guesses: list[str]) -> None:
        """What was guessed from the values of columns whose headers said little, and why."""
        self.guesses.setPlainText(self.tr("Guessed from the values:") + "\n"
                                  + "\n".join(f"• {guess}" for guess in guesses))
        self.guesses.setVisible(bool(guesses))

    def show_refusal(self, message: str) -> None:
        """The current mapping cannot be imported: say why; the officer changes it."""
        self.counts.setText(message)
        self.import_button.setEnabled(False)

    def _show_problems(self, problems: list[tuple[int, str]]) -> None:
        lines = [self.tr("Row {number}: {problem}").format(number=n, problem=p)
                 for n, p in problems[:PROBLEMS_SHOWN]]
        if len(problems) > PROBLEMS_SHOWN:
            lines.append(self.tr("… and %Ln more rows with problems.", "",
                                 len(problems) - PROBLEMS_SHOWN))
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(problems))

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.mapping, self.mode, self.share, self.source_options):
            widget.setEnabled(editable)

    def _import(self) -> None:
        self._set_editable(False)
        self.import_button.setEnabled(False)
        self.progress.show()
        self.counts.setText(self.tr("Importing… Cancel stops it and changes nothing."))
        self.importRequested.emit()

    def _cancel(self) -> None:
        if self.progress.isVisible():
            self.cancel_button.setEnabled(False)
            self.counts.setText(self.tr("Cancelling…"))
            self.cancelRequested.emit()
        else:
            self.reject()

    def show_cancelled(self) -> None:
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self._set_editable(True)
        self.import_button.setEnabled(True)
        self.counts.setText(self.tr("Import cancelled: nothing was changed."))

    def show_summary(self, summary: ImportSummary, failed_rows: Path | None) -> None:
        self.progress.hide()
        text = self.tr("Imported: {added} added, {updated} updated, {skipped} skipped, "
                       "{failed} not imported because of a problem.").format(
                           added=_count(summary.added), updated=_count(summary.updated),
                           skipped=_count(summary.skipped), failed=_count(summary.failed))
        if summary.headings:
            text += " " + self.tr("%Ln set aside as section headings.", "", summary.headings)
        if summary.lines_left_out:
            text += " " + self.tr(
                "%Ln hold no stakeholder (blank rows, titles, repeated headers).", "",
                summary.lines_left_out)
        if failed_rows is not None:
            text += " " + self.tr("The rows to fix are saved in {file}.").format(file=failed_rows)
        self.counts.setText(text)
        self._show_problems(sorted((p.row_number, p.message)
                                   for p in (*summary.failures, *summary.warnings)))
        self.save_button.setVisible(summary.failed > 0)
        self.undo_button.show()
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))

    def choose_failed_rows_file(self) -> QFileDialog:
        from rrr_desktop.services.stakeholders.importing.failed_rows import failed_rows_name

        chooser = QFileDialog(self, self.tr("Save the rows to fix"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("CSV file (*.csv)")])
        chooser.setDefaultSuffix("csv")
        chooser.selectFile(failed_rows_name(Path(self.file_name).stem))
        chooser.fileSelected.connect(lambda name: self.saveFailedRowsRequested.emit(Path(name)))
        chooser.open()
        return chooser

    def show_failed_rows_saved(self, path: Path) -> None:
        self.counts.setText(self.tr("The rows to fix are saved in {file}.").format(file=path))

    def show_undone(self, message: str) -> None:
        self.counts.setText(message)
        self.undo_button.setEnabled(False)
        self.save_button.hide()
        self.problems.hide()


def _count(value: int) -> str:
    """A count as the officer's language writes it (7.272 in Portuguese), as %Ln does."""
    return QLocale().toString(value)
