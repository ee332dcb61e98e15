"""One stakeholder: who, how we work with them, personal data, and the interaction log.

The view changes nothing itself: its buttons emit signals (edit, add or edit an
interaction, close a follow-up) that :class:`~rrr_desktop.views.stakeholders.actions.
StakeholderActions` handles.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.reference import country_name
from rrr_desktop.services.stakeholders.interactions import LoggedInteraction
from rrr_desktop.services.stakeholders.listing import InteractionInfo, StakeholderDetail
from rrr_desktop.services.stakeholders.postal_address import address_line
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.labels import (
    changed_label,
    collaboration_stage_label,
    date_label,
    interaction_kind_label,
    sector_label,
    stakeholder_kind_label,
)


def _day(value: date | None) -> str:
    return date_label(value) if value else ""


class StakeholderView(QScrollArea):
    """Shows a :class:`StakeholderDetail` as plain text (names come from imported files).

    Signals carry ids: ``editRequested(stakeholder)``, ``addInteractionRequested(stakeholder)``,
    ``interactionActivated(stakeholder, interaction)`` (double-click or Return on a logged
    interaction) and ``followUpDoneRequested(interaction)``.
    """

    editRequested = Signal(int)
    addInteractionRequested = Signal(int)
    interactionActivated = Signal(int, int)
    followUpDoneRequested = Signal(int)
    personActivated = Signal(int)  # one of an organisation's people, to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Stakeholder details"))
        self.detail: StakeholderDetail | None = None
        self.interactions: QListWidget | None = None
        self.show_stakeholder(None)

    def show_stakeholder(self, detail: StakeholderDetail | None,
                         log: Sequence[LoggedInteraction] | None = None) -> None:
        """Show ``detail``; with ``log`` (services.stakeholder_interactions.interaction_log)
        its interactions can be edited, else they are only listed."""
        self.detail = detail
        self._log = log
        self.interactions = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        if detail is None:
            hint = plain_label(self.tr("Select a stakeholder to see the details."))
            hint.setEnabled(False)
            layout.addWidget(hint)
        else:
            self._fill(layout, detail)
        layout.addStretch()
        self.setWidget(body)

    def _fill(self, layout: QVBoxLayout, detail: StakeholderDetail) -> None:
        layout.addWidget(plain_label(detail.name, point_delta=5, bold=True, role="title"))
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change this stakeholder"))
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(detail.id))
        self.add_interaction_button = QPushButton(self.tr("Add &interaction…"))
        self.add_interaction_button.setToolTip(self.tr("Record a meeting, call or e-mail with "
                                                       "this stakeholder"))
        self.add_interaction_button.clicked.connect(
            lambda: self.addInteractionRequested.emit(detail.id))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_interaction_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        kind = self.tr("Person") if detail.is_person else stakeholder_kind_label(detail.kind)
        if detail.archived:
            kind += " · " + self.tr("archived")
        layout.addWidget(plain_label(kind))
        if detail.description:
            layout.addWidget(plain_label(detail.description, role="description"))
        facts = QFormLayout()
        rows = [
            (self.tr("Stage:"), collaboration_stage_label(detail.stage)),
            (self.tr("Organisation:"), detail.organisation),
            (self.tr("Sectors:"), ", ".join(map(sector_label, detail.sectors))),
            (self.tr("Topics:"), ", ".join(detail.topics)),
            (self.tr("Tags:"), ", ".join(detail.tags)),
            (self.tr("District:"), detail.district),
            (self.tr("Address:"), address_line(
                detail.address, detail.postcode, detail.locality,
                country_name(detail.country_code) if detail.country_code else "")),
            (self.tr("Website:"), detail.website),
            (self.tr("Owner:"), detail.owner),
            (self.tr("Influence / interest / trust:"),
             " / ".join(str(v) if v else "–"
                        for v in (detail.influence, detail.interest, detail.trust))),
            (self.tr("Next contact:"), _day(detail.next_contact_on)),
            (self.tr("Review due:"), _day(detail.review_due_on)),
            (self.tr("Shareable with peers:"), self.tr("yes") if detail.shareable
             else self.tr("no")),
        ]
        # Each value under its caption, the pane's whole width: beside captions as long
        # as "Influencia / interés / confianza:" a narrow pane broke values inside words.
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for caption, value in rows:
            if value:
                facts.addRow(caption, plain_label(value))
        layout.addLayout(facts)
        if detail.changed_at is not None:
            # Smaller: about the record, not part of it (still readable, and selectable).
            self.last_change = plain_label(changed_label(detail.changed_by, detail.changed_at),
                                       point_delta=-1, role="changed")
            layout.addWidget(self.last_change)
        self._add_people(layout, detail)
        self._add_personal_data(layout, detail)
        self._add_interactions(layout, detail)

    def _add_people(self, layout: QVBoxLayout, detail: StakeholderDetail) -> None:
        """An organisation's people, each opened with a double-click or Return."""
        if not detail.people:
            return
        layout.addWidget(plain_label(self.tr("People ({count}):").format(
            count=QLocale().toString(len(detail.people))), bold=True))
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People of this organisation"))
        for person_id, name in detail.people:
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.people.setFixedHeight(min(len(detail.people), 6) * 22 + 8)
        self.people.itemActivated.connect(
            lambda item: self.personActivated.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        layout.addWidget(self.people)

    def _add_personal_data(self, layout: QVBoxLayout, detail: StakeholderDetail) -> None:
        if not (detail.contact_person or detail.email or detail.phone):
            return
        layout.addWidget(plain_label(self.tr("Personal data"), point_delta=2, bold=True))
        lines = [v for v in (detail.contact_person, detail.email, detail.phone) if v]
        if detail.consent_given:
            consent = self.tr("Consent recorded on {date} ({source}).").format(
                date=_day(detail.consent_on), source=detail.consent_source or "–")
        else:
            consent = self.tr("No consent recorded: this stays on this computer.")
        layout.addWidget(plain_label("\n".join([*lines, consent])))

    def _add_interactions(self, layout: QVBoxLayout, detail: StakeholderDetail) -> None:
        layout.addWidget(plain_label(self.tr("Interactions"), point_delta=2, bold=True))
        entries: Sequence[tuple[int | None, InteractionInfo | LoggedInteraction]] = (
            [(None, info) for info in detail.interactions] if self._log is None
            else [(logged.id, logged) for logged in self._log])
        if not entries:
            none = plain_label(self.tr("No interactions recorded."))
            none.setEnabled(False)
            layout.addWidget(none)
            return
        self.interactions = QListWidget()
        self.interactions.setAccessibleName(self.tr("Interactions"))
        self.interactions.setWordWrap(True)
        self.interactions.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.interactions.setSpacing(3)
        today = date.today()
        for interaction_id, interaction in entries:
            text = f"{_day(interaction.occurred_on)} · {interaction_kind_label(interaction.kind)}"
            if interaction.notes:
                text += f"\n{interaction.notes}"
            open_follow_up = interaction.follow_up_on and not interaction.follow_up_done
            if interaction.follow_up_on and open_follow_up:
                overdue = interaction.follow_up_on < today
                text += "\n" + (self.tr("Follow-up overdue since {date}") if overdue
                                else self.tr("Follow-up: {date}")).format(
                    date=_day(interaction.follow_up_on))
            item = QListWidgetItem(text, self.interactions)  # list items are plain text
            item.setData(Qt.ItemDataRole.UserRole, interaction_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(open_follow_up))
        self.interactions.setMinimumHeight(min(len(entries), 4) * 60)
        self.interactions.itemActivated.connect(
            lambda item: self._activated(detail.id, item))
        layout.addWidget(self.interactions)
        self.follow_up_button = QPushButton(self.tr("Mark follow-up &done"))
        self.follow_up_button.setToolTip(self.tr("The follow-up of the selected interaction "
                                                 "was done"))
        self.follow_up_button.setEnabled(False)
        self.follow_up_button.clicked.connect(self._follow_up_done)
        self.interactions.currentItemChanged.connect(lambda item, _old: (
            self.follow_up_button.setEnabled(
                item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
                and bool(item.data(Qt.ItemDataRole.UserRole + 1)))))
        layout.addWidget(self.follow_up_button, alignment=Qt.AlignmentFlag.AlignLeft)

    def _activated(self, stakeholder_id: int, item: QListWidgetItem) -> None:
        interaction_id = item.data(Qt.ItemDataRole.UserRole)
        if interaction_id is not None:
            self.interactionActivated.emit(stakeholder_id, int(interaction_id))

    def _follow_up_done(self) -> None:
        item = self.interactions.currentItem() if self.interactions else None
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.followUpDoneRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
