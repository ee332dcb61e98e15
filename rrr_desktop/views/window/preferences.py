"""Preferences: one tab per subject, so that later subjects (a team database) get
their own tab. Nothing is stored until OK; Cancel leaves everything as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.translations import NATIVE_NAMES
from rrr_desktop.views.settings import Settings, locale_paper
from rrr_desktop.views.window.preferences_team import TeamDatabaseTab

MAX_STALE_MONTHS = 60
DAYS_PER_MONTH = 30.44  # the average month; the setting is stored in days


class PreferencesDialog(QDialog):
    """Emits ``saved()`` after OK stored the choices, then ``languageChanged(code)`` (""
    = the system's) once closed, when OK stored another language."""

    saved = Signal()
    languageChanged = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._peers_tab(), self.tr("&Peer Cities"))
        self.team = TeamDatabaseTab(settings.team_database)
        self.tabs.addTab(self.team, self.tr("&Team Database"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        save_on_key(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _general_tab(self) -> QWidget:
        self.officer_name = QLineEdit(self.settings.officer_name)
        self.officer_name.setPlaceholderText(self.tr("Your login name"))
        self.officer_name.setToolTip(self.tr(
            "Recorded with every change you make, so that colleagues sharing a team database "
            "see who changed what. Left empty: your login name (on a team database, your "
            "database user)."))
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))
        self.language.setToolTip(self.tr("The language of the window and, by default, of briefs"))
        self.language_note = QLabel(self.tr(
            "After OK you can restart in the new language now, or keep working until the "
            "next start."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(
                self.language.currentData() != self.settings.language))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(max(self.paper.findData(self.settings.paper), 0))
        self.paper.setToolTip(self.tr("Proposed for new briefs and when printing; usual here: "
                                      "{paper}").format(
            paper="A4" if locale_paper(QLocale.system()) == "a4" else "Letter"))
        self.export_folder = QLineEdit(self.settings.export_folder)
        self.export_folder.setToolTip(self.tr("Where exported lists, bundles and briefs are "
                                              "proposed to be saved"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose the default export folder"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Your &name:"), self.officer_name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Paper &size:"), self.paper)
        folder_label = QLabel(self.tr("&Export folder:"))
        folder_label.setBuddy(self.export_folder)  # a row of two has no buddy of its own
        form.addRow(folder_label, folder_row)
        self.folder_problem = QLabel()
        self.folder_problem.setStyleSheet("color: #b00020;")
        self.folder_problem.setVisible(False)
        form.addRow("", self.folder_problem)
        return page

    def _peers_tab(self) -> QWidget:
        self.stale_months = QSpinBox()
        self.stale_months.setRange(1, MAX_STALE_MONTHS)
        self.stale_months.setSuffix(self.tr(" months"))
        self.stale_months.setValue(max(1, round(self.settings.stale_after_days / DAYS_PER_MONTH)))
        self.stale_months.setToolTip(self.tr(
            "A peer city's data older than this is flagged in the list, the suggestions and "
            "its details, as a reminder to ask the city for a new bundle"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Flag peer data older than:"), self.stale_months)
        return page

    def _choose_folder(self) -> None:
        chooser = QFileDialog(self, self.tr("Default export folder"), self.export_folder.text())
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly)
        chooser.fileSelected.connect(self.export_folder.setText)
        chooser.open()

    def _save(self) -> None:
        folder = self.export_folder.text().strip()
        if not Path(folder).is_dir():
            self.tabs.setCurrentIndex(0)
            self.folder_problem.setText(self.tr(
                "The export folder {folder} does not exist: choose an existing folder. "
                "Nothing was saved.").format(folder=folder))
            self.folder_problem.setVisible(True)
            self.export_folder.setFocus()
            return
        settings = self.settings
        language = str(self.language.currentData())
        language_changed = language != settings.language
        settings.officer_name = " ".join(self.officer_name.text().split())
        settings.language = language
        settings.paper = str(self.paper.currentData())
        settings.export_folder = folder
        settings.stale_after_days = round(self.stale_months.value() * DAYS_PER_MONTH)
        settings.team_database = self.team.address()
        self.team.keep_password()
        settings.sync()
        self.saved.emit()
        self.accept()
        if language_changed:
            self.languageChanged.emit(language)
