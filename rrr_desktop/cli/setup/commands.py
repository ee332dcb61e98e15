"""``rrr-desktop init``, ``demo`` and ``peers list``: our city, sample data, the peers we know."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from rrr_desktop.messages import message_text
from rrr_desktop.services.dto import CityProfile, FreeTopicNote, TopicNote
from rrr_desktop.services.home import Home
from rrr_desktop.services.setup import cities, directory


def init_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    city, unchanged = cities.init_our_city(home.db, args.city, args.country, args.language)
    print(message_text("cli_setup.city_already" if unchanged else "cli_setup.city_is_now", {
        "city": city.name, "country": city.country_code, "home": home.paths.home}), file=out)
    return 0


def demo_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    from rrr_desktop.services.setup.sample_data import load_sample_data

    report = load_sample_data(home.db, into_real_city=args.force)
    print(message_text("cli_setup.sample_loaded", {
        "city": report.city, "stakeholders": report.stakeholders, "persons": report.persons,
        "interactions": report.interactions}), file=out)
    return 0


def peers_list_command(args: argparse.Namespace, home: Home, out: TextIO) -> int:
    peers = directory.peer_cities(home.db)
    if args.json:
        json.dump([profile_json(p) for p in peers], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not peers:
        print(message_text("cli_setup.no_peers"), file=out)
    for peer in peers:
        print(f"{peer.name} — {', '.join(p for p in (peer.country_name, peer.region) if p)}",
              file=out)
        for key, notes in (("offers", peer.offers), ("wants_to_learn", peer.wants_to_learn),
                           ("shared_challenges", peer.shared_challenges)):
            print(message_text("cli_peers.topics", {
                "title": message_text(f"cli_peers.{key}"),
                "topics": ", ".join(n.label for n in notes) or "-"}), file=out)
    return 0


def _notes_json(notes: tuple[TopicNote, ...]) -> list[dict[str, str]]:
    return [{"topic": n.topic_id, "label": n.label, "note": n.note} for n in notes]


def _free_json(notes: tuple[FreeTopicNote, ...]) -> list[dict[str, str]]:
    return [{"text": n.text, "note": n.note} for n in notes]


def profile_json(city: CityProfile) -> dict[str, Any]:
    """A city's profile with stable keys (``free_*`` are topics in the city's own words)."""
    updated = city.profile_updated_at
    return {
        "id": str(city.uuid),
        "name": city.name,
        "country": city.country_code,
        "region": city.region,
        "languages": list(city.languages),
        "website": city.website,
        "summary": city.summary,
        "offers": _notes_json(city.offers),
        "wants_to_learn": _notes_json(city.wants_to_learn),
        "shared_challenges": _notes_json(city.shared_challenges),
        "free_offers": _free_json(city.free_offers),
        "free_wants_to_learn": _free_json(city.free_wants_to_learn),
        "free_shared_challenges": _free_json(city.free_shared_challenges),
        "contact_office": city.contact_office,
        "practices": [{"id": str(p.uuid), "title": p.title, "kind": p.kind, "stage": p.stage,
                       "year_started": p.year_started, "description": p.description,
                       "topics": list(p.topic_labels), "link": p.link}
                      for p in city.practices],
        "self_assessment": [{"topic": a.topic_id, "label": a.label, "score": a.score,
                             "assessed_on": a.assessed_on.isoformat() if a.assessed_on else None}
                            for a in city.assessments],
        "source": city.profile_source,
        "updated": updated.isoformat() if updated else None,
    }
