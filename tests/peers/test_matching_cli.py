"""``peers suggest``, ``peers show`` and ``groups suggest`` on the seeded network."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable

import pytest

from rrr_desktop.cli.peers.commands import (
    groups_suggest_command,
    peers_show_command,
    peers_suggest_command,
)
from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.city_vocabulary import TopicRole
from rrr_desktop.services.dto import NewCity
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.matching import suggest_peers
from rrr_desktop.services.peers.reasons import Criterion, reason_sentence
from rrr_desktop.services.peers.world import load_world
from rrr_desktop.services.setup import cities
from rrr_desktop.services.setup.sample_data import load_sample_data
from tests.factories import (
    REPO,
    add_own_words,
    heavy_modules_loaded_by,
    parse_peers_command,
)

DOC = REPO / "docs" / "matching.md"

Command = Callable[[argparse.Namespace, Home, io.StringIO], int]


def run(command: Command, home: Home, *argv: str) -> str:
    out = io.StringIO()
    assert command(parse_peers_command(*argv), home, out) == 0
    return out.getvalue()


def test_peers_suggest_json_lists_the_best_first_with_reasons(bilbao: Home) -> None:
    suggestions = json.loads(run(peers_suggest_command, bilbao, "peers", "suggest", "--json"))
    assert suggestions[0]["city"] == "Rotterdam"
    assert suggestions[0]["reasons"][0] == ("Rotterdam offers social impact bonds and social "
                                            "finance, which you want to learn")
    assert [s["score"] for s in suggestions] == sorted((s["score"] for s in suggestions),
                                                       reverse=True)
    assert "Bilbao" not in {s["city"] for s in suggestions}
    assert {"city", "id", "score", "reasons", "breakdown", "contributions"} <= \
        suggestions[0].keys()


def test_peers_suggest_text_with_limit_and_topic(bilbao: Home) -> None:
    out = run(peers_suggest_command, bilbao, "peers", "suggest", "--limit", "1")
    assert out.startswith("1. Rotterdam (score 9.25)\n   - Rotterdam offers social impact")
    assert "2." not in out
    def ranked(topic: str) -> list[str]:
        out = run(peers_suggest_command, bilbao, "peers", "suggest", "--topic", topic)
        return [line.split(" (")[0] for line in out.splitlines() if line[0].isdigit()]

    assert ranked("impact investing") == ["1. Rotterdam"]
    assert ranked("transversal-communication") == ["1. Guadalajara"]


def test_an_unknown_topic_is_rejected_naming_it(bilbao: Home) -> None:
    with pytest.raises(RejectedInput, match="no topic called “astrology”"):
        peers_suggest_command(parse_peers_command("peers", "suggest", "--topic", "astrology"),
                              bilbao, io.StringIO())


@pytest.mark.slow
def test_building_the_parser_stays_light() -> None:
    assert heavy_modules_loaded_by("import rrr_desktop.cli.peers.arguments") == []


def test_a_bad_limit_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as stop:
        parse_peers_command("peers", "suggest", "--limit", "0")
    assert stop.value.code == 2


def test_suggestions_need_our_city(home: Home) -> None:
    with pytest.raises(RejectedInput, match="No city is chosen yet"):
        peers_suggest_command(parse_peers_command("peers", "suggest"), home, io.StringIO())


def test_peers_show_explains_the_match(bilbao: Home) -> None:
    out = run(peers_show_command, bilbao, "peers", "show", "rotterdam")
    assert out.startswith("Rotterdam — Netherlands, South Holland\n"
                          "  offers: Social impact bonds")
    assert "Match with Bilbao: score 9.25" in out
    assert "You and Rotterdam can learn from each other: the exchange goes both ways (+3)" in out
    assert "reciprocity" not in out and "shared_challenge" not in out  # codes are for --json
    shown = json.loads(run(peers_show_command, bilbao, "peers", "show", "Montreal", "--json"))
    assert shown["city"] == "Montréal"
    assert shown["match"]["reasons"]
    with pytest.raises(RejectedInput, match="no peer city called “Bilbo”"):
        peers_show_command(parse_peers_command("peers", "show", "Bilbo"), bilbao, io.StringIO())


def test_peers_show_of_our_own_city_points_to_profile_show(bilbao: Home) -> None:
    with pytest.raises(RejectedInput, match=r"Bilbao is your own city.*`rrr-desktop profile show`"):
        peers_show_command(parse_peers_command("peers", "show", "bilbao"), bilbao, io.StringIO())


def test_peers_show_lists_the_peers_own_words(bilbao: Home) -> None:
    add_own_words(bilbao, "Rotterdam", TopicRole.OFFERS, "Community kitchens in schools")
    out = run(peers_show_command, bilbao, "peers", "show", "Rotterdam")
    assert "  offers (in their own words): “Community kitchens in schools”\n" in out
    shown = json.loads(run(peers_show_command, bilbao, "peers", "show", "Rotterdam", "--json"))
    assert shown["offers_in_own_words"] == ["Community kitchens in schools"]
    assert shown["wants_to_learn_in_own_words"] == []
    assert shown["country_name"] == "Netherlands"


def test_a_new_city_sees_every_peer_with_score_0_and_what_to_do(home: Home) -> None:
    cities.create_our_city(home.db, NewCity(name="Lyon", country_code="FR", language="fr"))
    out = run(peers_suggest_command, home, "peers", "suggest")
    lines = out.splitlines()
    assert len([line for line in lines if line[0].isdigit()]) == 9
    assert lines[0] == "1. Belo Horizonte (score 0, nothing in common yet)"
    assert "Add what you offer and want to learn with `rrr-desktop profile add-topic`" in out
    assert run(peers_suggest_command, home, "peers", "suggest", "--language", "xx") == (
        "No peer city speaks xx.\n")
    assert run(peers_suggest_command, home, "peers", "suggest", "--region", "Europe") == (
        "No peer city in Europe.\n")


def test_peers_with_nothing_in_common_come_after_the_ranked_ones(bilbao: Home) -> None:
    lines = [line for line in run(peers_suggest_command, bilbao, "peers", "suggest").splitlines()
             if line[0].isdigit()]
    unmatched = [i for i, line in enumerate(lines) if "nothing in common yet" in line]
    assert len(lines) == 9 - 1  # every seeded city but ours
    assert unmatched == list(range(len(lines) - len(unmatched), len(lines)))
    spoken = run(peers_suggest_command, bilbao, "peers", "suggest", "--language", "pl")
    assert spoken.startswith("1. Warsaw (score")


def test_groups_suggest_json_shape(home: Home) -> None:
    groups = json.loads(run(groups_suggest_command, home, "groups", "suggest", "--json"))
    assert groups
    for group in groups:
        assert {"topics", "members", "lead", "reasons"} <= group.keys()
        assert 3 <= len(group["members"]) <= 6
        assert group["lead"] == group["members"][0]
    assert groups[0]["topics"] == ["Co-implementation", "Collaborative management"]
    text = run(groups_suggest_command, home, "groups", "suggest")
    assert text.startswith("1. Co-implementation + Collaborative management (lead: Montréal)")


def test_the_demo_city_wanting_social_impact_bonds_gets_the_direct_offer_first(
        home: Home) -> None:
    """Bilbao covers the wish only through a related topic (plus shared concerns);
    Rotterdam offers exactly that topic, and must come first, not tie."""
    load_sample_data(home.db, count=3)
    loaded = load_world(home.db)
    assert loaded.ours is not None and "social-impact-bonds" in loaded.ours.wants
    first, second = suggest_peers(loaded.world, loaded.ours, limit=2)
    assert first.city == "Rotterdam" and first.reasons[0].criterion is Criterion.LEARN
    assert second.city == "Bilbao" and first.score > second.score
    assert Criterion.LEARN not in second.breakdown()


def seeded_top_three_markdown(home: Home) -> str:
    """The top three peers for each seeded city, as docs/matching.md lists them."""
    world = load_world(home.db).world
    lines = []
    for ours in sorted(world.cities, key=lambda c: c.name):
        lines.append(f"### {ours.name}\n")
        for rank, suggestion in enumerate(suggest_peers(world, ours, limit=3), start=1):
            lines.append(f"{rank}. **{suggestion.city}** (score {suggestion.score:g})")
            lines += [f"   - {reason_sentence(r)}" for r in suggestion.reasons]
        lines.append("")
    return "\n".join(lines)


def test_the_documented_top_three_are_what_the_code_suggests(home: Home) -> None:
    """If the method or weights change, paste the new output into docs/matching.md:
    ``.venv/bin/python -m tests.test_matching_cli``."""
    assert seeded_top_three_markdown(home) in DOC.read_text(encoding="utf-8")


def test_seeded_pairs_named_by_the_source_rank_each_other_first(home: Home) -> None:
    world = load_world(home.db).world
    top = {ours.name: [s.city for s in suggest_peers(world, ours, limit=3)]
           for ours in world.cities}
    assert top["Bilbao"][0] == "Rotterdam"
    assert top["Rotterdam"][0] == "Bilbao"
    assert {"Montréal", "San Francisco", "Warsaw"} >= set(top["Torino"][:3])


if __name__ == "__main__":
    import tempfile
    from pathlib import Path

    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.home import open_home

    opened = open_home(resolve_paths(Path(tempfile.mkdtemp())))
    print(seeded_top_three_markdown(opened))
    opened.close()


def test_peers_suggest_topic_answers_who_holds_it_for_a_profile_without_it(home: Home) -> None:
    """"Who offers social impact bonds?": Rotterdam offers them, Bilbao only wants to learn
    them; our new profile names no topic, so both score 0, and the answer still puts the
    city that offers the topic first and says what each does with it."""
    cities.create_our_city(home.db, NewCity(name="Lyon", country_code="FR", language="fr"))
    out = run(peers_suggest_command, home, "peers", "suggest", "--topic",
              "social impact bonds").splitlines()
    assert out[:4] == [
        "1. Rotterdam (score 0)",
        "   Offers social impact bonds and social finance",
        "2. Bilbao (score 0)",
        "   Wants to learn social impact bonds and social finance (does not offer it)"]
    assert not any("nothing in common" in line for line in out[:4])
    listed = json.loads(run(peers_suggest_command, home, "peers", "suggest", "--json",
                            "--topic", "social-impact-bonds"))
    assert [(s["city"], s["on_topic"]["stance"]) for s in listed] == [
        ("Rotterdam", "offers"), ("Bilbao", "wants_to_learn")]


def test_who_holds_a_topic_is_grouped_by_what_they_do_with_it(bilbao: Home) -> None:
    """Rotterdam matches Bilbao best overall, but on trust building it only faces the
    topic as a challenge: the cities wanting to learn it come first, each group best
    score first, and each line says which group it is in."""
    listed = json.loads(run(peers_suggest_command, bilbao, "peers", "suggest", "--json",
                            "--topic", "trust-building"))
    assert [(s["city"], s["on_topic"]["stance"]) for s in listed[:3]] == [
        ("Guadalajara", "wants_to_learn"), ("Warsaw", "wants_to_learn"),
        ("Rotterdam", "challenge")]
    assert listed[2]["on_topic"]["text"] == (
        "Faces trust building as a challenge (does not offer it)")
    stances = [s["on_topic"]["stance"] for s in listed]
    assert stances == sorted(stances, key=["offers", "wants_to_learn", "challenge",
                                           "related"].index)


@pytest.mark.parametrize("asked", ["Obligacje społeczne", "sociale impactobligaties",
                                   "Social impact bond e finanza sociale",
                                   "social-impact-bonds", "bonos de impacto social"])
def test_a_topic_is_found_by_its_name_in_any_language(home: Home, spanish: None,
                                                      asked: str) -> None:
    cities.create_our_city(home.db, NewCity(name="Lyon", country_code="FR", language="fr"))
    out = run(peers_suggest_command, home, "peers", "suggest", "--topic", asked)
    assert out.splitlines()[:2] == ["1. Rotterdam (puntuación 0)",
                                    "   Ofrece bonos de impacto social y finanzas sociales"]
