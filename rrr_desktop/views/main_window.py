"""The main window: sidebar of pages, menus, status bar; remembers its state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from rrr_desktop import APP_NAME
from rrr_desktop.paths import AppPaths
from rrr_desktop.views.common.deferred_page import DeferredPage
from rrr_desktop.views.common.icons import app_icon, page_icon
from rrr_desktop.views.common.input_guard import guard_input
from rrr_desktop.views.common.page import Page
from rrr_desktop.views.common.writes import write_waits
from rrr_desktop.views.exchange.menu import BundleMenu
from rrr_desktop.views.profile.page import ProfilePage
from rrr_desktop.views.settings import Settings
from rrr_desktop.views.window.file_opening import FileOpener
from rrr_desktop.views.window.loading import LoadingView
from rrr_desktop.views.window.menus import WindowMenus
from rrr_desktop.views.window.page_list import deferred_pages
from rrr_desktop.views.window.register_flows import RegisterFlows
from rrr_desktop.views.window.status_messages import StatusMessages
from rrr_desktop.views.window.unsaved_work import UnsavedWork

if TYPE_CHECKING:
    from rrr_desktop.services.dto import CityProfile
    from rrr_desktop.services.groups.proposals import GroupProposal
    from rrr_desktop.services.home import Home
    from rrr_desktop.views.help.about import AboutDialog
    from rrr_desktop.views.help.guide_dialog import GuideDialog
    from rrr_desktop.views.window.preferences import PreferencesDialog
    from rrr_desktop.views.window.restart import LanguageRestart
    from rrr_desktop.views.window.team_refresh import TeamRefresh

DEFAULT_SIZE = QSize(1100, 720)
DEFAULT_PAGE = "peers"
# ``settled`` comes at the latest this long after the window is made, should the pages
# never fill (a database that failed to open, a first run still asking for our city).
SETTLED_LATEST_MS = 2000


class MainWindow(QMainWindow):
    """The pages stand in the window from the start; Stakeholders and Peer cities are
    made and filled once the home is open, Profile, Working groups and Briefs the first
    time they are shown.

    Signals, each emitted once: ``firstShown`` when the window is on screen;
    ``pagesFilled`` when every page that start-up fills (all but those made when first
    shown, unless one is on screen) has shown its data; ``settled`` right after (once the
    events queued meanwhile, such as drawing the filled pages, are handled), or at the
    latest ``SETTLED_LATEST_MS`` after the window was made: what the officer need not wait
    for (the wheel guard, listening for later launches) is done then."""

    firstShown = Signal()
    pagesFilled = Signal()
    settled = Signal()
    groupsChanged = Signal()  # a working group changed: the pages that show groups read again

    def __init__(self, paths: AppPaths, settings: Settings) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.home: Home | None = None
        self.our_city_name = ""
        self._shown_once = False
        self.restart_requested = False  # closed to start again (a new language)
        self._guide: GuideDialog | None = None
        self.team_refresh: TeamRefresh | None = None
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())

        self.undo_stack = QUndoStack(self)  # one history for every change in the window
        self.profile = ProfilePage(undo_stack=self.undo_stack, when_shown=True)
        self.profile.changeShown.connect(lambda: self.show_page(self.profile.key))
        self.profile.stored.connect(self._profile_stored)
        self.pages: list[Page] = [self.profile, *deferred_pages(self)]
        self._settled = False
        self.pagesFilled.connect(lambda: QTimer.singleShot(0, self, self._settle))
        QTimer.singleShot(SETTLED_LATEST_MS, self, self._settle)
        self.settled.connect(guard_input)
        self._lay_out()

        self.messages = StatusMessages(self)
        self.city_label = QLabel()
        self.city_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.city_label)
        self.say(self.tr("Opening your data…"), 0)
        self.bundles = BundleMenu(self, paths, lambda: self.home, lambda: self.our_city_name)
        self.bundles.exported.connect(self.say)
        self.bundles.peersChanged.connect(self._peers_changed)
        self.register = RegisterFlows(self)
        self.register.changed.connect(self._register_changed)
        self.register.saidInStatusBar.connect(self.say)
        self.files = FileOpener(self, lambda: self.home is not None, self.bundles.import_bundles,
                                self.register.import_stakeholders)
        self.files.refused.connect(self.say)
        write_waits().waiting.connect(self._write_waiting)  # a method: gone with the window
        self.unsaved = UnsavedWork(self)
        self.menus = WindowMenus(self)
        self._restore_state()
        self.setAcceptDrops(True)  # bundles and stakeholder lists dropped on the window open

    # --- pages -------------------------------------------------------------

    def _lay_out(self) -> None:
        """The sidebar naming the pages beside the stack showing one."""
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(200)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        self.loading = LoadingView()
        self.stack.addWidget(self.loading)
        for page in self.pages:
            QListWidgetItem(page_icon(page.icon_name), page.title(), self.sidebar)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)


    def _wait_for_pages(self) -> None:
        """``pagesFilled`` once every page that is filling now has filled."""
        waiting = {page.key for page in self.pages if not page.waits_to_be_shown()}

        def one_filled(key: str) -> None:
            if key in waiting:
                waiting.discard(key)
                if not waiting:
                    self.pagesFilled.emit()

        for page in self.pages:
            page.filled.connect(lambda key=page.key: one_filled(key))

    def _settle(self) -> None:
        if not self._settled:
            self._settled = True
            self.settled.emit()

    def page(self, key: str) -> Page:
        found = next(page for page in self.pages if page.key == key)
        return found.built() if isinstance(found, DeferredPage) else found

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        if isinstance(widget, DeferredPage):
            return widget.built()
        return widget if isinstance(widget, Page) else None

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow([page.key for page in self.pages].index(key))

    def start_group(self, proposal: GroupProposal) -> None:
        """Peer cities › Start this group: the Working groups page asks for the rest
        (made and filled now if it was never shown)."""
        from rrr_desktop.views.groups.page import WorkingGroupsPage

        self.show_page("groups")
        groups = self.page("groups")
        assert isinstance(groups, WorkingGroupsPage)
        groups.start_group(proposal)

    def open_home(self, home: Home, our_city: CityProfile) -> None:
        """The home is open and our city chosen: fill every page."""
        self.home = home
        self.menus.home_opened()
        self.bundles.home_opened()
        self.our_city_name = our_city.name
        self.city_label.setText(self.tr("Our city: {name}").format(name=our_city.name))
        self.setWindowTitle(f"{our_city.name} – {APP_NAME}")
        for page in self.pages:
            page.refresh(home)
        self._sidebar_changed(self.sidebar.currentRow())  # a page made when shown is made
        self._wait_for_pages()
        self.say(self.tr("Ready"), 5000)
        self.files.open_waiting()
        if home.read_only:
            self.statusBar().addPermanentWidget(QLabel(self.tr(
                "Read only: your role may look at the team's register but not change it")))
        if home.paths.team_database is not None:  # colleagues' changes refresh the pages
            from rrr_desktop.views.window.team_refresh import TeamRefresh

            self.team_refresh = TeamRefresh(home, self)
            self.team_refresh.changed.connect(self._colleagues_changed)
            self.team_refresh.start()

    def _profile_stored(self) -> None:
        """Our profile changed: the peers are ranked on it, and briefs quote it."""
        if self.home is not None:
            for page in self.pages:
                if page.key in ("peers", "briefs"):
                    page.refresh(self.home)

    def _colleagues_changed(self) -> None:
        """Another officer changed the team database: every page shows it (the profile
        keeps unsaved edits, and dialogs are left alone)."""
        assert self.home is not None
        for page in self.pages:
            page.refresh(self.home)
        self.say(self.tr("Updated with your colleagues' changes"), 10_000)

    def _sidebar_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.settings.last_page = self.pages[row].key
            if self.home is not None:
                self.stack.setCurrentWidget(self.pages[row])

    def show_about(self) -> AboutDialog:
        from rrr_desktop.views.help.about import AboutDialog

        dialog = AboutDialog(self.paths, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guide(self, section: str = "") -> GuideDialog:
        """Help › User Guide (F1): the guide, open at ``section`` or at the current page's.

        One guide per window, beside it (not modal), keeping its history while hidden."""
        from rrr_desktop.messages import current_language
        from rrr_desktop.views.help.guide_dialog import GuideDialog
        from rrr_desktop.views.help.sections import FILE_SECTIONS, START

        page = self.stack.currentWidget()
        if not section:
            section = page.key if isinstance(page, Page) and page.key in FILE_SECTIONS else START
        if self._guide is None:
            self._guide = GuideDialog(self.menuBar(), current_language(), section, self)
        elif section != self._guide.section():
            self._guide.show_section(section)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()
        return self._guide

    def show_preferences(self) -> PreferencesDialog:
        from rrr_desktop.views.window.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._preferences_saved)
        dialog.languageChanged.connect(self.ask_restart)
        dialog.open()
        return dialog

    def ask_restart(self, language: str) -> LanguageRestart:
        """Another language was chosen: "Restart now?" (see window/restart.py)."""
        from rrr_desktop.views.window.restart import LanguageRestart

        restart = LanguageRestart(self, language)
        restart.ask()
        return restart

    def _preferences_saved(self) -> None:
        """The age of stale peer data may have changed: pages flag it afresh; changes are
        recorded under the officer's name as now given."""
        if self.home is not None:
            self.home.name_officer(self.settings.officer_name)
            for page in self.pages:
                page.refresh(self.home)

    def print_brief(self) -> None:
        """File > Print Brief…: the Briefs page prints the brief it shows."""
        from rrr_desktop.views.briefs.page import BriefsPage

        self.show_page("briefs")
        page = self.page("briefs")
        assert isinstance(page, BriefsPage)
        if page.print_button.isEnabled():
            page.print_button.click()
        else:
            self.say(self.tr("Make a brief first: choose what it covers, then Preview."),
                     10_000)

    def _register_changed(self, message: str) -> None:
        """Stakeholders were added or changed: refill every page, show the register.

        Imports and sample data are not on the undo stack (File › Undo Last Import takes an
        import back whole); the images the stack holds may be stale now, so it is emptied."""
        assert self.home is not None
        self.undo_stack.clear()
        for page in self.pages:
            page.refresh(self.home)
        self.show_page("stakeholders")
        self.say(message)

    def say(self, message: str, timeout_ms: int = 30_000) -> None:
        """``message`` in the status bar, long enough to be read, and in Recent Messages
        (window/status_messages.py)."""
        self.messages.say(message, timeout_ms)

    def _write_waiting(self) -> None:
        self.say(self.tr(
            "Waiting for the database: another program is writing to it. Your change is "
            "saved as soon as it is free."))

    def _peers_changed(self, message: str) -> None:
        assert self.home is not None
        for page in self.pages:
            page.refresh(self.home)
        self.say(message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.dropped(event)

    def focus_search(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    @staticmethod
    def open_folder(folder: object) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- window state ----------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        keys = [page.key for page in self.pages]
        last = self.settings.last_page
        self.sidebar.setCurrentRow(keys.index(last if last in keys else DEFAULT_PAGE))

    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.unsaved.may_close():
            event.ignore()  # neither saved nor kept in the draft file: asked first
            return
        if self.team_refresh is not None:
            self.team_refresh.stop()
        self.save_state()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Queued behind the first paint, so listeners run once the window is visible.
            QTimer.singleShot(0, self.firstShown.emit)
