"""The list that drops down under the topic box while the officer types.

A topic is offered when the typed text is found in its label or in one of its synonyms,
case and accents aside: "cooperat" offers the start-up and growth support topic, whose
synonyms name co-operatives, and "cooperativas" or "coöperaties" do too. (Qt's own
completer only searches the text it shows, the labels.)
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from rrr_desktop.text import normalise

TOPIC_ID = Qt.ItemDataRole.UserRole
SEARCHED_TEXT = Qt.ItemDataRole.UserRole + 1


class TopicCompleter(QCompleter):
    """Completes ``box`` (an editable combo box); ``topicChosen`` gives the chosen
    topic's id."""

    topicChosen = Signal(str)

    def __init__(self, box: QComboBox) -> None:
        self._topics = QStandardItemModel()
        self._matches = QSortFilterProxyModel()
        self._matches.setSourceModel(self._topics)
        self._matches.setFilterRole(SEARCHED_TEXT)
        super().__init__(self._matches, box)
        self._topics.setParent(self)
        self._matches.setParent(self)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        line = box.lineEdit()
        assert line is not None, "the topic box is editable"
        line.textEdited.connect(self._typed)

    def set_topics(self, topics: Iterable[tuple[str, str, Iterable[str]]]) -> None:
        """Offer ``(topic id, label, synonyms)`` for each topic."""
        self._topics.clear()
        for topic_id, label, synonyms in topics:
            item = QStandardItem(label)
            item.setData(topic_id, TOPIC_ID)
            item.setData(normalise(" | ".join((label, topic_id, *synonyms))), SEARCHED_TEXT)
            item.setEditable(False)
            self._topics.appendRow(item)

    def _typed(self, text: str) -> None:
        self._matches.setFilterFixedString(normalise(text))
        if text.strip() and self._matches.rowCount():
            self.complete()
        else:
            popup = self.popup()
            if popup is not None:
                popup.hide()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.topicChosen.emit(str(index.data(TOPIC_ID)))
