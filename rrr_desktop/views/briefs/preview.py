"""A generated brief on screen: page thumbnails, the pages, zoom, and printing.

QtPdf is imported when the first brief is shown, not with the window: it is a large
library the window does not need to appear (``tests/test_app_process.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

THUMBNAIL_WIDTH = 96
# Narrower than this, the page list is hidden: a readable page matters more.
MIN_WIDTH_WITH_THUMBNAILS = 560
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class BriefPreview(QWidget):
    """``show_pdf(path)`` loads a brief; ``print_brief()`` opens the print dialog.

    ``document`` is the ``QPdfDocument`` once a brief was shown (None before).
    """

    printed = Signal(bool)  # after the print dialog: True when pages were sent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Any = None
        self.view: Any = None
        self._print_dialog: Any = None
        self.thumbnails = QListWidget()
        self.thumbnails.setAccessibleName(self.tr("Pages of the brief"))
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setIconSize(QSize(THUMBNAIL_WIDTH, int(THUMBNAIL_WIDTH * 1.42)))
        self.thumbnails.setFixedWidth(THUMBNAIL_WIDTH + 36)
        self.thumbnails.currentRowChanged.connect(self._go_to_page)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), 0.0)
        for factor in ZOOMS:
            self.zoom.addItem(f"{factor:.0%}", factor)
        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)
        self.empty = QLabel(self.tr("Choose the options, then press Preview to see the brief "
                                    "here."))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        pages = QHBoxLayout()  # the thumbnails keep their width, the pages take the rest
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.stack, 1)
        self.zoom_bar = QWidget()
        bar = QHBoxLayout(self.zoom_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(zoom_label)
        bar.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.zoom_bar)
        layout.addLayout(pages, 1)
        self._shown = False
        self._show_controls(False)

    def _show_controls(self, shown: bool) -> None:
        """Page thumbnails and zoom only with a brief: before, the hint fills the area.
        In a narrow preview the thumbnails give their room to the page itself."""
        self._shown = shown
        self.thumbnails.setVisible(shown and self.width() >= MIN_WIDTH_WITH_THUMBNAILS)
        self.zoom_bar.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_controls(self._shown)

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Brief preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.stack.addWidget(self.view)
        self._apply_zoom()

    def show_pdf(self, path: Path) -> int:
        """Load the brief at ``path`` and show its first page; returns the page count."""
        self._ensure_view()
        self.document.close()
        self.document.load(str(path))
        self.stack.setCurrentWidget(self.view)
        self._show_controls(True)
        self._fill_thumbnails()
        self.view.pageNavigator().jump(0, QPointF())
        return int(self.document.pageCount())

    def title(self) -> str:
        """The brief's title from the PDF's metadata ("" when none is shown)."""
        if self.document is None:
            return ""
        return str(self.document.metaData(self.document.MetaDataField.Title) or "")

    def page_count(self) -> int:
        return int(self.document.pageCount()) if self.document is not None else 0

    def clear(self) -> None:
        if self.document is not None:
            self.document.close()
        self.thumbnails.clear()
        self.stack.setCurrentWidget(self.empty)
        self._show_controls(False)

    def _fill_thumbnails(self) -> None:
        self.thumbnails.clear()
        for page in range(self.document.pageCount()):
            size = self.document.pagePointSize(page)
            scale = THUMBNAIL_WIDTH / max(size.width(), 1)
            image = self.document.render(page, QSize(THUMBNAIL_WIDTH,
                                                     int(size.height() * scale)))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)),
                                   self.tr("Page {number}").format(number=page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)

    def _go_to_page(self, row: int) -> None:
        if self.view is not None and row >= 0:
            self.view.pageNavigator().jump(row, QPointF())

    def _apply_zoom(self) -> None:
        if self.view is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        factor = float(self.zoom.currentData())
        if factor:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(factor)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- printing ------------------------------------------------------------

    def print_brief(self) -> None:
        """Open the system print dialog; the pages print as images at the printer's
        resolution, which every Qt print backend supports."""
        if self.page_count() == 0:
            return
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from rrr_desktop.views.common.shared_settings import paper as preferred_paper

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if preferred_paper() == "letter"
                                      else QPageSize.PageSizeId.A4))
        printer.setDocName(self.title())
        self._print_dialog = QPrintDialog(printer, self)
        self._print_dialog.setMinMax(1, self.page_count())
        self._print_dialog.accepted.connect(lambda: self._print_to(printer))
        self._print_dialog.rejected.connect(lambda: self.printed.emit(False))
        # What QDialog.open() does; PySide6 exposes only QPrintDialog's open(receiver,
        # member) overload, so open() without arguments raises a TypeError.
        self._print_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._print_dialog.show()

    def _print_to(self, printer: Any) -> None:
        first = max(printer.fromPage(), 1)
        last = printer.toPage() or self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            self.printed.emit(False)
            return
        try:
            for page in range(first - 1, min(last, self.page_count())):
                if page > first - 1:
                    printer.newPage()
                area = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image: QImage = self.document.render(page, target)
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.printed.emit(True)
