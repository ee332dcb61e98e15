"""Exchange bundles (``.rrrbundle``): the signed zip container officers send each other.

This package is the container layer only: writing a bundle from member bytes,
verifying a bundle from a stranger (zip structure, limits, hashes, signature, safe
parsing) before anything reads it, the installation's signing key, and the
trust-on-first-use decision for a sender's key. Which records go into the members,
and merging them into the database, belong to the content layer above it.
The format is described in ``docs/bundle-format.md``.
"""

from rrr_desktop.services.exchange.container.errors import BundleRejected
from rrr_desktop.services.exchange.container.keys import (
    SigningKey,
    fingerprint,
    load_or_create_signing_key,
    public_key_bytes,
    sign,
    signing_key_from_seed,
)
from rrr_desktop.services.exchange.container.limits import DEFAULT_LIMITS, BundleLimits
from rrr_desktop.services.exchange.container.manifest import (
    BUNDLE_EXTENSION,
    CONTENT_MEMBERS,
    FORMAT_NAME,
    FORMAT_VERSION,
    Sender,
)
from rrr_desktop.services.exchange.container.reader import VerifiedBundle, open_bundle
from rrr_desktop.services.exchange.container.trust import KeyTrust, TrustDecision, check_sender_key
from rrr_desktop.services.exchange.container.writer import write_bundle

__all__ = [
    "BUNDLE_EXTENSION",
    "CONTENT_MEMBERS",
    "DEFAULT_LIMITS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BundleLimits",
    "BundleRejected",
    "KeyTrust",
    "Sender",
    "SigningKey",
    "TrustDecision",
    "VerifiedBundle",
    "check_sender_key",
    "fingerprint",
    "load_or_create_signing_key",
    "open_bundle",
    "public_key_bytes",
    "sign",
    "signing_key_from_seed",
    "write_bundle",
]
