"""Our practices (awards, hubs, financial mechanisms...): a list and the chosen one's form."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import (
    MAX_LINK_CHARS,
    MAX_PRACTICE_TITLE_CHARS,
    PRACTICE_KINDS,
    PRACTICE_STAGES,
    PracticeDraft,
)
from rrr_desktop.views.common.form_fields import CheckList
from rrr_desktop.views.common.labels import practice_kind_label, practice_stage_label
from rrr_desktop.views.profile.topics_editor import problem_label, show_problems

NO_YEAR = 1799  # the year box's "not set"; years start at 1800
LAST_YEAR = 2100


def _buddy(caption: str, widget: QWidget) -> QLabel:
    label = QLabel(caption)
    label.setBuddy(widget)
    return label


class PracticesEditor(QWidget):
    """Edits a list of :class:`PracticeDraft`; every change emits ``edited``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._practices: list[PracticeDraft] = []
        self._hints: dict[uuid.UUID, tuple[str, str]] = {}  # title, description originals
        self._topics: tuple[Choice, ...] = ()
        self._filling = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Practices"))
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(300)
        self.list.currentRowChanged.connect(self._show_practice)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_practice)
        add = QPushButton(self.tr("Add practice"))
        add.setToolTip(self.tr("Describe a practice of our city that peers can learn from"))
        add.clicked.connect(self.add_practice)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected practice"))
        self.remove_button.setToolTip(self.remove_button.accessibleName())
        self.remove_button.clicked.connect(self.remove_practice)

        self.form = self._practice_form()
        self.empty_hint = QLabel(self.tr("No practices yet. Add the programmes and mechanisms "
                                         "your city runs, so peers can learn from them."))
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        self.problems = problem_label()

        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.empty_hint)
        right.addWidget(self.form)
        right.addStretch()
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        self._connect_form()
        self._show_practice(-1)

    def _connect_form(self) -> None:
        self.title.textEdited.connect(lambda text: self._change(title=text))
        self.kind.currentIndexChanged.connect(
            lambda _i: self._change(kind=str(self.kind.currentData())))
        self.stage.currentIndexChanged.connect(
            lambda _i: self._change(stage=str(self.stage.currentData())))
        self.year.valueChanged.connect(
            lambda year: self._change(year_started=None if year == NO_YEAR else year))
        self.description.textChanged.connect(
            lambda: self._change(description=self.description.toPlainText()))
        self.topic_checks.itemChanged.connect(
            lambda _item: self._change(topic_ids=self.topic_checks.checked_codes()))
        self.link.textEdited.connect(lambda text: self._change(link=text))

    def _practice_form(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Practice title"))
        self.title.setMaxLength(MAX_PRACTICE_TITLE_CHARS)
        self._title_hint = self.tr("e.g. Neighbourhood hubs")
        self.title.setPlaceholderText(self._title_hint)
        self.kind = self._combo(self.tr("Kind of practice"), PRACTICE_KINDS, practice_kind_label)
        self.stage = self._combo(self.tr("Stage"), PRACTICE_STAGES, practice_stage_label)
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year started"))
        self.year.setRange(NO_YEAR, LAST_YEAR)
        self.year.setSpecialValueText(self.tr("not set"))
        self.year.setMaximumWidth(120)
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Practice description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.topic_checks = CheckList(self.tr("Practice topics"))
        self.topic_checks.setFixedHeight(120)
        self.link = QLineEdit()
        self.link.setAccessibleName(self.tr("Practice link"))
        self.link.setMaxLength(MAX_LINK_CHARS)
        self.link.setPlaceholderText("https://")

        container = QWidget()
        form = QFormLayout(container)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, widget in ((self.tr("&Title:"), self.title), (self.tr("&Kind:"), self.kind),
                                (self.tr("Sta&ge:"), self.stage),
                                (self.tr("&Year started:"), self.year),
                                (self.tr("&Description:"), self.description),
                                (self.tr("To&pics:"), self.topic_checks),
                                (self.tr("Lin&k:"), self.link)):
            form.addRow(_buddy(caption, widget), widget)
        return container

    def _combo(self, accessible_name: str, codes: tuple[str, ...], label: Any) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible_name)
        for code in codes:
            combo.addItem(label(code), code)
        return combo

    def set_topic_choices(self, choices: tuple[Choice, ...]) -> None:
        self._topics = choices

    def set_practices(self, practices: tuple[PracticeDraft, ...]) -> None:
        self._practices = list(practices)
        self._filling = True
        self.list.clear()
        for practice in practices:
            QListWidgetItem(self._list_text(practice), self.list)
        self._filling = False
        self.list.setCurrentRow(0 if practices else -1)
        self._show_practice(self.list.currentRow())
        show_problems(self.problems, [])

    def show_hints(self, hints: dict[uuid.UUID, tuple[str, str]]) -> None:
        """The original title and description of each practice (by UUID), shown in its
        empty fields while another language is typed; ("", "") for none."""
        self._hints = hints
        for row, practice in enumerate(self._practices):
            self.list.item(row).setText(self._list_text(practice))
        self._show_practice(self.list.currentRow())

    def practices(self) -> tuple[PracticeDraft, ...]:
        return tuple(self._practices)

    def add_practice(self) -> None:
        """A new practice, its title to type (a practice without one is not saved yet)."""
        practice = PracticeDraft(uuid=uuid.uuid4(), title="", kind="other", stage="idea")
        self._practices.append(practice)
        QListWidgetItem(self._list_text(practice), self.list)
        self.list.setCurrentRow(len(self._practices) - 1)
        self.title.setFocus()
        self.edited.emit()

    def remove_practice(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._practices[row]
        self.list.takeItem(row)
        self._show_practice(self.list.currentRow())
        self.edited.emit()

    def select(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _list_text(self, practice: PracticeDraft) -> str:
        original = self._hints.get(practice.uuid, ("", ""))[0]
        return practice.title.strip() or (f"({original})" if original
                                          else self.tr("(untitled practice)"))

    def _show_practice(self, row: int) -> None:
        if self._filling:
            return
        has_one = 0 <= row < len(self._practices)
        self.form.setVisible(has_one)
        self.empty_hint.setVisible(not self._practices)
        self.remove_button.setEnabled(has_one)
        if not has_one:
            return
        practice = self._practices[row]
        self._filling = True
        title_hint, description_hint = self._hints.get(practice.uuid, ("", ""))
        self.title.setPlaceholderText(title_hint or self._title_hint)
        self.description.setPlaceholderText(description_hint)
        self.title.setText(practice.title)
        self.kind.setCurrentIndex(max(self.kind.findData(practice.kind), 0))
        self.stage.setCurrentIndex(max(self.stage.findData(practice.stage), 0))
        self.year.setValue(practice.year_started or NO_YEAR)
        self.description.setPlainText(practice.description)
        self.topic_checks.set_choices(((c.code, c.name) for c in self._topics),
                                      practice.topic_ids)
        self.link.setText(practice.link)
        self._filling = False

    def _change(self, **changes: Any) -> None:
        row = self.list.currentRow()
        if self._filling or not 0 <= row < len(self._practices):
            return
        practice = replace(self._practices[row], **changes)
        if practice == self._practices[row]:
            return
        self._practices[row] = practice
        self.list.item(row).setText(self._list_text(practice))
        self.edited.emit()
