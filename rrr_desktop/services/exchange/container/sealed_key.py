"""A signing key sealed with a passphrase: how a team database keeps its city's key.

The key's 32-byte seed is encrypted with XSalsa20-Poly1305 (libsodium's secretbox)
under a key derived from the team's passphrase with Argon2id, and kept as a small JSON
text. A wrong passphrase (or a damaged text) fails the authentication: nothing is
guessed. Deriving costs about a second on purpose, so it is done once per passphrase
and salt in a process.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json

import nacl.utils
from nacl.exceptions import CryptoError
from nacl.pwhash import argon2id
from nacl.secret import SecretBox

FORMAT = "rrr-desktop/sealed-key"
_OPS = argon2id.OPSLIMIT_INTERACTIVE
_MEM = argon2id.MEMLIMIT_INTERACTIVE


@functools.lru_cache(maxsize=8)
def _derived(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return bytes(argon2id.kdf(SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                              opslimit=ops, memlimit=mem))


def seal(seed: bytes, passphrase: str) -> str:
    """``seed`` encrypted under ``passphrase``, as JSON text."""
    salt = nacl.utils.random(argon2id.SALTBYTES)
    box = SecretBox(_derived(passphrase, salt, _OPS, _MEM)).encrypt(seed)
    return json.dumps({"format": FORMAT, "kdf": "argon2id", "ops": _OPS, "mem": _MEM,
                       "salt": base64.b64encode(salt).decode(),
                       "box": base64.b64encode(bytes(box)).decode()})


def unseal(sealed: str, passphrase: str) -> bytes | None:
    """The seed, or ``None`` when the passphrase is wrong or the text is not a sealed key."""
    try:
        data = json.loads(sealed)
        salt, box = base64.b64decode(data["salt"]), base64.b64decode(data["box"])
        key = _derived(passphrase, salt, int(data["ops"]), int(data["mem"]))
        return bytes(SecretBox(key).decrypt(box))
    except (ValueError, KeyError, TypeError, binascii.Error, CryptoError):
        return None
