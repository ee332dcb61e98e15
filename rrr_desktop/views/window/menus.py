"""The main window's menu bar: File, Edit, Stakeholders, View, Go, Help.

Shortcuts come from ``QKeySequence.StandardKey`` wherever the platform has one
(Open, Save, Print, Close, Quit, Preferences, HelpContents, Cut/Copy/Paste), so
they are the keys each system's officers already know, and none takes a key the
system keeps for itself (Cmd+M minimises on macOS). Every action has a status tip.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from rrr_desktop import APP_NAME
from rrr_desktop.file_kinds import TABLE_SUFFIXES
from rrr_desktop.views.common.icons import page_icon
from rrr_desktop.views.help.sections import SHORTCUTS
from rrr_desktop.views.window.edit_actions import EditActions

if TYPE_CHECKING:
    from rrr_desktop.views.main_window import MainWindow
    from rrr_desktop.views.stakeholders.page import StakeholdersPage

Key = QKeySequence | QKeySequence.StandardKey | str | None


def shortcut_of(key: Key) -> QKeySequence:
    return key if isinstance(key, QKeySequence) else QKeySequence(key or "")


class WindowMenus(QObject):
    """Builds the menus of ``window``; keeps the actions that change with the data."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.edit = EditActions(window)
        self._file_menu(bar.addMenu(self.tr("&File")))
        self._edit_menu(bar.addMenu(self.tr("&Edit")))
        # The register's own menus: filled when its page is made (add_register_actions).
        self.stakeholders_menu = bar.addMenu(self.tr("&Stakeholders"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._add(self.view_menu, self.tr("&Recent Messages…"),
                  self.tr("The messages of the status bar since the window opened, whole"),
                  None, window.messages.show_recent)
        self.view_menu.addSeparator()
        self._go_menu(bar.addMenu(self.tr("&Go")))
        self._help_menu(bar.addMenu(self.tr("&Help")))

    def _add(self, menu: QMenu, text: str, tip: str, key: Key,
             slot: Callable[[], object]) -> QAction:
        action = menu.addAction(text)
        action.setShortcut(shortcut_of(key))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def home_opened(self) -> None:
        for action in self.needs_data:
            action.setEnabled(True)

    def _file_menu(self, menu: QMenu) -> None:
        window = self.window
        self._add(menu, self.tr("&Save"),
                  self.tr("Save what you are editing now (changes are also saved as you go)"),
                  QKeySequence.StandardKey.Save, window.unsaved.save_now)
        menu.addSeparator()
        self.import_action = self._add(
            menu, self.tr("&Import Stakeholders…"),
            self.tr("Add organisations from a spreadsheet ({formats})").format(
                formats=", ".join(TABLE_SUFFIXES)),
            self.tr("Ctrl+I"), window.register.import_stakeholders)
        self.export_action = self._add(
            menu, self.tr("&Export Stakeholders…"),
            self.tr("Save the register, as filtered, to a spreadsheet"),
            self.tr("Ctrl+E"), window.register.export_stakeholders)
        self.undo_import_action = self._add(
            menu, self.tr("&Undo Last Import…"),
            self.tr("Take back the stakeholders the last import added or changed"),
            None, window.register.undo_last_import)
        menu.addSeparator()
        menu.addActions(window.bundles.file_actions())
        menu.addSeparator()
        self.print_action = self._add(
            menu, self.tr("&Print Brief…"), self.tr("Print the brief shown on the Briefs page"),
            QKeySequence.StandardKey.Print, window.print_brief)
        menu.addSeparator()
        self._add(menu, self.tr("Open &Data Folder"),
                  self.tr("Show the folder where RRR Desktop keeps your data"), None,
                  lambda: window.open_folder(window.paths.home))
        menu.addSeparator()
        self._add(menu, self.tr("&Close Window"), self.tr("Close the window and quit"),
                  QKeySequence.StandardKey.Close, window.close)
        quit_action = self._add(menu, self.tr("&Quit"), self.tr("Quit RRR Desktop"),
                                QKeySequence.StandardKey.Quit, window.close)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.needs_data = [self.import_action, self.export_action, self.undo_import_action,
                           self.print_action]
        for action in self.needs_data:
            action.setEnabled(False)  # until the home is open

    def _edit_menu(self, menu: QMenu) -> None:
        self.edit_menu = menu
        menu.addActions(self.edit.actions())
        menu.addSeparator()
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.preferences_action = self._add(
            menu, self.tr("Pre&ferences…"),
            self.tr("Language, paper size, export folder, peer data age"),
            preferences if not preferences.isEmpty() else self.tr("Ctrl+,"),
            self.window.show_preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def add_register_actions(self, register: StakeholdersPage) -> None:
        """The register's actions, owned by its page: Undo, Redo and Bulk Edit in Edit,
        the Stakeholders menu, and the list-or-map and column choices in View."""
        window = self.window
        actions = register.stakeholder_actions
        edit_menu = self.edit_menu
        first = edit_menu.actions()[0]
        edit_menu.insertActions(first, [actions.undo, actions.redo])
        edit_menu.insertSeparator(first)
        edit_menu.insertAction(self.preferences_action, register.bulk_edit_action)
        edit_menu.insertSeparator(self.preferences_action)
        menu = self.stakeholders_menu
        for group in ([actions.new_organisation, actions.new_person],
                      [actions.edit, actions.add_interaction],
                      [actions.archive, actions.restore, actions.delete], [actions.merge]):
            if not menu.isEmpty():
                menu.addSeparator()
            menu.addActions(group)
        self.view_menu.addAction(register.toggle_view_action)
        columns = self.view_menu.addMenu(self.tr("Stakeholder &Columns"))
        columns.addActions(register.column_actions)
        register.message.connect(window.say)
        for action in (actions.new_organisation, actions.new_person, register.toggle_view_action):
            action.triggered.connect(lambda _checked=False: window.show_page(register.key))

    def _go_menu(self, menu: QMenu) -> None:
        window = self.window
        for number, page in enumerate(window.pages, start=1):
            action = self._add(menu, page.title(), self.tr("Show the page {page}").format(
                page=page.title()), f"Ctrl+{number}",
                partial(window.show_page, page.key))
            action.setIcon(page_icon(page.icon_name))
        menu.addSeparator()
        self._add(menu, self.tr("&Find"), self.tr("Put the cursor in this page's search box"),
                  QKeySequence.StandardKey.Find, window.focus_search)

    def _help_menu(self, menu: QMenu) -> None:
        window = self.window
        self._add(menu, self.tr("&User Guide"),
                  self.tr("How to do each task, for the page you are on"),
                  QKeySequence.StandardKey.HelpContents, window.show_guide)
        self._add(menu, self.tr("Keyboard S&hortcuts"),
                  self.tr("The keys of every menu command"), None,
                  lambda: window.show_guide(SHORTCUTS))
        menu.addSeparator()
        self._add(menu, self.tr("Load &Sample Data"),
                  self.tr("Add made-up stakeholders to try RRR Desktop"), None,
                  window.register.load_sample_data)
        self._add(menu, self.tr("Open &Log Folder"),
                  self.tr("Show the log files to send to support"), None,
                  lambda: window.open_folder(window.paths.logs))
        menu.addAction(window.bundles.key_action)
        about = self._add(menu, self.tr("&About {app}").format(app=APP_NAME),
                          self.tr("Version, data folder and licence"), None, window.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
