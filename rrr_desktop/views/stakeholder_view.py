"""A read-only view of one stakeholder: who, how we work with them, personal data, log."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from rrr_desktop.services.essglobal import ICA_LABELS
from rrr_desktop.services.stakeholder_list import StakeholderDetail
from rrr_desktop.views.city_view import plain_label
from rrr_desktop.views.labels import (
    collaboration_stage_label,
    interaction_kind_label,
    stakeholder_kind_label,
)


def _day(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


class StakeholderView(QScrollArea):
    """Shows a :class:`StakeholderDetail` as plain text (names come from imported files)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Stakeholder details"))
        self.detail: StakeholderDetail | None = None
        self.show_stakeholder(None)

    def show_stakeholder(self, detail: StakeholderDetail | None) -> None:
        self.detail = detail
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
        kind = stakeholder_kind_label(detail.kind)
        if detail.archived:
            kind += " · " + self.tr("archived")
        layout.addWidget(plain_label(kind))
        if detail.description:
            layout.addWidget(plain_label(detail.description, role="description"))
        facts = QFormLayout()
        rows = [
            (self.tr("Stage:"), collaboration_stage_label(detail.stage)),
            (self.tr("Organisation:"), detail.organisation),
            (self.tr("Sectors:"), ", ".join(ICA_LABELS.get(code, code)
                                            for code in detail.sectors)),
            (self.tr("Topics:"), ", ".join(detail.topics)),
            (self.tr("Tags:"), ", ".join(detail.tags)),
            (self.tr("District:"), detail.district),
            (self.tr("Address:"), ", ".join(p for p in (detail.address, detail.postcode,
                                                        detail.locality, detail.country_code)
                                            if p)),
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
        for caption, value in rows:
            if value:
                facts.addRow(caption, plain_label(value))
        layout.addLayout(facts)
        self._add_personal_data(layout, detail)
        self._add_interactions(layout, detail)

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
        if not detail.interactions:
            none = plain_label(self.tr("No interactions recorded."))
            none.setEnabled(False)
            layout.addWidget(none)
        for interaction in detail.interactions:
            text = f"{_day(interaction.occurred_on)} · {interaction_kind_label(interaction.kind)}"
            if interaction.notes:
                text += f"\n{interaction.notes}"
            if interaction.follow_up_on and not interaction.follow_up_done:
                text += "\n" + self.tr("Follow-up: {date}").format(
                    date=_day(interaction.follow_up_on))
            label: QLabel = plain_label(text)
            label.setContentsMargins(0, 0, 0, 6)
            layout.addWidget(label)
