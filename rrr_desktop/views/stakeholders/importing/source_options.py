"""How the file is read: its encoding in plain words (changeable) and the rows set aside
as section headings (one click brings them in)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from rrr_desktop.services.stakeholders.importing.encodings import ENCODINGS, encoding_name
from rrr_desktop.views.common.city_view import plain_label

if TYPE_CHECKING:
    from rrr_desktop.services.stakeholders.importing.table import Table

HEADINGS_SHOWN = 8
# The encoding a file read by its byte-order mark is offered as.
_AS_CHOICE = {"utf-8-sig": "utf-8", "utf-16": "utf-16-le"}


def encoding_label(encoding: str) -> str:
    """An encoding as an officer knows it: "Central European (Windows)" (the names the
    command line uses too, from the message catalogue)."""
    return encoding_name(encoding).text()


class SourceOptions(QWidget):
    """Emits ``changed`` when the officer picks another encoding or brings headings in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding of the file"))
        for encoding in ENCODINGS:
            self.encoding.addItem(encoding_label(encoding), encoding)
        self.encoding.activated.connect(lambda _index: self.changed.emit())
        self.headings = plain_label("")
        self.keep_headings = QCheckBox(self.tr("Import these &headings as stakeholders too"))
        self.keep_headings.toggled.connect(lambda _checked: self.changed.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Encoding:"), self.encoding)
        form.addRow(self.tr("Headings:"), self.headings)
        form.addRow("", self.keep_headings)
        self._form = form
        self._read_as: str | None = None

    def show_table(self, table: Table) -> None:
        """The file's encoding (for a text file) and its rows set aside as headings;
        ``table`` as read, before any heading is brought in."""
        self._read_as = _AS_CHOICE.get(str(table.encoding), table.encoding)
        self._form.setRowVisible(self.encoding, table.encoding is not None)
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(self._read_as)))
        headings = table.headings
        self._form.setRowVisible(self.headings, bool(headings))
        self._form.setRowVisible(self.keep_headings, bool(headings))
        shown = ", ".join(self.tr("'{text}' (row {number})").format(text=cells[0][:60],
                                                                     number=number)
                          for number, cells in headings[:HEADINGS_SHOWN])
        if len(headings) > HEADINGS_SHOWN:
            shown += " " + self.tr("and %Ln more", "", len(headings) - HEADINGS_SHOWN)
        self.headings.setText(self.tr(
            "%Ln rows that look like section headings were set aside: {rows}.", "",
            len(headings)).format(rows=shown))

    def chosen_encoding(self) -> str | None:
        """The encoding the officer picked to read the file in again; None to keep it as
        read (and for a workbook)."""
        chosen = self.encoding.currentData()
        return None if self._read_as is None or chosen == self._read_as else str(chosen)
