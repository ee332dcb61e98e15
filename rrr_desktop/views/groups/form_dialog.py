"""The base of the dialogs that edit a working group, a meeting or an action.

Each dialog only asks: it checks the officer's entries with the services' own rules
before it closes (the problem said inside it, the field at fault focused), then
reports them through ``accepted`` with its ``values()``; the page writes them in the
background (so every change is an undo step there) and, if the write is refused, opens
the same dialog again with the entries and the reason (``show_refusal``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.discard_question import GuardedDialog
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.groups.groups_model import LATE


class FormDialog(GuardedDialog):
    """A form that says what is wrong inside itself and stays open until it is right."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = plain_label()
        self.problem.setStyleSheet(f"color: {LATE.name()};")
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()
        self.fields: dict[str, QWidget] = {}  # a refusal's field -> the widget at fault
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_on_key(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def values(self) -> object:
        """The entries, as the page writes them (each form has its own)."""
        raise NotImplementedError

    def entries(self) -> object:
        return self.values()

    def opening_entries(self) -> object:
        # Entries given back after a refused write are the officer's own: never
        # "unchanged", so closing asks before losing them.
        return self.values() if self.problem.isHidden() else object()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.problem.isHidden() and (first := self.first_field()) is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # typing goes into the form

    def check(self) -> None:
        """Raise the refusal the services would give the entries (nothing by default)."""

    def accept(self) -> None:
        try:
            self.check()
        except RejectedInput as refusal:
            self.show_refusal(refusal)
            return
        self.problem.hide()
        super().accept()

    def show_refusal(self, refusal: RejectedInput | None, text: str = "") -> None:
        """Say inside the dialog why its entries were not taken and focus the field at
        fault (``text`` when there is no refusal to show)."""
        self.problem.setText(str(refusal) if refusal is not None else text)
        self.problem.show()
        field = self.fields.get(refusal.field or "") if refusal is not None else None
        if (target := field or self.first_field()) is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
