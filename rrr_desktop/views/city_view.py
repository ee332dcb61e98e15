"""A read-only view of one city's profile: who they are, offers, wants, practices.

All text is shown as plain text: profiles can come from other cities' bundles,
and a name like ``<b>Coop</b>`` must read exactly as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from rrr_desktop.services.dto import CityProfile, FreeTopicNote, PracticeInfo, TopicNote
from rrr_desktop.views.labels import practice_kind_label, practice_stage_label


def plain_label(text: str = "", *, point_delta: int = 0, bold: bool = False,
                role: str = "") -> QLabel:
    """A selectable, wrapping label that never reads its text as HTML.

    Its width follows the pane (a long unbreakable word is clipped rather than
    widening the pane beyond the window).
    """
    label = QLabel(text)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if point_delta or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() + point_delta)
        font.setBold(bold)
        label.setFont(font)
    if role:
        label.setObjectName(role)
    return label


def language_name(code: str) -> str:
    """The language's own name, as its speakers write it ("español", "polski")."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    # Qt names a few default locales by their variant ("American English", "español de
    # España"): the language as spoken everywhere is the "World" locale's, where there is
    # one, else the variant without its country.
    world = QLocale(locale.language(), QLocale.Country.World)
    name = (world if world.language() == locale.language() else locale).nativeLanguageName()
    territory = locale.nativeTerritoryName()
    if territory and name.endswith(territory) and name != territory:
        words = name[:-len(territory)].split()
        name = " ".join(words[:-1] if len(words) > 1 and len(words[-1]) <= 3 else words)
    return name or QLocale.languageToString(locale.language())


class CityProfileView(QScrollArea):
    """Shows a :class:`CityProfile`; wording adapts to our city ("we") or a peer ("they")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("City profile"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(16, 12, 16, 16)
        self._layout.setSpacing(6)
        self.setWidget(self._body)
        self.profile: CityProfile | None = None
        self.show_city(None)

    def show_city(self, city: CityProfile | None) -> None:
        self.profile = city
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if city is None:
            hint = plain_label(self.tr("Select a city to see its profile."), role="hint")
            hint.setEnabled(False)
            self._layout.addWidget(hint)
            self._layout.addStretch()
            return
        self._layout.addWidget(plain_label(city.name, point_delta=6, bold=True, role="title"))
        facts = [city.country_name, city.region, ", ".join(map(language_name, city.languages))]
        self._layout.addWidget(plain_label(" · ".join(f for f in facts if f), role="facts"))
        if city.website:
            self._layout.addWidget(plain_label(city.website, role="website"))
        if city.contact_office:
            self._layout.addWidget(plain_label(self.tr("Contact office: {office}").format(
                office=city.contact_office), role="contact_office"))
        if city.summary:
            self._layout.addSpacing(6)
            self._layout.addWidget(plain_label(city.summary, role="summary"))
        ours = city.is_ours
        self._add_topics(self.tr("What we offer") if ours else self.tr("What they offer"),
                         city.offers, city.free_offers)
        self._add_topics(self.tr("What we want to learn") if ours
                         else self.tr("What they want to learn"),
                         city.wants_to_learn, city.free_wants_to_learn)
        self._add_topics(self.tr("Shared challenges"), city.shared_challenges,
                         city.free_shared_challenges)
        if city.practices:
            self._add_heading(self.tr("Practices"))
            for practice in city.practices:
                self._add_practice(practice)
        self._layout.addSpacing(10)
        self._layout.addWidget(self._source_label(city))
        self._layout.addStretch()

    def _add_heading(self, text: str) -> None:
        self._layout.addSpacing(10)
        self._layout.addWidget(plain_label(text, point_delta=2, bold=True, role="heading"))

    def _add_topics(self, heading: str, notes: tuple[TopicNote, ...],
                    free: tuple[FreeTopicNote, ...]) -> None:
        self._add_heading(heading)
        if not notes and not free:
            empty = plain_label(self.tr("None recorded."))
            empty.setEnabled(False)
            self._layout.addWidget(empty)
        for note in notes:
            self._add_topic(plain_label(note.label, bold=True), note.note)
        for own in free:
            title = plain_label(self.tr("{topic} (own words)").format(topic=own.text),
                                bold=True, role="own_words")
            title.setToolTip(self.tr("Described in the city's own words: not a topic of the "
                                     "shared vocabulary, so matching does not use it."))
            self._add_topic(title, own.note)

    def _add_topic(self, title: QLabel, note: str) -> None:
        self._layout.addWidget(title)
        if note:
            detail = plain_label(note)
            detail.setContentsMargins(14, 0, 0, 4)
            self._layout.addWidget(detail)

    def _add_practice(self, practice: PracticeInfo) -> None:
        self._layout.addWidget(plain_label(practice.title, bold=True))
        facts = [practice_kind_label(practice.kind), practice_stage_label(practice.stage)]
        if practice.year_started:
            facts.append(self.tr("since {year}").format(year=practice.year_started))
        lines = [" · ".join(facts)]
        if practice.description:
            lines.append(practice.description)
        if practice.topic_labels:
            lines.append(self.tr("Topics: {topics}").format(
                topics=", ".join(practice.topic_labels)))
        if practice.link:
            lines.append(practice.link)
        detail = plain_label("\n".join(lines))
        detail.setContentsMargins(14, 0, 0, 6)
        self._layout.addWidget(detail)

    def _source_label(self, city: CityProfile) -> QLabel:
        source = city.profile_source or self.tr("unknown")
        if city.profile_updated_at:
            when = QLocale().toString(city.profile_updated_at.date(),
                                      QLocale.FormatType.LongFormat)
            text = self.tr("Source: {source}, as of {date}").format(source=source, date=when)
        else:
            text = self.tr("Source: {source}").format(source=source)
        label = plain_label(text, role="source")
        label.setEnabled(False)
        return label
