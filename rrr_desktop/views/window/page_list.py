"""The pages after the Profile, in the sidebar's order: each stands in the window from
the start and is made (its module imported, its widgets built) when the home opens, or
the first time it is shown; here each is wired to the window once made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from rrr_desktop.views.common.deferred_page import DeferredPage
from rrr_desktop.views.common.page import Page

if TYPE_CHECKING:
    from rrr_desktop.views.main_window import MainWindow


def deferred_pages(window: MainWindow) -> list[Page]:
    # Titles keep the window's translation context, where they always were.
    return [
        DeferredPage("stakeholders", "stakeholders",
                     lambda: QCoreApplication.translate("MainWindow", "Stakeholders"),
                     lambda: _stakeholders_page(window)),
        DeferredPage("peers", "peers",
                     lambda: QCoreApplication.translate("MainWindow", "Peer cities"),
                     lambda: _peers_page(window)),
        DeferredPage("groups", "groups",
                     lambda: QCoreApplication.translate("MainWindow", "Working groups"),
                     lambda: _groups_page(window), when_shown=True),
        DeferredPage("briefs", "briefs",
                     lambda: QCoreApplication.translate("MainWindow", "Briefs"),
                     lambda: _briefs_page(window), when_shown=True)]


def _stakeholders_page(window: MainWindow) -> Page:
    """The register, made when the home opens; its actions then join the menus."""
    from rrr_desktop.views.stakeholders.page import StakeholdersPage

    page = StakeholdersPage(window.settings, undo_stack=window.undo_stack)
    window.menus.add_register_actions(page)
    return page


def _peers_page(window: MainWindow) -> Page:
    from rrr_desktop.views.peers.page import PeersPage

    page = PeersPage(undo_stack=window.undo_stack)
    page.changeShown.connect(lambda: window.show_page("peers"))  # Edit › Undo changed a pin
    page.groupStartRequested.connect(window.start_group)
    window.groupsChanged.connect(page.groups_changed)
    return page


def _groups_page(window: MainWindow) -> Page:
    from rrr_desktop.views.groups.page import WorkingGroupsPage

    page = WorkingGroupsPage(undo_stack=window.undo_stack)
    page.changeShown.connect(lambda: window.show_page("groups"))  # started, or Edit › Undo
    page.groupsChanged.connect(window.groupsChanged)
    return page


def _briefs_page(window: MainWindow) -> Page:
    from rrr_desktop.views.briefs.page import BriefsPage

    page = BriefsPage(undo_stack=window.undo_stack)
    page.changeShown.connect(lambda: window.show_page("briefs"))  # Edit › Undo of a Reset
    return page
