"""``rrr-desktop brief FILE.pdf``: arguments, the PDF written, refusals with exit 3."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from rrr_desktop.cli.briefs.arguments import add_brief_parser
from rrr_desktop.cli.briefs.commands import brief_command
from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.stakeholder import Stakeholder
from rrr_desktop.services.briefs.history import recent_briefs
from rrr_desktop.services.briefs.rewritten_texts import RewrittenTexts, write_rewritten_texts
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.directory import our_city
from tests.factories import SEED_UUIDS, heavy_modules_loaded_by


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rrr-desktop")
    add_brief_parser(parser.add_subparsers(dest="command"), argparse.ArgumentParser(add_help=False))
    return parser.parse_args(["brief", *argv])


def run(home: Home, *argv: str) -> str:
    out = io.StringIO()
    assert brief_command(parse(*argv), home, out) == 0
    return out.getvalue()


def test_a_city_brief_is_written_and_reported(bilbao: Home, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    said = run(bilbao, str(target), "--paper", "letter", "--lang", "fr")
    reader = PdfReader(target)
    pages = len(reader.pages)
    assert said.startswith(f"Wrote Note d’information de la ville – Bilbao to {target}: "
                           f"{pages} page{'s' if pages > 1 else ''}, ")
    assert " KB." in said
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    assert "Objet" in reader.pages[0].extract_text()
    assert recent_briefs(bilbao.db)[0].path == target


@pytest.mark.slow
@pytest.mark.sqlite_only  # a team database is reached through SQLAlchemy
def test_a_city_brief_from_the_command_line_leaves_the_orm_unloaded(
        bilbao: Home, tmp_path: Path) -> None:
    """SQLAlchemy alone takes a quarter of a second to import: a city brief reads and
    records through plain SQL (a peer brief's matching still needs the ORM)."""
    target = tmp_path / "brief.pdf"
    loaded = heavy_modules_loaded_by(
        "from rrr_desktop.__main__ import main\n"
        f"assert main(['--home', {str(bilbao.paths.home)!r}, 'brief', {str(target)!r}]) == 0")
    assert "sqlalchemy" not in loaded
    assert recent_briefs(bilbao.db)[0].path == target


def test_a_peer_brief_with_chosen_sections(bilbao: Home, tmp_path: Path) -> None:
    target = tmp_path / "rotterdam.pdf"
    said = run(bilbao, str(target), "--peer", "Rotterdam", "--sections", "profile,learn")
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Peer meeting brief – Rotterdam" in said
    assert "What we can learn from them" in text
    assert "Their practices" not in text


def test_unknown_sections_are_listed_and_refused(bilbao: Home, tmp_path: Path) -> None:
    with pytest.raises(RejectedInput, match="no section budget, gossip") as refused:
        brief_command(parse(str(tmp_path / "x.pdf"), "--sections", "purpose,budget,gossip"),
                      bilbao, io.StringIO())
    assert "recommendation" in str(refused.value)  # the sections to choose from
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(("argv", "problem"), [
    (("brief.txt",), "ending in .pdf"),
    (("missing/brief.pdf",), "does not exist"),
    (("brief.pdf", "--peer", "Atlantis"), "no peer city called “Atlantis”"),
    (("brief.pdf", "--key-stakeholders", "0"), "1 to 5,000 rows"),
])
def test_bad_input_is_refused_with_a_clear_message(
        bilbao: Home, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...],
        problem: str) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(RejectedInput, match=problem):
        brief_command(parse(*argv), bilbao, io.StringIO())
    assert not list(tmp_path.glob("*.pdf"))


def test_paper_and_language_choices_are_checked_by_the_parser() -> None:
    with pytest.raises(SystemExit):
        parse("x.pdf", "--lang", "de")
    assert parse("x.pdf").paper == "a4" and parse("x.pdf").lang is None  # the officer's


def test_a_stored_website_no_reader_can_parse_does_not_stop_a_peer_brief(
        bilbao: Home, tmp_path: Path) -> None:
    with bilbao.db.session() as session:  # as older versions stored it, unchecked
        session.add(Stakeholder(name="Broken link co-op", kind="cooperative",
                                website="http://["))
    target = tmp_path / "rotterdam.pdf"
    said = run(bilbao, str(target), "--peer", "Rotterdam")
    assert "Peer meeting brief – Rotterdam" in said
    assert target.stat().st_size > 0


def test_a_spanish_brief_names_country_and_topics_in_spanish(bilbao: Home,
                                                             tmp_path: Path) -> None:
    """rrr-desktop brief x.pdf --lang es for Bilbao: "España", the Spanish topic
    names and no English topic label; --lang pl writes dates with Polish months."""
    from rrr_desktop.messages import catalogue

    target = tmp_path / "x.pdf"
    run(bilbao, str(target), "--lang", "es")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "País España" in text
    assert "Bonos de impacto social y finanzas sociales" in text
    english = [label for key, label in catalogue("en").items()
               if key.startswith("topic_label.") and label in text]
    assert english == []
    spanish, english_texts = our_city(bilbao.db, "es"), our_city(bilbao.db, "en")
    assert spanish is not None and english_texts is not None
    assert spanish.summary != english_texts.summary
    assert " ".join(spanish.summary.split())[:60] in text  # as we wrote it in Spanish
    run(bilbao, str(target), "--lang", "pl", "--peer", "Rotterdam")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    months = [catalogue("pl")[f"date.month_{month:02d}"] for month in range(1, 13)]
    assert any(f" {month} 20" in text for month in months)
    assert "Holandia" in text


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_texts_rewritten_in_the_window_are_printed_unless_asked_not_to(
        bilbao: Home, tmp_path: Path) -> None:
    write_rewritten_texts(bilbao.paths.brief_texts, RewrittenTexts(
        {"recommendation": "Join Rotterdam's bond pilot in March."},
        {SEED_UUIDS["Rotterdam"]: "Who funds the bonds?"}))
    said = run(bilbao, str(tmp_path / "city.pdf"))
    assert "Join Rotterdam's bond pilot in March." in pdf_text(tmp_path / "city.pdf")
    assert "It uses the texts you rewrote on the Briefs page" in said

    said = run(bilbao, str(tmp_path / "peer.pdf"), "--peer", "Rotterdam")
    assert "Who funds the bonds?" in pdf_text(tmp_path / "peer.pdf")
    assert "It uses the texts you rewrote" in said
    said = run(bilbao, str(tmp_path / "montreal.pdf"), "--peer", "Montréal")
    assert "It uses the texts you rewrote" not in said  # none for Montréal

    said = run(bilbao, str(tmp_path / "suggested.pdf"), "--suggested-texts")
    assert "Join Rotterdam" not in pdf_text(tmp_path / "suggested.pdf")
    assert "It uses the texts you rewrote" not in said


def test_unreadable_rewritten_texts_are_said_and_the_suggestions_printed(
        bilbao: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bilbao.paths.brief_texts.write_text("{not json")
    said = run(bilbao, str(tmp_path / "city.pdf"))
    assert "It uses the texts you rewrote" not in said
    assert "could not be read" in capsys.readouterr().err
    assert list(bilbao.paths.home.glob("brief-texts-unreadable-*.json"))  # set aside
