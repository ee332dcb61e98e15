"""File > Export Bundle…: choose what to share, see it summed up, write it, then mail it.

Steps: content → summary (counts; the personal-data tick says how many records it
concerns) → file (a proposed name such as ``Bilbao-2026-11-25.rrrbundle``) → done
("Show in Folder", "Email It": an ``.eml`` draft with the bundle attached, opened
with the system's mail program).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.fit import grow_to_show
from rrr_desktop.views.common.shared_settings import export_folder
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.settings import documents_location

if TYPE_CHECKING:
    from rrr_desktop.paths import AppPaths
    from rrr_desktop.services.exchange.export import ExportOptions, ExportSummary
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.common.mail_program import HandedTo

BUNDLE_EXTENSION = ".rrrbundle"  # services.bundles.BUNDLE_EXTENSION, without its imports


def proposed_path(city_name: str, today: date, paths: AppPaths) -> Path:
    from rrr_desktop.services.exchange.export import default_bundle_folder, suggested_file_name

    # The Preferences' folder (the documents folder unless changed), made if missing;
    # else (no such folder, or the system names no documents folder and the Preferences
    # fell back to the user's home) the home's bundles/ folder: one that exists either way.
    folder: Path | None = export_folder()
    if not documents_location() and folder == Path.home():
        folder = None
    return default_bundle_folder(folder, paths) / suggested_file_name(city_name, today)


class _GroupCounts(QObject):
    """Counted texts of this module that no page owns (lupdate reads ``self.tr``)."""

    def text(self, summary: ExportSummary) -> tuple[str, ...]:
        if not summary.groups:
            return ()
        return (self.tr("%Ln working groups, with their meetings and actions", "",
                        summary.groups),)


def group_counts(summary: ExportSummary) -> tuple[str, ...]:
    """The working groups a bundle carries, counted (nothing when it carries none)."""
    return _GroupCounts().text(summary)


class _ContentPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What to Share"))
        self.setSubTitle(self.tr("Choose what goes into the bundle. Interactions with "
                                 "stakeholders are never shared."))
        layout = QVBoxLayout(self)
        self.profile = QCheckBox(self.tr("Our city's &profile (summary, languages, topics)"))
        self.practices = QCheckBox(self.tr("Our p&ractices"))
        self.assessment = QCheckBox(self.tr("Our &self-assessment"))
        self.stakeholders = QCheckBox(self.tr("Stakeholders marked &shareable"))
        for box in (self.profile, self.practices, self.assessment, self.stakeholders):
            box.setChecked(True)
            layout.addWidget(box)
        layout.addStretch()


class _SummaryPage(QWizardPage):
    def __init__(self, wizard: BundleExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Summary"))
        layout = QVBoxLayout(self)
        self.counts = plain_label()
        self.contacts = QCheckBox()
        self.contacts.setAccessibleName(self.tr("Include personal data"))
        self.contacts_note = plain_label()
        self.profile_contacts = QCheckBox()
        self.profile_contacts.setAccessibleName(self.tr(
            "Send the emails and phone numbers written in our profile, practices and "
            "working groups"))
        self.profile_contacts.hide()
        layout.addWidget(self.counts)
        layout.addWidget(self.contacts)
        layout.addWidget(self.contacts_note)
        layout.addWidget(self.profile_contacts)
        layout.addStretch()
        self.summary: ExportSummary | None = None

    def initializePage(self) -> None:
        self.summary = None
        self.counts.setText(self.tr("Counting…"))
        options = self.owner.export_options()
        home = self.owner.home

        def work() -> ExportSummary:
            from rrr_desktop.services.exchange.export import plan_export

            return plan_export(home.db, options)

        run_in_background(self, work, self._show, self.owner.failed)

    def _show(self, summary: ExportSummary) -> None:
        self.summary = summary
        held = "; ".join((
            self.tr("the profile") if summary.profile else self.tr("no profile"),
            self.tr("%Ln practices", "", summary.practices),
            self.tr("%Ln self-assessed topics", "", summary.assessments),
            self.tr("%Ln stakeholders", "", summary.stakeholders),
            self.tr("%Ln withdrawals of records shared before", "", summary.tombstones),
            *group_counts(summary)))
        self.counts.setText(self.tr("The bundle will hold: {contents}.").format(contents=held))
        self.contacts.setText(self.tr(
            "&Include contact person, email and phone of the %Ln stakeholders whose "
            "consent is recorded", "", summary.consented))
        self.contacts.setEnabled(summary.consented > 0)
        grow_to_show(self.contacts)
        note = self.tr(
            "%Ln shared stakeholders have personal data; it is left out unless you "
            "tick the box, and it is never sent without recorded consent.", "",
            summary.with_personal_data)
        if summary.contacts_in_descriptions:
            note += " " + self.tr(
                "%Ln of them have an email address or phone number written in their "
                "description: those are left out of the description the same way.", "",
                summary.contacts_in_descriptions)
        self.contacts_note.setText(note)
        self.profile_contacts.setText(self.tr(
            "Send the emails and phone numbers written in %Ln texts of our profile, "
            "practices and working groups (left out otherwise, shown as [✉] and [☎])", "",
            summary.contacts_in_texts))
        self.profile_contacts.setVisible(summary.contacts_in_texts > 0)
        grow_to_show(self.profile_contacts)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.summary is not None


class _FilePage(QWizardPage):
    def __init__(self, city_name: str, paths: AppPaths) -> None:
        super().__init__()
        self.setTitle(self.tr("Where to Save"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"))
        row = QHBoxLayout()
        self.path = QLineEdit(str(proposed_path(city_name, date.today(), paths)))
        self.path.setAccessibleName(self.tr("Bundle file"))
        label.setBuddy(self.path)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addStretch()
        self.path.textChanged.connect(self.completeChanged)

    def chosen(self) -> Path:
        path = Path(self.path.text().strip())
        return path if path.suffix.lower() == BUNDLE_EXTENSION else path.with_name(
            path.name + BUNDLE_EXTENSION)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Save Bundle"), str(self.chosen()),
                             self.tr("RRR bundles (*.rrrbundle)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()


class _DonePage(QWizardPage):
    def __init__(self, wizard: BundleExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        layout = QVBoxLayout(self)
        self.message = plain_label()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show in &Folder"))
        self.email_button = QPushButton(self.tr("&Email It"))
        self.show_button.clicked.connect(self.owner.show_in_folder)
        self.email_button.clicked.connect(self.owner.email_it)
        row.addWidget(self.show_button)
        row.addWidget(self.email_button)
        row.addStretch()
        layout.addLayout(row)
        self.email_note = plain_label()
        layout.addWidget(self.email_note)
        layout.addStretch()
        self.written = False

    def initializePage(self) -> None:
        self.written = False
        self.setTitle(self.tr("Writing the Bundle"))
        self.owner.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.owner.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.message.setText(self.tr("Writing the bundle…"))
        self.email_note.clear()
        for button in (self.show_button, self.email_button):
            button.setEnabled(False)
        self.owner.write()

    def show_written(self, text: str) -> None:
        self.written = True
        self.setTitle(self.tr("Bundle Written"))
        self.message.setText(text)
        for button in (self.show_button, self.email_button):
            button.setEnabled(True)
        # Written: nothing is left to cancel, only Finish.
        self.owner.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()

    def show_failure(self, text: str) -> None:
        """Say so in the title too, and let the officer go back to change the file."""
        self.setTitle(self.tr("Bundle Not Written"))
        self.message.setText(text)
        self.owner.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

    def isComplete(self) -> bool:
        return self.written


class BundleExportWizard(QWizard):
    """Emits ``exported(message)`` once the bundle is written."""

    exported = Signal(str)

    def __init__(self, home: Home, city_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.city_name = city_name
        self.bundle_path: Path | None = None
        self.setWindowTitle(self.tr("Export Bundle"))
        self.content = _ContentPage()
        self.summary = _SummaryPage(self)
        self.file = _FilePage(city_name, home.paths)
        self.done_page = _DonePage(self)
        for page in (self.content, self.summary, self.file, self.done_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)

    def export_options(self) -> ExportOptions:
        from rrr_desktop.services.exchange.export import ExportOptions

        return ExportOptions(
            profile=self.content.profile.isChecked(),
            practices=self.content.practices.isChecked(),
            self_assessment=self.content.assessment.isChecked(),
            stakeholders=self.content.stakeholders.isChecked(),
            include_contacts=self.summary.contacts.isChecked(),
            profile_contacts=self.summary.profile_contacts.isChecked())

    def write(self) -> None:
        options, path, home = self.export_options(), self.file.chosen(), self.home

        def work() -> ExportSummary:
            from rrr_desktop.services.exchange.export import export_bundle

            return export_bundle(home.db, home.paths, path, options)

        def written(summary: ExportSummary) -> None:
            self.bundle_path = path
            held = "; ".join((
                self.tr("%Ln stakeholders", "", summary.stakeholders),
                self.tr("%Ln practices", "", summary.practices),
                self.tr("personal data of %Ln records", "", summary.personal_data_included),
                *group_counts(summary)))
            text = self.tr("The bundle was written to {file}: {contents}.").format(
                file=path, contents=held)
            self.done_page.show_written(text)
            self.exported.emit(text)

        run_in_background(self, work, written, self.failed)

    def failed(self, error: BaseException) -> None:
        from rrr_desktop.views.exchange.passphrase_dialog import (
            ask_for_passphrase,
            needs_passphrase,
        )

        if needs_passphrase(error) and self.currentPage() is self.done_page:
            # Signing needs the team's passphrase: ask, then write again; given up, the
            # refusal is said as any other.
            self.done_page.message.setText(self.tr("The team's passphrase is needed to sign "
                                                   "the bundle."))
            ask_for_passphrase(self.home, self, self.write,
                               lambda: self._refused(error), self.failed)
            return
        self._refused(error)

    def _refused(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import refusal_of

        refusal = refusal_of(error)
        if refusal is None:
            return
        self.done_page.show_failure(str(refusal))
        self.summary.counts.setText(str(refusal))

    def show_in_folder(self) -> None:
        if self.bundle_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.bundle_path.parent)))

    def email_it(self) -> None:
        """Write ``<bundle>.eml`` next to the bundle and hand it to the mail program."""
        if self.bundle_path is None:
            return
        from rrr_desktop.errors import RejectedInput
        from rrr_desktop.services.exchange.email_draft import write_email_draft

        eml = self.bundle_path.with_suffix(".eml")
        try:
            write_email_draft(self.bundle_path, eml, self.city_name)
        except RejectedInput as problem:
            self.done_page.email_note.setText(str(problem))
            return
        from rrr_desktop.views.common.mail_program import email_draft

        self.done_page.email_note.setText(self.tr("Opening your mail program…"))
        email_draft(self, eml, lambda handed_to: self._emailed(eml, handed_to))

    def _emailed(self, eml: Path, handed_to: HandedTo) -> None:
        from rrr_desktop.views.common.mail_program import HandedTo

        if handed_to is HandedTo.MAIL_PROGRAM:
            text = self.tr("An email draft with the bundle attached was written to {file} and "
                           "opened with your mail program: add the recipients and send it.")
        elif handed_to is HandedTo.FOLDER:
            text = self.tr("No mail program is set up on this computer, so the bundle's folder "
                           "is open instead. Write a new email (in your web mail, for "
                           "instance), attach the file {bundle} to it and send it to the peer "
                           "cities.")
        else:
            text = self.tr("No mail program is set up on this computer, and its folder could "
                           "not be opened either. The bundle is in {folder}: write a new email "
                           "(in your web mail, for instance), attach the file {bundle} from "
                           "that folder and send it to the peer cities.")
        self.done_page.email_note.setText(text.format(
            file=eml, folder=eml.parent, bundle=eml.with_suffix(BUNDLE_EXTENSION).name))
