"""The read-only profile view shows the contact office and own-words topics as plain text."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rrr_desktop.services.dto import CityProfile, FreeTopicNote, TopicNote
from rrr_desktop.views.city_view import CityProfileView


def test_contact_office_and_own_words_topics_are_shown_apart(qtbot: QtBot) -> None:
    city = CityProfile(
        uuid=UUID(int=1), name="Łódź", country_code="PL", country_name="Poland", region="",
        languages=("pl",), population=None, website="", summary="", profile_source="",
        profile_updated_at=None, is_ours=True, contact_office="<b>SSE desk</b>, room 4",
        offers=(TopicNote("co-creation", "Co-creation", ""),),
        free_offers=(FreeTopicNote("Repair cafés", "Weekly"),))
    view = CityProfileView()
    qtbot.addWidget(view)
    view.show_city(city)
    labels = {label.objectName() or label.text(): label for label in view.findChildren(QLabel)}
    office = labels["contact_office"]
    assert office.text() == "Contact office: <b>SSE desk</b>, room 4"
    assert office.textFormat() == Qt.TextFormat.PlainText
    own = labels["own_words"]
    assert own.text() == "Repair cafés (own words)"
    assert "not a topic of the shared vocabulary" in own.toolTip()
    texts = [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    assert texts.index("Co-creation") < texts.index("Repair cafés (own words)")
    assert "None recorded." in texts  # wants to learn and shared challenges are empty


def test_languages_are_named_as_their_speakers_name_them_without_a_country() -> None:
    from rrr_desktop.views.city_view import language_name

    assert [language_name(code) for code in ("es", "en", "pl", "eu", "pt")] == [
        "español", "English", "polski", "euskara", "português"]
    assert language_name("xx") == "xx"
