"""The line under the peer list: how many peers are listed, or why none is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from rrr_desktop.services.peers.matching import EmptyBecause

# lupdate reads translate("Context", "text") calls with literal texts.
translate = QCoreApplication.translate


def empty_list_text(because: EmptyBecause, *, language: str, region: str, topic: str) -> str:
    """What left the list empty, naming the filter that did (its shown choice)."""
    from rrr_desktop.services.peers.matching import EmptyBecause

    texts = {
        EmptyBecause.NO_PEERS: translate(
            "PeersPage", "No peer cities yet: they arrive with bundles from other cities."),
        EmptyBecause.HIDDEN: translate(
            "PeersPage", "Every peer city is hidden: tick “Show hidden” to see them."),
        EmptyBecause.LANGUAGE: translate("PeersPage", "No peer city speaks {language}."),
        EmptyBecause.REGION: translate("PeersPage", "No peer city in {region}."),
        EmptyBecause.LANGUAGE_AND_REGION: translate(
            "PeersPage", "No peer city in {region} speaks {language}."),
        EmptyBecause.TOPIC: translate(
            "PeersPage", "No peer city has anything in common with yours on {topic}."),
        EmptyBecause.NOTHING_IN_COMMON: translate(
            "PeersPage", "No peer city has anything in common with yours yet."),
    }
    return texts[because].format(language=language, region=region, topic=topic)


def count_text(total: int, ranked: int) -> str:
    """How many peers are listed (``total`` > 0), and how many share something with us."""
    if ranked == total:
        return (translate("PeersPage", "1 peer city") if total == 1 else
                translate("PeersPage", "{count} peer cities, best first").format(count=total))
    if ranked == 0:
        return (translate("PeersPage", "1 peer city, nothing in common with yours yet")
                if total == 1 else
                translate("PeersPage", "{count} peer cities, none with anything in common "
                          "with yours yet").format(count=total))
    return translate("PeersPage", "{count} peer cities: {ranked} with something in common, "
                     "best first, then {rest} with nothing in common yet").format(
        count=total, ranked=ranked, rest=total - ranked)
