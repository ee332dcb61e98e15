"""Why one peer is suggested: its score, the points per criterion as bars, and the
reasons as sentences an officer can repeat in a meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.peers.reasons import Criterion, nothing_in_common
from rrr_desktop.services.peers.reasons import reason_sentence as reason_text
from rrr_desktop.services.vocabulary import criterion_label
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import points_label

if TYPE_CHECKING:
    from rrr_desktop.services.peers.matching import Suggestion

BAR_SCALE = 10  # a bar's unit is a tenth of a point


class PeerMatchView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Why this peer is suggested"))
        self.suggestion: Suggestion | None = None
        self.show_suggestion(None)

    def show_suggestion(self, suggestion: Suggestion | None, ours_has_topics: bool = True) -> None:
        """``ours_has_topics`` chooses what a peer without a reason says."""
        self.suggestion = suggestion
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        self.setWidget(body)
        if suggestion is None:
            hint = plain_label(self.tr("Select a peer city to see why it is suggested."),
                               role="hint")
            hint.setEnabled(False)
            layout.addWidget(hint)
            layout.addStretch()
            return
        layout.addWidget(plain_label(suggestion.city, point_delta=6, bold=True, role="title"))
        layout.addWidget(plain_label(self.tr("Score {score}").format(
            score=points_label(suggestion.score)), point_delta=2, role="score"))
        if not suggestion.reasons:
            layout.addWidget(plain_label(nothing_in_common(ours_has_topics),
                                         role="no_reason"))
        self.reasons = [plain_label("• " + reason_text(r), role="reason")
                        for r in suggestion.reasons]
        if self.reasons:
            layout.addWidget(plain_label(self.tr("Why"), point_delta=2, bold=True,
                                         role="heading"))
        for label in self.reasons:
            layout.addWidget(label)
        breakdown = suggestion.breakdown()
        if breakdown:
            layout.addSpacing(8)
            layout.addWidget(plain_label(self.tr("Points per criterion"), point_delta=2,
                                         bold=True, role="heading"))
            layout.addLayout(self._bars(breakdown, suggestion.score))
        layout.addStretch()

    def _bars(self, breakdown: dict[Criterion, float], total: float) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (criterion, points) in enumerate(
                sorted(breakdown.items(), key=lambda item: -item[1])):
            name = criterion_label(criterion)
            bar = QProgressBar()
            bar.setRange(0, max(int(total * BAR_SCALE), 1))
            bar.setValue(int(points * BAR_SCALE))
            bar.setTextVisible(False)  # beside the bar: over it, the bar hid its digits
            bar.setAccessibleName(self.tr("{criterion}: {points} points").format(
                criterion=name, points=points_label(points)))
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(bar)
            value = QLabel(points_label(points))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(value, row, 2)
        return grid
