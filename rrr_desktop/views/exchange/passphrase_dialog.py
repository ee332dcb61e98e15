"""The team's passphrase, asked for when a bundle must be signed and none is known.

A team database keeps the city's signing key sealed with a passphrase the team shares
(``services/exchange/city_key.py``). An officer who started RRR Desktop from an icon has
no ``RRR_DESKTOP_TEAM_PASSPHRASE``: the window asks for it here, checks it against the
sealed key (a wrong one is said, and nothing is exported) and keeps it for the session,
or in the system keyring when the officer ticks "Remember on this computer".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from rrr_desktop.errors import RejectedInput
from rrr_desktop.views.common.secret_dialog import SecretDialog
from rrr_desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from rrr_desktop.services.home import Home

# The refusals of a signature that a typed passphrase can mend.
PASSPHRASE_REFUSALS = frozenset({"team.passphrase_needed", "team.passphrase_wrong"})


def needs_passphrase(error: BaseException) -> bool:
    """Whether ``error`` is a signature refused for want of the team's passphrase."""
    return isinstance(error, RejectedInput) and error.code in PASSPHRASE_REFUSALS


class TeamPassphraseDialog(SecretDialog):
    """Asks for the team's passphrase; ``first_key``: the team has no key yet, and the
    passphrase typed (twice) seals the one this export makes."""

    def __init__(self, home: Home, *, first_key: bool, keyring_works: bool,
                 parent: QWidget | None = None) -> None:
        db = home.db

        def check(passphrase: str, remember: bool) -> bool:
            from rrr_desktop.services.exchange.city_key import unlock_city_key

            return unlock_city_key(db, passphrase, on_this_computer=remember)

        if first_key:
            explanation = self.tr(
                "Bundles from the team database {database} are signed with your city's one "
                "key. This is the team's first bundle: choose the passphrase that will "
                "protect the key, and give it to your colleagues; they type it when they "
                "export.").format(database=db.label)
        else:
            explanation = self.tr(
                "Bundles from the team database {database} are signed with your city's one "
                "key, kept there protected by the team's passphrase. Type the passphrase "
                "(ask a colleague if you do not know it).").format(database=db.label)
        super().__init__(self.tr("Team Passphrase"), explanation, self.tr("&Passphrase:"),
                         check, keyring_works=keyring_works,
                         confirm=self.tr("&Again:") if first_key else "", parent=parent)


def ask_for_passphrase(home: Home, parent: QWidget, unlocked: Callable[[], object],
                       cancelled: Callable[[], None],
                       failed: Callable[[BaseException], None]) -> None:
    """Open the passphrase dialog over ``parent`` once it is known (off the GUI thread)
    whether the team has its key yet and whether a keyring works; ``unlocked()`` once a
    right passphrase was typed, ``cancelled()`` if the officer gave up."""

    def look() -> tuple[bool, bool]:
        from rrr_desktop.services.exchange.city_key import team_key_exists
        from rrr_desktop.services.setup.team_connection import keyring_available

        return team_key_exists(home.db), keyring_available()

    def show(found: tuple[bool, bool]) -> None:
        exists, keyring_works = found
        dialog = TeamPassphraseDialog(home, first_key=not exists,
                                      keyring_works=keyring_works, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(lambda _kept: unlocked())
        dialog.rejected.connect(cancelled)
        dialog.open()

    run_in_background(parent, look, show, failed)
