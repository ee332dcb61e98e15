"""The column mapping of an import, editable: one combo of fields per column of the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QWidget,
)

from rrr_desktop.services.stakeholders.importing.column_mapping import FIELDS

IGNORE = ""  # the combo's data for a column that is not imported


def field_label(field: str) -> str:
    """The name an officer reads for an import field of ``column_mapping.FIELDS``."""
    labels = {
        "uuid": QCoreApplication.translate("import", "UUID (from this app's export)"),
        "external_id": QCoreApplication.translate("import", "ID"),
        "name": QCoreApplication.translate("import", "Name"),
        "kind": QCoreApplication.translate("import", "Kind"),
        "sectors": QCoreApplication.translate("import", "Sectors"),
        "description": QCoreApplication.translate("import", "Description"),
        "address": QCoreApplication.translate("import", "Address"),
        "locality": QCoreApplication.translate("import", "Town or city"),
        "region": QCoreApplication.translate("import", "Region (not kept)"),
        "postcode": QCoreApplication.translate("import", "Postcode"),
        "country": QCoreApplication.translate("import", "Country"),
        "district": QCoreApplication.translate("import", "District"),
        "website": QCoreApplication.translate("import", "Website"),
        "email": QCoreApplication.translate("import", "Email"),
        "phone": QCoreApplication.translate("import", "Phone"),
        "contact_person": QCoreApplication.translate("import", "Contact person"),
        "tags": QCoreApplication.translate("import", "Tags"),
        "latitude": QCoreApplication.translate("import", "Latitude"),
        "longitude": QCoreApplication.translate("import", "Longitude"),
        "stage": QCoreApplication.translate("import", "Collaboration stage"),
        "owner": QCoreApplication.translate("import", "Relationship owner"),
        "influence": QCoreApplication.translate("import", "Influence (1-5)"),
        "interest": QCoreApplication.translate("import", "Interest (1-5)"),
        "trust": QCoreApplication.translate("import", "Trust (1-5)"),
        "shareable": QCoreApplication.translate("import", "Shareable with peers"),
        "archived": QCoreApplication.translate("import", "Archived"),
        "record": QCoreApplication.translate("import", "Person or organisation"),
        "topics": QCoreApplication.translate("import", "Topics"),
        "organisation": QCoreApplication.translate("import", "Organisation of the person"),
        "consent": QCoreApplication.translate("import", "Consent to be contacted (yes/no)"),
        "consent_date": QCoreApplication.translate("import", "Consent date"),
        "consent_source": QCoreApplication.translate("import", "Consent source"),
    }
    return labels.get(field, field)


class MappingEditor(QScrollArea):
    """Which column feeds which field; emits ``mappingChanged`` after every change.

    A field chosen for several columns is marked on each of them, and
    :meth:`duplicates` names it, since an import takes each field from one column.
    """

    mappingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Which column feeds which field"))
        self.combos: list[QComboBox] = []
        self._body = QWidget()
        self._form = QFormLayout(self._body)
        self.setWidget(self._body)

    def set_columns(self, headers: tuple[str, ...], mapping: dict[int, str]) -> None:
        """One combo per column, with the suggested field (or Ignore) chosen."""
        body = QWidget()
        self._form = QFormLayout(body)
        self.combos = []
        for index, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem(self.tr("Ignore this column"), IGNORE)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index, IGNORE))))
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(header)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            self._form.addRow(label, combo)
            self.combos.append(combo)
        self.setWidget(body)  # deletes the previous body and its combos
        self._body = body
        self._mark_duplicates()

    def mapping(self) -> dict[int, str]:
        return {index: str(combo.currentData()) for index, combo in enumerate(self.combos)
                if combo.currentData() != IGNORE}

    def duplicates(self) -> list[str]:
        """The fields chosen for more than one column, in the order of FIELDS."""
        chosen = list(self.mapping().values())
        return [field for field in FIELDS if chosen.count(field) > 1]

    def _changed(self) -> None:
        self._mark_duplicates()
        self.mappingChanged.emit()

    def _mark_duplicates(self) -> None:
        twice = set(self.duplicates())
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for combo in self.combos:
            field = str(combo.currentData())
            index = combo.currentIndex()
            for item in range(combo.count()):
                combo.setItemIcon(item, warning if item == index and field in twice else QIcon())
            combo.setToolTip(self.tr("{field} is chosen for several columns: keep one.")
                             .format(field=field_label(field)) if field in twice else "")

