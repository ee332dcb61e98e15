"""Language names as the peer cities' officers read them."""

from __future__ import annotations


def test_languages_are_named_as_their_speakers_name_them_without_a_country() -> None:
    from rrr_desktop.views.common.city_view import language_name

    assert [language_name(code) for code in ("es", "en", "pl", "eu", "pt")] == [
        "español", "English", "polski", "euskara", "português"]
    assert language_name("xx") == "xx"
