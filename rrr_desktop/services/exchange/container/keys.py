"""The installation's Ed25519 signing key and its fingerprint for reading aloud.

The key is made on first use and kept in the home folder as an unencrypted PKCS#8
PEM file, readable only by its owner (mode 0600 where the OS has modes). PKCS#8 is
the standard form any tool reads; for Ed25519 it is a fixed 16-byte prefix and the
32-byte seed, so it is written and read here without an ASN.1 library. Signing and
verifying use libsodium (PyNaCl).

The key is not protected by a passphrase: the app signs bundles without asking
anything, and a passphrase kept beside the key (or typed at every export) would add
ceremony without protecting against anyone who can already read the officer's home
folder, which also holds the database the bundles are made from.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file

PUBLIC_KEY_BYTES = 32
FINGERPRINT_BYTES = 20
_GROUP_DIGITS = 4
_MAX_KEY_FILE_BYTES = 16 * 1024
SEED_BYTES = 32
# PKCS#8 PrivateKeyInfo of an Ed25519 key (RFC 8410): version 0, algorithm 1.3.101.112,
# then the 32-byte seed as an OCTET STRING inside the privateKey OCTET STRING.
_PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
_PEM_BEGIN = b"-----BEGIN PRIVATE KEY-----"
_PEM_END = b"-----END PRIVATE KEY-----"

__all__ = ["SigningKey", "fingerprint", "load_or_create_signing_key", "public_key_bytes",
           "sign", "signature_is_valid", "signing_key_from_seed"]


def signing_key_from_seed(seed: bytes) -> SigningKey:
    """The key whose 32-byte seed (RFC 8032's private key) is ``seed``."""
    return SigningKey(seed)


def sign(key: SigningKey, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``message``."""
    return bytes(key.sign(message).signature)


def signature_is_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``public_key``'s Ed25519 signature of ``message``."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        return False
    try:
        VerifyKey(public_key).verify(message, signature)
    except (BadSignatureError, ValueError):
        return False
    return True


def load_or_create_signing_key(path: Path) -> SigningKey:
    """The key stored at ``path``; a new one is made and stored there if there is none.

    A damaged or foreign file is never replaced (peers have pinned the key it held):
    :class:`RejectedInput` says so and what to do.
    """
    if path.exists():
        return _read_key(path)
    key = SigningKey.generate()
    pem = _pem(bytes(key))
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_file(path, "wb") as handle:  # a temporary file made with mode 0600
        os.chmod(handle.name, 0o600)
        handle.write(pem)
    return key


def public_key_bytes(key: SigningKey) -> bytes:
    """The raw 32-byte public key, as it travels in a bundle's manifest."""
    return bytes(key.verify_key)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, first 20 bytes, as ten groups of four hex digits.

    For example ``3F2A 91B0 0C7D ...``: digits and the letters A-F only, so two
    officers can read it to each other over the phone, group by group.
    """
    digits = hashlib.sha256(public_key).digest()[:FINGERPRINT_BYTES].hex().upper()
    return " ".join(digits[i:i + _GROUP_DIGITS] for i in range(0, len(digits), _GROUP_DIGITS))


def _pem(seed: bytes) -> bytes:
    body = base64.b64encode(_PKCS8_ED25519_PREFIX + seed)
    return _PEM_BEGIN + b"\n" + body + b"\n" + _PEM_END + b"\n"


def _seed_from_pem(pem: bytes) -> bytes | None:
    """The seed of a PKCS#8 PEM Ed25519 key, or ``None`` for anything else."""
    text = pem.strip()
    if not (text.startswith(_PEM_BEGIN) and text.endswith(_PEM_END)):
        return None
    try:
        der = base64.b64decode(b"".join(text[len(_PEM_BEGIN):-len(_PEM_END)].split()),
                               validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(der) != len(_PKCS8_ED25519_PREFIX) + SEED_BYTES:
        return None
    if not der.startswith(_PKCS8_ED25519_PREFIX):
        return None
    return der[len(_PKCS8_ED25519_PREFIX):]


def _read_key(path: Path) -> SigningKey:
    try:
        with path.open("rb") as handle:
            pem = handle.read(_MAX_KEY_FILE_BYTES + 1)
    except OSError as error:
        raise RejectedInput("key.unreadable", path=path,
                            reason=error.strerror or str(error)) from error
    if len(pem) > _MAX_KEY_FILE_BYTES:
        raise RejectedInput("key.damaged", path=path)
    seed = _seed_from_pem(pem)
    if seed is None:
        raise RejectedInput("key.damaged", path=path)
    return SigningKey(seed)
