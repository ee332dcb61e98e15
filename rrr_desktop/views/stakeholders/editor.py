"""Add or edit one stakeholder: an organisation, or a person who belongs to one.

Nothing typed is lost: a save the services refuse leaves the dialog open with the
message on top, and closing with changes asks first. A save over a colleague's newer
change (the record's revision moved on since it was loaded) is refused, and the
dialog says who changed it and when: Reload shows their version, Keep Mine saves this
one over it, as one more change Edit › Undo can take back. While the name, website or
email are typed, the register is searched (after a pause, off the GUI thread) for
records that may be the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.errors import ChangedElsewhere
from rrr_desktop.services.stakeholders.essglobal import ICA_LABELS
from rrr_desktop.services.stakeholders.form import Choice, StakeholderForm
from rrr_desktop.text import normalise
from rrr_desktop.views.common.conflict_bar import ConflictBar
from rrr_desktop.views.common.crash import report_unexpected
from rrr_desktop.views.common.discard_question import ask_before_discarding
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.labels import sector_label
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.common.writes import write_in_background
from rrr_desktop.views.stakeholders.duplicate_warning import DuplicateWarning
from rrr_desktop.views.stakeholders.editor_tabs import EditorTabs

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home
    from rrr_desktop.services.stakeholders.duplicates import SimilarStakeholder
    from rrr_desktop.services.stakeholders.register_image import Recorded

DUPLICATE_CHECK_DELAY_MS = 300


@dataclass(frozen=True)
class _Loaded:
    form: StakeholderForm
    revision: int | None  # None: a new record
    topics: list[Choice]
    organisation: str


def _load(home: Home, stakeholder_id: int | None, is_person: bool) -> _Loaded:
    from rrr_desktop.services.stakeholders.form import (
        load_revision,
        organisation_name,
        topic_choices,
    )

    form, revision = (load_revision(home.db, stakeholder_id) if stakeholder_id is not None
                      else (StakeholderForm("", is_person=is_person), None))
    organisation = (organisation_name(home.db, form.organisation_id)
                    if form.organisation_id is not None else "")
    return _Loaded(form, revision, topic_choices(home.db), organisation)


class StakeholderEditor(QDialog):
    """Emits ``saved(id)`` once written, and ``openRequested(id)`` for a similar record."""

    saved = Signal(int)
    changeRecorded = Signal(object)  # Recorded[int]: the images to undo and redo the save
    openRequested = Signal(int)

    def __init__(self, home: Home, stakeholder_id: int | None = None, *,
                 is_person: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.stakeholder_id = stakeholder_id
        self._initial: StakeholderForm | None = None
        self._revision: int | None = None  # the revision loaded: saves are based on it
        self._check_number = 0
        self._saving = False
        self.setWindowTitle(self.tr("Edit stakeholder") if stakeholder_id is not None
                            else self.tr("New person") if is_person
                            else self.tr("New organisation"))
        self.organisation_button = QRadioButton(self.tr("O&rganisation"))
        self.person_button = QRadioButton(self.tr("&Person"))
        self.person_button.setChecked(is_person)
        self.organisation_button.setChecked(not is_person)
        toggle = QButtonGroup(self)
        toggle.addButton(self.organisation_button)
        toggle.addButton(self.person_button)
        self.error = self._error_label()
        self.conflict = ConflictBar()
        self.conflict.reloadRequested.connect(self._reload)
        self.conflict.keepMineRequested.connect(self._keep_mine)
        self.tabs = EditorTabs(home)
        self.duplicates = DuplicateWarning()
        self.duplicates.openRequested.connect(self.openRequested)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_on_key(self, self.buttons)
        self.buttons.setEnabled(False)
        self.shareable = QCheckBox(self.tr("S&hareable: may go into exchange bundles for peer "
                                           "cities (personal data only if you include it)"))

        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("This record is:")))
        kind_row.addWidget(self.organisation_button)
        kind_row.addWidget(self.person_button)
        kind_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.shareable)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        self._duplicate_timer = QTimer(self, singleShot=True,
                                       interval=DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicates)
        for edit in (self.tabs.name, self.tabs.website, self.tabs.email):
            edit.textChanged.connect(lambda _text: self._duplicate_timer.start())
        self.person_button.toggled.connect(self.tabs.show_person_fields)
        self.tabs.show_person_fields(is_person)
        run_in_background(self, lambda: _load(home, stakeholder_id, is_person), self._loaded,
                          self._failed)

    def _error_label(self) -> QLabel:
        """Where a refused save says why (hidden until then)."""
        error = QLabel()
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setObjectName("error")
        error.setStyleSheet("QLabel#error { color: palette(bright-text); "
                            "background: #b3261e; padding: 6px; border-radius: 4px; }")
        error.setAccessibleName(self.tr("Problem"))
        error.hide()
        return error

    # --- filling and reading ------------------------------------------------

    def _loaded(self, loaded: _Loaded) -> None:
        self.person_button.setChecked(loaded.form.is_person)
        self.organisation_button.setChecked(not loaded.form.is_person)
        self.shareable.setChecked(loaded.form.shareable)
        self.tabs.fill(loaded.form, loaded.topics, sorted(
            ((code, sector_label(code)) for code in ICA_LABELS),
            key=lambda item: normalise(item[1])),
                       loaded.organisation)
        self._initial = self.form()
        self._revision = loaded.revision
        self.buttons.setEnabled(True)
        self.tabs.name.setFocus()

    def form(self) -> StakeholderForm:
        """What the dialog holds now, unchecked."""
        return self.tabs.form(is_person=self.person_button.isChecked(),
                              shareable=self.shareable.isChecked())

    def has_changes(self) -> bool:
        return self._initial is not None and self.form() != self._initial

    # --- saving -------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        home, form, stakeholder_id = self.home, self.form(), self.stakeholder_id
        revision = self._revision

        def work() -> Recorded[int]:
            from rrr_desktop.services.stakeholders.edit import (
                create_stakeholder,
                update_stakeholder,
            )
            from rrr_desktop.services.stakeholders.register_image import recorded

            if stakeholder_id is None:
                return recorded(home.db, [], lambda: create_stakeholder(home.db, form),
                                also=lambda new_id: [new_id])

            def update() -> int:
                update_stakeholder(home.db, stakeholder_id, form, based_on=revision)
                return stakeholder_id

            return recorded(home.db, [stakeholder_id], update)

        self._saving = True
        self.buttons.setEnabled(False)
        self.error.hide()
        self.conflict.hide()
        write_in_background(self, work, self._saved, self._failed)

    def _saved(self, change: Recorded[int]) -> None:
        self._saving = False
        self.stakeholder_id = change.result
        self._initial = self.form()
        self.changeRecorded.emit(change)
        self.saved.emit(change.result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        self.buttons.setEnabled(self._initial is not None)
        refusal = refusal_of(error)
        if refusal is None:
            return
        if isinstance(refusal, ChangedElsewhere):
            self.conflict.show_conflict(refusal)
            return
        self.error.setText(str(refusal))
        self.error.show()
        self.tabs.focus_field(refusal.field)

    def _reload(self) -> None:
        """Reload: the colleague's version replaces what was typed here."""
        self.buttons.setEnabled(False)
        home, stakeholder_id = self.home, self.stakeholder_id
        run_in_background(self, lambda: _load(home, stakeholder_id, False), self._loaded,
                          self._failed)

    def _keep_mine(self, revision: int) -> None:
        """Keep Mine: save this version over the colleague's (that revision, no newer)."""
        self._revision = revision
        self.save()

    # --- duplicates ---------------------------------------------------------

    def _check_duplicates(self) -> None:
        home, exclude = self.home, self.stakeholder_id
        name, website, email = (self.tabs.name.text(), self.tabs.website.text(),
                                self.tabs.email.text())
        self._check_number += 1
        number = self._check_number

        def work() -> list[SimilarStakeholder]:
            from rrr_desktop.services.stakeholders.duplicates import similar_stakeholders

            return similar_stakeholders(home.db, name, website, email, exclude_id=exclude)

        def show(found: list[SimilarStakeholder]) -> None:
            if number == self._check_number:  # an older answer than the text shown is dropped
                self.duplicates.show_similar(found)

        run_in_background(self, work, show, report_unexpected)

    # --- closing ------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask before throwing changes away."""
        if not self.has_changes():
            super().reject()
            return
        self.discard_question = ask_before_discarding(
            self, self.tr("You changed this stakeholder. Discard the changes?"),
            self._discard)

    def _discard(self) -> None:
        self._initial = None
        super().reject()
