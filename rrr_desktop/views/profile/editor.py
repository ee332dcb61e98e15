"""The editor of our city's profile: one scrolling form, section by section.

It shows a :class:`ProfileDraft` and builds one from what is typed (``draft()``);
every change emits ``edited``. Saving is not its business (see ``profile_autosave``);
it only shows, next to each section, why a save was refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.messages import current_language
from rrr_desktop.services.dto import Choice
from rrr_desktop.services.profile.draft import (
    MAX_CONTACT_OFFICE_CHARS,
    ROLES,
    ProfileDraft,
    Role,
)
from rrr_desktop.services.profile.translations import (
    TEXT_LANGUAGES,
    coverage,
    in_language,
    with_language,
)
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.profile.assessment_editor import AssessmentEditor
from rrr_desktop.views.profile.languages import LanguageChecklist
from rrr_desktop.views.profile.practices_editor import PracticesEditor
from rrr_desktop.views.profile.text_languages import TextLanguageBar, native_name
from rrr_desktop.views.profile.topics_editor import TopicListEditor, problem_label, show_problems

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home

MAX_FORM_WIDTH = 980


class ProfileEditor(QScrollArea):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Our city's profile"))
        self._base: ProfileDraft | None = None  # the draft as shown, in the chosen language
        self._full: ProfileDraft | None = None  # the draft in every language
        self._language: str | None = None  # the texts' language chosen (kept across drafts)
        self._filling = False
        self.text_languages = TextLanguageBar()
        self.text_languages.languageChosen.connect(self.show_language)

        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary of our social economy ecosystem"))
        self._summary_hint = self.tr(
            "Who makes up the local social and solidarity economy, what the city does for it, "
            "what works and what is hard.")
        self.summary.setPlaceholderText(self._summary_hint)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(120)
        self.languages = LanguageChecklist()
        self.contact_office = QLineEdit()
        self.contact_office.setAccessibleName(self.tr("Contact office"))
        self.contact_office.setMaxLength(MAX_CONTACT_OFFICE_CHARS)
        self._office_hint = self.tr("Office, address, shared email")
        self.contact_office.setPlaceholderText(self._office_hint)
        self.about_problems = problem_label()
        list_names: dict[Role, str] = {
            "offers": self.tr("What we offer"),
            "wants_to_learn": self.tr("What we want to learn"),
            "shared_challenges": self.tr("Shared challenges"),
        }
        self.topic_lists = {role: TopicListEditor(name) for role, name in list_names.items()}
        self.practices = PracticesEditor()
        self.assessment = AssessmentEditor()

        body = QWidget()
        body.setMaximumWidth(MAX_FORM_WIDTH)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(8)
        self.title = plain_label(point_delta=6, bold=True, role="title")
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.text_languages)
        self._section(self.tr("About our ecosystem"), self._about_form())
        hints = {
            "offers": self.tr("Topics where we have experience to share with peers."),
            "wants_to_learn": self.tr("Topics where we look for a peer city to learn from."),
            "shared_challenges": self.tr("Problems we face and would tackle with others."),
        }
        for role, name in list_names.items():
            self._section(name, self.topic_lists[role], hints[role])
        self._section(self.tr("Practices"), self.practices, self.tr(
            "Programmes and mechanisms: awards, hubs, financial mechanisms, bonds, "
            "communication strategies, digital programmes…"))
        self._section(self.tr("Self-assessment"), self.assessment, self.tr(
            "How mature is our city on each topic, from 0 (nothing yet) to 10 (a reference "
            "for others)? “Not assessed” is not 0."))
        self._layout.addStretch()
        outer = QWidget()
        centred = QHBoxLayout(outer)  # the form grows up to MAX_FORM_WIDTH, then centres
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(body, 1000)
        centred.addStretch(1)
        self.setWidget(outer)

        self._connect()

    def _connect(self) -> None:
        self.summary.textChanged.connect(self._changed)
        self.contact_office.textEdited.connect(self._changed)
        self.languages.edited.connect(self._changed)
        for topic_list in self.topic_lists.values():
            topic_list.edited.connect(self._topics_changed)
        self.practices.edited.connect(self._changed)
        self.assessment.edited.connect(self._changed)

    def _about_form(self) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, field in ((self.tr("&Summary:"), self.summary),
                               (self.tr("&Languages:"), self.languages),
                               (self.tr("&Contact office:"), self.contact_office)):
            label = QLabel(caption)
            label.setBuddy(field.focus_widget() if isinstance(field, LanguageChecklist)
                           else field)
            form.addRow(label, field)
        form.addRow(self.about_problems)
        return widget

    def _section(self, heading: str, content: QWidget, hint: str = "") -> None:
        self._layout.addSpacing(14)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._layout.addWidget(line)
        self._layout.addWidget(plain_label(heading, point_delta=3, bold=True, role="heading"))
        if hint:
            explanation = plain_label(hint, role="hint")
            explanation.setEnabled(False)
            self._layout.addWidget(explanation)
        self._layout.addWidget(content)

    def set_choices(self, home: Home, topics: tuple[Choice, ...]) -> None:
        for topic_list in self.topic_lists.values():
            topic_list.set_choices(home, topics)
        self.practices.set_topic_choices(topics)
        self.assessment.set_choices(topics)

    def set_draft(self, draft: ProfileDraft) -> None:
        """Show ``draft`` (emits no ``edited``), its texts in the language chosen before
        (at first, the officer's when every text is written in it, else the one they were
        written in)."""
        self._full = draft
        self._show(self._language or _first_language(draft))

    def show_language(self, language: str) -> None:
        """Show and type the texts in ``language`` (what was typed is kept)."""
        if self._full is not None and language != self._language:
            self._full = self.draft()
            self._show(language)

    def language(self) -> str:
        """The language of the texts shown."""
        return self._language or "en"

    def _show(self, language: str) -> None:
        assert self._full is not None
        self._language = language
        draft = in_language(self._full, language)
        self._filling = True
        self._base = draft
        self.title.setText(self.tr("Profile of {city}").format(city=draft.city_name))
        self.summary.setPlainText(draft.summary)
        self.languages.set_languages(draft.languages)
        self.contact_office.setText(draft.contact_office)
        for role in ROLES:
            self.topic_lists[role].set_entries(draft.topics(role), draft.free_topics(role))
        self.practices.set_practices(draft.practices)
        self.assessment.set_assessments(draft.assessments, self._listed_topics())
        show_problems(self.about_problems, [])
        self._show_originals(self._full, language)
        self.text_languages.show_draft(self._full, language)
        self._filling = False

    def _show_originals(self, full: ProfileDraft, language: str) -> None:
        """Beside each text, the original as a hint when another language is shown."""
        translating = language != full.text_language
        original = native_name(full.text_language)
        def hint(text: str) -> str:
            return self.tr("{language}: {text}").format(language=original, text=text) \
                if translating and text.strip() else ""

        self.summary.setPlaceholderText(hint(full.summary) or self._summary_hint)
        self.contact_office.setPlaceholderText(hint(full.contact_office)
                                               or self._office_hint)
        for role in ROLES:
            self.topic_lists[role].show_note_hints(
                {e.topic_id: hint(e.note) for e in full.topics(role)},
                {e.text: hint(e.note) for e in full.free_topics(role)})
        self.practices.show_hints({p.uuid: (hint(p.title), hint(p.description))
                                   for p in full.practices})

    def draft(self) -> ProfileDraft:
        """What the editor shows, as a draft (the city it belongs to comes from the last
        ``set_draft``)."""
        assert self._base is not None and self._full is not None
        draft = replace(self._base, summary=self.summary.toPlainText(),
                        languages=self.languages.languages(),
                        contact_office=self.contact_office.text(),
                        practices=self.practices.practices(),
                        assessments=self.assessment.assessments())
        for role in ROLES:
            draft = draft.with_topics(role, self.topic_lists[role].entries())
            draft = draft.with_free_topics(role, self.topic_lists[role].free_entries())
        return with_language(self._full, self.language(), draft)

    def show_problems(self, problems: tuple[tuple[str, str], ...]) -> None:
        """Put each problem of a refused save (field path, text) beside its section."""
        shown: dict[QLabel, list[str]] = {label: [] for label in self._problem_labels()}
        if problems:
            draft = self.draft()
            for path, text in problems:
                label, where = self._place(path, draft)
                field = self._field_word(path.rpartition("]")[2].removeprefix("."))
                where = ", ".join(part for part in (where, field) if part)
                shown[label].append(f"{where}: {text}" if where else text)
        for label, lines in shown.items():
            show_problems(label, lines)
        first = next((label for label, lines in shown.items() if lines), None)
        if first is not None:
            self.ensureWidgetVisible(first)

    def _field_word(self, field: str) -> str:
        """A field of a listed item in the officer's words ("" where the section says it)."""
        return {"text": self.tr("topic"), "note": self.tr("note"), "title": self.tr("title"),
                "kind": self.tr("kind"), "stage": self.tr("stage"),
                "description": self.tr("description"), "year_started": self.tr("year started"),
                "topics": self.tr("topics"), "link": self.tr("link"),
                "score": self.tr("maturity"), "assessed_on": self.tr("date assessed"),
                }.get(field, "")

    def _problem_labels(self) -> list[QLabel]:
        return [self.about_problems, *(t.problems for t in self.topic_lists.values()),
                self.practices.problems, self.assessment.problems]

    def _place(self, path: str, draft: ProfileDraft) -> tuple[QLabel, str]:
        """The section label for a field path, and the item it names in words."""
        name, _, rest = path.partition("[")
        index = int(rest.split("]")[0]) if rest else -1
        role = name.removeprefix("free_")
        if role in self.topic_lists:
            topic_list = self.topic_lists[role]
            if name.startswith("free_"):
                return topic_list.problems, self.tr("Own-words topic {number}").format(
                    number=index + 1)
            entries = topic_list.entries()
            return topic_list.problems, (topic_list.label(entries[index].topic_id)
                                         if 0 <= index < len(entries) else "")
        if name == "practices" and 0 <= index < len(draft.practices):
            title = draft.practices[index].title.strip()
            return self.practices.problems, (
                self.tr("Practice “{title}”").format(title=title) if title
                else self.tr("Practice {number} (untitled)").format(number=index + 1))
        if name == "self_assessment" and 0 <= index < len(draft.assessments):
            label = self.assessment.label_of(draft.assessments[index].topic_id)
            return self.assessment.problems, label
        return self.about_problems, ""  # summary, languages, contact office: the field says

    def _listed_topics(self) -> list[str]:
        return [entry.topic_id for role in ROLES for entry in self.topic_lists[role].entries()]

    def _topics_changed(self) -> None:
        self.assessment.set_listed_topics(self._listed_topics())
        self._changed()

    def _changed(self) -> None:
        if not self._filling:
            self.text_languages.show_draft(self.draft(), self.language())
            self.edited.emit()


def _first_language(draft: ProfileDraft) -> str:
    """The officer's language when the profile is written whole in it (a Torino officer
    reading an Italian translation of an English original), else the original's."""
    officer = current_language()
    if officer in TEXT_LANGUAGES and officer != draft.text_language:
        shown = coverage(draft, officer)
        if shown.total and shown.complete:
            return officer
    return draft.text_language
