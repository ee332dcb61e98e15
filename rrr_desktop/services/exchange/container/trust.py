"""Trust on first use: a city's first bundle pins its key, later ones must match it.

Senders are known by their city's UUID, never by name. This is the decision alone;
the content layer stores the pinned key with the city and asks the officer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from rrr_desktop.messages import Message, message
from rrr_desktop.services.exchange.container.keys import fingerprint


class KeyTrust(enum.StrEnum):
    FIRST_USE = "first-use"
    SAME_KEY = "same-key"
    CHANGED_REFUSED = "changed-refused"
    CHANGED_ACCEPTED = "changed-accepted"


@dataclass(frozen=True)
class TrustDecision:
    """What to do with a bundle's key; ``key_to_pin`` is what the city's pin becomes."""

    trust: KeyTrust
    presented_fingerprint: str
    pinned_fingerprint: str | None
    key_to_pin: bytes | None

    @property
    def accepted(self) -> bool:
        return self.trust is not KeyTrust.CHANGED_REFUSED

    @property
    def key_changed(self) -> bool:
        return self.trust in (KeyTrust.CHANGED_REFUSED, KeyTrust.CHANGED_ACCEPTED)

    def warning(self) -> Message:
        """For a changed key: what happened, both fingerprints, and what to do."""
        return message("bundle.key_changed", known=self.pinned_fingerprint,
                       presented=self.presented_fingerprint)


def check_sender_key(pinned: bytes | None, presented: bytes, accept_new_key: bool
                     ) -> TrustDecision:
    """Compare the key a bundle presents with the one pinned for its city (if any)."""
    shown = fingerprint(presented)
    if pinned is None:
        return TrustDecision(KeyTrust.FIRST_USE, shown, None, presented)
    if pinned == presented:
        return TrustDecision(KeyTrust.SAME_KEY, shown, shown, None)
    if accept_new_key:
        return TrustDecision(KeyTrust.CHANGED_ACCEPTED, shown, fingerprint(pinned), presented)
    return TrustDecision(KeyTrust.CHANGED_REFUSED, shown, fingerprint(pinned), None)
