"""Which language the profile's texts are shown and typed in: one choice for the page,
each language with how many of the texts it has ("complete", "3 of 12 missing")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rrr_desktop.services.profile.draft import ProfileDraft
from rrr_desktop.services.profile.translations import TEXT_LANGUAGES, Coverage, coverage
from rrr_desktop.services.reference import language_name as name_in_language_of_window
from rrr_desktop.views.common.city_view import language_name, plain_label


def native_name(code: str) -> str:
    """The language's own name, capitalised as at the start of a line ("Español")."""
    name = language_name(code)
    return name[:1].upper() + name[1:]


class TextLanguageBar(QWidget):
    """The language of the texts shown below; ``languageChosen`` when the officer picks
    another. Emits nothing when set from code."""

    languageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Language of the texts shown"))
        self.choice.setToolTip(self.tr(
            "Write the summary, contact office, notes and practices in another language: "
            "peers read the profile in their own language when it is written in it."))
        for code in TEXT_LANGUAGES:
            self.choice.addItem(native_name(code), code)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.activated.connect(
            lambda index: self.languageChosen.emit(str(self.choice.itemData(index))))
        caption = QLabel(self.tr("Te&xts in:"))
        caption.setBuddy(self.choice)
        self.status = plain_label(role="text_language_status")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.choice)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def language(self) -> str:
        return str(self.choice.currentData())

    def show_draft(self, draft: ProfileDraft, language: str) -> None:
        """Show ``language`` chosen, and what each language holds of ``draft``'s texts."""
        for index, code in enumerate(TEXT_LANGUAGES):
            self.choice.setItemText(index, self.tr("{language} — {state}").format(
                language=native_name(code), state=self._state(draft, coverage(draft, code))))
        self.choice.setCurrentIndex(TEXT_LANGUAGES.index(language))
        shown = coverage(draft, language)
        if language == draft.text_language:
            text = self.tr("{language} is the language these texts were first written in. "
                           "Choose another language to write them in it too.")
        elif shown.total and shown.complete:
            text = self.tr("Every text is written in {language} too.")
        elif shown.written:
            text = self.tr("{missing} of {total} texts are not written in {language} yet: each "
                           "empty field shows the original as a hint. Peers reading {language} "
                           "see the original there.")
        else:
            text = self.tr("Nothing is written in {language} yet: each empty field shows the "
                           "original as a hint. Peers reading {language} see the original.")
        # In a sentence the language is named in the officer's language ("inglés" in a
        # Spanish window); the list above names each in its own, as language menus do.
        said = text.format(language=name_in_language_of_window(language), total=shown.total,
                           missing=shown.total - shown.written)
        self.status.setText(said[:1].upper() + said[1:])

    def _state(self, draft: ProfileDraft, shown: Coverage) -> str:
        if shown.language == draft.text_language:
            return self.tr("original")
        if not shown.written:
            return self.tr("not written")
        if shown.complete:
            return self.tr("complete")
        return self.tr("{missing} of {total} missing").format(
            missing=shown.total - shown.written, total=shown.total)
