"""A name two cities hold is refused wherever a city is named (``peers show``,
``brief --peer``, a working group's members), asking for the UUID; the UUID then works.
(``bundle erase --peer`` is in tests/exchange/test_bundle_cli.py.)"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.groups import editing
from rrr_desktop.services.groups.shared import find_group
from rrr_desktop.services.home import Home
from tests.factories import OTHER_KEY, THIRD_KEY, home_arguments, posing_bundle, run_cli

SPAIN = uuid.UUID("5d0c1e2f-0000-4000-8000-0000000000e5")
VENEZUELA = uuid.UUID("5d0c1e2f-0000-4000-8000-0000000000e7")


@pytest.fixture
def two_valencias(bilbao: Home, tmp_path: Path) -> Home:
    """Bilbao's home knowing two cities called Valencia (Spain's and Venezuela's)."""
    for city, country, key in ((SPAIN, "ES", OTHER_KEY), (VENEZUELA, "VE", THIRD_KEY)):
        bundle = posing_bundle(tmp_path / f"{country}.rrrbundle", city, "Valencia", country, key)
        apply_bundle(bilbao.db, inspect_bundle(bilbao.db, bundle))
    return bilbao


def _asks_for_the_uuid(text: str) -> None:
    assert "Several cities are called" in text and "UUID" in text
    assert str(SPAIN) in text and str(VENEZUELA) in text


def test_peers_show_asks_which_valencia(two_valencias: Home,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    where = home_arguments(two_valencias)
    code, _, err = run_cli(capsys, "peers", "show", "valencia", *where)
    assert code == 3
    _asks_for_the_uuid(err)
    code, out, _ = run_cli(capsys, "peers", "show", str(VENEZUELA), *where)
    assert code == 0 and "Valencia" in out


def test_a_peer_brief_asks_which_valencia(two_valencias: Home, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    where = home_arguments(two_valencias)
    target = tmp_path / "valencia.pdf"
    code, _, err = run_cli(capsys, "brief", str(target), "--peer", "Valencia", *where)
    assert code == 3
    _asks_for_the_uuid(err)
    assert not target.exists()
    code, _, err = run_cli(capsys, "brief", str(target), "--peer", str(SPAIN), *where)
    assert code == 0, err
    assert target.exists()


def test_a_group_member_named_twice_over_asks_which(two_valencias: Home) -> None:
    with pytest.raises(RejectedInput) as refusal:
        editing.create_group(two_valencias.db, "Housing", ["social-impact-bonds"],
                             ["Valencia"])
    assert refusal.value.field == "members"
    _asks_for_the_uuid(str(refusal.value))
    editing.create_group(two_valencias.db, "Housing", ["social-impact-bonds"], [str(SPAIN)])
    members = find_group(two_valencias.db, "Housing").members
    assert [m.uuid for m in members if m.country_code == "ES" and m.city == "Valencia"] == [SPAIN]
