"""One topic list of our profile (what we offer, want to learn, or share as a challenge):
vocabulary topics with a note, and apart from them topics in our own words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import FreeTopicEntry, TopicEntry
from rrr_desktop.services.vocabulary import topic_names_in_every_language
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.failure import refusal_of
from rrr_desktop.views.common.worker import run_in_background
from rrr_desktop.views.profile.topic_completer import TopicCompleter

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home

TOPIC_ID = Qt.ItemDataRole.UserRole


def problem_label() -> QLabel:
    """Where a section says why its content cannot be saved yet (hidden until then)."""
    label = plain_label(role="problem")
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def show_problems(label: QLabel, problems: list[str]) -> None:
    label.setText("\n".join(problems))
    label.setVisible(bool(problems))


class NotesTable(QTableWidget):
    """Two columns, a topic and our note; Delete removes the selected rows."""

    edited = Signal()

    def __init__(self, accessible_name: str, topic_header: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setAccessibleName(accessible_name)
        self.setHorizontalHeaderLabels([topic_header, self.tr("Note")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 260)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.itemChanged.connect(lambda _item: self.edited.emit())
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self._fit_height()

    def add_row(self, topic: QTableWidgetItem, note: str) -> int:
        row = self.rowCount()
        self.blockSignals(True)
        self.insertRow(row)
        self.setItem(row, 0, topic)
        self.setItem(row, 1, QTableWidgetItem(note))
        self.blockSignals(False)
        self._fit_height()
        return row

    def clear_rows(self) -> None:
        self.setRowCount(0)
        self._fit_height()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.selectedIndexes()}, reverse=True)
        for row in rows:
            self.removeRow(row)
        if rows:
            self._fit_height()
            self.edited.emit()

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _fit_height(self) -> None:
        """The whole list shows: the page scrolls, not each small table."""
        rows = max(self.rowCount(), 1)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount())) or \
            self.verticalHeader().defaultSectionSize() * rows
        self.setFixedHeight(height)


class TopicListEditor(QWidget):
    """Vocabulary topics with notes, plus topics "in our own words" kept apart."""

    edited = Signal()

    def __init__(self, list_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home: Home | None = None
        self._labels: dict[str, str] = {}
        self.topics = NotesTable(self.tr("{list}: topics").format(list=list_name),
                                 self.tr("Topic"))
        self.lookup_problem = plain_label(role="lookup_problem")
        self.lookup_problem.hide()

        self.free = NotesTable(
            self.tr("{list}: topics in our own words").format(list=list_name),
            self.tr("Topic in our own words"))
        self.problems = problem_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.topics)
        layout.addLayout(self._vocabulary_row(list_name))
        layout.addWidget(self.lookup_problem)
        own_words = plain_label(self.tr("In our own words"), bold=True)
        layout.addSpacing(4)
        layout.addWidget(own_words)
        layout.addWidget(self.free)
        layout.addLayout(self._free_buttons(list_name))
        layout.addWidget(self.problems)
        self.topics.edited.connect(self.edited)
        self.free.edited.connect(self.edited)

    def _vocabulary_row(self, list_name: str) -> QHBoxLayout:
        self.topic_choice = QComboBox()
        typed = QLineEdit()
        typed.setPlaceholderText(self.tr("Type a topic or a synonym"))
        typed.returnPressed.connect(self.add_typed_topic)
        self.topic_choice.setLineEdit(typed)
        self.topic_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic_choice.setAccessibleName(self.tr("{list}: topic to add").format(
            list=list_name))
        self.topic_choice.setMinimumWidth(320)
        self.completer = TopicCompleter(self.topic_choice)
        self.completer.topicChosen.connect(self.add_topic)
        self.topic_choice.setCompleter(self.completer)
        add = QPushButton(self.tr("Add topic"))
        add.setAccessibleName(self.tr("{list}: add topic").format(list=list_name))
        add.clicked.connect(self.add_typed_topic)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("{list}: remove selected topics").format(
            list=list_name))
        remove.clicked.connect(self.topics.remove_selected)
        for button in (add, remove):
            button.setToolTip(button.accessibleName())
        adding = QHBoxLayout()
        adding.addWidget(self.topic_choice, 1)
        adding.addWidget(add)
        adding.addWidget(remove)
        adding.addStretch()
        return adding

    def _free_buttons(self, list_name: str) -> QHBoxLayout:
        add_free = QPushButton(self.tr("Add in our own words"))
        add_free.setAccessibleName(self.tr("{list}: add a topic in our own words").format(
            list=list_name))
        add_free.setToolTip(self.tr("For a topic the shared vocabulary does not have. Peers "
                                    "read it, but matching uses only vocabulary topics."))
        add_free.clicked.connect(self.add_free_topic)
        remove_free = QPushButton(self.tr("Remove"))
        remove_free.setAccessibleName(self.tr("{list}: remove selected own-words topics")
                                      .format(list=list_name))
        remove_free.setToolTip(remove_free.accessibleName())
        remove_free.clicked.connect(self.free.remove_selected)
        free_buttons = QHBoxLayout()
        free_buttons.addWidget(add_free)
        free_buttons.addWidget(remove_free)
        free_buttons.addStretch()
        return free_buttons

    def set_choices(self, home: Home, choices: tuple[Choice, ...]) -> None:
        self._home = home
        self._labels = {choice.code: choice.name for choice in choices}
        self.topic_choice.clear()
        for choice in choices:
            self.topic_choice.addItem(choice.name, choice.code)
        self.topic_choice.setCurrentIndex(-1)
        names: dict[str, list[str]] = {}  # in all seven languages, as a typed topic is found
        for topic_id, name in topic_names_in_every_language():
            names.setdefault(topic_id, []).append(name)
        self.completer.set_topics((choice.code, choice.name, names.get(choice.code, ()))
                                  for choice in choices)

    def set_entries(self, topics: tuple[TopicEntry, ...], free: tuple[FreeTopicEntry, ...]) -> None:
        self.topics.clear_rows()
        for entry in topics:
            self._add_topic_row(entry.topic_id, entry.note)
        self.free.clear_rows()
        for own in free:
            self.free.add_row(QTableWidgetItem(own.text), own.note)
        show_problems(self.problems, [])

    def show_note_hints(self, notes: Mapping[str, str], free_notes: Mapping[str, str]) -> None:
        """Put each note's hint (its original, while another language is typed) on its
        cell, by topic id or own words; an empty hint removes it."""
        for table, hints, key in ((self.topics, notes, self._topic_id),
                                  (self.free, free_notes, lambda row: self.free.text(row, 0))):
            for row in range(table.rowCount()):
                item = table.item(row, 1)
                if item is not None:
                    item.setToolTip(hints.get(key(row), ""))

    def entries(self) -> tuple[TopicEntry, ...]:
        return tuple(TopicEntry(self._topic_id(row), self.topics.text(row, 1))
                     for row in range(self.topics.rowCount()))

    def free_entries(self) -> tuple[FreeTopicEntry, ...]:
        """The own-words topics; a row still empty (just added, nothing typed yet) is not
        one, so the profile is not refused while the officer starts typing it."""
        rows = ((self.free.text(row, 0), self.free.text(row, 1))
                for row in range(self.free.rowCount()))
        return tuple(FreeTopicEntry(text, note) for text, note in rows
                     if text.strip() or note.strip())

    def label(self, topic_id: str) -> str:
        return self._labels.get(topic_id, topic_id)

    def add_typed_topic(self) -> None:
        """Add the topic whose label, id or synonym is typed in the combo box."""
        typed = self.topic_choice.currentText().strip()
        if not typed:
            return
        index = self.topic_choice.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.add_topic(str(self.topic_choice.itemData(index)))
            return
        home = self._home
        if home is None:
            return

        def work() -> str:
            from rrr_desktop.services.profile.topics import resolve_topic

            return resolve_topic(home.db, typed).code

        run_in_background(self, work, self.add_topic, self._not_found)

    def add_topic(self, topic_id: str) -> None:
        """List the topic (once), then put the cursor in its note."""
        self.lookup_problem.hide()
        self.topic_choice.setCurrentIndex(-1)
        self.topic_choice.clearEditText()
        listed = [row for row in range(self.topics.rowCount())
                  if self._topic_id(row) == topic_id]
        row = listed[0] if listed else self._add_topic_row(topic_id, "")
        if not listed:
            self.edited.emit()
        self.topics.setCurrentCell(row, 1)
        self.topics.setFocus()

    def add_free_topic(self) -> None:
        text = QTableWidgetItem("")
        row = self.free.add_row(text, "")
        self.free.setCurrentCell(row, 0)
        self.free.setFocus()
        self.free.editItem(text)
        self.edited.emit()

    def _topic_id(self, row: int) -> str:
        item = self.topics.item(row, 0)
        return str(item.data(TOPIC_ID)) if item is not None else ""

    def _add_topic_row(self, topic_id: str, note: str) -> int:
        item = QTableWidgetItem(self.label(topic_id))
        item.setData(TOPIC_ID, topic_id)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return self.topics.add_row(item, note)

    def _not_found(self, error: BaseException) -> None:
        refusal = refusal_of(error)
        if refusal is None:
            return
        self.lookup_problem.setText(str(refusal))
        self.lookup_problem.show()
