"""The fields of the stakeholder editor, in tabs: who, contact and personal data,
how we work together, topics and tags."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.reference import countries, country_name
from rrr_desktop.services.stakeholders.form import Choice, StakeholderForm
from rrr_desktop.services.stakeholders.listing import (
    COLLABORATION_STAGES,
    PERSON_KIND,
    STAKEHOLDER_KINDS,
)
from rrr_desktop.text import normalise, show_controls, split_list
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.form_fields import CheckList, OptionalDateEdit, ScoreCombo
from rrr_desktop.views.common.labels import collaboration_stage_label, stakeholder_kind_label
from rrr_desktop.views.common.shown_text import ShownText

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home

ORGANISATION_CHOICES = 30


def _line(accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


class EditorTabs(QTabWidget):
    def __init__(self, home: Home, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self._organisations: dict[str, int] = {}  # organisation names as shown -> ids
        self._shown = ShownText()
        self.setDocumentMode(True)
        self.addTab(self._identity_tab(), self.tr("&Identity"))
        self.addTab(self._contact_tab(), self.tr("&Contact and personal data"))
        self.addTab(self._collaboration_tab(), self.tr("Co&llaboration"))
        self.addTab(self._topics_tab(), self.tr("&Topics and tags"))
        # the field a refusal names (RejectedInput.field, a StakeholderForm field) -> widget
        self._fields: dict[str, QWidget] = {
            "name": self.name, "kind": self.kind, "organisation_id": self.organisation,
            "district": self.district, "address": self.address, "locality": self.locality,
            "postcode": self.postcode, "country_code": self.country, "website": self.website,
            "description": self.description, "contact_person": self.contact_person,
            "email": self.email, "phone": self.phone, "consent_on": self.consent_on,
            "consent_source": self.consent_source, "stage": self.stage, "owner": self.owner,
            "influence": self.influence, "interest": self.interest, "trust": self.trust,
            "topic_ids": self.topics}

    def _identity_tab(self) -> QWidget:
        self.name = _line(self.tr("Name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in STAKEHOLDER_KINDS:
            self.kind.addItem(stakeholder_kind_label(kind), kind)
        self.organisation = _line(self.tr("Organisation"), self.tr("Type to find it"))
        self._organisation_names = QStringListModel(self)
        completer = QCompleter(self._organisation_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.organisation.textEdited.connect(self._complete_organisation)
        self.sectors = CheckList(self.tr("Sectors"))
        self.sectors.setMaximumHeight(110)
        self.district = _line(self.tr("District"))
        self.address = _line(self.tr("Address"))
        self.postcode = _line(self.tr("Postcode"))
        self.locality = _line(self.tr("Locality"))
        self.country = self._country_field()
        self.website = _line(self.tr("Website"), "https://")
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        form = QFormLayout()
        self.organisation_label = QLabel(self.tr("&Organisation:"))
        self.organisation_label.setBuddy(self.organisation)
        self.kind_label = self._buddy(self.tr("&Kind:"), self.kind)
        form.addRow(self._buddy(self.tr("&Name:"), self.name), self.name)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.organisation_label, self.organisation)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Website:"), self.website),
            (self.tr("&District:"), self.district),
            (self.tr("&Address:"), self.address),
            (self.tr("&Postcode:"), self.postcode),
            (self.tr("Localit&y:"), self.locality),
            (self.tr("Co&untry:"), self.country),
            (self.tr("&Sectors:"), self.sectors),
            (self.tr("D&escription:"), self.description))
        for caption, field in fields:
            form.addRow(self._buddy(caption, field), field)
        return self._page(form)

    def _country_field(self) -> QLineEdit:
        """The country by its name in the officer's language, offered as they type
        ("gan" offers Ghana and Uganda); a two-letter code or a name in another
        language is read by the service, which refuses what is neither."""
        edit = _line(self.tr("Country"), self.tr("Name or two-letter code"))
        names = countries()
        self._country_codes = {normalise(choice.name): choice.code for choice in names}
        completer = QCompleter([choice.name for choice in names], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        return edit

    def _country_code(self) -> str:
        """The code of the country named in the field, else what was typed (a code)."""
        typed = self._shown.value(self.country)
        return self._country_codes.get(normalise(typed), typed)

    def _contact_tab(self) -> QWidget:
        self.contact_person = _line(self.tr("Contact person (personal data)"))
        self.email = _line(self.tr("Email (personal data)"))
        self.phone = _line(self.tr("Phone (personal data)"))
        self.consent_given = QCheckBox(self.tr("C&onsent given to keep and share these details"))
        self.consent_on = OptionalDateEdit(self.tr("Date consent was given"))
        self.consent_source = _line(self.tr("Consent source"),
                                    self.tr("e.g. signed form, email of 3 May"))
        self.consent_note = QPlainTextEdit()
        self.consent_note.setAccessibleName(self.tr("Consent note"))
        self.consent_note.setTabChangesFocus(True)
        self.consent_note.setMaximumHeight(70)
        self.consent_given.toggled.connect(self._consent_toggled)
        form = QFormLayout()
        notice = plain_label(self.tr(
            "Personal data: these details stay on this computer. They go into bundles, "
            "exports or briefs only when you include them and consent is recorded."))
        notice.setObjectName("personalDataNotice")
        form.addRow(notice)
        for caption, widget in ((self.tr("Contact &person:"), self.contact_person),
                                (self.tr("&Email:"), self.email),
                                (self.tr("P&hone:"), self.phone)):
            form.addRow(self._buddy(caption, widget), widget)
        form.addRow(self.consent_given)
        consent: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Consent &date:"), self.consent_on),
            (self.tr("Consent &source:"), self.consent_source),
            (self.tr("Consent &note:"), self.consent_note))
        for caption, field in consent:
            form.addRow(self._buddy(caption, field), field)
        return self._page(form)

    def _collaboration_tab(self) -> QWidget:
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Collaboration stage"))
        for stage in COLLABORATION_STAGES:
            self.stage.addItem(collaboration_stage_label(stage), stage)
        self.owner = _line(self.tr("Relationship owner"), self.tr("The officer in charge"))
        self.influence = ScoreCombo(self.tr("Influence"))
        self.interest = ScoreCombo(self.tr("Interest"))
        self.trust = ScoreCombo(self.tr("Trust"))
        self.next_contact_on = OptionalDateEdit(self.tr("Next contact"))
        self.review_due_on = OptionalDateEdit(self.tr("Review due"))
        form = QFormLayout()
        for caption, widget in ((self.tr("&Stage:"), self.stage),
                                (self.tr("Relationship &owner:"), self.owner),
                                (self.tr("&Influence (1–5):"), self.influence),
                                (self.tr("In&terest (1–5):"), self.interest),
                                (self.tr("T&rust (1–5):"), self.trust),
                                (self.tr("&Next contact:"), self.next_contact_on),
                                (self.tr("Re&view due:"), self.review_due_on)):
            form.addRow(self._buddy(caption, widget), widget)
        return self._page(form)

    def _topics_tab(self) -> QWidget:
        self.topics = CheckList(self.tr("Topics"))
        self.tags = _line(self.tr("Tags"), self.tr("Separated by commas"))
        form = QFormLayout()
        form.addRow(self._buddy(self.tr("T&opics:"), self.topics), self.topics)
        form.addRow(self._buddy(self.tr("T&ags:"), self.tags), self.tags)
        return self._page(form)

    @staticmethod
    def _buddy(caption: str, widget: QWidget) -> QLabel:
        label = QLabel(caption)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _page(form: QFormLayout) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch()
        return page

    # --- behaviour ------------------------------------------------------------

    def show_person_fields(self, is_person: bool) -> None:
        """A person belongs to an organisation; the kinds (co-operative, foundation...)
        are kinds of organisation, so a person has none."""
        self.organisation.setVisible(is_person)
        self.organisation_label.setVisible(is_person)
        self.kind.setVisible(not is_person)
        self.kind_label.setVisible(not is_person)

    def _consent_toggled(self, given: bool) -> None:
        if given and self.consent_on.day() is None:
            self.consent_on.set_day(date.today())

    def _complete_organisation(self, text: str) -> None:
        """Offer the organisations whose name starts with the text (an indexed read)."""
        from rrr_desktop.services.stakeholders.form import organisation_choices

        found = organisation_choices(self.home.db, text, ORGANISATION_CHOICES)
        shown = {show_controls(choice.label): int(choice.id) for choice in found}
        self._organisations.update(shown)
        self._organisation_names.setStringList(list(shown))

    def focus_field(self, field: str | None) -> None:
        """Show the tab of ``field`` (a form field name, as a refusal names it) and focus it."""
        widget = self._fields.get(field or "")
        if widget is None:
            return
        for index in range(self.count()):
            page = self.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.setCurrentIndex(index)
        widget.setFocus()

    # --- the form -------------------------------------------------------------

    def fill(self, form: StakeholderForm, topics: Iterable[Choice],
             sectors: Iterable[tuple[str, str]], organisation: str) -> None:
        for edit, value in ((self.name, form.name), (self.district, form.district),
                            (self.address, form.address), (self.postcode, form.postcode),
                            (self.locality, form.locality),
                            (self.country, country_name(form.country_code)
                             if form.country_code else ""),
                            (self.website, form.website), (self.owner, form.owner),
                            (self.contact_person, form.contact_person),
                            (self.email, form.email), (self.phone, form.phone),
                            (self.consent_source, form.consent_source),
                            (self.organisation, organisation),
                            (self.tags, ", ".join(form.tags))):
            self._shown.put(edit, value)
        if form.organisation_id is not None:
            self._organisations[self.organisation.text()] = form.organisation_id
        self._shown.put(self.description, form.description)
        self._shown.put(self.consent_note, form.consent_note)
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind)))
        self.stage.setCurrentIndex(max(0, self.stage.findData(form.stage)))
        for combo, score in ((self.influence, form.influence), (self.interest, form.interest),
                             (self.trust, form.trust)):
            combo.set_score(score)
        for date_edit, day in ((self.next_contact_on, form.next_contact_on),
                               (self.review_due_on, form.review_due_on),
                               (self.consent_on, form.consent_on)):
            date_edit.set_day(day)
        self.consent_given.setChecked(form.consent_given)
        self.topics.set_choices(((str(t.id), t.label) for t in topics), form.topic_ids)
        self.sectors.set_choices(sectors, form.sectors)

    def form(self, *, is_person: bool, shareable: bool) -> StakeholderForm:
        organisation = self._organisations.get(self.organisation.text().strip())
        shown = self._shown.value
        return StakeholderForm(
            name=shown(self.name),
            kind=PERSON_KIND if is_person else str(self.kind.currentData()),
            is_person=is_person,
            organisation_id=organisation if is_person else None,
            sectors=self.sectors.checked_codes(), district=shown(self.district),
            address=shown(self.address), locality=shown(self.locality),
            postcode=shown(self.postcode), country_code=self._country_code(),
            website=shown(self.website), description=shown(self.description),
            topic_ids=self.topics.checked_codes(), tags=tuple(split_list(shown(self.tags))),
            owner=shown(self.owner), stage=str(self.stage.currentData()),
            influence=self.influence.score(), interest=self.interest.score(),
            trust=self.trust.score(), next_contact_on=self.next_contact_on.day(),
            review_due_on=self.review_due_on.day(), shareable=shareable,
            contact_person=shown(self.contact_person), email=shown(self.email),
            phone=shown(self.phone), consent_given=self.consent_given.isChecked(),
            consent_on=self.consent_on.day(), consent_source=shown(self.consent_source),
            consent_note=shown(self.consent_note))
