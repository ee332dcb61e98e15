"""The installation's signing key: made once, kept private, read aloud by its fingerprint."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.exchange.container import (
    fingerprint,
    load_or_create_signing_key,
    public_key_bytes,
    sign,
    signing_key_from_seed,
)


def test_the_key_is_made_on_first_use_and_the_same_afterwards(tmp_path: Path) -> None:
    path = tmp_path / "home" / "keys" / "signing-key.pem"
    first = load_or_create_signing_key(path)
    again = load_or_create_signing_key(path)
    assert public_key_bytes(first) == public_key_bytes(again)
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert [p.name for p in path.parent.iterdir()] == ["signing-key.pem"]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_only_the_owner_can_read_the_key(tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    load_or_create_signing_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_two_installations_have_different_keys(tmp_path: Path) -> None:
    one = load_or_create_signing_key(tmp_path / "a.pem")
    two = load_or_create_signing_key(tmp_path / "b.pem")
    assert fingerprint(public_key_bytes(one)) != fingerprint(public_key_bytes(two))


@pytest.mark.parametrize("content", [b"", b"not a key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n",
                                     b"x" * 20_000])
def test_a_damaged_key_file_is_refused_and_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "signing-key.pem"
    path.write_bytes(content)
    with pytest.raises(RejectedInput, match="damaged"):
        load_or_create_signing_key(path)
    assert path.read_bytes() == content


def test_a_key_of_another_kind_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
    path = tmp_path / "signing-key.pem"
    path.write_bytes(generate_private_key(SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    with pytest.raises(RejectedInput, match="not an RRR Desktop key"):
        load_or_create_signing_key(path)


RFC_8032_PUBLIC_KEY = bytes.fromhex(  # test 1 of RFC 8032, section 7.1
    "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")


def test_the_fingerprint_is_ten_groups_of_four_hex_digits() -> None:
    shown = fingerprint(RFC_8032_PUBLIC_KEY)
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){9}", shown)
    assert shown == "21FE 31DF A154 A261 626B F854 046F D227 1B7B ED4B"  # in bundle-format.md


def test_the_private_key_matches_the_rfc_vector() -> None:
    secret = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    key = signing_key_from_seed(secret)
    assert public_key_bytes(key) == RFC_8032_PUBLIC_KEY
    signature = sign(key, b"")  # RFC 8032 test 1 signs the empty message
    assert signature.hex().startswith("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065")


# The key file is standard PKCS#8: another implementation (cryptography, a test-only
# dependency) reads ours and we read its, and signatures verify across the two.

def test_our_key_file_is_read_by_another_implementation(tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    ours = load_or_create_signing_key(path)
    theirs = serialization.load_pem_private_key(path.read_bytes(), password=None)
    assert isinstance(theirs, Ed25519PrivateKey)
    public = theirs.public_key().public_bytes(serialization.Encoding.Raw,
                                             serialization.PublicFormat.Raw)
    assert public == public_key_bytes(ours)
    Ed25519PublicKey.from_public_bytes(public).verify(sign(ours, b"bundle"), b"bundle")


def test_a_key_file_written_by_another_implementation_is_read(tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    theirs = Ed25519PrivateKey.generate()
    path.write_bytes(theirs.private_bytes(serialization.Encoding.PEM,
                                          serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    ours = load_or_create_signing_key(path)
    assert public_key_bytes(ours) == theirs.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
