"""What the officer chooses before a brief is generated: kind, peer or group, sections, paper,
language, size of the key stakeholders table and whether personal data may print.

The choices come back at the next start (paper follows Preferences; personal data
always starts off, as the officer's data-protection default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop.services.briefs.options import (
    KEY_STAKEHOLDERS,
    MAX_KEY_STAKEHOLDERS,
    SECTIONS,
    BriefKind,
    BriefOptions,
    Paper,
)
from rrr_desktop.services.dto import Choice
from rrr_desktop.text import show_controls
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.common.shared_settings import (
    brief_choices,
    remember_brief_choices,
)
from rrr_desktop.views.common.shared_settings import paper as preferred_paper
from rrr_desktop.views.common.translations import NATIVE_NAMES


def interface_language() -> str:
    """The window's language code ("fr" for fr_FR): briefs default to it when they can
    be written in it (see :data:`NATIVE_NAMES`), else to English."""
    code = QLocale().name().split("_")[0]
    return code if code in NATIVE_NAMES else "en"


def section_title(section: str) -> str:
    titles = {
        "purpose": QCoreApplication.translate("briefs", "Purpose"),
        "background": QCoreApplication.translate("briefs", "Background"),
        "profile": QCoreApplication.translate("briefs", "Profile in short"),
        "offers_wants": QCoreApplication.translate("briefs", "What we offer and want to learn"),
        "current_situation": QCoreApplication.translate("briefs", "Current situation"),
        "stakeholder_charts": QCoreApplication.translate("briefs", "Stakeholders by kind and "
                                                                   "stage"),
        "stakeholder_map": QCoreApplication.translate("briefs", "Influence and interest map"),
        "key_stakeholders": QCoreApplication.translate("briefs", "Key stakeholders"),
        "follow_ups": QCoreApplication.translate("briefs", "Overdue follow-ups"),
        "peers": QCoreApplication.translate("briefs", "Suggested peer cities"),
        "working_groups": QCoreApplication.translate("briefs", "Our working groups"),
        "exchanges": QCoreApplication.translate("briefs", "Exchanges"),
        "considerations": QCoreApplication.translate("briefs", "Considerations"),
        "options": QCoreApplication.translate("briefs", "Options"),
        "recommendation": QCoreApplication.translate("briefs", "Recommendation"),
        "learn": QCoreApplication.translate("briefs", "What we can learn from them"),
        "offer": QCoreApplication.translate("briefs", "What we can offer them"),
        "practices": QCoreApplication.translate("briefs", "Their practices"),
        "shared_stakeholders": QCoreApplication.translate("briefs", "Shared stakeholders"),
        "open_questions": QCoreApplication.translate("briefs", "Open questions"),
        "group_purpose": QCoreApplication.translate("briefs", "Purpose and stage"),
        "members": QCoreApplication.translate("briefs", "Members and what each brings"),
        "agenda": QCoreApplication.translate("briefs", "Agenda"),
        "decisions": QCoreApplication.translate("briefs", "Decisions so far"),
        "open_actions": QCoreApplication.translate("briefs", "Open actions by city"),
        "changes": QCoreApplication.translate("briefs", "Changes since the last meeting"),
    }
    return titles.get(section, section)


class BriefOptionsPanel(QWidget):
    """Emits ``changed`` whenever a choice changes; ``options()`` reads them all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.city_kind = QRadioButton(self.tr("&City brief"))
        self.peer_kind = QRadioButton(self.tr("Peer &meeting brief"))
        self.group_kind = QRadioButton(self.tr("Working &group brief"))
        self.city_kind.setChecked(True)
        kinds = QButtonGroup(self)
        for button in (self.city_kind, self.peer_kind, self.group_kind):
            kinds.addButton(button)
            button.toggled.connect(self._kind_toggled)
        self.peer = self._subject_choice(self.tr("Peer city"))
        self.group = self._subject_choice(self.tr("Working group"))

        self.paper = self._paper_choice()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the brief"))
        for code, name in NATIVE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(interface_language()), 0))
        self.key_rows = QSpinBox()
        self.key_rows.setAccessibleName(self.tr("Rows of the key stakeholders table"))
        self.key_rows.setRange(1, MAX_KEY_STAKEHOLDERS)
        self.key_rows.setValue(KEY_STAKEHOLDERS)
        self.personal = QCheckBox(self.tr("Include &personal data (contact details)"))
        self.personal.setAccessibleName(self.tr("Include personal data"))
        self.consent = plain_label(role="hint")
        for combo in (self.paper, self.language):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.key_rows.valueChanged.connect(lambda _v: self.changed.emit())
        self.personal.toggled.connect(lambda _on: self.changed.emit())

        self.sections_box = QGroupBox(self.tr("Sections"))
        self._sections_grid = QGridLayout(self.sections_box)
        self.section_boxes: dict[str, QCheckBox] = {}
        self._remembered = brief_choices()
        self._pending_kind: str | None = None  # the last session's, until it can be chosen
        self._restore()
        self._build_sections(BriefKind.CITY)

        self._lay_out()
        self.changed.connect(self._remember)

    def _lay_out(self) -> None:
        kind_row = QVBoxLayout()  # one under the other: three fit in every language
        kind_row.addWidget(self.city_kind)
        kind_row.addWidget(self.peer_kind)
        kind_row.addWidget(self.group_kind)
        form = self.choices_form = QFormLayout()
        form.addRow(self.tr("Pee&r city:"), self.peer)
        form.addRow(self.tr("Wor&king group:"), self.group)
        form.addRow(self.tr("P&aper:"), self.paper)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Key stakeholders, up to:"), self.key_rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kind_row)
        layout.addLayout(form)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.personal)
        layout.addWidget(self.consent)
        layout.addStretch(1)

    def _subject_choice(self, name: str) -> QComboBox:
        """The peer city or working group a brief is about (enabled for its kind)."""
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setEnabled(False)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def _kind_toggled(self, on: bool) -> None:
        if on:
            self._pending_kind = None  # chosen now: the last session's no longer waits
            self._kind_changed()

    def _paper_choice(self) -> QComboBox:
        """A4 or Letter, starting at the size chosen in Preferences."""
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Paper size"))
        combo.addItem("A4", Paper.A4)
        combo.addItem("Letter", Paper.LETTER)
        combo.setCurrentIndex(max(combo.findData(Paper(preferred_paper())), 0))
        return combo

    def kind(self) -> BriefKind:
        if self.group_kind.isChecked():
            return BriefKind.GROUP
        return BriefKind.CITY if self.city_kind.isChecked() else BriefKind.PEER

    def group_id(self) -> str:
        """The chosen working group's UUID as text ("" when there is none)."""
        value = self.group.currentData()
        return str(value) if value else ""

    def subject_name(self) -> str:
        """The peer city's or the group's name, for the file name ("" for a city brief)."""
        kind = self.kind()
        if kind == BriefKind.GROUP:
            return self.group.currentText() if self.group_id() else ""
        return self.peer_name() if kind == BriefKind.PEER else ""

    def set_groups(self, groups: list[Choice]) -> None:
        """Working groups to choose from (code = UUID); the current choice is kept."""
        current = self.group_id()
        self.group.blockSignals(True)
        self.group.clear()
        for group in groups:
            self.group.addItem(group.name, group.code)
        found = self.group.findData(current or self._remembered.get("group"))
        self.group.setCurrentIndex(found if found >= 0 else 0)
        self.group.blockSignals(False)
        self.group_kind.setEnabled(bool(groups))
        if groups and self._pending_kind == BriefKind.GROUP.value:
            self.group_kind.setChecked(True)

    def peer_id(self) -> str:
        """The chosen peer city's UUID as text ("" when there is none)."""
        value = self.peer.currentData()
        return str(value) if value else ""

    def peer_name(self) -> str:
        return self.peer.currentText() if self.peer_id() else ""

    def options(self) -> BriefOptions:
        chosen = frozenset(s for s, box in self.section_boxes.items() if box.isChecked())
        return BriefOptions(kind=self.kind(), sections=chosen, paper=self.paper.currentData(),
                            language=self.language.currentData(),
                            include_personal_data=self.personal.isChecked(),
                            key_stakeholders=self.key_rows.value())

    def has_sections(self) -> bool:
        return any(box.isChecked() for box in self.section_boxes.values())

    def set_peers(self, peers: list[Choice]) -> None:
        """Peer cities to choose from (code = UUID); the current choice is kept."""
        current = self.peer_id()
        self.peer.blockSignals(True)
        self.peer.clear()
        for peer in peers:
            self.peer.addItem(show_controls(peer.name), peer.code)
        found = self.peer.findData(current or self._remembered.get("peer"))
        self.peer.setCurrentIndex(found if found >= 0 else 0)
        self.peer.blockSignals(False)
        self.peer_kind.setEnabled(bool(peers))
        if peers and self._pending_kind == BriefKind.PEER.value:
            self.peer_kind.setChecked(True)

    def set_consent(self, with_consent: int, rows: int) -> None:
        if rows == 0:
            self.consent.setText(self.tr("No key stakeholders yet."))
            return
        self.consent.setText(self.tr(
            "{consented} of the %Ln key stakeholders have consent recorded: only their "
            "contact details can print.", "", rows).format(
                consented=QLocale().toString(with_consent)))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.peer.setEnabled(kind == BriefKind.PEER)
        self.group.setEnabled(kind == BriefKind.GROUP)
        city = kind == BriefKind.CITY
        for widget in (self.personal, self.consent):
            widget.setVisible(city)
        self.choices_form.setRowVisible(self.key_rows, city)  # the field and its label
        self._build_sections(kind)
        self.changed.emit()

    def _build_sections(self, kind: BriefKind) -> None:
        for box in self.section_boxes.values():
            self._sections_grid.removeWidget(box)
            box.deleteLater()
        self.section_boxes = {}
        left_out = self._remembered.get("left_out", {}).get(kind.value, ())
        for number, section in enumerate(SECTIONS[kind]):
            box = QCheckBox(section_title(section))
            box.setChecked(section not in left_out)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.section_boxes[section] = box
            # One column: two cut the longer titles (Portuguese, Polish) at the usual width.
            self._sections_grid.addWidget(box, number, 0)
        self._sections_grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    def _restore(self) -> None:
        """The last session's language and table size; its kind, peer and group once
        they can be chosen (:meth:`set_peers`, :meth:`set_groups`)."""
        remembered = self._remembered
        kind = remembered.pop("kind", None)
        self._pending_kind = kind if kind != BriefKind.CITY.value else None
        found = self.language.findData(remembered.get("language"))
        if found >= 0:
            self.language.setCurrentIndex(found)
        rows = remembered.get("key_stakeholders")
        if isinstance(rows, int) and 1 <= rows <= MAX_KEY_STAKEHOLDERS:
            self.key_rows.setValue(rows)
        if not isinstance(remembered.get("left_out"), dict):
            remembered["left_out"] = {}

    def _remember(self) -> None:
        kind = self.kind()
        left_out = dict(self._remembered["left_out"])
        left_out[kind.value] = [s for s, box in self.section_boxes.items() if not box.isChecked()]
        self._remembered.update(
            left_out=left_out, peer=self.peer_id() or self._remembered.get("peer", ""),
            group=self.group_id() or self._remembered.get("group", ""),
            language=self.language.currentData(), key_stakeholders=self.key_rows.value())
        remember_brief_choices({**self._remembered,
                                "kind": self._pending_kind or kind.value})
