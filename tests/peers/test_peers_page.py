"""The Peer cities page on the demo data: ranking, reasons, filters, hide and pin,
notes saved automatically, weights that re-rank, and working groups."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.messages import set_language
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.services.dto import NewCity
from rrr_desktop.services.groups import editing
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers import workspace as peer_workspace
from rrr_desktop.services.peers.workspace import Provenance
from rrr_desktop.services.setup import cities as cities_service
from rrr_desktop.services.setup.sample_data import load_sample_data
from rrr_desktop.views.peers.detail_view import PeerDetailView
from rrr_desktop.views.peers.page import PeersPage
from rrr_desktop.views.peers.suggestions_model import SuggestionTableModel
from tests.factories import SEED_UUIDS, add_own_words

ROTTERDAM = UUID(SEED_UUIDS["Rotterdam"])


@pytest.fixture
def page(home: Home, qtbot: QtBot) -> Iterator[PeersPage]:
    load_sample_data(home.db, count=3)
    shown = PeersPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    yield shown
    shown.detail.note.timer.stop()


def cities(page: PeersPage) -> list[str]:
    column = SuggestionTableModel.CITY
    return [str(page.proxy.index(row, column).data()) for row in range(page.proxy.rowCount())]


def select(page: PeersPage, qtbot: QtBot, city: str) -> None:
    page.table.selectRow(cities(page).index(city))
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.profile.name == city)


def test_a_city_wanting_social_impact_bonds_sees_rotterdam_first_and_why(
        page: PeersPage) -> None:
    assert cities(page)[:2] == ["Rotterdam", "Bilbao"]
    assert page.match.suggestion is not None and page.match.suggestion.city == "Rotterdam"
    assert page.match.reasons[0].text() == (
        "• Rotterdam offers social impact bonds and social finance, which you want to learn "
        "(their maturity not assessed, yours 1/10)")


def test_each_criterion_s_points_read_whole_beside_its_bar(page: PeersPage) -> None:
    """Written over the bar, "1.5" lost its "1" under the bar's colour."""
    from PySide6.QtWidgets import QLabel, QProgressBar

    bars = page.match.findChildren(QProgressBar)
    assert bars and not any(bar.isTextVisible() for bar in bars)
    shown = {label.text() for label in page.match.findChildren(QLabel)}
    for bar in bars:
        points = bar.accessibleName().rsplit(": ", 1)[1].removesuffix(" points")
        assert points in shown


def test_reasons_read_in_the_officers_language(page: PeersPage) -> None:
    """The sentence and the topic in it are both Spanish, composed from the catalogue."""
    set_language("es")
    page.rerank()
    assert page.match.reasons[0].text() == (
        "• Rotterdam ofrece el tema «bonos de impacto social y finanzas sociales», que "
        "queremos aprender (su madurez sin evaluar, la nuestra 1/10)")


def test_filters_by_topic_language_region_and_name(page: PeersPage) -> None:
    filters = page.filters
    filters.topic.setCurrentIndex(filters.topic.findData("collaborative-management"))
    assert set(cities(page)) == {"Montréal", "San Francisco", "Warsaw", "Torino"}
    filters.topic.setCurrentIndex(0)
    filters.language.setCurrentIndex(filters.language.findData("nl"))
    assert cities(page) == ["Rotterdam"]
    filters.language.setCurrentIndex(0)
    filters.region.setCurrentIndex(filters.region.findData("Basque Country"))
    assert cities(page) == ["Bilbao"]
    filters.region.setCurrentIndex(0)
    filters.search.setText("san")
    assert cities(page) == ["San Francisco"]
    assert page.search_count.text() == "1 of 9 peer cities"


def test_pin_and_hide_change_the_list_and_are_kept(page: PeersPage, home: Home,
                                                   qtbot: QtBot) -> None:
    select(page, qtbot, "Guadalajara")
    page.pin_action.trigger()
    qtbot.waitUntil(lambda: cities(page)[0] == "Guadalajara")
    assert page.model.data(page.model.index(0, SuggestionTableModel.STATUS)) == "Pinned"
    select(page, qtbot, "Rotterdam")
    page.hide_action.trigger()
    qtbot.waitUntil(lambda: "Rotterdam" not in cities(page))
    assert "(1 hidden)" in page.search_count.text()
    assert peer_workspace.peer_preferences(home.db).hidden == frozenset({ROTTERDAM})
    page.filters.show_hidden.setChecked(True)
    row = cities(page).index("Rotterdam")
    assert page.proxy.index(row, SuggestionTableModel.STATUS).data() == "Hidden"


def test_the_note_is_saved_automatically(page: PeersPage, home: Home, qtbot: QtBot) -> None:
    select(page, qtbot, "Rotterdam")
    page.detail.note.editor.setPlainText("Ask about the bond register")
    qtbot.waitUntil(lambda: page.detail.note.status.text() == "Saved.", timeout=5000)
    assert peer_workspace.note(home.db, ROTTERDAM) == "Ask about the bond register"


def test_a_failed_note_save_keeps_the_text_and_says_so(page: PeersPage, qtbot: QtBot) -> None:
    def broken(_city: UUID, _text: str) -> None:
        raise OSError("disk full")

    select(page, qtbot, "Rotterdam")
    page.detail.note.set_saver(broken)
    page.detail.note.editor.setPlainText("Precious words")
    page.detail.note.save_now()
    qtbot.waitUntil(lambda: "could not be saved" in page.detail.note.status.text())
    select(page, qtbot, "Bilbao")
    select(page, qtbot, "Rotterdam")
    assert page.detail.note.editor.toPlainText() == "Precious words"


def test_changing_a_weight_re_ranks_at_once_and_is_kept(page: PeersPage, home: Home,
                                                        qtbot: QtBot) -> None:
    page.weights_panel.boxes["learn"].setValue(0)
    assert cities(page)[0] != "Rotterdam"
    qtbot.waitUntil(lambda: peer_workspace.load_weights(home.db).learn == 0, timeout=5000)
    page.weights_panel.reset.click()
    assert cities(page)[0] == "Rotterdam"
    assert page.weights_panel.boxes["learn"].value() == 3


def test_proposed_groups_are_started_on_the_working_groups_page(
        page: PeersPage, home: Home, qtbot: QtBot) -> None:
    groups = page.groups
    assert not groups.proposals  # proposed when the tab is first opened
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.tabs.tabBar().tabRect(1).center())
    qtbot.waitUntil(lambda: bool(groups.proposals))
    first = groups.tree.topLevelItem(0)
    assert first is not None and "(lead: Montréal)" in first.text(0)
    assert "wants to learn" in first.child(1).child(0).text(0)  # each member's reason
    with qtbot.waitSignal(page.groupStartRequested) as started:
        qtbot.mouseClick(groups.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [groups.proposals[0]]
    proposal = groups.proposals[0]
    editing.create_group(home.db, "Partnerships circle", list(proposal.topic_ids),
                         [m.city for m in proposal.members[:3]])
    page.groups_changed()  # the window says so after a change on the Working groups page
    qtbot.waitUntil(lambda: "started as “Partnerships circle”" in groups.tree.topLevelItem(
        0).text(0))


@pytest.fixture
def new_city_page(home: Home, qtbot: QtBot) -> Iterator[PeersPage]:
    """A city just created, with nothing in its profile yet."""
    cities_service.create_our_city(home.db, NewCity(name="Lyon", country_code="FR",
                                                    language="fr"))
    shown = PeersPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.show()
    with qtbot.waitSignal(shown.filled, timeout=10_000):
        shown.refresh(home)
    yield shown
    shown.detail.note.timer.stop()


def test_a_new_city_can_browse_every_peer_and_is_told_what_to_do(
        new_city_page: PeersPage) -> None:
    page = new_city_page
    assert len(cities(page)) == 9
    assert page.search_count.text() == (
        "9 peer cities, none with anything in common with yours yet")
    why = page.proxy.index(0, SuggestionTableModel.WHY).data()
    assert why == ("Nothing in common yet: add what you offer and want to learn on the "
                   "Profile page")
    assert page.proxy.index(0, SuggestionTableModel.SCORE).data() == "0"
    assert page.match.findChild(QLabel, "no_reason") is not None or any(
        label.text() == why for label in page.match.findChildren(QLabel))


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a filter with the keyboard, as an officer would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def click_city(page: PeersPage, qtbot: QtBot, city: str) -> None:
    index = page.proxy.index(cities(page).index(city), SuggestionTableModel.CITY)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.profile.name == city)


def test_a_filter_that_removes_every_peer_is_named(new_city_page: PeersPage,
                                                    qtbot: QtBot) -> None:
    page = new_city_page
    choose(qtbot, page.filters.language, "polski")
    assert cities(page) == ["Warsaw"]
    click_city(page, qtbot, "Warsaw")
    qtbot.keyClick(page.table, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: cities(page) == [])
    assert page.search_count.text().startswith("No peer city speaks polski.")
    choose(qtbot, page.filters.language, "Any language")
    # Who offers social impact bonds? Answered though our new profile names no topic:
    # Rotterdam offers them and comes first; Bilbao only wants to learn them.
    choose(qtbot, page.filters.topic, "Social impact bonds and social finance")
    qtbot.waitUntil(lambda: cities(page) == ["Rotterdam", "Bilbao"])
    why = [page.proxy.index(row, SuggestionTableModel.WHY).data() for row in range(2)]
    assert why == ["Offers social impact bonds and social finance",
                   "Wants to learn social impact bonds and social finance "
                   "(does not offer it)"]


def test_unmatched_peers_come_after_the_ranked_ones(page: PeersPage) -> None:
    scores = [float(page.proxy.index(row, SuggestionTableModel.SCORE).data())
              for row in range(page.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert page.search_count.text().endswith("best first") or "nothing in common yet" in \
        page.search_count.text()


def test_the_peers_own_words_are_shown_marked_as_theirs(home: Home, page: PeersPage,
                                                        qtbot: QtBot) -> None:
    add_own_words(home, "Rotterdam", TopicRole.OFFERS, "Community kitchens in schools")
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    assert page.selected_uuid() == ROTTERDAM  # still selected: its details are read again
    qtbot.waitUntil(lambda: "In their own words: “Community kitchens in schools”" in [
        label.text() for label in page.detail.findChildren(QLabel)])


def test_the_age_warning_speaks_of_one_year_or_several(qtbot: QtBot) -> None:
    view = PeerDetailView()
    qtbot.addWidget(view)
    now = datetime.now(UTC)
    one = view._age_warning(Provenance("seed", now - timedelta(days=400)))
    five = view._age_warning(Provenance("seed", now - timedelta(days=5 * 365 + 30)))
    assert one is not None and five is not None
    assert one.text().startswith("⚠ This information is more than a year old:")
    assert five.text().startswith("⚠ This information is more than 5 years old:")


def test_a_polish_page_shows_no_english_word_from_the_data(home: Home, qtbot: QtBot) -> None:
    set_language("pl")  # as the window's language sets it at start-up, with the locale
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        _check_polish_page(home, qtbot)
    finally:
        QLocale.setDefault(before)


def _check_polish_page(home: Home, qtbot: QtBot) -> None:
    from rrr_desktop.messages import catalogue

    load_sample_data(home.db, count=3)
    page = PeersPage()
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        page.refresh(home)
    select(page, qtbot, "Rotterdam")
    texts = "\n".join(label.text() for view in (page.match, page.detail)
                      for label in view.findChildren(QLabel))
    english = {label for key, label in catalogue("en").items()
               if key.startswith(("topic_label.", "region.")) and label in texts}
    why = "\n".join(label.text() for label in page.match.findChildren(QLabel))
    english |= {label for key, label in catalogue("en").items()
                if key.startswith("criterion.") and label in why}
    assert english == set()
    assert "Holandia · Holandia Południowa" in texts
    assert "Obligacje społeczne i finanse społeczne" in texts
    assert "3,5" in texts and "3.5" not in texts  # the score, as Polish writes decimals
    topic = page.filters.topic
    bonds = topic.findData("social-impact-bonds")
    assert topic.itemText(bonds) == "Obligacje społeczne i finanse społeczne"
    assert topic.itemData(bonds, Qt.ItemDataRole.ToolTipRole).startswith(
        "Inwestycje rozliczane według efektów")
    page.detail.note.timer.stop()
