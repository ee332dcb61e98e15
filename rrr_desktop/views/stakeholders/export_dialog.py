"""Export the register as the page filters it; personal data only when ticked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.messages import message_text
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.fit import fit_to_text
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.shared_settings import remember_folder
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.export import ExportReport, PersonalDataCounts
    from rrr_desktop.services.stakeholders.listing import StakeholderFilter


def _locale_delimiter() -> str:
    from rrr_desktop.messages import current_language
    from rrr_desktop.services.stakeholders.export import default_delimiter

    return default_delimiter(current_language())


def _counts(home: Home, query: StakeholderFilter) -> PersonalDataCounts:
    from rrr_desktop.services.stakeholders.export import personal_data_counts

    return personal_data_counts(home.db, query)


# Formats: the .xlsx, CSV with each delimiter, ESSGlobal open data.
XLSX, CSV_COMMA, CSV_SEMICOLON, ESSGLOBAL = "xlsx", "csv,", "csv;", "essglobal"


class ExportOptionsDialog(QDialog):
    """The format (CSV with the delimiter of the officer's language first) and whether to
    include personal data, off unless the officer ticks it."""

    def __init__(self, counts: PersonalDataCounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export stakeholders"))
        self.summary = plain_label(" ".join((
            self.tr("%Ln stakeholders in the current view will be exported.", "", counts.rows),
            self.tr("Of them, %Ln have a contact person, email or phone.", "",
                    counts.with_personal_data),
            self.tr("Of those, %Ln have recorded consent.", "", counts.consented))))
        self.personal = QCheckBox(self.tr(
            "&Include contact persons, emails and phones (only for records with recorded "
            "consent)"))
        self.personal.setEnabled(counts.consented > 0)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("File format"))
        csv_formats = [(CSV_COMMA, self.tr("CSV file, comma-separated (.csv)")),
                       (CSV_SEMICOLON, self.tr("CSV file, semicolon-separated (.csv)"))]
        if _locale_delimiter() == ";":
            csv_formats.reverse()
        for code, text in [(XLSX, self.tr("Excel workbook (.xlsx)")), *csv_formats,
                           (ESSGLOBAL, self.tr("ESSGlobal open data for SSE maps (.csv)"))]:
            self.format.addItem(text, code)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choose = QPushButton(self.tr("&Choose File…"))
        self.choose.setDefault(True)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_on_key(self, buttons)  # Choose File…, where the export is saved
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(format_label)
        row.addWidget(self.format, 1)
        layout.addLayout(row)
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

    def chosen_format(self) -> str:
        return str(self.options.format.currentData()) if self.options else XLSX

    def choose_file(self) -> QFileDialog:
        chooser = QFileDialog(self.window, self.tr("Export stakeholders"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        suffix = "xlsx" if self.chosen_format() == XLSX else "csv"
        chooser.setNameFilters([self.tr("Excel workbook (*.xlsx)") if suffix == "xlsx"
                                else self.tr("CSV file (*.csv)")])
        chooser.setDefaultSuffix(suffix)
        remember_folder(chooser, "exports", export=True)
        chooser.selectFile(f"{message_text('file_name.stakeholders')}-{date.today().isoformat()}"
                           f".{suffix}")
        chooser.fileSelected.connect(lambda name: self.export_to(Path(name)))
        chooser.open()
        return chooser

    def export_to(self, path: Path) -> None:
        """Write the export (atomically: a failed one leaves any earlier file as it was)."""
        home, query, personal = self.home, self.query, self.include_personal()
        chosen = self.chosen_format()
        allowed = {".csv"} if chosen == ESSGLOBAL else {".csv", ".xlsx"}
        if path.suffix.lower() not in allowed:  # a name typed without its ending
            path = path.with_suffix(".xlsx" if chosen == XLSX else ".csv")

        def work() -> ExportReport:
            from rrr_desktop.services.stakeholders.essglobal_export import export_essglobal
            from rrr_desktop.services.stakeholders.export import export_stakeholders

            if chosen == ESSGLOBAL:
                return export_essglobal(home.db, query, path, include_personal=personal)
            delimiter = {CSV_COMMA: ",", CSV_SEMICOLON: ";"}.get(chosen)
            return export_stakeholders(home.db, query, path, include_personal=personal,
                                       delimiter=delimiter)

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
        message = self.tr("%Ln stakeholders exported to {file}.", "", report.rows).format(
            file=report.path)
        if self.include_personal():
            message += " " + self.tr(
                "Personal data included for {included}; left out for {withheld} without "
                "recorded consent.").format(included=QLocale().toString(report.personal_rows),
                                            withheld=QLocale().toString(report.withheld_rows))
        self.exported.emit(message)
