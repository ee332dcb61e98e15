"""The line under the peer list: how many peers are listed, or why none is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

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
    return _PeerCount().text(total, ranked)


class _PeerCount(QObject):
    """Counted texts: ``self.tr(text, "", n)`` is what lupdate reads as plural forms."""

    def text(self, total: int, ranked: int) -> str:
        if ranked == total:
            return self.tr("%Ln peer cities, best first", "", total)
        if ranked == 0:
            return self.tr("%Ln peer cities, none with anything in common with yours yet", "",
                           total)
        rest = total - ranked
        return " ".join((self.tr("%Ln peer cities:", "", total),
                         self.tr("%Ln with something in common, best first,", "", ranked),
                         self.tr("then %Ln with nothing in common yet.", "", rest)))
