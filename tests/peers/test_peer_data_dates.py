"""The date that decides whether a peer's data is flagged as old, in the list as in
the peer's detail: its latest bundle's creation, else its profile's own date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.peers.workspace import peer_data_dates, peer_detail, stale_age
from rrr_desktop.services.setup import directory
from tests.factories import SENDER, city_card, content_bundle, open_city_home


def test_a_peer_is_dated_by_the_bundle_its_profile_came_from(tmp_path: Path) -> None:
    home = open_city_home(tmp_path / "rotterdam", "Rotterdam")
    try:
        seeded = {city.uuid: city.profile_updated_at for city in directory.peer_cities(home.db)}
        before = peer_data_dates(home.db)
        assert before == seeded
        bundle = content_bundle(tmp_path / "b.rrrbundle", {"profile.yaml": city_card(
            revision=9)})
        apply_bundle(home.db, inspect_bundle(home.db, bundle))
        after = peer_data_dates(home.db)
        detail = peer_detail(home.db, SENDER.city_uuid)
        assert after[SENDER.city_uuid] == detail.provenance.dated
        assert after[SENDER.city_uuid] != before[SENDER.city_uuid]
        assert after[SENDER.city_uuid] is not None
        assert after[SENDER.city_uuid] > datetime.now(UTC) - timedelta(hours=1)
    finally:
        home.close()


def test_stale_age_follows_the_chosen_threshold() -> None:
    now = datetime(2026, 12, 7, tzinfo=UTC)
    written = now - timedelta(days=200)
    assert stale_age(written, now) is None  # the default: a year
    assert stale_age(written, now, after=timedelta(days=180)) == timedelta(days=200)
    assert stale_age(None, now, after=timedelta(days=1)) is None
