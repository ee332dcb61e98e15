"""Self-assessment: our maturity 0-10 on the topics we care about, and when we assessed it.

As in the OECD Better Entrepreneurship Policy Tool, "not assessed" is not a score
of 0: it is its own choice and is saved as no score. A topic appears here when it is
in one of our topic lists, was assessed before, or was added to assess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import SCORES, AssessmentDraft
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.form_fields import OptionalDateEdit
from rrr_desktop.views.profile.topics_editor import problem_label, show_problems


class MaturityCombo(QComboBox):
    """A maturity score 0-10, or "Not assessed" (which is not 0)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.addItem(self.tr("Not assessed"), None)
        for score in SCORES:
            self.addItem(str(score), score)

    def score(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_score(self, value: int | None) -> None:
        self.setCurrentIndex(self.findData(value) if value is not None else 0)


@dataclass
class _Row:
    label: QLabel
    score: MaturityCombo
    assessed_on: OptionalDateEdit


class AssessmentEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self._cared_for: tuple[str, ...] = ()
        self._assessments: dict[str, AssessmentDraft] = {}  # the ones saved with the profile
        self._rows: dict[str, _Row] = {}
        self._grid_widget = QWidget()
        self._grid = QGridLayout(self._grid_widget)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(0, 1)
        self.other_topic = QComboBox()
        self.other_topic.setAccessibleName(self.tr("Another topic to assess"))
        self.other_topic.setMinimumWidth(320)
        add = QPushButton(self.tr("Assess this topic"))
        add.setToolTip(self.tr("Add the chosen topic to the self-assessment"))
        add.clicked.connect(self._add_other)
        self.problems = problem_label()
        adding = QHBoxLayout()
        adding.addWidget(self.other_topic)
        adding.addWidget(add)
        adding.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid_widget)
        layout.addLayout(adding)
        layout.addWidget(self.problems)

    def set_choices(self, choices: tuple[Choice, ...]) -> None:
        self._labels = {choice.code: choice.name for choice in choices}

    def set_assessments(self, assessments: tuple[AssessmentDraft, ...],
                        listed: Iterable[str]) -> None:
        self._assessments = {a.topic_id: a for a in assessments}
        self._cared_for = ()
        self.set_listed_topics(listed)
        show_problems(self.problems, [])

    def set_listed_topics(self, listed: Iterable[str]) -> None:
        """The topics of our three lists changed: show a row for each (values are kept)."""
        cared_for = tuple(dict.fromkeys([*listed, *self._assessments]))
        if cared_for != self._cared_for:
            self._cared_for = cared_for
            self._rebuild()

    def assessments(self) -> tuple[AssessmentDraft, ...]:
        return tuple(self._assessments.values())

    def label_of(self, topic_id: str) -> str:
        return self._labels.get(topic_id, topic_id)

    def row(self, topic_id: str) -> tuple[MaturityCombo, OptionalDateEdit]:
        found = self._rows[topic_id]
        return found.score, found.assessed_on

    def _rebuild(self) -> None:
        while (item := self._grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._rows.clear()
        for column, header in enumerate((self.tr("Topic"), self.tr("Maturity (0-10)"),
                                         self.tr("Date assessed"))):
            self._grid.addWidget(plain_label(header, bold=True), 0, column)
        for number, topic_id in enumerate(self._cared_for, start=1):
            self._add_row(number, topic_id)
        if not self._cared_for:
            hint = plain_label(self.tr("Add topics to the lists above, or choose a topic below, "
                                       "to assess how mature your city is on it."))
            hint.setEnabled(False)
            self._grid.addWidget(hint, 1, 0, 1, 3)
        self.other_topic.clear()
        for topic_id, label in self._labels.items():
            if topic_id not in self._cared_for:
                self.other_topic.addItem(label, topic_id)

    def _add_row(self, number: int, topic_id: str) -> None:
        label_text = self.label_of(topic_id)
        label = plain_label(label_text)
        score = MaturityCombo(self.tr("Maturity on {topic}").format(topic=label_text))
        score.setMinimumWidth(150)
        assessed_on = OptionalDateEdit(self.tr("Date {topic} was assessed").format(
            topic=label_text))
        assessed_on.setMinimumWidth(150)
        label.setBuddy(score)
        saved = self._assessments.get(topic_id, AssessmentDraft(topic_id))
        score.set_score(saved.score)
        assessed_on.set_day(saved.assessed_on)
        assessed_on.setEnabled(saved.score is not None)
        self._grid.addWidget(label, number, 0)
        self._grid.addWidget(score, number, 1)
        self._grid.addWidget(assessed_on, number, 2)
        self._rows[topic_id] = _Row(label, score, assessed_on)
        score.currentIndexChanged.connect(lambda _i: self._score_chosen(topic_id))
        assessed_on.dateChanged.connect(lambda _d: self._changed(topic_id))

    def _score_chosen(self, topic_id: str) -> None:
        """A score gets today's date unless it has one; "Not assessed" has no date."""
        row = self._rows[topic_id]
        assessed = row.score.score() is not None
        row.assessed_on.blockSignals(True)
        if not assessed:
            row.assessed_on.set_day(None)
        elif row.assessed_on.day() is None:
            row.assessed_on.set_day(date.today())
        row.assessed_on.blockSignals(False)
        row.assessed_on.setEnabled(assessed)
        self._changed(topic_id)

    def _changed(self, topic_id: str) -> None:
        row = self._rows[topic_id]
        self._assessments[topic_id] = AssessmentDraft(topic_id, row.score.score(),
                                                      row.assessed_on.day())
        self.edited.emit()

    def _add_other(self) -> None:
        topic_id = self.other_topic.currentData()
        if topic_id is None:
            return
        self._assessments[str(topic_id)] = AssessmentDraft(str(topic_id))
        self.set_listed_topics(self._cared_for)
        self._rows[str(topic_id)].score.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edited.emit()
