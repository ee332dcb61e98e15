"""The user guide's reader: a ``QTextBrowser`` that shows the guide's Markdown sections.

Sections are addressed as files of the officer's language folder
(``…/guide/es/stakeholders.md#map``), so links between sections resolve as relative
links and the browser keeps its own back and forward history. The text comes from
``sections.section_text`` (English for a file missing in that language) or, for the
keyboard shortcuts, from the window's menus. Qt's Markdown reader has no anchors:
a heading's ``{#anchor}`` is made one here once the section is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from rrr_desktop.views.help.sections import (
    FILE_SECTIONS,
    HEADING_ANCHOR,
    SHORTCUTS,
    SUFFIX,
    guide_folder,
    key_of,
    section_text,
)

# Qt's size steps above the text's (3 = xx-large); Markdown's own are a step larger.
HEADING_SIZES = {1: 2, 2: 1, 3: 0}


class GuideBrowser(QTextBrowser):
    def __init__(self, language: str, shortcuts: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._shortcuts = shortcuts
        self.document().setUndoRedoEnabled(False)

    def url_of(self, key: str, anchor: str = "") -> QUrl:
        url = QUrl.fromLocalFile(str(guide_folder(self.language) / f"{key}{SUFFIX}"))
        if anchor:
            url.setFragment(anchor)
        return url

    def show_section(self, key: str, anchor: str = "") -> None:
        self.setSource(self.url_of(key, anchor), QTextDocument.ResourceType.MarkdownResource)

    def section(self) -> str:
        """The key of the section shown ("" before the first)."""
        return key_of(self.source().path())

    def markdown_of(self, key: str) -> str:
        if key == SHORTCUTS:
            return self._shortcuts()
        return section_text(self.language, key) if key in FILE_SECTIONS else ""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        key = key_of(QUrl(name).path())
        if key:
            return self.markdown_of(key)
        return super().loadResource(kind, name)

    def doSetSource(self, name: QUrl | str, kind: QTextDocument.ResourceType = (
            QTextDocument.ResourceType.UnknownResource)) -> None:
        name = QUrl(name)
        if not key_of(name.path()):
            return  # not a section of the guide: stay on this one
        super().doSetSource(name, kind)
        self._make_anchors()
        if name.hasFragment():
            self.scrollToAnchor(name.fragment())

    def _make_anchors(self) -> None:
        """Each heading ending with ``{#name}`` loses that text and becomes anchor ``name``;
        headings get room above them and a size nearer the text's."""
        block = self.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                self._space_heading(block, level)
            match = HEADING_ANCHOR.search(block.text())
            if level > 0 and match:
                cursor = QTextCursor(block)
                cursor.setPosition(block.position() + match.start())
                cursor.setPosition(block.position() + match.end(),
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                cursor.setPosition(block.position())
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                anchor = QTextCharFormat()
                anchor.setAnchor(True)
                anchor.setAnchorNames([match.group(1)])
                cursor.mergeCharFormat(anchor)
            block = block.next()

    @staticmethod
    def _space_heading(block: QTextBlock, level: int) -> None:
        cursor = QTextCursor(block)
        spacing = QTextBlockFormat()
        spacing.setTopMargin(0 if level == 1 else 14)
        spacing.setBottomMargin(6)
        cursor.mergeBlockFormat(spacing)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        size = QTextCharFormat()
        size.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES.get(level, 0))
        cursor.mergeCharFormat(size)
