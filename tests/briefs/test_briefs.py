"""The PDF briefs, read back with pypdf: what an officer would see on paper."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from rrr_desktop.progress import Cancelled
from rrr_desktop.services.briefs.inputs import (
    CityBriefData,
    CitySummary,
    Count,
    Exchange,
    FollowUp,
    MapPoint,
    Narrative,
    PeerBriefData,
    PeerSuggestion,
    Practice,
    Provenance,
    ReasonedTopic,
    SharedStakeholder,
    StakeholderRow,
    TopicNote,
    WorkingGroup,
)
from rrr_desktop.services.briefs.narrative import default_narrative
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions, CitySection, Paper
from rrr_desktop.services.briefs.render import (
    render_city_brief,
    render_peer_brief,
)

HOSTILE = "<b>Coop & Sons</b> <font>"
ACCENTED = ("Łódź", "Gdańsk", "São Paulo", "Montréal", "Zürich", "Ελλάδα")
LONG_WORD = "Ж" * 5000
PROVENANCE = Provenance(datetime(2026, 11, 25, 9, 30),
                        ("Łódź — lodz.rrrbundle — 2026-10-14",
                         "Montréal — montreal.rrrbundle — 2026-09-30"))


def rows(count: int) -> tuple[StakeholderRow, ...]:
    return tuple(StakeholderRow(
        name=f"Stakeholder {n:04d} {ACCENTED[n % len(ACCENTED)]}", kind="Co-operative",
        stage="Consulted", district="Old Town", owner="Ane", last_contact=date(2026, 10, 1),
        consent_recorded=n % 2 == 0, contact_person=f"Person {n}",
        email=f"person{n}@example.org", phone=f"+34 600 {n:06d}") for n in range(count))


def city_data(key_rows: int = 12) -> CityBriefData:
    return CityBriefData(
        city=CitySummary("Gdańsk", "Poland", "Pomerania", 486_000, ("Polish",),
                         "https://gdansk.pl", "A port city with strong co-operatives."),
        provenance=PROVENANCE,
        offers=(TopicNote("Social clauses", "Model clauses."),),
        wants=(TopicNote("Community energy"),),
        by_kind=(Count("Co-operative", 40), Count("Association", 25)),
        by_stage=(Count("Informed", 30), Count("Consulted", 35)),
        map_points=tuple(MapPoint(f"Org {n}", 1 + n % 5, 1 + n // 5 % 5, "Consulted")
                         for n in range(60)),
        key_stakeholders=(StakeholderRow(HOSTILE, "Mutual", "Informed"), *rows(key_rows)),
        overdue=(FollowUp("Zürich Repair Café", "Call back", date(2026, 11, 1), "Ane"),),
        peers=(PeerSuggestion("São Paulo", "Brazil", 0.8, ("They offer energy.",)),
               PeerSuggestion("Montréal", "Canada", 0.7, ("Procurement.",))),
        working_groups=(WorkingGroup("Ελλάδα desk", ("Energy",), ("Coop A",), "Ane"),),
        exchanges=(Exchange(date(2026, 10, 14), "Łódź", "Online session"),),
    )


def peer_data() -> PeerBriefData:
    return PeerBriefData(
        our_city="Gdańsk",
        peer=CitySummary("Łódź", "Poland", summary="Former textile capital."),
        provenance=PROVENANCE, match_score=0.82,
        learn=(ReasonedTopic("Community energy", ("They run an energy co-op.",)),),
        offer=(ReasonedTopic("Social clauses", ("They want procurement.",)),),
        practices=(Practice("Księży Młyn", "Programme", "Running", "Solar roofs.", 2021),),
        shared_stakeholders=(SharedStakeholder(HOSTILE, "Network", "Both members."),),
        exchanges=(Exchange(date(2026, 3, 2), "Łódź", "First contact"),),
        open_questions=("How was it financed?", "Would they host a visit?"),
    )


def read(source: Path | bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return reader, [page.extract_text() for page in reader.pages]


def flat(pages: list[str]) -> str:
    """All text with line breaks removed, so wrapped words join again."""
    return re.sub(r"\s+", " ", " ".join(pages))


def render_city(data: CityBriefData, options: BriefOptions | None = None) -> bytes:
    stream = io.BytesIO()
    render_city_brief(data, options or BriefOptions(), stream)
    return stream.getvalue()


@pytest.fixture(scope="module")
def city_pdf() -> tuple[PdfReader, list[str]]:
    return read(render_city(city_data()))


HEADINGS = {
    "en": ("Purpose", "Background", "Current situation", "Considerations", "Options",
           "Recommendation", "Key stakeholders", "Influence and interest", "Sources"),
    "es": ("Objeto", "Antecedentes", "Situación actual", "Consideraciones", "Opciones",
           "Recomendación", "Actores clave", "Influencia e interés", "Fuentes"),
    "fr": ("Objet", "Contexte", "Situation actuelle", "Points d’attention", "Options",
           "Recommandation", "Acteurs clés", "Influence et intérêt", "Sources"),
}


@pytest.mark.parametrize("language", sorted(HEADINGS))
def test_the_city_brief_has_the_briefing_note_sections_in_the_chosen_language(
        language: str) -> None:
    _, pages = read(render_city(city_data(), BriefOptions(language=language)))
    text = flat(pages)
    for number, title in enumerate(HEADINGS[language][:3], start=1):
        assert f"{number} {title}" in text
    for title in HEADINGS[language]:
        assert title in text


def test_accented_names_print_and_extract_exactly(city_pdf: tuple[PdfReader, list[str]]) -> None:
    text = flat(city_pdf[1])
    for name in ACCENTED:
        assert name in text
    fonts: set[str] = set()
    for page in city_pdf[0].pages:
        page.extract_text(visitor_text=lambda text, _cm, _tm, font, _size: fonts.add(
            str(font["/BaseFont"])) if text.strip() and font else None)
    assert {f.split("+")[-1] for f in fonts} == {"NotoSans-Regular", "NotoSans-Bold",
                                                  "NotoSans-Italic"}


def test_every_page_has_header_footer_and_page_n_of_m(
        city_pdf: tuple[PdfReader, list[str]]) -> None:
    reader, pages = city_pdf
    total = len(reader.pages)
    assert 2 <= total <= 6
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert "Gdańsk" in text and "City brief" in text
        assert "Data as of 25 November 2026, 09:30 (2026-11-25 09:30)" in text
        assert "lodz.rrrbundle" in text


def test_the_pdf_metadata_names_the_brief(city_pdf: tuple[PdfReader, list[str]]) -> None:
    metadata = city_pdf[0].metadata
    assert metadata is not None
    assert metadata.title == "City brief – Gdańsk"
    assert metadata.author == "Gdańsk"
    assert metadata.subject == "Gdańsk"


def test_the_author_option_goes_into_the_metadata() -> None:
    reader, _ = read(render_city(city_data(0), BriefOptions(author="Ana Nowak")))
    assert reader.metadata is not None and reader.metadata.author == "Ana Nowak"


def test_hostile_names_print_literally(city_pdf: tuple[PdfReader, list[str]]) -> None:
    assert HOSTILE in flat(city_pdf[1])
    _, peer_pages = read(render_peer(peer_data()))
    assert HOSTILE in flat(peer_pages)


def test_a_5000_character_word_breaks_across_lines_without_loss() -> None:
    data = replace(city_data(0), key_stakeholders=(StakeholderRow(LONG_WORD),),
                   narrative=Narrative(purpose=LONG_WORD))
    reader, pages = read(render_city(data))
    assert flat(pages).count("Ж") == 2 * len(LONG_WORD)
    longest_line = max(len(line) for page in pages for line in page.splitlines())
    assert longest_line < 120  # wrapped to the page's width, not one line running off
    assert len(reader.pages) < 15


def test_personal_data_is_left_out_by_default(city_pdf: tuple[PdfReader, list[str]]) -> None:
    text = flat(city_pdf[1])
    assert "person0@example.org" not in text and "Person 0" not in text


def test_personal_data_prints_only_with_the_option_and_recorded_consent() -> None:
    _, pages = read(render_city(city_data(), BriefOptions(include_personal_data=True)))
    text = flat(pages)
    assert "person0@example.org" in text and "+34 600 000002" in text
    assert "person1@example.org" not in text  # no consent recorded for odd rows
    assert "Contains personal data" in text


def test_empty_inputs_give_a_short_valid_brief() -> None:
    data = CityBriefData(city=CitySummary("Zürich"),
                         provenance=Provenance(datetime(2026, 1, 2, 3, 4)))
    reader, pages = read(render_city(data))
    text = flat(pages)
    assert len(reader.pages) <= 2
    assert "Nothing recorded yet." in text
    assert "No peer bundles used" in text
    assert "Our register holds no stakeholders yet." in text  # not "0 stakeholders"
    assert default_narrative(data, "pt").current_situation.startswith(
        "Nosso cadastro ainda não tem atores.")  # not "0 ator", as Portuguese counts 0


def test_an_empty_register_draws_no_empty_charts() -> None:
    """A new home's register has every stage at 0: the brief says nothing is recorded
    instead of drawing a chart of zeros beside an empty one."""
    data = CityBriefData(city=CitySummary("Bilbao"),
                         provenance=Provenance(datetime(2026, 1, 2, 3, 4)),
                         by_stage=(Count("Informed", 0), Count("Consulted", 0)))
    text = flat(read(render_city(data))[1])
    assert "Nothing recorded yet." in text
    assert "By stage" not in text and "Informed" not in text


def test_empty_peer_brief_is_valid() -> None:
    data = PeerBriefData(our_city="Bilbao", peer=CitySummary("Montréal"),
                         provenance=Provenance(datetime(2026, 1, 2, 3, 4)))
    reader, pages = read(render_peer(data))
    assert len(reader.pages) == 1
    assert "Montréal" in flat(pages)


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_size_sets_the_media_box(paper: Paper, size: tuple[int, int]) -> None:
    reader, _ = read(render_city(city_data(0), BriefOptions(paper=paper)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_a_long_key_table_spans_pages_with_its_header_repeated() -> None:
    reader, pages = read(render_city(city_data(1000)))
    table_pages = [text for text in pages if "Stakeholder 0" in text]
    assert len(table_pages) >= 15
    for text in table_pages:
        assert "Last contact" in text and "District" in text
    assert "Stakeholder 0999" in flat(pages)
    assert len(reader.pages) < 40


def test_chosen_sections_only_are_printed() -> None:
    options = BriefOptions(sections=frozenset({CitySection.PURPOSE, CitySection.PEERS}))
    _, pages = read(render_city(city_data(), options))
    text = flat(pages)
    assert "1 Purpose" in text and "2 Current situation" in text
    assert "2.1 Suggested peer cities" in text and "São Paulo" in text
    assert "Key stakeholders" not in text and "Background" not in text


def test_an_edited_narrative_replaces_the_defaults() -> None:
    data = replace(city_data(0), narrative=Narrative(purpose="Agree the 2027 budget.",
                                                     recommendation="Fund two visits."))
    text = flat(read(render_city(data))[1])
    assert "Agree the 2027 budget." in text and "Fund two visits." in text
    assert "to agree the next steps" not in text


def test_default_narrative_is_built_from_the_data(city_pdf: tuple[PdfReader, list[str]]) -> None:
    text = flat(city_pdf[1])
    assert "Our register holds 65 stakeholders." in text
    assert "The peer cities that match us best are São Paulo, Montréal." in text


def render_peer(data: PeerBriefData, language: str = "en") -> bytes:
    stream = io.BytesIO()
    render_peer_brief(data, BriefOptions(kind=BriefKind.PEER, language=language), stream)
    return stream.getvalue()


@pytest.mark.parametrize(("language", "titles"), [
    ("en", ("1 Who they are", "2 What we can learn from them", "7 Open questions to raise")),
    ("es", ("1 Quiénes son", "3 Qué podemos ofrecerles", "7 Preguntas abiertas")),
    ("fr", ("1 Qui ils sont", "4 Leurs pratiques", "6 Historique de nos échanges")),
])
def test_the_peer_brief_covers_the_meeting(language: str, titles: tuple[str, ...]) -> None:
    reader, pages = read(render_peer(peer_data(), language))
    text = flat(pages)
    for title in titles:
        assert title in text
    assert "Księży Młyn" in text and "How was it financed?" in text
    assert reader.metadata is not None and "Łódź" in str(reader.metadata.title)


def test_a_file_target_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    render_city_brief(city_data(), BriefOptions(), target)
    assert PdfReader(target).pages
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_progress_goes_forward_to_one() -> None:
    reported: list[float] = []
    render_city_brief(city_data(200), BriefOptions(), io.BytesIO(), progress=reported.append)
    assert reported[0] == 0.0 and reported[-1] == 1.0
    assert reported == sorted(reported) and len(reported) > 5


def test_cancel_stops_rendering_and_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old brief")
    pages_seen: list[float] = []

    def cancelled() -> bool:
        return len(pages_seen) > 3

    with pytest.raises(Cancelled):
        render_city_brief(city_data(1000), BriefOptions(), target,
                          progress=pages_seen.append, cancelled=cancelled)
    assert target.read_bytes() == b"old brief"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_cancel_before_a_new_file_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        render_city_brief(city_data(), BriefOptions(), tmp_path / "new.pdf",
                          cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_options_of_the_other_kind_are_refused() -> None:
    with pytest.raises(ValueError, match="peer brief"):
        render_city_brief(city_data(), BriefOptions(kind=BriefKind.PEER), io.BytesIO())


def test_a_crowded_square_of_the_map_shows_its_count() -> None:
    crowded = tuple(MapPoint(f"Org {n}", 5, 5, ("Informed", "Consulted")[n % 2])
                    for n in range(37))
    text = flat(read(render_city(replace(city_data(0), map_points=crowded)))[1])
    assert " 37 " in text
    assert "Informed (19)" in text and "Consulted (18)" in text
