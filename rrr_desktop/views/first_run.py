"""First start: which city does this officer work for?"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.messages import current_language
from rrr_desktop.services.dto import Choice, FirstRunChoices, NewCity
from rrr_desktop.views.common.icons import app_icon
from rrr_desktop.views.common.save_key import save_on_key
from rrr_desktop.views.common.translations import NATIVE_NAMES

DEFAULT_LANGUAGE = "en"
MAX_NAME_LENGTH = 200


def _searchable_combo(choices: tuple[Choice, ...], accessible_name: str) -> QComboBox:
    """A combo box one can type into to find an entry ("spa" finds Spain)."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(accessible_name)
    for choice in choices:
        combo.addItem(f"{choice.name} ({choice.code})", choice.code)
    completer = combo.completer()
    assert completer is not None  # an editable combo box always has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentIndex(-1)
    return combo


class FirstRunDialog(QDialog):
    """Pick one of the shipped peer cities or enter a new one.

    Emits ``seededCityChosen(UUID)`` or ``newCityChosen(NewCity)`` on *Start*;
    *Quit* means the officer does not want to go on; Escape or closing the window
    asks first, as it would quit the program. Both parts stay
    usable: picking in the list or typing a name selects the matching option.
    """

    seededCityChosen = Signal(object)  # UUID
    newCityChosen = Signal(object)  # NewCity
    appLanguageChosen = Signal(str)  # a language code of the app's seven: start again in it

    def __init__(self, choices: FirstRunChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to RRR Desktop"))
        self.setWindowIcon(app_icon())
        intro = QLabel(self.tr(
            "Which city do you work for? It becomes our city: the profile and data you keep "
            "here are about it. Every other city is a peer city you can learn from and "
            "share with."))
        intro.setWordWrap(True)

        self._build_app_language()
        self._build_city_choice(choices)
        self._build_new_city_form(choices)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self.app_language_row)
        layout.addSpacing(6)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.seeded_option)
        layout.addWidget(self.seeded_list)
        layout.addWidget(self.new_option)
        layout.addWidget(self.new_city_form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        for signal in (self.seeded_option.toggled, self.seeded_list.currentRowChanged,
                       self.name_edit.textChanged, self.country_combo.currentIndexChanged,
                       self.country_combo.editTextChanged, self.language_combo.currentIndexChanged,
                       self.language_combo.editTextChanged):
            signal.connect(self._update_state)
        self.name_edit.textEdited.connect(lambda _text: self.new_option.setChecked(True))
        self.seeded_list.itemActivated.connect(lambda _item: self.accept())
        self.seeded_list.itemSelectionChanged.connect(lambda: self.seeded_option.setChecked(True))
        for combo in (self.country_combo, self.language_combo):
            combo.activated.connect(lambda _index: self.new_option.setChecked(True))
        # The main language follows the country until the officer picks a language.
        self._language_picked = False
        self.language_combo.activated.connect(self._pick_language)
        self.country_combo.currentIndexChanged.connect(self._follow_country)
        self.country_combo.editTextChanged.connect(self._follow_country)
        if choices.seeded_cities:
            self.seeded_option.setChecked(True)
        else:
            self.seeded_option.setEnabled(False)
            self.new_option.setChecked(True)
        self._update_state()

    def _build_city_choice(self, choices: FirstRunChoices) -> None:
        self.seeded_option = QRadioButton(self.tr("One of the RRR peer cities"))
        self.seeded_list = QListWidget()
        self.seeded_list.setAccessibleName(self.tr("RRR peer cities"))
        for choice in choices.seeded_cities:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            self.seeded_list.addItem(item)
        self.seeded_list.setMaximumHeight(190)
        self.new_option = QRadioButton(self.tr("Another city"))
        group = QButtonGroup(self)
        group.addButton(self.seeded_option)
        group.addButton(self.new_option)

    def _build_new_city_form(self, choices: FirstRunChoices) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("City name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Łódź"))
        self.country_combo = _searchable_combo(choices.countries, self.tr("Country"))
        self.language_combo = _searchable_combo(choices.languages, self.tr("Main language"))
        system_language = QLocale().name().split("_")[0]
        index = self.language_combo.findData(system_language)
        self.language_combo.setCurrentIndex(
            index if index >= 0 else self.language_combo.findData(DEFAULT_LANGUAGE))
        self.new_city_form = QWidget()
        form = QFormLayout(self.new_city_form)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Country:"), self.country_combo)
        form.addRow(self.tr("Main &language:"), self.language_combo)

    def _build_app_language(self) -> None:
        """The window's own language, first: an officer whose system speaks another one
        picks theirs before reading the rest (each named in its own language)."""
        self.app_language = QComboBox()
        self.app_language.setAccessibleName(self.tr("Language of RRR Desktop"))
        for code, name in NATIVE_NAMES.items():
            self.app_language.addItem(name, code)
        current = current_language()
        self.app_language.setCurrentIndex(max(self.app_language.findData(current), 0))
        self.app_language.activated.connect(self._app_language_picked)
        label = QLabel(self.tr("Language of RRR &Desktop:"))
        label.setBuddy(self.app_language)
        self.app_language_row = QHBoxLayout()
        self.app_language_row.addWidget(label)
        self.app_language_row.addWidget(self.app_language)
        self.app_language_row.addStretch()

    def _app_language_picked(self) -> None:
        code = str(self.app_language.currentData())
        if code != current_language():
            self.appLanguageChosen.emit(code)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.setDefault(True)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("&Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.quit_button.clicked.connect(self.quit)
        save_on_key(self, self.buttons)  # Start, once the choice is complete

    def choose_seeded(self, city_uuid: str) -> None:
        """Select a shipped city by its UUID (keyboard users and the smoke test)."""
        self.seeded_option.setChecked(True)
        for row in range(self.seeded_list.count()):
            if self.seeded_list.item(row).data(Qt.ItemDataRole.UserRole) == city_uuid:
                self.seeded_list.setCurrentRow(row)

    def seeded_uuids(self) -> list[str]:
        return [self.seeded_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.seeded_list.count())]

    def problem_text(self) -> str:
        """Why *Start* is disabled, or an empty string when the choice is complete."""
        if self.seeded_option.isChecked():
            if self.seeded_list.currentItem() is None:
                return self.tr("Pick your city in the list, or choose “Another city”.")
            return ""
        if not self.name_edit.text().strip():
            return self.tr("Type the name of your city.")
        if self._combo_code(self.country_combo) is None:
            return self.tr("Choose your city's country from the list.")
        if self._combo_code(self.language_combo) is None:
            return self.tr("Choose your city's main language from the list.")
        return ""

    def accept(self) -> None:
        if self.problem_text():
            return
        if self.seeded_option.isChecked():
            item = self.seeded_list.currentItem()
            self.seededCityChosen.emit(UUID(item.data(Qt.ItemDataRole.UserRole)))
        else:
            country = self._combo_code(self.country_combo)
            language = self._combo_code(self.language_combo)
            assert country is not None and language is not None
            self.newCityChosen.emit(NewCity(self.name_edit.text().strip(), country, language))
        super().accept()

    def reject(self) -> None:
        """Escape or the window's close button: quitting is asked, never done by a slip."""
        question = QMessageBox(
            QMessageBox.Icon.Question, self.windowTitle(),
            self.tr("Quit RRR Desktop? Nothing has been set up yet; you will be asked "
                    "for your city again at the next start."),
            QMessageBox.StandardButton.NoButton, self)
        question.setObjectName("quit_question")
        question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        quit_button = question.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.AcceptRole)
        stay = question.addButton(self.tr("&Keep Choosing"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(stay)
        question.setEscapeButton(stay)
        quit_button.clicked.connect(self.quit)
        question.open()

    def quit(self) -> None:
        """The officer chose to quit: closes the dialog as rejected."""
        super().reject()

    def _pick_language(self) -> None:
        self._language_picked = True

    def _follow_country(self) -> None:
        """Choose the main language of the country chosen ("PL" -> Polish), the one
        Qt's locale data names first for it; a language the officer picked stays."""
        country = self._combo_code(self.country_combo)
        if country is None or self._language_picked:
            return
        territory = QLocale.codeToTerritory(country)
        locale = QLocale(QLocale.Language.AnyLanguage, territory)
        if locale.territory() != territory:
            return
        index = self.language_combo.findData(QLocale.languageToCode(locale.language()))
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    def _combo_code(self, combo: QComboBox) -> str | None:
        """The code of the entry whose text is typed exactly, else ``None``."""
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        return None if index < 0 else str(combo.itemData(index))

    def _update_state(self) -> None:
        problem = self.problem_text()
        self.start_button.setEnabled(not problem)
        self.problem.setText(problem)
