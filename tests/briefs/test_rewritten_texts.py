"""The texts an officer rewrites for a brief are theirs: kept in the home a moment after
the typing pauses, shown again in the next session as rewritten, gone only on Reset; a
file that cannot be read is set aside, never deleted, and said."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rrr_desktop.paths import AppPaths
from rrr_desktop.services.briefs.generate import BriefRequest, gather
from rrr_desktop.services.briefs.inputs import CityBriefData, PeerBriefData
from rrr_desktop.services.briefs.narrative_texts import Narrative
from rrr_desktop.services.briefs.options import BriefKind, BriefOptions
from rrr_desktop.services.briefs.rewritten_texts import (
    NARRATIVE_PARTS,
    RewrittenTexts,
    UnreadableTexts,
    read_rewritten_texts,
    write_rewritten_texts,
)
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup.cities import choose_seeded_city
from rrr_desktop.views.briefs.page import BriefsPage
from rrr_desktop.views.common.worker import wait_for_background_work
from rrr_desktop.views.main_window import MainWindow
from tests.factories import SEED_UUIDS, bilbao_briefs_page, bilbao_window

texts_typed = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
rewritten = st.builds(
    RewrittenTexts,
    st.dictionaries(st.sampled_from(sorted(NARRATIVE_PARTS)), texts_typed),
    st.dictionaries(st.uuids().map(str), texts_typed, max_size=3))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=rewritten)
def test_what_is_kept_is_read_back_as_typed(tmp_path: Path, texts: RewrittenTexts) -> None:
    path = tmp_path / "brief-texts.json"
    write_rewritten_texts(path, texts)
    assert read_rewritten_texts(path) == texts
    assert path.exists() == bool(texts)  # nothing rewritten: no file


def test_the_officer_s_texts_go_over_the_suggestions() -> None:
    suggested = Narrative(purpose="Suggested purpose", options="Suggested options")
    texts = RewrittenTexts({"purpose": "Agree the Bilbao–Łódź visit budget."})
    assert texts.over(suggested) == Narrative(purpose="Agree the Bilbao–Łódź visit budget.",
                                              options="Suggested options")


@pytest.mark.parametrize("content", [
    b"\xff\xfe not text",
    b'{"format": 1, "narrative": ',
    b'["purpose"]',
    b'{"format": 2, "narrative": {}}',
    b'{"format": 1, "narrative": {"prologue": "Once upon a time"}}',
    b'{"format": 1, "questions": {"x": 7}}',
])
def test_a_file_that_cannot_be_read_is_set_aside_whole(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "brief-texts.json"
    path.write_bytes(content)
    with pytest.raises(UnreadableTexts, match="could not be read") as refused:
        read_rewritten_texts(path)
    assert not path.exists() and refused.value.kept.read_bytes() == content
    assert refused.value.kept.parent == tmp_path


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(content=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_file_is_read_or_set_aside_never_lost(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "brief-texts.json"
    path.write_bytes(content)
    try:
        read_rewritten_texts(path)
    except UnreadableTexts as refused:
        assert refused.kept.read_bytes() == content
        refused.kept.unlink()
    else:
        assert path.read_bytes() == content


def type_into_purpose(qtbot: QtBot, page: BriefsPage, words: str) -> None:
    page.tabs.setCurrentWidget(page.texts_area)
    purpose = page.texts.texts["purpose"]
    purpose.setFocus()
    qtbot.keyClick(purpose, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(purpose, words)


def test_a_rewritten_text_is_kept_after_a_pause_and_shown_in_the_next_session(
        qtbot: QtBot, home: Home) -> None:
    page = bilbao_briefs_page(qtbot, home)
    assert page.texts.labels["purpose"].text() == "&Purpose:"
    type_into_purpose(qtbot, page, " Housing co-ops first.")
    assert page.texts.labels["purpose"].text() == "&Purpose (your text):"
    assert page.texts.labels["background"].text() == "&Background:"
    qtbot.waitUntil(home.paths.brief_texts.exists, timeout=5_000)  # no Save needed
    typed = page.texts.texts["purpose"].toPlainText()
    assert read_rewritten_texts(home.paths.brief_texts).narrative == {"purpose": typed}
    page.close()

    again = bilbao_briefs_page(qtbot, home)  # the next session
    assert again.texts.texts["purpose"].toPlainText() == typed
    assert again.texts.labels["purpose"].text() == "&Purpose (your text):"
    again.options.language.setCurrentIndex(again.options.language.findData("es"))
    qtbot.waitUntil(lambda: "Opción" in again.texts.texts["recommendation"].toPlainText())
    assert again.texts.texts["purpose"].toPlainText() == typed  # still the officer's

    qtbot.mouseClick(again.texts.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.texts.texts["purpose"].toPlainText().startswith("Informar"))
    qtbot.waitUntil(lambda: not home.paths.brief_texts.exists(), timeout=5_000)
    assert again.texts.labels["purpose"].text() == "&Purpose:"  # the suggestion again


def test_a_peer_s_questions_come_back_for_that_peer(qtbot: QtBot, home: Home) -> None:
    write_rewritten_texts(home.paths.brief_texts, RewrittenTexts(
        questions={SEED_UUIDS["Rotterdam"]: "Who funds the bonds?"}))
    page = bilbao_briefs_page(qtbot, home)
    page.options.peer_kind.setChecked(True)
    page.options.peer.setCurrentIndex(page.options.peer.findText("Montréal"))
    qtbot.waitUntil(lambda: "Montréal" in page.texts.questions.toPlainText())
    page.options.peer.setCurrentIndex(page.options.peer.findText("Rotterdam"))
    assert page.texts.questions.toPlainText() == "Who funds the bonds?"
    assert page.texts.texts["purpose"].toPlainText().startswith("To brief management")  # suggested


def test_an_unreadable_file_is_said_and_the_suggestions_shown(
        qtbot: QtBot, home: Home) -> None:
    home.paths.brief_texts.write_text(json.dumps({"format": 1, "narrative": ["lost?"]}))
    page = bilbao_briefs_page(qtbot, home)
    assert page.status.text().startswith(
        f"Your texts for briefs in {home.paths.brief_texts} could not be read")
    [kept] = home.paths.home.glob("brief-texts-unreadable-*.json")
    assert str(kept) in page.status.text() and "lost?" in kept.read_text()


def test_a_brief_prints_the_officer_s_texts_over_the_suggestions(home: Home) -> None:
    """What the command line (and any brief not given its texts) prints."""
    choose_seeded_city(home.db, uuid.UUID(SEED_UUIDS["Bilbao"]))
    rotterdam = SEED_UUIDS["Rotterdam"]
    rewritten = RewrittenTexts({"options": "1. Join Rotterdam's bond pilot."},
                               {rotterdam: "Who funds the bonds?\n\n  Which return?  "})
    now = datetime.now(UTC)
    city, _ = gather(home.db, BriefRequest(BriefOptions(), rewritten=rewritten), now)
    assert isinstance(city, CityBriefData) and city.narrative is not None
    assert city.narrative.options == "1. Join Rotterdam's bond pilot."
    assert city.narrative.purpose.startswith("To brief management")  # suggested
    peer, _ = gather(home.db, BriefRequest(BriefOptions(kind=BriefKind.PEER), peer=rotterdam,
                                           rewritten=rewritten), now)
    assert isinstance(peer, PeerBriefData)
    assert peer.open_questions == ("Who funds the bonds?", "Which return?")
    montreal, _ = gather(home.db, BriefRequest(BriefOptions(kind=BriefKind.PEER),
                                               peer="Montréal", rewritten=rewritten), now)
    assert isinstance(montreal, PeerBriefData) and "Montréal" in montreal.open_questions[0]


def test_reset_in_a_peer_brief_keeps_the_city_brief_s_texts(qtbot: QtBot, home: Home) -> None:
    """Reset brings back the suggestions of the texts shown, not of every brief."""
    write_rewritten_texts(home.paths.brief_texts, RewrittenTexts(
        {"purpose": "Agree the Bilbao–Łódź visit budget."},
        {SEED_UUIDS["Rotterdam"]: "Who funds the bonds?"}))
    page = bilbao_briefs_page(qtbot, home)
    page.options.peer_kind.setChecked(True)
    page.options.peer.setCurrentIndex(page.options.peer.findText("Rotterdam"))
    page.tabs.setCurrentWidget(page.texts_area)
    qtbot.mouseClick(page.texts.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Rotterdam" in page.texts.questions.toPlainText())
    assert page.keep_now() == ""
    kept = read_rewritten_texts(home.paths.brief_texts)
    assert kept == RewrittenTexts({"purpose": "Agree the Bilbao–Łódź visit budget."}, {})
    page.options.city_kind.setChecked(True)
    wait_for_background_work()  # the city brief's suggestions, filled where not rewritten
    qtbot.wait(50)
    assert page.texts.texts["purpose"].toPlainText() == "Agree the Bilbao–Łódź visit budget."


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    yield from bilbao_window(qtbot, paths)


def test_edit_undo_brings_back_the_texts_a_reset_replaced(
        qtbot: QtBot, window: MainWindow, paths: AppPaths) -> None:
    """Reset replaces the officer's writing: like every change, Ctrl+Z undoes it."""
    window.show_page("briefs")
    page = window.page("briefs")
    assert isinstance(page, BriefsPage)
    purpose = page.texts.texts["purpose"]
    qtbot.waitUntil(lambda: "Bilbao" in purpose.toPlainText())
    page.tabs.setCurrentWidget(page.texts_area)
    type_into_purpose(qtbot, page, " Housing co-ops first.")
    typed = purpose.toPlainText()

    qtbot.mouseClick(page.texts.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: purpose.toPlainText() != typed)
    window.show_page("stakeholders")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: purpose.toPlainText() == typed)
    assert window.current_page() is window.page("briefs")  # shown where it changed
    assert page.keep_now() == ""
    assert read_rewritten_texts(paths.brief_texts).narrative == {"purpose": typed}

    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    qtbot.waitUntil(lambda: purpose.toPlainText() != typed)
    assert page.keep_now() == "" and not paths.brief_texts.exists()
