"""The page: margins, header (city and title), footer (data date, bundles, page N of M),
PDF metadata, progress reports and cancellation between pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.pagesizes import A4, LETTER  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate  # type: ignore[import-untyped]

from rrr_desktop.progress import CancelCheck, Progress, stop_if_cancelled
from rrr_desktop.services.briefs.archive import Metadata, declare_pdfa
from rrr_desktop.services.briefs.blocks import fitted
from rrr_desktop.services.briefs.fonts import BOLD, REGULAR
from rrr_desktop.services.briefs.keeping import KeepHeadingWithStart
from rrr_desktop.services.briefs.options import Paper
from rrr_desktop.services.briefs.provenance import FURNITURE_SIZE
from rrr_desktop.services.briefs.styles import INK, MUTED, RULE

PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}
SIDE_MARGIN = 20 * mm
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 24 * mm
HEADER_Y = 9 * mm  # above the top margin
FOOTER_Y = BOTTOM_MARGIN - 10 * mm  # first footer line, from the page's bottom edge


@dataclass(frozen=True)
class PageFurniture:
    """What every page repeats: ``page_label(page, pages)`` gives "Page 1 of 3"; the
    footer's two lines are the data date and the peer bundles."""

    city: str
    title: str
    footer: tuple[str, str]
    page_label: Callable[[int, int], str]


def frame_width(paper: Paper) -> float:
    return float(PAGE_SIZES[paper][0] - 2 * SIDE_MARGIN)


def _numbered_canvas(furniture: PageFurniture, metadata: Metadata,
                     right: float) -> type[Canvas]:
    """A canvas that holds the pages back until the end, when the page count is known,
    and then writes "page N of M" on each: one layout pass instead of two. It saves
    the file as PDF/A-2b."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self.setFont(REGULAR, FURNITURE_SIZE)
                self.setFillColor(MUTED)
                self.drawRightString(right, FOOTER_Y,
                                     furniture.page_label(self._pageNumber, total))
                super().showPage()
            declare_pdfa(self, metadata)
            super().save()

    return NumberedCanvas


class BriefDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """One column of flowables between the header and the footer."""

    def __init__(self, stream: IO[bytes], paper: Paper, furniture: PageFurniture,
                 metadata: Metadata, *, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None,
                 expected_pages: int = 1) -> None:
        page_width, page_height = PAGE_SIZES[paper]
        super().__init__(
            stream, pagesize=(page_width, page_height), leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN, topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
            title=metadata.title, author=metadata.author, subject=metadata.subject,
            creator="RRR Desktop", lang=metadata.language,
            # The canvas would otherwise start with Helvetica, declared but never
            # embedded: PDF/A wants every font embedded. No CMYK with an sRGB intent.
            initialFontName=REGULAR, initialFontSize=10, enforceColorSpace="rgb",
            keepTogetherClass=KeepHeadingWithStart)
        self.metadata = metadata
        self.furniture = furniture
        self._progress = progress
        self._cancelled = cancelled
        self._expected_pages = max(expected_pages, 1)
        self._flowables_total = 1
        self._flowables_done = 0
        self._reported = 0.0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPage=self._draw_furniture)])
        self.setProgressCallBack(self._on_progress)

    def build_story(self, story: list[Flowable]) -> None:
        canvas = _numbered_canvas(self.furniture, self.metadata,
                                  self.pagesize[0] - SIDE_MARGIN)
        self.build(story, canvasmaker=canvas)

    def _draw_furniture(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        width, height = self.pagesize
        left, right = SIDE_MARGIN, width - SIDE_MARGIN
        half = (right - left) / 2 - 6
        canvas.saveState()
        header_y = height - TOP_MARGIN + HEADER_Y
        canvas.setFont(BOLD, FURNITURE_SIZE)
        canvas.setFillColor(INK)
        canvas.drawString(left, header_y, fitted(self.furniture.city, half, BOLD,
                                                 FURNITURE_SIZE))
        canvas.setFont(REGULAR, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, header_y, fitted(self.furniture.title, half, REGULAR,
                                                       FURNITURE_SIZE))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, header_y - 5, right, header_y - 5)
        canvas.line(left, FOOTER_Y + 11, right, FOOTER_Y + 11)
        date, bundles = self.furniture.footer
        canvas.drawString(left, FOOTER_Y, fitted(date, right - left - 90, REGULAR,
                                                 FURNITURE_SIZE))
        canvas.drawString(left, FOOTER_Y - 10, bundles)
        canvas.restoreState()

    def handle_pageBegin(self) -> None:
        stop_if_cancelled(self._cancelled)
        super().handle_pageBegin()
        self._report(self.page / self._expected_pages)

    def afterFlowable(self, flowable: Flowable) -> None:
        stop_if_cancelled(self._cancelled)

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self._flowables_total = max(value, 1)
        elif kind == "PROGRESS":
            self._flowables_done = value
            self._report(self._flowables_done / self._flowables_total)

    def _report(self, fraction: float) -> None:
        """Reports only ever go forward; 1.0 is left for when the file is written."""
        fraction = min(max(fraction, self._reported), 0.95)
        if self._progress and fraction > self._reported:
            self._reported = fraction
            self._progress(fraction)
