"""Characters the brief's font lacks print as a visible mark and are reported."""

from __future__ import annotations

import io
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.graphics.shapes import String  # type: ignore[import-untyped]

from rrr_desktop.cli.briefs.commands import brief_command
from rrr_desktop.messages import LANGUAGES
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.models.vocabulary import StakeholderKind
from rrr_desktop.services.briefs.charts import bar_chart, influence_interest_map
from rrr_desktop.services.briefs.coverage import REPLACEMENT, printable, unprintable_in
from rrr_desktop.services.briefs.inputs import Count, MapPoint, StakeholderRow
from rrr_desktop.services.briefs.labels import Labels
from rrr_desktop.services.briefs.options import BriefOptions
from rrr_desktop.services.briefs.render import render_city_brief
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from tests.briefs.test_briefs import city_data
from tests.briefs.test_briefs_cli import parse
from tests.factories import SEED_UUIDS

CJK_NAME = "北京合作社 ★ Łódź"


@given(st.text())
def test_every_character_prints_or_shows_the_mark(text: str) -> None:
    shown = printable(text)
    assert len(shown) <= len(text)
    assert not set(unprintable_in(shown)), "only printable characters are left"
    if text.isascii():
        assert shown == text


def test_chinese_and_symbols_print_as_a_visible_mark_not_nothing() -> None:
    data = city_data(2)
    data = replace(data, key_stakeholders=(StakeholderRow(CJK_NAME, "Mutual", "Informed"),
                                           *data.key_stakeholders))
    stream = io.BytesIO()
    render_city_brief(data, BriefOptions(), stream)
    text = "\n".join(page.extract_text() for page in PdfReader(stream).pages)
    assert f"{REPLACEMENT * 5} {REPLACEMENT} Łódź" in text
    assert "北" not in text and "★" not in text
    assert unprintable_in(data) == tuple(sorted("北京合作社★"))


def test_the_command_line_warns_which_characters_show_as_the_mark(
        home: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    with home.db.session() as session:
        session.add(Stakeholder(name=CJK_NAME, kind=StakeholderKind.COOPERATIVE,
                                influence=5, interest=5))
    assert brief_command(parse(str(tmp_path / "brief.pdf")), home, io.StringIO()) == 0
    assert capsys.readouterr().err == (
        "Characters the brief's font cannot print (6) show as “�”: ★ 京 作 北 合 社\n")


def _strings(node: object) -> list[str]:
    """Every text drawn in a chart, however deep in its groups."""
    found = [node.text] if isinstance(node, String) else []
    for child in getattr(node, "contents", []):
        found += _strings(child)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_charts_print_every_character_they_draw(language: str) -> None:
    """The map's axis names once ended with "→", which the brief's fonts lack: every
    printed map showed "Interés �"."""
    labels = Labels(language)
    points = [MapPoint("Coop", 4, 2, "co-creation"), MapPoint("Fund", 1, 5, "engaged")]
    drawings = [influence_interest_map(points, ["co-creation", "engaged"], labels, 480),
                bar_chart(labels("by_kind"), [Count("Coopérative", 3)], 480, labels)]
    texts = [text for drawing in drawings for text in _strings(drawing)]
    assert texts and all(printable(text) == text and REPLACEMENT not in text
                         for text in texts), texts
    assert "\u2192" not in printable("\u2192"), "the fonts still lack the arrow"
