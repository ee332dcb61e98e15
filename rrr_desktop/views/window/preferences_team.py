"""Preferences › Team database: where the team's shared register is, a password, a test.

PostgreSQL's own conventions supply the password first (the ``~/.pgpass`` file,
``PGPASSWORD``, a ``PGSERVICE``), as IT staff set them up (docs/team-database.md). A
password typed here is used when those give none: kept for this session, or in the
system keyring with "Remember on this computer", never in the settings. The choice of
database is used from the next start; where no password is known then, the start asks
for it (:class:`TeamPasswordDialog`).
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
    forget_team_password,
    keep_team_password,
    keyring_available,
    parse_team_address,
    team_password_remembered,
)
from rrr_desktop.views.common.secret_dialog import SecretDialog, remember_box
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
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Needed only when your computer's PostgreSQL "
                                         "password file or PGPASSWORD gives none"))
        self._keyring_works = keyring_available()
        self.remember, self.no_keyring = remember_box(self._keyring_works)
        self._remembered = False  # whether the keyring held a password when opened
        self.test_button = QPushButton(self.tr("Test &Connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        note = QLabel(self.tr("A password in your computer's PostgreSQL password file "
                              "(pgpass) or PGPASSWORD comes first; the one typed here is "
                              "never written into these settings. The team database is used "
                              "from the next start."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.use_team)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption:"), self.tls)
        form.addRow(self.tr("P&assword:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        form.addRow(self.test_button, self.result)
        form.addRow(note)
        self.use_team.toggled.connect(self._enable)
        self._enable(self.use_team.isChecked())
        if stored is not None:
            run_in_background(self, lambda: team_password_remembered(address),
                              self._show_remembered, lambda _error: None)

    def _enable(self, on: bool) -> None:
        for field in (self.host, self.port, self.database, self.user, self.tls,
                      self.password, self.test_button):
            field.setEnabled(on)
        self.remember.setEnabled(on and self._keyring_works)

    def _show_remembered(self, remembered: bool) -> None:
        self._remembered = remembered
        if remembered:
            self.password.setPlaceholderText(self.tr("remembered on this computer"))
            self.remember.setChecked(True)

    def keep_password(self) -> None:
        """On OK: keep the typed password for the chosen database (in the keyring when
        asked); unticking "Remember" forgets the one remembered."""
        address = self.address()
        if not address:
            return
        if self.password.text():
            keep_team_password(address, self.password.text(),
                               on_this_computer=self.remember.isChecked())
        elif self._remembered and not self.remember.isChecked():
            forget_team_password(address)

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
        password = self.password.text()
        run_in_background(self, lambda: check_team_database(address, password), self._tested,
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


class TeamPasswordDialog(SecretDialog):
    """At the start, when the team database asks for a password that is not known (or
    refused the one remembered): the password is tried, then kept as in Preferences."""

    def __init__(self, address: str, label: str, *, keyring_works: bool,
                 parent: QWidget | None = None) -> None:
        def check(password: str, remember: bool) -> bool:
            check_team_database(address, password)  # a wrong one is refused here
            return keep_team_password(address, password, on_this_computer=remember)

        super().__init__(
            self.tr("Team Database Password"),
            self.tr("The team database {database} asks for your password.").format(
                database=label),
            self.tr("&Password:"), check, keyring_works=keyring_works, parent=parent)
