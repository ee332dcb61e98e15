"""One peer in detail: profile, practices, shared stakeholders, where every piece of
data came from (and how old it is), and our private note."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from rrr_desktop.views.common.city_view import language_name, plain_label
from rrr_desktop.views.common.labels import (
    long_date_label,
    practice_kind_label,
    practice_stage_label,
    stakeholder_kind_label,
)
from rrr_desktop.views.peers.note_editor import PeerNoteEditor

if TYPE_CHECKING:
    from rrr_desktop.services.peers.workspace import PeerDetail, Provenance



class PeerDetailView(QSplitter):
    """The details above, the note below (the officer can resize both)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setAccessibleName(self.tr("Peer city details and sources"))
        self.note = PeerNoteEditor()
        self.addWidget(self.body_scroll)
        self.addWidget(self.note)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.detail: PeerDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: PeerDetail | None) -> None:
        self.detail = detail
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(16, 12, 16, 16)
        self._layout.setSpacing(4)
        self.body_scroll.setWidget(body)
        if detail is None:
            self.note.show_note(None, "")
            hint = plain_label(self.tr("Select a peer city to see its profile and sources."),
                               role="hint")
            hint.setEnabled(False)
            self._layout.addWidget(hint)
            self._layout.addStretch()
            return
        profile = detail.profile
        self.note.show_note(profile.uuid, detail.note)
        self._layout.addWidget(plain_label(profile.name, point_delta=6, bold=True, role="title"))
        facts = [profile.country_name, profile.region,
                 ", ".join(map(language_name, profile.languages))]
        self._layout.addWidget(plain_label(" · ".join(f for f in facts if f), role="facts"))
        self._layout.addWidget(self._provenance(detail.provenance, role="source"))
        if warning := self._age_warning(detail.provenance):
            self._layout.addWidget(warning)
        if profile.shown_in_other_languages:
            self._layout.addWidget(plain_label(self.tr(
                "{city} has not written some of its texts in your language: they are shown as "
                "the city wrote them, followed by their language.").format(city=profile.name),
                role="texts_language"))
        for text in (profile.website, profile.contact_office, profile.summary):
            if text:
                self._layout.addWidget(plain_label(text))
        for heading, notes, own_words in (
                (self.tr("What they offer"), profile.offers, profile.free_offers),
                (self.tr("What they want to learn"), profile.wants_to_learn,
                 profile.free_wants_to_learn),
                (self.tr("Shared challenges"), profile.shared_challenges,
                 profile.free_shared_challenges)):
            self._heading(heading)
            labels = ", ".join(n.label for n in notes)
            if labels or not own_words:
                self._layout.addWidget(plain_label(labels or self.tr("None recorded.")))
            if own_words:
                quoted = ", ".join(f"“{n.text}”" for n in own_words)
                self._layout.addWidget(plain_label(self.tr("In their own words: {topics}").format(
                    topics=quoted), role="own_words"))
        self._practices(detail)
        self._stakeholders(detail)
        self._layout.addStretch()

    def _practices(self, detail: PeerDetail) -> None:
        self._heading(self.tr("Practices"))
        if not detail.practices:
            self._layout.addWidget(plain_label(self.tr("None recorded.")))
        once = self._said_once([item.provenance for item in detail.practices])
        for item in detail.practices:
            practice = item.practice
            self._layout.addWidget(plain_label(practice.title, bold=True))
            facts = " · ".join((practice_kind_label(practice.kind),
                                practice_stage_label(practice.stage)))
            lines = [facts] + [t for t in (practice.description, practice.link) if t]
            self._layout.addWidget(self._indented(plain_label("\n".join(lines))))
            if not once:
                self._layout.addWidget(self._indented(self._provenance(item.provenance)))

    def _stakeholders(self, detail: PeerDetail) -> None:
        self._heading(self.tr("Stakeholders they shared"))
        if not detail.stakeholders:
            self._layout.addWidget(plain_label(self.tr(
                "None yet: they arrive with the city's bundles.")))
        once = self._said_once([shared.provenance for shared in detail.stakeholders])
        for shared in detail.stakeholders:
            self._layout.addWidget(plain_label(shared.name, bold=True, role="stakeholder"))
            facts = " · ".join(t for t in (stakeholder_kind_label(shared.kind), shared.locality,
                                            shared.website) if t)
            lines = [facts] + ([shared.description] if shared.description else [])
            self._layout.addWidget(self._indented(plain_label("\n".join(lines))))
            if not once:
                self._layout.addWidget(self._indented(self._provenance(shared.provenance)))

    def _said_once(self, provenances: list[Provenance]) -> bool:
        """Where a list's entries came from, said once above it when they all came from
        the same place (96 stakeholders of one bundle: one line, not 96); False when they
        differ, each entry then saying its own."""
        if len(provenances) < 2 or len(set(provenances)) > 1:
            return False
        self._layout.addWidget(self._provenance(provenances[0]))
        return True

    def _heading(self, text: str) -> None:
        self._layout.addSpacing(8)
        self._layout.addWidget(plain_label(text, point_delta=2, bold=True, role="heading"))

    @staticmethod
    def _indented(label: QLabel) -> QLabel:
        label.setContentsMargins(14, 0, 0, 2)
        return label

    def _provenance(self, provenance: Provenance, role: str = "provenance") -> QLabel:
        when = _date(provenance.dated)
        if provenance.from_bundle:
            text = self.tr("Data from the bundle {file} sent by {sender} on {date}, imported "
                           "{imported}").format(file=provenance.bundle_file,
                                                sender=provenance.sender, date=when,
                                                imported=_date(provenance.imported_at))
        elif provenance.source:
            text = self.tr("Data from {source} of {date}").format(source=provenance.source,
                                                                  date=when)
        else:
            text = self.tr("Data of {date}, source not recorded").format(date=when)
        label = plain_label(text, point_delta=-1, role=role)
        label.setEnabled(False)
        return label

    def _age_warning(self, provenance: Provenance) -> QLabel | None:
        from rrr_desktop.services.peers.workspace import stale_age
        from rrr_desktop.views.common.shared_settings import stale_after

        age = stale_age(provenance.dated, after=stale_after())
        if age is None:
            return None
        years = age.days // 365
        if years == 0:
            return plain_label(self.tr(
                "⚠ This information is more than %Ln months old: check it with the city "
                "before relying on it.", "", max(1, int(age.days / 30.44))),
                role="age_warning")
        return plain_label(self.tr("⚠ This information is more than %Ln years old: check it "
                                   "with the city before relying on it.", "", years),
                           role="age_warning")


def _date(when: datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("PeerDetailView", "an unknown date")
    return long_date_label(when)
