"""The languages of our profile: a filterable checklist of ISO 639-1 languages, each
shown by its own name ("español — Spanish"); the order ticked is kept, main first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from rrr_desktop.services.dto import Choice
from rrr_desktop.text import normalise
from rrr_desktop.views.common.city_view import language_name
from rrr_desktop.views.common.form_fields import CheckList


class LanguageChecklist(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: tuple[Choice, ...] = ()
        self._order: list[str] = []
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Find a language"))
        self.filter.setPlaceholderText(self.tr("Find a language…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.list = CheckList(self.tr("Languages"))
        self.list.setFixedHeight(130)
        self.list.itemChanged.connect(self._ticked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def focus_widget(self) -> QWidget:
        """Where the "Languages" label takes the cursor."""
        return self.filter

    def set_choices(self, choices: tuple[Choice, ...]) -> None:
        """Offer ``choices`` too (the languages ticked stay ticked, in their order)."""
        self._choices = choices
        self.set_languages(tuple(self._order))

    def set_languages(self, codes: tuple[str, ...]) -> None:
        """Tick ``codes``; they are listed first, in their order, then the other languages."""
        self._order = list(codes)
        names = {choice.code: self._name(choice) for choice in self._choices}
        offered = [(code, names.get(code, code)) for code in codes]
        offered += [(choice.code, names[choice.code]) for choice in self._choices
                    if choice.code not in codes]
        self.list.blockSignals(True)
        self.list.set_choices(offered, codes)
        self.list.blockSignals(False)
        self._filter(self.filter.text())

    def languages(self) -> tuple[str, ...]:
        return tuple(self._order)

    def _ticked(self) -> None:
        ticked = self.list.checked_codes()
        self._order = [code for code in self._order if code in ticked]
        self._order += [code for code in ticked if code not in self._order]
        self.edited.emit()

    def _filter(self, text: str) -> None:
        wanted = normalise(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(wanted) and wanted not in normalise(item.text()) \
                and wanted != str(item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(hidden)

    @staticmethod
    def _name(choice: Choice) -> str:
        native = language_name(choice.code)
        if native == choice.code or normalise(native) == normalise(choice.name):
            return choice.name
        return f"{native} — {choice.name}"
