"""Export the register as the page filters it; personal data only when ticked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.fit import fit_to_text
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.export import ExportReport, PersonalDataCounts
    from rrr_desktop.services.stakeholders.listing import StakeholderFilter


def _counts(home: Home, query: StakeholderFilter) -> PersonalDataCounts:
    from rrr_desktop.services.stakeholders.export import personal_data_counts

    return personal_data_counts(home.db, query)


class ExportOptionsDialog(QDialog):
    """Whether to include personal data; off unless the officer ticks it."""

    def __init__(self, counts: PersonalDataCounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export stakeholders"))
        self.summary = plain_label(self.tr(
            "{rows} stakeholders in the current view will be exported. {personal} of them have "
            "a contact person, email or phone; {consented} of those have recorded consent."
        ).format(rows=counts.rows, personal=counts.with_personal_data,
                 consented=counts.consented))
        self.personal = QCheckBox(self.tr(
            "&Include contact persons, emails and phones (only for records with recorded "
            "consent)"))
        self.personal.setEnabled(counts.consented > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = QPushButton(self.tr("&Choose File…"))
        self.choose.setDefault(True)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.personal)
        layout.addWidget(buttons)
        fit_to_text(self, 520)


class StakeholderExport(QObject):
    """File > Export Stakeholders…: options, file, export; emits ``exported(message)``."""

    exported = Signal(str)

    def __init__(self, home: Home, query: StakeholderFilter, parent: QWidget) -> None:
        super().__init__(parent)
        self.home = home
        self.query = query
        self.window = parent
        self.options: ExportOptionsDialog | None = None

    def start(self) -> None:
        home, query = self.home, self.query
        run_in_background(self, lambda: _counts(home, query), self._ask, report_unexpected)

    def _ask(self, counts: PersonalDataCounts) -> None:
        self.options = ExportOptionsDialog(counts, self.window)
        self.options.accepted.connect(self.choose_file)
        self.options.open()

    def include_personal(self) -> bool:
        return self.options is not None and self.options.personal.isChecked()

    def choose_file(self) -> QFileDialog:
        chooser = QFileDialog(self.window, self.tr("Export stakeholders"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilters([self.tr("Excel workbook (*.xlsx)"),
                                self.tr("CSV file (*.csv)")])
        chooser.setDefaultSuffix("xlsx")
        chooser.selectFile(f"stakeholders-{date.today().isoformat()}.xlsx")
        chooser.fileSelected.connect(lambda name: self.export_to(Path(name)))
        chooser.open()
        return chooser

    def export_to(self, path: Path) -> None:
        """Write the export (atomically: a failed one leaves any earlier file as it was)."""
        home, query, personal = self.home, self.query, self.include_personal()
        if path.suffix.lower() not in {".csv", ".xlsx"}:
            path = path.with_suffix(".xlsx")

        def work() -> ExportReport:
            from rrr_desktop.services.stakeholders.export import export_stakeholders

            return export_stakeholders(home.db, query, path, include_personal=personal)

        run_in_background(self, work, self._done, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            report_unexpected(error)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot export"), self.tr(
            "The file could not be written ({problem}): choose another folder or close the "
            "file if a spreadsheet has it open, then export again.").format(problem=error),
            QMessageBox.StandardButton.Ok, self.window)
        box.open()

    def _done(self, report: ExportReport) -> None:
        message = self.tr("{count} stakeholders exported to {file}.").format(
            count=report.rows, file=report.path)
        if self.include_personal():
            message += " " + self.tr(
                "Personal data included for {included}; left out for {withheld} without "
                "recorded consent.").format(included=report.personal_rows,
                                            withheld=report.withheld_rows)
        self.exported.emit(message)
