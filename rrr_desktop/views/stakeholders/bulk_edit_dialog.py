"""Change the stage, tags, owner or sharing of the selected stakeholders at once.

Each change is opt-in (a checkbox), so nothing is changed that the officer did
not tick. The dialog only collects and checks the change; the page applies it in
the background (``services.stakeholder_bulk``) and reloads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.stakeholders.bulk import BulkChange, checked_change
from rrr_desktop.services.stakeholders.listing import COLLABORATION_STAGES
from rrr_desktop.text import split_list
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import collaboration_stage_label
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.shown_text import add_stored_items, stored_choice


class BulkEditDialog(QDialog):
    """Emits ``changeChosen(BulkChange)`` when the officer confirms a valid change."""

    changeChosen = Signal(object)

    def __init__(self, count: int, owners: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = count
        heading = self.tr("Change %Ln stakeholders", "", count)
        self.setWindowTitle(heading)
        self.stage = QComboBox()
        for code in COLLABORATION_STAGES:
            self.stage.addItem(collaboration_stage_label(code), code)
        self.add_tags = QLineEdit()
        self.add_tags.setPlaceholderText(self.tr("e.g. housing, youth"))
        self.remove_tags = QLineEdit()
        self.remove_tags.setPlaceholderText(self.tr("e.g. sample"))
        self.owner = QComboBox()
        self.owner.setEditable(True)
        add_stored_items(self.owner, list(owners))
        self.owner.setCurrentText("")
        self.shareable = QComboBox()
        self.shareable.addItem(self.tr("Shareable with peer cities"), True)
        self.shareable.addItem(self.tr("Not shareable"), False)

        grid = QGridLayout()
        self.choices: dict[str, QCheckBox] = {}
        self._editors: dict[str, QWidget] = {}  # a refusal's field -> the widget to fix
        rows = (
            ("stage", self.tr("Set &stage to:"), self.stage, self.tr("New stage")),
            ("add_tags", self.tr("&Add tags:"), self.add_tags, self.tr("Tags to add")),
            ("remove_tags", self.tr("&Remove tags:"), self.remove_tags,
             self.tr("Tags to remove")),
            ("owner", self.tr("Set &owner to:"), self.owner, self.tr("New owner")),
            ("shareable", self.tr("Set s&haring to:"), self.shareable, self.tr("Sharing")),
        )
        for row, (key, text, editor, name) in enumerate(rows):
            box = QCheckBox(text)
            editor.setAccessibleName(name)
            editor.setEnabled(False)
            box.toggled.connect(editor.setEnabled)
            box.toggled.connect(self._update_button)
            box.toggled.connect(lambda on, e=editor: e.setFocus() if on else None)
            self.choices[key] = box
            self._editors[key] = editor
            grid.addWidget(box, row, 0)
            grid.addWidget(editor, row, 1)
        for line in (self.add_tags, self.remove_tags):
            line.textChanged.connect(self._update_button)
        self.problem = plain_label()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(heading)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        save_on_key(self, self.buttons)
        layout = QVBoxLayout(self)
        intro = plain_label(self.tr("Tick each change to make; everything else stays as it "
                                    "is. Separate tags with commas."))
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update_button()

    def change(self) -> BulkChange:
        """The change as ticked (not yet checked)."""
        ticked = {key: box.isChecked() for key, box in self.choices.items()}
        return BulkChange(
            stage=self.stage.currentData() if ticked["stage"] else None,
            add_tags=tuple(split_list(self.add_tags.text())) if ticked["add_tags"] else (),
            remove_tags=(tuple(split_list(self.remove_tags.text())) if ticked["remove_tags"]
                         else ()),
            owner=stored_choice(self.owner) if ticked["owner"] else None,
            shareable=bool(self.shareable.currentData()) if ticked["shareable"] else None)

    def _update_button(self) -> None:
        self.ok.setEnabled(not self.change().is_empty)

    def _confirm(self) -> None:
        try:
            change = checked_change(self.change())
        except RejectedInput as problem:
            self.problem.setText(str(problem))
            self.problem.show()
            if problem.field in self._editors:
                self._editors[problem.field].setFocus()
            return
        self.changeChosen.emit(change)
        self.accept()
