"""Preferences › Team database: where the team's shared register is, and a test.

The password is never asked for here nor stored: PostgreSQL's own conventions supply
it (the ``~/.pgpass`` file, ``PGPASSWORD``, a ``PGSERVICE``), as IT staff set them up
(docs/team-database.md). The choice is used from the next start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rrr_desktop.services.setup.team_connection import (
    DEFAULT_PORT,
    TeamAddress,
    TeamConnectionCheck,
    check_team_database,
    parse_team_address,
)
from rrr_desktop.views.common.worker import run_in_background

MAX_PORT = 65535


class TeamDatabaseTab(QWidget):
    """The team database's address in parts, "Test connection", and whether to use it."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        stored = parse_team_address(address)
        parts = stored or TeamAddress(host="")
        self.use_team = QCheckBox(self.tr("&Work in the team's shared database"))
        self.use_team.setChecked(stored is not None)
        self.use_team.setToolTip(self.tr("Off: the register is the file in this computer's "
                                         "data folder"))
        self.host = QLineEdit(parts.host)
        self.host.setToolTip(self.tr("The server's name or address, from your IT staff"))
        self.port = QSpinBox()
        self.port.setRange(1, MAX_PORT)
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database = QLineEdit(parts.database)
        self.user = QLineEdit(parts.user)
        self.user.setPlaceholderText(self.tr("your computer's user name"))
        self.tls = QComboBox()
        for mode, label in (("require", self.tr("Encrypted (required)")),
                            ("verify-full", self.tr("Encrypted, server certificate checked")),
                            ("prefer", self.tr("Encrypted when the server offers it")),
                            ("disable", self.tr("Not encrypted (this computer only)"))):
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(self.tls.findData(parts.tls), 0))
        self.test_button = QPushButton(self.tr("Test &Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        note = QLabel(self.tr("The password comes from your computer's PostgreSQL password "
                              "file (pgpass) or PGPASSWORD, never from these settings. The "
                              "team database is used from the next start."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.use_team)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption:"), self.tls)
        form.addRow(self.test_button, self.result)
        form.addRow(note)
        self.use_team.toggled.connect(self._enable)
        self._enable(self.use_team.isChecked())

    def _enable(self, on: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.tls,
                      self.test_button):
            field.setEnabled(on)

    def address(self) -> str:
        """The address to store ("" when the home's own file is chosen)."""
        if not self.use_team.isChecked() or not self.host.text().strip():
            return ""
        return TeamAddress(self.host.text().strip(), self.port.value(),
                           self.database.text().strip() or "rrr", self.user.text().strip(),
                           str(self.tls.currentData())).address

    def test_connection(self) -> None:
        address = self.address()
        if not address:
            self.result.setText(self.tr("Type the server's name first."))
            return
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Connecting…"))
        run_in_background(self, lambda: check_team_database(address), self._tested,
                          self._failed)

    def _tested(self, found: TeamConnectionCheck) -> None:
        self.test_button.setEnabled(True)
        if found.schema_revision is None:
            state = self.tr("The database is empty: it is made ready at the next start.")
        elif found.read_only:
            state = self.tr("Your role may read the register but not change it.")
        else:
            state = self.tr("The register is there and your role may change it.")
        self.result.setText(self.tr("Connected to PostgreSQL {version}. {state}").format(
            version=found.server_version, state=state))

    def _failed(self, error: BaseException) -> None:
        from rrr_desktop.views.common.failure import refusal_of

        self.test_button.setEnabled(True)
        refusal = refusal_of(error)  # anything else went to the crash reporter
        self.result.setText(str(refusal) if refusal is not None else "")
