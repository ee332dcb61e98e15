"""``peers show``: what we hold about a peer, and where and when each piece came from."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TextIO

from rrr_desktop.messages import message_text
from rrr_desktop.services.exchange.changes import day_words
from rrr_desktop.services.exchange.history import PeerHoldings, Source
from rrr_desktop.services.peers.workspace import stale_age
from rrr_desktop.services.setup.sources import source_words
from rrr_desktop.services.vocabulary import kind_label


def _day(moment: datetime | None) -> str:
    return day_words(moment.date()) if moment else message_text("cli_holdings.unknown_date")


def _origin(source: Source | None) -> str:
    if source is None:
        return message_text("cli_holdings.here")
    return message_text("cli_holdings.from_bundle", {
        "file": source.file_name, "made": _day(source.bundle_created_at),
        "imported": _day(source.imported_at)})


def _source_json(source: Source | None) -> dict[str, str | None] | None:
    if source is None:
        return None
    return {"file": source.file_name,
            "made": source.bundle_created_at.isoformat() if source.bundle_created_at else None,
            "imported": source.imported_at.isoformat() if source.imported_at else None}


def holdings_json(held: PeerHoldings) -> dict[str, object]:
    return {
        "profile": {"source": source_words(held.profile_source),
                    "updated": held.profile_updated_at.isoformat()
                    if held.profile_updated_at else None,
                    "bundle": _source_json(held.profile_bundle)},
        "latest_bundle": _source_json(held.latest_bundle),
        "practices": [{"title": title, "from": _source_json(source)}
                      for title, source in held.practices],
        "shared_stakeholders": [{"name": name, "kind": kind, "from": _source_json(source)}
                                for name, kind, source in held.stakeholders],
    }


def print_holdings(held: PeerHoldings, out: TextIO, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    print(message_text("cli_holdings.profile", {
        "source": (source_words(held.profile_source)
                   or message_text("cli_holdings.no_source")),
        "day": _day(held.profile_updated_at)}), file=out)
    latest = held.latest_bundle
    if latest is None:
        print(message_text("cli_holdings.no_bundle"), file=out)
    else:
        print(message_text("cli_holdings.latest", {"origin": _origin(latest)}), file=out)
        age = stale_age(latest.bundle_created_at, now)
        if age is not None:
            print(message_text("cli_holdings.stale", {"count": age.days // 30}), file=out)
    print(message_text("cli_holdings.practices", {"count": len(held.practices)}), file=out)
    for title, source in held.practices:
        print(f"  - {title} ({_origin(source)})", file=out)
    print(message_text("cli_holdings.stakeholders", {"count": len(held.stakeholders)}),
          file=out)
    for name, kind, source in held.stakeholders:
        print(f"  - {name} [{kind_label(kind)}] ({_origin(source)})", file=out)
