"""Files made from a working group: the invitation draft (.eml, with the next meeting
as a calendar invitation) and the group's meetings as an .ics file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rrr_desktop.messages import message_text
from rrr_desktop.services.groups.invite import cities_without_address
from rrr_desktop.views.common.mail_program import HandedTo, email_draft
from rrr_desktop.views.common.shared_settings import remember_folder
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.groups.shared import Group


class GroupFileDialog(QFileDialog):
    """Asks where to save the file, writes it in the background, then says where it is
    (``failed`` if it could not be written)."""

    failed = Signal(object)  # the error

    def __init__(self, group: Group, folder: Path, invite: bool,
                 parent: QWidget | None = None) -> None:
        suffix = "eml" if invite else "ics"
        name = "".join(c if c.isalnum() else "-" for c in group.name).strip("-") or "group"
        super().__init__(parent, self.tr("Save the invitation draft") if invite
                         else self.tr("Save the meetings as a calendar file"),
                         str(folder / f"{name}.{suffix}"),
                         self.tr("Email drafts (*.eml)") if invite
                         else self.tr("Calendar files (*.ics)"))
        self.group = group
        self.invite = invite
        self.box: QMessageBox | None = None
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setDefaultSuffix(suffix)
        remember_folder(self, "groups", export=True)
        self.fileSelected.connect(self._write)

    def _write(self, chosen: str) -> None:
        group, invite = self.group, self.invite

        def work() -> Path:
            from rrr_desktop.services.groups.calendar import write_ics
            from rrr_desktop.services.groups.invite import write_invitation

            return (write_invitation if invite else write_ics)(group, Path(chosen))

        run_in_background(self, work, self._saved, self.failed.emit)

    def _saved(self, path: Path) -> None:
        text = (self.tr("The invitation draft is in {path}. Email It opens it in your mail "
                        "program: check the recipients and send it.") if self.invite
                else self.tr("The meetings are in {path}: open it with your calendar."))
        text = text.format(path=path)
        if self.invite and (missing := cities_without_address(self.group)):
            text += "\n\n" + message_text("invite.no_address", {"cities": ", ".join(missing)})
        box = self._say(text, QMessageBox.StandardButton.NoButton if self.invite
                        else QMessageBox.StandardButton.Ok)
        if self.invite:
            email = box.addButton(self.tr("&Email It"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(email)
            email.clicked.connect(lambda: email_draft(
                self, path, lambda handed_to: self._emailed(path, handed_to)))

    def _emailed(self, path: Path, handed_to: HandedTo) -> None:
        if handed_to is HandedTo.MAIL_PROGRAM:
            text = self.tr("The invitation is open in your mail program: check the recipients "
                           "and send it.")
        elif handed_to is HandedTo.FOLDER:
            text = self.tr("No mail program is set up on this computer, so the folder with "
                           "{file} is open instead. Attach that file to a new email to the "
                           "member cities (in your web mail, for instance) and send it; their "
                           "calendars read the meeting from it.").format(file=path.name)
        else:
            text = self.tr("No mail program is set up on this computer, and its folder could "
                           "not be opened either. The invitation is {file}: attach it to a new "
                           "email to the member cities (in your web mail, for instance) and "
                           "send it; their calendars read the meeting from it.").format(
                               file=path)
        self._say(text, QMessageBox.StandardButton.Ok)

    def _say(self, text: str, buttons: QMessageBox.StandardButton) -> QMessageBox:
        self.box = QMessageBox(QMessageBox.Icon.Information, self.tr("Working groups"),
                               text, buttons, self.parentWidget())
        self.box.open()
        return self.box
