"""Table cells laid out once (``services/briefs/lines.py``) print exactly what their
paragraphs would: the same lines, at the same places, split the same way over pages."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rrr_desktop.services.briefs.blocks import markup
from rrr_desktop.services.briefs.lines import Lines, broken_lines
from rrr_desktop.services.briefs.styles import styles
from rrr_desktop.services.briefs.tables import data_table

WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzWMÁéłŁżßç()-/.,&<0123456789"),
               min_size=1, max_size=14)
TEXT = st.lists(WORD, min_size=1, max_size=14).map(" ".join)


def paragraph_lines(text: str, width: float) -> list[str]:
    paragraph = Paragraph(markup(text), styles().cell)
    paragraph.wrap(width, 100_000)
    assert paragraph.blPara.kind == 0  # one fragment: lines of words
    return [" ".join(words) for _, words in paragraph.blPara.lines]


@given(TEXT, st.floats(min_value=20, max_value=250))
def test_plain_text_breaks_where_its_paragraph_breaks(text: str, width: float) -> None:
    lines = broken_lines(text, styles().cell, width)
    if lines is not None:  # None: left to a paragraph
        assert list(lines) == paragraph_lines(text, width)


def test_names_and_labels_are_laid_out_without_a_paragraph() -> None:
    style = styles().cell
    assert broken_lines("Co-implementing", style, 80) == ("Co-implementing",)
    assert broken_lines("Bicycle Employment Office 79 (sample)", style, 120) == (
        "Bicycle Employment Office 79", "(sample)")


@pytest.mark.parametrize("text", [
    "", "two  spaces", " leading", "trailing ", "line\nbreak", "tab\there", "soft\xadhyphen",
    "zero\u200bwidth", "no\xa0break", "Smith & Sons", "<b>bold</b>",
    "Supercalifragilisticexpialidocious-Cooperative"])
def test_text_only_a_paragraph_can_lay_out_is_left_to_it(text: str) -> None:
    assert broken_lines(text, styles().cell, 60) is None


@pytest.mark.parametrize("height", [0, 5, 11, 21.9, 22, 30, 33, 44, 76.9, 88, 100])
def test_lines_split_over_pages_as_their_paragraph_does(height: float) -> None:
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    lines = broken_lines(text, styles().cell, 45)
    assert lines is not None and len(lines) == 8
    paragraph = Paragraph(markup(text), styles().cell)
    paragraph.wrap(45, 100_000)
    ours = Lines(lines, styles().cell).split(45, height)
    theirs = paragraph.split(45, height)
    for part in theirs:
        part.wrap(45, 100_000)
    assert [part.lines for part in ours] == [
        tuple(" ".join(words) for _, words in part.blPara.lines) for part in theirs]


def text_positions(pdf: bytes) -> list[list[tuple[float, float, str]]]:
    """Each page's pieces of text with where they start."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[float, float, str]] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object,
                  _size: float, found: list[tuple[float, float, str]] = found) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((round(x, 2), round(y, 2), text.strip()))

        page.extract_text(visitor_text=visit)
        pages.append(sorted(found))
    return pages


def rendered(rows: list[list[str | Paragraph]]) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer)
    headers = ["Name", "Kind", "Stage", "District"]
    document.build([data_table(headers, rows, [0.4, 0.2, 0.25, 0.15], document.width)])
    return buffer.getvalue()


def test_a_table_of_plain_text_prints_as_the_same_table_of_paragraphs() -> None:
    rows: list[list[str]] = [
        [f"Neighbourhood Energy Co-operative {n} of the East End (sample)" * (1 + n % 3),
         "Network / federation" if n % 2 else "Business", "Co-implementing",
         "" if n % 5 == 0 else "Harbour"]
        for n in range(150)]
    rows[40][2] = " ".join(f"Meeting {n} held." for n in range(400))  # taller than a page
    as_paragraphs: list[list[str | Paragraph]] = [
        [Paragraph(markup(cell), styles().cell) for cell in row] for row in rows]
    ours = text_positions(rendered(list(rows)))
    assert len(ours) > 3
    assert ours == text_positions(rendered(as_paragraphs))
