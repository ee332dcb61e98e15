"""How a brief falls on its pages: no heading alone at the foot of a page, no half
page left blank before a table that could start there."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

import pytest
from pypdf import PdfReader

from rrr_desktop.services.briefs.inputs import SharedStakeholder
from rrr_desktop.services.briefs.layout import BOTTOM_MARGIN
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.render import render_city_brief, render_peer_brief
from rrr_desktop.services.briefs.styles import styles
from tests.briefs.test_briefs import city_data, peer_data

NOTE = "A neighbourhood care co-operative running community energy pilots with the city. " * 2


@dataclass(frozen=True)
class Line:
    y: float  # from the page's bottom edge
    size: float
    text: str


def lines_by_page(pdf: bytes) -> list[list[Line]]:
    """The body text of each page (header and footer left out), top to bottom."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[Line] = []
        height = float(page.mediabox.height)

        top = height - BOTTOM_MARGIN

        def visit(text: str, cm: list[float], tm: list[float], _font: object,
                  size: float) -> None:
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if text.strip() and BOTTOM_MARGIN - 2 < y < top:  # noqa: B023 - used at once
                found.append(Line(y, size, text.strip()))  # noqa: B023

        page.extract_text(visitor_text=visit)
        pages.append(sorted(found, key=lambda line: -line.y))
    return pages


def peer_pdf(shared: int) -> bytes:
    data = replace(peer_data(), shared_stakeholders=tuple(
        SharedStakeholder(f"Organisation {n}", "Co-operative", NOTE) for n in range(shared)))
    stream = io.BytesIO()
    render_peer_brief(data, BriefOptions(kind=BriefKind.PEER), stream)
    return stream.getvalue()


def city_pdf(rows: int) -> bytes:
    stream = io.BytesIO()
    render_city_brief(city_data(rows), BriefOptions(), stream)
    return stream.getvalue()


HEADING_SIZES = {styles().heading.fontSize, styles().subheading.fontSize}


@pytest.mark.parametrize("pdf", [*(peer_pdf(n) for n in (3, 9, 14, 22)),
                                 *(city_pdf(n) for n in (0, 8, 20, 33))],
                         ids=[*(f"peer-{n}" for n in (3, 9, 14, 22)),
                              *(f"city-{n}" for n in (0, 8, 20, 33))])
def test_a_heading_is_never_the_last_thing_on_a_page(pdf: bytes) -> None:
    for number, lines in enumerate(lines_by_page(pdf)[:-1], start=1):
        assert lines[-1].size not in HEADING_SIZES, (
            f"page {number} ends with the heading {lines[-1].text!r}")


@pytest.mark.parametrize("shared", [9, 14, 22])
def test_a_long_table_starts_under_its_heading_instead_of_leaving_the_page_blank(
        shared: int) -> None:
    pages = lines_by_page(peer_pdf(shared))
    first = pages[0]
    assert any(line.text == "Organisation 0" for line in first)
    assert first[-1].y < BOTTOM_MARGIN + 80, "page 1 ends well above its foot"


def test_sources_are_not_alone_on_the_last_page() -> None:
    for shared in (9, 14, 22):
        last = lines_by_page(peer_pdf(shared))[-1]
        assert last[0].text != "Sources", f"{shared} shared stakeholders"
