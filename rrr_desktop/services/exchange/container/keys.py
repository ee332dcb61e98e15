"""The installation's Ed25519 signing key and its fingerprint for reading aloud.

The key is made on first use and kept in the home folder as an unencrypted PKCS#8
PEM file, readable only by its owner (mode 0600 where the OS has modes). It is not
protected by a passphrase: the app signs bundles without asking anything, and a
passphrase kept beside the key (or typed at every export) would add ceremony without
protecting against anyone who can already read the officer's home folder, which
also holds the database the bundles are made from.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file

PUBLIC_KEY_BYTES = 32
FINGERPRINT_BYTES = 20
_GROUP_DIGITS = 4
_MAX_KEY_FILE_BYTES = 16 * 1024


def load_or_create_signing_key(path: Path) -> Ed25519PrivateKey:
    """The key stored at ``path``; a new one is made and stored there if there is none.

    A damaged or foreign file is never replaced (peers have pinned the key it held):
    :class:`RejectedInput` says so and what to do.
    """
    if path.exists():
        return _read_key(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, "wb") as handle:  # a temporary file made with mode 0600
        os.chmod(handle.name, 0o600)
        handle.write(pem)
    return key


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """The raw 32-byte public key, as it travels in a bundle's manifest."""
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, first 20 bytes, as ten groups of four hex digits.

    For example ``3F2A 91B0 0C7D ...``: digits and the letters A-F only, so two
    officers can read it to each other over the phone, group by group.
    """
    digits = hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digits[i:i + _GROUP_DIGITS] for i in range(0, len(digits), _GROUP_DIGITS))


def _read_key(path: Path) -> Ed25519PrivateKey:
    damaged = (f"The signing key file {path} is damaged or is not an RRR Desktop key. It was "
               "left untouched. Restore it from a backup; or move it elsewhere so that a new "
               "key is made (peer cities will then be warned that your key changed).")
    try:
        with path.open("rb") as handle:
            pem = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except OSError as error:
        raise RejectedInput(f"The signing key file {path} cannot be read ({error.strerror}). "
                            "Check its permissions.") from error
    if len(pem) > _MAX_KEY_FILE_BYTES:
        raise RejectedInput(damaged)
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:
        raise RejectedInput(damaged) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise RejectedInput(damaged)
    return key
