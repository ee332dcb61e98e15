"""``peers suggest``, ``peers show``, ``groups suggest`` and ``groups list``: the matching
engine and the saved working groups on the command line. The JSON shapes are documented
in docs/matching.md.

The saved weights and hidden/pinned peers (set in the window) apply unless
``--default-weights`` is given, so the window, the command line and the briefs agree.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from rrr_desktop.cli.holdings_output import holdings_json, print_holdings
from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.bundle_history import peer_holdings
from rrr_desktop.services.home import Home
from rrr_desktop.services.matching import (
    DEFAULT_WEIGHTS,
    PeerFilters,
    Suggestion,
    Weights,
    find_topic,
    score_peer,
    suggest_peers,
)
from rrr_desktop.services.matching_reasons import member_sentence, reason_sentence
from rrr_desktop.services.matching_world import CityTopics, LoadedWorld, World, load_world
from rrr_desktop.services.peer_workspace import PeerPreferences, load_weights, peer_preferences
from rrr_desktop.services.saved_groups import SavedGroup, saved_groups
from rrr_desktop.services.working_groups import GroupProposal, suggest_groups
from rrr_desktop.text import normalise

NO_CITY_YET = ("No city is chosen yet, so there is nothing to match peers against. "
               "Run `rrr-desktop init --city NAME` first.")


def peers_suggest_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    loaded = load_world(home.db)
    ours = _require_ours(loaded)
    topic = find_topic(loaded.world.topics, args.topic) if args.topic else None
    weights, preferences = _choices(args, home)
    filters = PeerFilters(languages=frozenset(code.lower() for code in args.language),
                          regions=frozenset(args.region), hidden=preferences.hidden,
                          pinned=preferences.pinned)
    suggestions = suggest_peers(loaded.world, ours, weights, topic=topic, limit=args.limit,
                                filters=filters)
    if args.json:
        _dump([_suggestion_json(s) for s in suggestions], out)
        return 0
    if not suggestions:
        print("No peer city has anything in common with yours"
              + (" on that topic." if topic else "."), file=out)
    for rank, suggestion in enumerate(suggestions, start=1):
        pinned = ", pinned" if suggestion.pinned else ""
        print(f"{rank}. {suggestion.city} (score {suggestion.score:g}{pinned})", file=out)
        for reason in suggestion.reasons:
            print(f"   - {reason_sentence(reason)}", file=out)
    return 0


def peers_show_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    loaded = load_world(home.db)
    wanted = normalise(args.city)
    peer = next((c for c in loaded.world.cities if normalise(c.name) == wanted
                 and c is not loaded.ours), None)
    if peer is None:
        names = ", ".join(c.name for c in loaded.world.cities if c is not loaded.ours)
        raise RejectedInput(f"There is no peer city called “{args.city}”. Peer cities: "
                            f"{names or 'none yet'}.")
    ours = loaded.ours
    weights, _ = _choices(args, home)
    match = score_peer(loaded.world.topics, ours, peer, weights) if ours else None
    label = loaded.world.topics.label
    topics = {"offers": sorted(map(label, peer.offers)),
              "wants_to_learn": sorted(map(label, peer.wants)),
              "shared_challenges": sorted(map(label, peer.challenges))}
    held = peer_holdings(home.db, str(peer.uuid))
    if args.json:
        _dump({"city": peer.name, "id": str(peer.uuid), "country": peer.country,
               "region": peer.region, "languages": list(peer.languages), **topics,
               "match": _suggestion_json(match) if match else None,
               **holdings_json(held)}, out)
        return 0
    print(f"{peer.name} ({peer.country}, {peer.region})", file=out)
    for title, labels in topics.items():
        print(f"  {title.replace('_', ' ')}: {', '.join(labels) or '-'}", file=out)
    print_holdings(held, out)
    if ours is None or match is None:
        print(NO_CITY_YET, file=out)
        return 0
    print(f"Match with {ours.name}: score {match.score:g}", file=out)
    for criterion, points in match.breakdown().items():
        print(f"  {criterion.value.replace('_', ' ')}: {points:g}", file=out)
    for reason in match.reasons:
        print(f"  - {reason_sentence(reason)}", file=out)
    return 0


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
        print("No working group can be proposed yet: no three cities share a topic that "
              "one of them can teach.", file=out)
    for number, group in enumerate(groups, start=1):
        print(f"{number}. {' + '.join(group.topics)} (lead: {group.lead_city})", file=out)
        for member in group.members:
            for reason in member.reasons:
                print(f"   - {member_sentence(reason)}", file=out)
    return 0


def groups_list_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    groups = saved_groups(home.db)
    if args.json:
        _dump([_saved_group_json(g) for g in groups], out)
        return 0
    if not groups:
        print("No saved working groups yet. Save a proposed group on the Peer cities page.",
              file=out)
    for group in groups:
        lead = group.lead_city or "none chosen"
        print(f"{group.name} ({' + '.join(group.topics) or 'no topic'}; lead: {lead})",
              file=out)
        if group.too_small:
            print("   ! fewer than three members", file=out)
        for member in group.members:
            print(f"   - {member.city}" + (f": {member.reason}" if member.reason else ""),
                  file=out)
    return 0


def _choices(args: argparse.Namespace, home: Home) -> tuple[Weights, PeerPreferences]:
    """The officer's saved weights and hidden/pinned peers, unless ``--default-weights``."""
    if args.default_weights:
        return DEFAULT_WEIGHTS, PeerPreferences()
    return load_weights(home.db), peer_preferences(home.db)


def _require_ours(loaded: LoadedWorld) -> CityTopics:
    if loaded.ours is None:
        raise RejectedInput(NO_CITY_YET)
    return loaded.ours


def _suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "city": suggestion.city,
        "id": str(suggestion.uuid),
        "score": suggestion.score,
        "pinned": suggestion.pinned,
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


def _saved_group_json(group: SavedGroup) -> dict[str, Any]:
    return {
        "id": str(group.uuid),
        "name": group.name,
        "topics": list(group.topics),
        "topic_ids": list(group.topic_ids),
        "lead": group.lead_city or None,
        "members": [{"city": m.city, "id": str(m.uuid), "reason": m.reason}
                    for m in group.members],
        "notes": group.notes,
    }


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
