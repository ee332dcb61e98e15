"""Log or edit one interaction with a stakeholder: when, what kind, notes, follow-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.stakeholders.interactions import (
    INTERACTION_KINDS,
    InteractionForm,
    LoggedInteraction,
)
from rrr_desktop.views.common.discard_question import GuardedDialog
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.fit import fit_to_text
from rrr_desktop.views.common.form_fields import OptionalDateEdit
from rrr_desktop.views.common.labels import interaction_kind_label
from rrr_desktop.views.common.writes import write_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.register_image import Recorded


class InteractionDialog(GuardedDialog):
    """Emits ``changeRecorded(text, change)`` (what Edit › Undo calls the change, and the
    images to undo and redo it) and ``saved(stakeholder_id)`` after a save or a delete."""

    saved = Signal(int)
    changeRecorded = Signal(str, object)  # str, Recorded[None]

    def __init__(self, home: Home, stakeholder_id: int,
                 interaction: LoggedInteraction | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.stakeholder_id = stakeholder_id
        self.interaction = interaction
        self.setWindowTitle(self.tr("Edit interaction") if interaction
                            else self.tr("Add interaction"))
        self.occurred_on = QDateEdit(QDate.currentDate())
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setAccessibleName(self.tr("Date"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in INTERACTION_KINDS:
            self.kind.addItem(interaction_kind_label(kind), kind)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.follow_up_on = OptionalDateEdit(self.tr("Follow-up date"))
        self.follow_up_done = QCheckBox(self.tr("Follow-up &done"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for caption, widget in ((self.tr("&Date:"), self.occurred_on),
                                (self.tr("&Kind:"), self.kind),
                                (self.tr("&Notes:"), self.notes),
                                (self.tr("&Follow-up on:"), self.follow_up_on)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.follow_up_done)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if interaction is not None:
            self.delete_button = QPushButton(self.tr("De&lete"))
            self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self.delete)
            self._fill(interaction.form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_to_text(self, 460)

    def _fill(self, form: InteractionForm) -> None:
        day = form.occurred_on
        self.occurred_on.setDate(QDate(day.year, day.month, day.day))
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.notes.setPlainText(form.notes)
        self.follow_up_on.set_day(form.follow_up_on)
        self.follow_up_done.setChecked(form.follow_up_done)

    def entries(self) -> object:
        return self.form()

    def form(self) -> InteractionForm:
        day = self.occurred_on.date().toPython()
        assert isinstance(day, date)
        return InteractionForm(day, str(self.kind.currentData()), self.notes.toPlainText(),
                               self.follow_up_on.day(), self.follow_up_done.isChecked())

    def save(self) -> None:
        home, form = self.home, self.form()
        interaction_id = self.interaction.id if self.interaction else None

        def change() -> None:
            from rrr_desktop.services.stakeholders import interactions

            if interaction_id is None:
                interactions.add_interaction(home.db, self.stakeholder_id, form)
            else:
                interactions.update_interaction(home.db, interaction_id, form)

        self._run(change, self.tr("Add Interaction") if interaction_id is None
                  else self.tr("Edit Interaction"))

    def delete(self) -> None:
        assert self.interaction is not None
        home, interaction_id = self.home, self.interaction.id

        def change() -> None:
            from rrr_desktop.services.stakeholders.interactions import delete_interaction

            delete_interaction(home.db, interaction_id)

        self._run(change, self.tr("Delete Interaction"))

    def _run(self, change: Callable[[], None], text: str) -> None:
        """Make the change in the background, between images of the stakeholder's record
        and interactions, so that Edit › Undo can take it back."""
        home, stakeholder_id = self.home, self.stakeholder_id

        def work() -> Recorded[None]:
            from rrr_desktop.services.stakeholders.register_image import recorded

            return recorded(home.db, [stakeholder_id], change)

        self.buttons.setEnabled(False)
        write_in_background(self, work, lambda done: self._done(text, done), self._failed)

    def _done(self, text: str, change: Recorded[None]) -> None:
        self.changeRecorded.emit(text, change)
        self.saved.emit(self.stakeholder_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        refusal = refusal_of(error)
        if refusal is None:
            return
        self.error.setText(str(refusal))
        self.error.show()
        fields = {"kind": self.kind, "follow_up_on": self.follow_up_on}
        if refusal.field in fields:
            fields[refusal.field].setFocus()
