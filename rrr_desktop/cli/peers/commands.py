"""``peers suggest``, ``peers show`` and ``groups suggest``: the matching engine on the
command line (the working groups themselves are in ``cli/groups``). The JSON shapes are documented
in docs/matching.md.

The saved weights and hidden/pinned peers (set in the window) apply unless
``--default-weights`` is given, so the window, the command line and the briefs agree.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from rrr_desktop.cli.peers.holdings import holdings_json, print_holdings
from rrr_desktop.cli.words import decimal_text
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message, message_text
from rrr_desktop.services.dto import CityProfile
from rrr_desktop.services.exchange.history import peer_holdings
from rrr_desktop.services.groups.proposals import GroupProposal, suggest_groups
from rrr_desktop.services.home import Home
from rrr_desktop.services.peers.identity import find_by_name, name_key
from rrr_desktop.services.peers.matching import (
    DEFAULT_WEIGHTS,
    PeerFilters,
    Suggestion,
    Weights,
    find_topic,
    score_peer,
    suggest_peers,
    why_empty,
)
from rrr_desktop.services.peers.reasons import member_sentence, reason_sentence, stance_sentence
from rrr_desktop.services.peers.workspace import PeerPreferences, load_weights, peer_preferences
from rrr_desktop.services.peers.world import CityTopics, LoadedWorld, World, load_world
from rrr_desktop.services.reference import language_name
from rrr_desktop.services.setup import directory


def peers_suggest_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    loaded = load_world(home.db)
    ours = _require_ours(loaded)
    topic = find_topic(loaded.world.topics, args.topic) if args.topic else None
    weights, preferences = _choices(args, home)
    filters = PeerFilters(languages=frozenset(code.lower() for code in args.language),
                          regions=frozenset(args.region), hidden=preferences.hidden,
                          pinned=preferences.pinned)
    suggestions = suggest_peers(loaded.world, ours, weights, topic=topic, limit=args.limit,
                                filters=filters, everyone=True)
    if args.json:
        _dump([_suggestion_json(s) for s in suggestions], out)
        return 0
    if not suggestions:
        because = why_empty(loaded.world, ours, filters, topic)
        print(message_text(f"cli_peers.empty_{because.value}", {
            "language": ", ".join(sorted(map(language_name, filters.languages))),
            "region": ", ".join(sorted(filters.regions)),
            "topic": loaded.world.topics.label(topic or "")}), file=out)
    for rank, suggestion in enumerate(suggestions, start=1):
        unmatched = not suggestion.reasons and suggestion.on_topic is None
        notes = ((message_text("cli_peers.pinned") if suggestion.pinned else "")
                 + (message_text("cli_peers.unmatched") if unmatched else ""))
        print(message_text("cli_peers.suggestion", {
            "rank": rank, "city": suggestion.city, "score": _points(suggestion.score),
            "notes": notes}), file=out)
        if suggestion.on_topic is not None:
            print("   " + stance_sentence(suggestion.on_topic), file=out)
        for reason in suggestion.reasons:
            print(f"   - {reason_sentence(reason)}", file=out)
    if suggestions and not ours.has_topics:
        print(message_text("cli_peers.no_topics"), file=out)
    return 0


def _points(value: float) -> str:
    """A score as the officer's language writes decimals ("3.5", "3,5")."""
    return decimal_text(f"{value:g}")


def peers_show_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    loaded = load_world(home.db)
    profile = _find_peer(home, loaded, args.city)
    peer = loaded.world.city(profile.uuid)
    ours = loaded.ours
    weights, _ = _choices(args, home)
    match = score_peer(loaded.world.topics, ours, peer, weights) if ours and peer else None
    topics = {"offers": sorted(n.label for n in profile.offers),
              "wants_to_learn": sorted(n.label for n in profile.wants_to_learn),
              "shared_challenges": sorted(n.label for n in profile.shared_challenges)}
    own_words = {"offers": [n.text for n in profile.free_offers],
                 "wants_to_learn": [n.text for n in profile.free_wants_to_learn],
                 "shared_challenges": [n.text for n in profile.free_shared_challenges]}
    held = peer_holdings(home.db, str(profile.uuid))
    if args.json:
        _dump({"city": profile.name, "id": str(profile.uuid), "country": profile.country_code,
               "country_name": profile.country_name, "region": profile.region,
               "languages": list(profile.languages), **topics,
               **{f"{key}_in_own_words": texts for key, texts in own_words.items()},
               "match": _suggestion_json(match) if match else None,
               **holdings_json(held)}, out)
        return 0
    place = ", ".join(part for part in (profile.country_name, profile.region) if part)
    print(f"{profile.name} — {place}" if place else profile.name, file=out)
    for key, labels in topics.items():
        title = message_text(f"cli_peers.{key}")
        print(message_text("cli_peers.topics", {"title": title,
                                                "topics": ", ".join(labels) or "-"}), file=out)
        if own_words[key]:
            quoted = ", ".join(f"“{text}”" for text in own_words[key])
            print(message_text("cli_peers.own_words", {"title": title, "quoted": quoted}),
                  file=out)
    print_holdings(held, out)
    if ours is None or match is None:
        print(message_text("peers.no_city_yet"), file=out)
        return 0
    print(message_text("cli_peers.match", {"city": ours.name, "score": _points(match.score)}),
          file=out)
    for reason in match.reasons:  # what each adds to the score; the criteria codes: --json
        print(f"  - {reason_sentence(reason)} (+{_points(reason.points)})", file=out)
    return 0


def _find_peer(home: Home, loaded: LoadedWorld, name: str) -> CityProfile:
    """The peer called ``name`` (or with that UUID), or a message saying what to do."""
    if loaded.ours is not None and name_key(loaded.ours.name) == name_key(name):
        raise RejectedInput("peers.is_ours", city=loaded.ours.name)
    peers = directory.peer_cities(home.db)
    found = find_by_name(peers, name, name=lambda peer: peer.name, uuid=lambda peer: peer.uuid)
    if found is None:
        names = ", ".join(p.name for p in peers)
        raise RejectedInput("peers.no_such_peer", text=name,
                            peers=names or message("peers.none_yet"))
    return found


def groups_suggest_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    weights, preferences = _choices(args, home)
    world = load_world(home.db).world
    shown = World(world.topics, tuple(c for c in world.cities
                                      if c.uuid not in preferences.hidden))
    groups = suggest_groups(shown, weights)
    if args.json:
        _dump([_group_json(g) for g in groups], out)
        return 0
    if not groups:
        print(message_text("cli_peers.no_groups"), file=out)
    for number, group in enumerate(groups, start=1):
        print(message_text("cli_peers.group", {"number": number, "topics": " + ".join(group.topics),
                                               "lead": group.lead_city}), file=out)
        for member in group.members:
            for reason in member.reasons:
                print(f"   - {member_sentence(reason)}", file=out)
    return 0


def _choices(args: argparse.Namespace, home: Home) -> tuple[Weights, PeerPreferences]:
    """The officer's saved weights and hidden/pinned peers, unless ``--default-weights``."""
    if args.default_weights:
        return DEFAULT_WEIGHTS, PeerPreferences()
    return load_weights(home.db), peer_preferences(home.db)


def _require_ours(loaded: LoadedWorld) -> CityTopics:
    if loaded.ours is None:
        raise RejectedInput("peers.no_city_yet")
    return loaded.ours


def _suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "city": suggestion.city,
        "id": str(suggestion.uuid),
        "score": suggestion.score,
        "pinned": suggestion.pinned,
        "on_topic": None if suggestion.on_topic is None else {
            "stance": suggestion.on_topic.stance.value, "topic": suggestion.on_topic.topic_id,
            "text": stance_sentence(suggestion.on_topic)},
        "reasons": [reason_sentence(r) for r in suggestion.reasons],
        "breakdown": {c.value: points for c, points in suggestion.breakdown().items()},
        "contributions": [{"criterion": r.criterion.value, "points": r.points,
                           "topic": r.topic_id, "via": r.via_id,
                           "their_maturity": r.their_maturity, "our_maturity": r.our_maturity}
                          for r in suggestion.reasons],
    }


def _group_json(group: GroupProposal) -> dict[str, Any]:
    return {
        "topics": list(group.topics),
        "topic_ids": list(group.topic_ids),
        "members": [m.city for m in group.members],
        "lead": group.lead_city,
        "reasons": [member_sentence(r) for m in group.members for r in m.reasons],
    }


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
