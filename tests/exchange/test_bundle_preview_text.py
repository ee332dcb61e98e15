"""What ``bundle inspect`` says: readable changes, plain trust words, a sender's own bundle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from rrr_desktop.paths import resolve_paths
from rrr_desktop.services.exchange.changes import FieldChange, describe, readable
from rrr_desktop.services.home import open_home
from rrr_desktop.services.profile.store import load_profile, save_profile
from rrr_desktop.services.profile.topics import add_topic
from tests.factories import run_cli

LABELS = {"trust-building": "Trust building", "social-impact-bonds": "Social impact bonds"}


def test_a_sender_inspects_its_own_bundle_but_cannot_import_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, city_homes: tuple[str, str]) -> None:
    bilbao, _ = city_homes
    bundle = str(tmp_path / "Bilbao.rrrbundle")
    assert run_cli(capsys, "bundle", "export", bundle, "--home", bilbao)[0] == 0
    code, out, err = run_cli(capsys, "bundle", "inspect", bundle, "--home", bilbao)
    assert code == 0, err
    assert "from Bilbao (ES)" in out and "Key fingerprint: " in out
    assert "It holds the city's profile; " in out
    assert "stakeholders: 0; withdrawn records: 0; working group records: 0." in out
    assert "Personal data (contact person, email or phone): not included." in out
    assert ("This is your own city's bundle: it cannot be imported here; send it to your "
            "peers.") in out
    assert "Nothing was imported" not in out + err
    code, out, err = run_cli(capsys, "bundle", "import", bundle, "--yes", "--home", bilbao)
    assert code == 3
    assert "cannot be imported into its own data folder" in err
    assert "Nothing was imported" not in err


def test_a_revised_profile_shows_topics_added_by_their_label(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, city_homes: tuple[str, str]) -> None:
    bilbao, rotterdam = city_homes
    first, second = str(tmp_path / "first.rrrbundle"), str(tmp_path / "second.rrrbundle")
    assert run_cli(capsys, "bundle", "export", first, "--home", bilbao)[0] == 0
    code, out, _ = run_cli(capsys, "bundle", "inspect", first, "--home", rotterdam)
    assert "(first bundle from this city: its key will be remembered)" in out
    assert "first-use" not in out
    assert run_cli(capsys, "bundle", "import", first, "--yes", "--home", rotterdam)[0] == 0
    home = open_home(resolve_paths(bilbao))
    try:
        add_topic(home.db, "offers", "trust building", "Round tables with every district")
        save_profile(home.db, replace(load_profile(home.db), summary="A long summary " * 10))
    finally:
        home.close()
    assert run_cli(capsys, "bundle", "export", second, "--home", bilbao)[0] == 0
    code, out, _ = run_cli(capsys, "bundle", "inspect", second, "--home", rotterdam)
    assert code == 0
    assert ("      What we offer:\n"
            "        + Trust building — Round tables with every district") in out
    summary = next(line for line in out.splitlines() if line.startswith("      Summary: "))
    assert " → A long summary A long summary" in summary and summary.endswith("…")
    assert len(summary) < 6 + 2 * 90
    assert "[[" not in out and "trust-building" not in out and "(same-key)" not in out


def test_a_revised_profile_names_its_fields_in_the_officers_language(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, city_homes: tuple[str, str]) -> None:
    bilbao, rotterdam = city_homes
    first, second = str(tmp_path / "first.rrrbundle"), str(tmp_path / "second.rrrbundle")
    assert run_cli(capsys, "bundle", "export", first, "--home", bilbao)[0] == 0
    assert run_cli(capsys, "bundle", "import", first, "--yes", "--home", rotterdam)[0] == 0
    home = open_home(resolve_paths(bilbao))
    try:
        add_topic(home.db, "offers", "trust building", "Mesas redondas")
        save_profile(home.db, replace(load_profile(home.db), contact_office="Bilbao Ekintza"))
    finally:
        home.close()
    assert run_cli(capsys, "bundle", "export", second, "--home", bilbao)[0] == 0
    code, out, _ = run_cli(capsys, "--lang", "es", "bundle", "inspect", second,
                           "--home", rotterdam)
    assert code == 0
    assert "      Lo que ofrecemos:\n        + Construcción de confianza — Mesas redondas" in out
    assert "      Oficina de contacto: (vacío) → Bilbao Ekintza\n" in out
    assert "What we offer" not in out and "Contact office" not in out


def test_list_items_added_and_removed_and_scores_read_as_words() -> None:
    change = readable(FieldChange(
        "offers", [["social-impact-bonds", ""]], [["trust-building", "note"]]), LABELS)
    assert describe(change) == ["What we offer:", "  + Trust building — note",
                                "  - Social impact bonds"]
    scores = readable(FieldChange("self_assessment", [["trust-building", 3, "2026-01-02"]],
                                  [["trust-building", None, None]]), LABELS)
    assert scores.added == ("Trust building: –",)
    assert scores.removed == ("Trust building: 3/10 (2 January 2026)",)
    person = readable(FieldChange("is_person", False, True), LABELS)
    assert describe(person) == ["Person: no → yes"]
    reordered = readable(FieldChange("tags", ["a", "b"], ["b", "a"]), LABELS)
    assert describe(reordered) == ["Tags: same items in another order"]


def test_what_a_bundle_holds_counts_its_working_group_entries(qapp: object) -> None:
    from rrr_desktop.services.exchange.content import ContentSummary
    from rrr_desktop.views.exchange.change_text import contents_text

    held = ContentSummary(True, 1, 0, 0, 0, 0, group_records=4)
    assert "4 working group entries (groups, meetings, actions, notes)" in contents_text(held)
    assert "working group" not in contents_text(ContentSummary(True, 1, 0, 0, 0, 0))
