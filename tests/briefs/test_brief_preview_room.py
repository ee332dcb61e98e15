"""The preview gives its room to the page: in a narrow area the page list steps aside."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from rrr_desktop.views.briefs.preview import BriefPreview


def two_pages(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in (1, 2):
        canvas.drawString(72, 720, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return path


def test_a_narrow_preview_shows_the_page_without_the_page_list(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    preview = BriefPreview()
    qtbot.addWidget(preview)
    preview.resize(420, 560)
    preview.show()
    assert preview.show_pdf(two_pages(tmp_path / "brief.pdf")) == 2
    qtbot.waitUntil(lambda: preview.view.width() >= 400)
    assert not preview.thumbnails.isVisible()
    preview.resize(900, 560)
    qtbot.waitUntil(preview.thumbnails.isVisible)
    assert preview.thumbnails.count() == 2
    assert preview.view.width() >= 900 - preview.thumbnails.width() - 20
