"""Help › User Guide (F1): the guide in the officer's language, beside the window.

A contents list, the section shown, Back and Forward, and a search box that keeps in
the list only the sections holding every word typed (accents and case aside), marks
the words in the section shown, and goes to the next place with Enter. The window
stays usable while the guide is open; F1 again turns it to the current page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenuBar,
    QSplitter,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rrr_desktop import APP_NAME
from rrr_desktop.text import normalise
from rrr_desktop.views.common.city_view import plain_label
from rrr_desktop.views.help.guide_browser import GuideBrowser
from rrr_desktop.views.help.sections import FILE_SECTIONS, SHORTCUTS, START, key_of, title_of
from rrr_desktop.views.help.shortcuts import markdown_table, shortcut_rows

KEY_ROLE = Qt.ItemDataRole.UserRole


def folded(text: str) -> str:
    """``text`` lower-case and without accents, one character for each character, so a
    place found in it is the same place in ``text``."""
    return "".join(c.lower() if c.isascii() else (normalise(c) or " ")[:1] for c in text)


class GuideDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, language: str, section: str = START,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} User Guide").format(app=APP_NAME))
        self.resize(940, 660)
        self._menu_bar = menu_bar
        self.browser = GuideBrowser(language, self._shortcuts_markdown)
        self.browser.setAccessibleName(self.tr("Section of the guide"))
        self._texts = {key: folded(self.browser.markdown_of(key))
                       for key in (*FILE_SECTIONS, SHORTCUTS)}

        self.back = self._history_button(
            self.tr("Back"), QStyle.StandardPixmap.SP_ArrowBack, QKeySequence.StandardKey.Back)
        self.forward = self._history_button(
            self.tr("Forward"), QStyle.StandardPixmap.SP_ArrowForward,
            QKeySequence.StandardKey.Forward)
        self.back.clicked.connect(self.browser.backward)
        self.forward.clicked.connect(self.browser.forward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.search = self._search_box()
        self.no_match = plain_label(role="no_match")
        self.no_match.hide()
        self.contents = self._contents_list()
        self.browser.sourceChanged.connect(self._section_shown)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 700])
        bar = QHBoxLayout()
        bar.addWidget(self.back)
        bar.addWidget(self.forward)
        bar.addWidget(self.search, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the search box finds; it never closes
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.no_match)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.show_section(section)

    def _search_box(self) -> QLineEdit:
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Search the guide"))
        search.setAccessibleName(self.tr("Search the guide"))
        search.setToolTip(self.tr("Enter goes to the next place that has these words"))
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self._search_changed)
        search.returnPressed.connect(self.find_next)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(search.setFocus)
        find.activated.connect(search.selectAll)
        return search

    def _contents_list(self) -> QListWidget:
        contents = QListWidget()
        contents.setAccessibleName(self.tr("Contents"))
        contents.setWordWrap(True)  # long titles (Polish, Portuguese) wrap, never cut
        contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        contents.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        for key in (*FILE_SECTIONS, SHORTCUTS):
            item = QListWidgetItem(title_of(self.browser.markdown_of(key)), contents)
            item.setData(KEY_ROLE, key)
        contents.currentItemChanged.connect(self._contents_chosen)
        return contents

    def _history_button(self, text: str, icon: QStyle.StandardPixmap,
                        key: QKeySequence.StandardKey) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(self.style().standardIcon(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setShortcut(QKeySequence(key))
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text} ({keys})")
        button.setEnabled(False)
        return button

    def show_section(self, key: str, anchor: str = "") -> None:
        self.browser.show_section(key, anchor)

    def section(self) -> str:
        return self.browser.section()

    def _shortcuts_markdown(self) -> str:
        table = markdown_table((self.tr("Command"), self.tr("Keys")),
                               shortcut_rows(self._menu_bar))
        intro = self.tr("The keys of the menu commands on this computer. On any page, F1 "
                        "opens the part of this guide about that page.")
        title = self.tr("Keyboard shortcuts")
        return f"# {title}\n\n{intro}\n\n{table}\n"

    def _contents_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(KEY_ROLE) != self.section():
            self.show_section(item.data(KEY_ROLE))

    def _section_shown(self, url: QUrl) -> None:
        key = key_of(url.path())
        for row in range(self.contents.count()):
            if self.contents.item(row).data(KEY_ROLE) == key:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        self._mark_words()

    # --- search ----------------------------------------------------------------------

    def _words(self) -> list[str]:
        return folded(self.search.text()).split()

    def _holds_words(self, key: str) -> bool:
        return all(word in self._texts[key] for word in self._words())

    def _search_changed(self) -> None:
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            item.setHidden(not self._holds_words(item.data(KEY_ROLE)))
        nothing = bool(self._words()) and all(
            self.contents.item(row).isHidden() for row in range(self.contents.count()))
        self.no_match.setText(self.tr("No section of the guide has “{words}”.").format(
            words=self.search.text().strip()))
        self.no_match.setVisible(nothing)
        self._mark_words()

    def _places(self) -> list[tuple[int, int]]:
        """(position, length) of every word searched for in the section shown."""
        places = []
        words = self._words()
        block = self.browser.document().begin()
        while block.isValid() and words:
            text = folded(block.text())
            for word in words:
                start = text.find(word)
                while start >= 0:
                    places.append((block.position() + start, len(word)))
                    start = text.find(word, start + 1)
            block = block.next()
        return sorted(places)

    def _mark_words(self) -> None:
        marked = []
        for position, length in self._places():
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.browser.document())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            mark = QTextCharFormat()
            mark.setBackground(self.palette().highlight().color().lighter(160))
            selection.format = mark
            marked.append(selection)
        self.browser.setExtraSelections(marked)

    def find_next(self) -> None:
        """Enter: the next place in this section, else the next section that has the words."""
        if not self._words():
            return
        key = self.section()
        after = self.browser.textCursor().selectionEnd()
        later = [place for place in self._places() if place[0] >= after]
        if later and self._holds_words(key):
            self._select(later[0])
            return
        listed = [self.contents.item(row).data(KEY_ROLE) for row in range(self.contents.count())
                  if not self.contents.item(row).isHidden()]
        if not listed:
            return
        following = listed[(listed.index(key) + 1) % len(listed)] if key in listed else listed[0]
        if following != key:
            self.show_section(following)
        places = self._places()
        if places:
            self._select(places[0])

    def _select(self, place: tuple[int, int]) -> None:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(place[0])
        cursor.setPosition(place[0] + place[1], QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
