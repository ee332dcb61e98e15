"""A corpus of hostile bundles: each is refused with a message that names its problem."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rrr_desktop.__main__ import main
from rrr_desktop.services.exchange.container import (
    BundleLimits,
    BundleRejected,
    open_bundle,
    public_key_bytes,
    sign,
)
from rrr_desktop.services.exchange.container.keys import fingerprint
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.importing import apply_bundle, inspect_bundle
from rrr_desktop.services.exchange.sender_checks import Rename
from rrr_desktop.services.home import Home
from tests.factories import (
    CONTENT,
    KEY,
    OTHER_KEY,
    SEED_UUIDS,
    THIRD_KEY,
    Layout,
    Member,
    build_zip,
    bundle_members,
    changed,
    city_card,
    content_bundle,
    forged_bundle,
    local_header,
    open_city_home,
    peer_stakeholder,
    posing_bundle,
)

ASK_AGAIN = "Ask the sender to export it again."


def with_member(name: str, content: bytes, **fields: Any) -> bytes:
    return build_zip([*bundle_members(), Member(name, content, **fields)])


def renamed(old: str, new: str, **fields: Any) -> bytes:
    return build_zip(changed(bundle_members(), old, name=new, **fields))


def member_changed(name: str, **fields: Any) -> bytes:
    return build_zip(changed(bundle_members(), name, **fields))


def edited(change: Callable[[dict[str, Any]], object]) -> bytes:
    return forged_bundle(edit=change)


def with_content(name: str, content: bytes) -> bytes:
    return forged_bundle({**CONTENT, name: content})


def yaml_manifest(text: str) -> bytes:
    return forged_bundle(manifest=text.encode("utf-8"))


def overlapping() -> bytes:
    """stakeholders.json's header and data hidden inside the stored profile.yaml."""
    members = bundle_members()
    hidden = next(m for m in members if m.name == "stakeholders.json")
    carrier = Member("profile.yaml", local_header(hidden) + hidden.stored_data(), method=0)
    honest = [m for m in members if m.name not in {"profile.yaml", "stakeholders.json"}]
    layout = Layout()
    build_zip([*honest, carrier], layout=layout)
    inner = layout.header_offsets["profile.yaml"] + len(local_header(carrier))
    return build_zip([*honest, carrier, replace(hidden, local=False)],
                     offsets={"stakeholders.json": inner})


def end_record_changed(data: bytes, **fields: int) -> bytes:
    """``data`` with fields of its end-of-central-directory record changed."""
    names = ["disk", "directory_disk", "disk_count", "count", "size", "offset"]
    values = dict(zip(names, struct.unpack_from("<4H2L", data, len(data) - 18), strict=True))
    values.update(fields)
    return data[:-18] + struct.pack("<4H2L", *values.values()) + data[-2:]


def deep_json(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def key_bomb(keys: int) -> bytes:
    """A flat YAML mapping of ``keys`` short keys (the 4 MB, 1.8-million-key bundle)."""
    return b"".join(b"k%d: 0\n" % n for n in range(keys))


def deep_yaml(levels: int) -> bytes:
    return b"a: " + b"[" * levels + b"]" * levels + b"\n"


ALIAS_BOMB = (b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
              b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c]\n")
ZEROS = bytes(10 * 1024 * 1024)
UNICODE_FLAG = 0x0800


def manifest_field(path: str, value: Any) -> Callable[[dict[str, Any]], object]:
    """An edit that sets the manifest field at dotted ``path`` (list indexes as digits)."""
    def edit(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is DELETE:
            del target[last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return edit


DELETE = object()


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def _bad_utf8_name() -> bytes:
    data = with_member("profile.yaml", b"x", flags=UNICODE_FLAG)
    return data.replace(b"profile.yaml", b"profil\xff.yaml")

NO_RATIO = BundleLimits(max_ratio=10**9)  # to reach the parser with a compressible member
NOISE = "".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(5000))  # 320,000
SMALL = BundleLimits(max_file_bytes=100_000, max_total_bytes=1_000)

# (id, how to make the bundle, a pattern its refusal must match)
NAMED: list[tuple[str, Callable[[], bytes], str]] = [
    # paths and kinds of entries
    ("zip-slip", lambda: renamed("profile.yaml", "../profile.yaml"), "climbs out"),
    ("zip-slip-nested", lambda: renamed("profile.yaml", "a/../../x.yaml"), "climbs out"),
    ("zip-slip-dot-dot-only", lambda: renamed("profile.yaml", ".."), "climbs out"),
    ("absolute-unix", lambda: renamed("profile.yaml", "/etc/passwd"), "absolute path"),
    ("absolute-windows", lambda: renamed("profile.yaml", "C:\\x"), "absolute path"),
    ("drive-relative", lambda: renamed("profile.yaml", "c:x.yaml"), "absolute path"),
    ("backslash", lambda: renamed("profile.yaml", "sub\\profile.yaml"), "backslash"),
    ("backslash-slip", lambda: renamed("profile.yaml", "..\\..\\x"), "backslash"),
    ("nul-in-name", lambda: renamed("profile.yaml", "profile.yaml\x00.exe"), "invisible"),
    ("empty-name", lambda: renamed("profile.yaml", ""), "empty"),
    ("symlink", lambda: member_changed("profile.yaml", external_attr=0o120777 << 16), "link"),
    ("device-file", lambda: member_changed("profile.yaml", external_attr=0o020644 << 16),
     "not a plain file"),
    ("fifo", lambda: member_changed("profile.yaml", external_attr=0o010644 << 16),
     "not a plain file"),
    ("directory-entry", lambda: with_member("profile/", b""), "folder"),
    ("directory-mode", lambda: member_changed("profile.yaml", external_attr=0o040755 << 16),
     "folder"),
    ("dos-directory", lambda: member_changed("profile.yaml", external_attr=0x10, made_by=20),
     "folder"),
    ("unknown-member", lambda: with_member("evil.exe", b"MZ"), "never hold"),
    ("unknown-member-in-folder", lambda: with_member("docs/readme.txt", b"hi"), "never hold"),
    ("name-not-utf8", _bad_utf8_name, "not valid UTF-8"),
    # duplicates
    ("duplicate-name", lambda: with_member("profile.yaml", b"name: Evil\n"), "two members"),
    ("duplicate-manifest", lambda: with_member("manifest.yaml", b"format: x\n"), "two members"),
    ("case-folded-duplicate", lambda: build_zip(
        [Member("Profile.yaml", b"name: Evil\n"), *bundle_members()]), "two members"),
    ("upper-case-duplicate", lambda: with_member("PROFILE.YAML", b"x"), "two members"),
    ("case-folded-unknown", lambda: renamed("profile.yaml", "Profile.yaml"), "never hold"),
    # headers that lie
    ("local-name-differs", lambda: member_changed("profile.yaml", local_name="evil.yaml"),
     "in its own header"),
    ("overlapping-members", overlapping, "overlap"),
    ("bytes-before-first-member", lambda: b"MZ" * 50 + forged_bundle(), "not where"),
    ("trailing-bytes", lambda: forged_bundle() + b"extra", "no zip directory"),
    ("comment-length-lies", lambda: forged_bundle()[:-2] + b"\x10\x00", "no zip directory"),
    ("directory-offset-wrong", lambda: end_record_changed(forged_bundle(), offset=3),
     "not where"),
    ("entry-count-low", lambda: end_record_changed(forged_bundle(), count=3, disk_count=3),
     "unlisted bytes"),
    ("entry-count-high", lambda: end_record_changed(forged_bundle(), count=5, disk_count=5),
     "cut short"),
    ("multi-disk", lambda: end_record_changed(forged_bundle(), disk=1), "several disks"),
    ("zip64-count", lambda: end_record_changed(forged_bundle(), count=0xFFFF,
                                               disk_count=0xFFFF), "ZIP64"),
    ("zip64-extra", lambda: member_changed("profile.yaml", extra=b"\x01\x00\x00\x00"), "ZIP64"),
    ("bad-crc", lambda: member_changed("profile.yaml", crc=1234), "CRC"),
    ("bad-crc-stored", lambda: member_changed("manifest.sig", crc=1234), "CRC"),
    ("size-declared-small", lambda: member_changed("manifest.yaml", size=10),
     "unpacks to more than the 10 bytes"),
    ("size-declared-large", lambda: member_changed("manifest.yaml", size=4000),
     "not the 4,000 its header declares"),
    ("size-differs-from-manifest", lambda: member_changed("stakeholders.json", size=10),
     "not the 2,571 its signed manifest lists"),
    ("stored-sizes-differ", lambda: member_changed("manifest.sig", size=65), "two different"),
    ("deflate-garbage", lambda: member_changed("profile.yaml", data=b"\xff" * 40),
     "cannot be unpacked"),
    ("deflate-cut-short", lambda: member_changed(
        "stakeholders.json", data=zlib.compress(CONTENT["stakeholders.json"])[2:60]),
     "cut short"),
    ("deflate-trailing-bytes", lambda: member_changed(
        "profile.yaml", data=_deflate(CONTENT["profile.yaml"]) + b"junk"), "extra bytes"),
    ("descriptor-lies", lambda: member_changed(
        "profile.yaml", flags=0x08, descriptor=b"PK\x07\x08" + struct.pack("<3L", 1, 2, 3)),
     "differ between"),
    ("descriptor-missing", lambda: member_changed("stakeholders.json", flags=0x08),
     "cut short|differ between"),
    ("encrypted", lambda: member_changed("profile.yaml", flags=0x01), "encrypted"),
    ("strong-encryption", lambda: member_changed("profile.yaml", flags=0x40), "encrypted"),
    ("masked-headers", lambda: member_changed("profile.yaml", flags=0x2000), "encrypted"),
    ("bzip2", lambda: member_changed("profile.yaml", method=12), "method 12"),
    ("lzma", lambda: member_changed("profile.yaml", method=14), "method 14"),
    ("aes", lambda: member_changed("profile.yaml", method=99), "method 99"),
    ("deflate64", lambda: member_changed("profile.yaml", method=9), "method 9"),
    # not a zip at all
    ("empty-file", lambda: b"", "empty"),
    ("text-file", lambda: b"name,email\nBilbao,x@example.org\n", "no zip directory"),
    ("png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "no zip directory"),
    ("only-end-record", lambda: struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0, 0, 0, 0, 0),
     "no manifest.yaml"),
    # size limits
    ("ratio-bomb", lambda: with_content("practices.json", ZEROS), "zip bomb"),
    ("member-too-large", lambda: member_changed("profile.yaml", size=65 * 1024 * 1024),
     "at most"),
    ("too-many-members", lambda: build_zip(
        [Member(f"x{n}.json", b"[]") for n in range(300)]), "300 members"),
    ("manifest-too-large", lambda: edited(manifest_field("app_version", NOISE)),
     "more than the 262,144"),
    # members and the manifest
    ("no-manifest", lambda: build_zip(bundle_members()[1:]), "no manifest.yaml"),
    ("no-signature", lambda: build_zip(changed(bundle_members(), "manifest.sig",
                                               name="practices.json")), "no manifest.sig"),
    ("member-not-in-manifest", lambda: with_member("practices.json", b"[]"),
     "does not list"),
    ("manifest-lists-missing-member", lambda: build_zip(
        [m for m in bundle_members() if m.name != "profile.yaml"]), "does not hold it"),
    ("member-changed-after-signing", lambda: build_zip(changed(
        bundle_members(), "stakeholders.json",
        content=CONTENT["stakeholders.json"].replace(b"Co-op 1", b"Co-op 9"))),
     "does not match its fingerprint"),
    ("manifest-wrong-size", lambda: edited(manifest_field("members.0.size", 12)),
     "not the 12"),
    ("manifest-wrong-hash", lambda: edited(manifest_field("members.1.sha256", "0" * 64)),
     "does not match its fingerprint"),
    ("manifest-lists-unknown-path", lambda: edited(manifest_field("members.0.path", "x.json")),
     r"manifest\.members\[0\]\.path"),
    ("manifest-lists-slip-path", lambda: edited(manifest_field("members.0.path", "../x")),
     r"manifest\.members\[0\]\.path"),
    ("manifest-lists-twice", lambda: edited(
        lambda doc: doc["members"].append(dict(doc["members"][0]))), "listed twice"),
    # signature
    ("signature-of-other-bytes", lambda: forged_bundle(signature=sign(KEY, b"other")),
     "signature does not match"),
    ("signature-by-other-key", lambda: forged_bundle(signer=OTHER_KEY),
     "signature does not match"),
    ("signature-short", lambda: forged_bundle(signature=sign(KEY, b"x")[:63]),
     "signature does not match"),
    ("signature-long", lambda: forged_bundle(signature=sign(KEY, b"x") + b"\x00"),
     "more than the 64"),
    ("signature-empty", lambda: forged_bundle(signature=b""), "signature does not match"),
    ("public-key-swapped", lambda: edited(manifest_field(
        "public_key", "A" * 43 + "=")), "signature does not match"),
    ("public-key-not-base64", lambda: edited(manifest_field("public_key", "not a key!")),
     "no valid public_key"),
    ("public-key-short", lambda: edited(manifest_field("public_key", "AAAA")),
     "no valid public_key"),
    ("public-key-missing", lambda: edited(manifest_field("public_key", DELETE)),
     "no valid public_key"),
    ("manifest-edited-after-signing", lambda: forged_bundle(
        manifest=None, signature=sign(KEY, b"format: rrr-desktop/bundle\n")),
     "signature does not match"),
    # format and version
    ("future-format-version", lambda: edited(manifest_field("format_version", 3)),
     "newer version"),
    ("far-future-format-version", lambda: edited(manifest_field("format_version", 10**6)),
     "newer version"),
    ("format-version-zero", lambda: edited(manifest_field("format_version", 0)),
     "no valid format_version"),
    ("format-version-text", lambda: edited(manifest_field("format_version", "1")),
     "no valid format_version"),
    ("format-version-missing", lambda: edited(manifest_field("format_version", DELETE)),
     "no valid format_version"),
    ("wrong-format-name", lambda: edited(manifest_field("format", "zip/backup")),
     "not an RRR Desktop bundle"),
    ("manifest-is-a-list", lambda: yaml_manifest("- format: rrr-desktop/bundle\n"),
     "not an RRR Desktop bundle"),
    # manifest schema, signed by the right key
    ("manifest-unknown-field", lambda: edited(manifest_field("comment", "hi")),
     r"manifest\.comment: Extra inputs"),
    ("manifest-no-sender", lambda: edited(manifest_field("sender", DELETE)),
     r"manifest\.sender: Field required"),
    ("sender-name-huge", lambda: edited(manifest_field("sender.name", "B" * 5000)),
     r"manifest\.sender\.name: String should have at most 200"),
    ("sender-name-empty", lambda: edited(manifest_field("sender.name", "")),
     r"manifest\.sender\.name"),
    ("sender-name-number", lambda: edited(manifest_field("sender.name", 12)),
     r"manifest\.sender\.name: Input should be a valid string"),
    ("sender-uuid-bad", lambda: edited(manifest_field("sender.city_uuid", "Bilbao")),
     r"manifest\.sender\.city_uuid"),
    ("country-lower-case", lambda: edited(manifest_field("sender.country_code", "es")),
     r"manifest\.sender\.country_code"),
    ("created-at-naive", lambda: edited(manifest_field("created_at", "2026-11-25T10:00:00")),
     r"manifest\.created_at"),
    ("created-at-nonsense", lambda: edited(manifest_field("created_at", "yesterday")),
     r"manifest\.created_at"),
    ("size-as-text", lambda: edited(manifest_field("members.0.size", "13")),
     r"manifest\.members\[0\]\.size"),
    ("size-negative", lambda: edited(manifest_field("members.0.size", -1)),
     r"manifest\.members\[0\]\.size"),
    ("hash-upper-case", lambda: edited(manifest_field("members.0.sha256", "A" * 64)),
     r"manifest\.members\[0\]\.sha256"),
    ("members-not-a-list", lambda: edited(manifest_field("members", "all")),
     r"manifest\.members"),
    # YAML tricks (manifest and members)
    ("manifest-alias-bomb", lambda: yaml_manifest(
        "format: rrr-desktop/bundle\nformat_version: 1\n" + ALIAS_BOMB.decode()), "anchors"),
    ("manifest-python-tag", lambda: yaml_manifest(
        "format: rrr-desktop/bundle\nx: !!python/object/apply:os.system ['ls']\n"), "tags"),
    ("manifest-duplicate-key", lambda: yaml_manifest(
        "format: rrr-desktop/bundle\nformat_version: 1\nformat_version: 1\n"), "appears twice"),
    ("manifest-two-documents", lambda: yaml_manifest(
        "format: rrr-desktop/bundle\n---\nformat: x\n"), "another document"),
    ("manifest-bad-utf8", lambda: forged_bundle(manifest=b"format: rrr-desktop/bundle\n\xff\n"),
     "not valid UTF-8"),
    ("manifest-syntax-error", lambda: yaml_manifest("format: [unclosed\n"), "not valid YAML"),
    ("manifest-deep", lambda: forged_bundle(manifest=deep_yaml(5000)), "nested deeper"),
    ("profile-alias-bomb", lambda: with_content("profile.yaml", ALIAS_BOMB),
     "profile.yaml was refused: anchors"),
    ("profile-alias", lambda: with_content("profile.yaml", b"a: *x\n"), "profile.yaml"),
    ("profile-custom-tag", lambda: with_content("profile.yaml", b"name: !city Bilbao\n"),
     "tags"),
    ("profile-python-object", lambda: with_content(
        "profile.yaml", b"x: !!python/object:os.system {}\n"), "tags"),
    ("profile-duplicate-key", lambda: with_content("profile.yaml", b"name: a\nname: b\n"),
     "'name' appears twice"),
    ("profile-merge-key", lambda: with_content("profile.yaml", b"<<: {name: x}\n"),
     "merge keys"),
    ("profile-deep", lambda: with_content("profile.yaml", deep_yaml(100)), "nested deeper"),
    ("profile-control-character", lambda: with_content("profile.yaml", b"name: a\x07b\n"),
     "not valid YAML"),
    ("profile-bad-utf8", lambda: with_content("profile.yaml", b"name: Bilb\xe1o\n"),
     "not valid UTF-8"),
    ("profile-huge-integer", lambda: with_content("profile.yaml", b"n: " + b"9" * 5000),
     "profile.yaml was refused"),
    # JSON tricks
    ("json-duplicate-key", lambda: with_content("practices.json", b'[{"a": 1, "a": 2}]'),
     "'a' appears twice"),
    ("json-nan", lambda: with_content("practices.json", b"[NaN]"), "NaN"),
    ("json-infinity", lambda: with_content("practices.json", b"[-Infinity]"), "Infinity"),
    ("json-deep", lambda: with_content("practices.json", deep_json(40)), "nested deeper"),
    ("json-bad-utf8", lambda: with_content("practices.json", b'["Bilb\xe1o"]'),
     "not valid UTF-8"),
    ("json-surrogate", lambda: with_content("practices.json", b'["\\ud800"]'), "surrogate"),
    ("json-bom", lambda: with_content("practices.json", b'\xef\xbb\xbf[]'), "not valid JSON"),
    ("json-trailing-garbage", lambda: with_content("practices.json", b"[] []"),
     "not valid JSON"),
    ("json-truncated", lambda: with_content("practices.json", dump_json([{"a": 1}])[:-3]),
     "not valid JSON"),
    ("json-huge-integer", lambda: with_content("practices.json", b"[" + b"9" * 5000 + b"]"),
     "integer"),
]

LIMITED: list[tuple[str, Callable[[], bytes], str, BundleLimits]] = [
    ("file-too-large", lambda: with_content("practices.json", NOISE.encode()),
     "larger than 100,000", SMALL),
    ("unpacks-too-large", forged_bundle, "more than 1,000", SMALL),
    ("member-over-limit", forged_bundle, "may hold at most 100",
     BundleLimits(max_member_bytes=100)),
    ("too-deep-for-limit", lambda: with_content("practices.json", deep_json(4)),
     "nested deeper than 3", BundleLimits(max_depth=3)),
    ("yaml-very-deep", lambda: with_content("profile.yaml", deep_yaml(100_000)),
     "nested deeper than 32", NO_RATIO),
    ("json-very-deep", lambda: with_content("practices.json", deep_json(200_000)),
     "nested deeper than 32", NO_RATIO),
    # per document type: the bombs of the attack campaign, and their neighbours
    ("profile-1.8-million-keys", lambda: with_content("profile.yaml", key_bomb(1_800_000)),
     "profile.yaml was refused: it is larger than 2,097,152 bytes", NO_RATIO),
    ("profile-25-thousand-keys", lambda: with_content("profile.yaml", key_bomb(25_000)),
     "holds more than 20,000 keys, values and list items", NO_RATIO),
    ("profile-long-value", lambda: with_content("profile.yaml", b"name: " + b"x" * 100_001),
     "a value is longer than 100,000 characters", NO_RATIO),
    ("json-object-of-many-keys", lambda: with_content("practices.json", dump_json(
        [{f"k{n}": 0 for n in range(1_001)}])), "an object holds more than 1,000 keys",
     NO_RATIO),
    ("json-too-many-values", lambda: with_content("stakeholders.json", dump_json(
        list(range(200)))), "holds more than 100 values", BundleLimits(max_json_values=100)),
]


def opened(tmp_path: Path, data: bytes, limits: BundleLimits | None = None) -> str:
    """The message ``open_bundle`` refuses ``data`` with (the test fails if it accepts it)."""
    path = tmp_path / "from-a-stranger.rrrbundle"
    path.write_bytes(data)
    with pytest.raises(BundleRejected) as refusal:
        open_bundle(path) if limits is None else open_bundle(path, limits)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "nothing else on disk"
    return str(refusal.value)


@pytest.mark.parametrize(("make", "expected"), [case[1:] for case in NAMED],
                         ids=[case[0] for case in NAMED])
def test_a_crafted_bundle_is_refused_naming_its_problem(
        tmp_path: Path, make: Callable[[], bytes], expected: str) -> None:
    message = opened(tmp_path, make())
    assert re.search(expected, message), message
    assert "\n" not in message


@pytest.mark.parametrize(("make", "expected", "limits"), [case[1:] for case in LIMITED],
                         ids=[case[0] for case in LIMITED])
def test_limits_are_enforced(tmp_path: Path, make: Callable[[], bytes], expected: str,
                             limits: BundleLimits) -> None:
    assert expected in opened(tmp_path, make(), limits)


GOOD = forged_bundle()


TRUNCATIONS = sorted({1, 4, 30, 31, 100, len(GOOD) // 3, len(GOOD) // 2, len(GOOD) - 200,
                      len(GOOD) - 23, len(GOOD) - 22, len(GOOD) - 21, len(GOOD) - 10,
                      len(GOOD) - 1})


@pytest.mark.parametrize("length", TRUNCATIONS)
def test_a_truncated_bundle_is_refused(tmp_path: Path, length: int) -> None:
    assert "cut short" in opened(tmp_path, GOOD[:length])


def _layout() -> Layout:
    layout = Layout()
    build_zip(bundle_members(), layout=layout)
    return layout


# Every byte before the central directory is covered by a check (headers are compared
# with the central directory; data by CRC, hash and signature): a flipped bit anywhere there
# is refused.
FLIP_OFFSETS = list(range(0, _layout().directory_offset, 23))


@pytest.mark.parametrize("offset", FLIP_OFFSETS)
def test_a_flipped_bit_is_refused(tmp_path: Path, offset: int) -> None:
    damaged = bytearray(GOOD)
    damaged[offset] ^= 0x10
    message = opened(tmp_path, bytes(damaged))
    assert ASK_AGAIN in message
    assert re.search("damaged|changed after|signature|overlap|header|refused|not valid|"
                     "not an RRR|never hold|unsafe|encrypted|method|bytes", message), message


def test_the_corpus_has_at_least_a_hundred_bundles() -> None:
    total = len(NAMED) + len(LIMITED) + len(FLIP_OFFSETS) + len(TRUNCATIONS)
    assert total >= 100
    assert len({hashlib.sha256(make()).digest() for _, make, _ in NAMED}) == len(NAMED)


# --- identity: correctly signed bundles that pose as another city --------------------------

ROTTERDAM_UUID = uuid.UUID(SEED_UUIDS["Rotterdam"])
MONTREAL_UUID = uuid.UUID(SEED_UUIDS["Montréal"])
STRANGER = uuid.UUID("0b7a51e0-5a1e-4e55-9d0c-3b7c2c0ffee0")

# (id, city uuid, name, country, key, a pattern of the refusal)
POSING: list[tuple[str, uuid.UUID, str, str, Any, str]] = [
    ("pinned-peer-takes-a-known-name", ROTTERDAM_UUID, "Bilbao", "ES", THIRD_KEY,
     "already has a city of that name, Bilbao"),
    ("pinned-peer-takes-our-name", ROTTERDAM_UUID, "Montréal", "CA", THIRD_KEY,
     "name of your own city"),
    ("pinned-peer-takes-our-name-unaccented", ROTTERDAM_UUID, "MONTREAL", "CA", THIRD_KEY,
     "name of your own city"),
    ("zero-width-space", STRANGER, "Bil\u200bbao", "ES", OTHER_KEY, "city of that name"),
    ("zero-width-joiner-and-bom", STRANGER, "\ufeffBilb\u200dao", "ES", OTHER_KEY,
     "city of that name"),
    ("right-to-left-override", STRANGER, "\u202eoablib\u202c", "ES", OTHER_KEY,
     "city of that name"),
    ("cyrillic-a", STRANGER, "Bilb\u0430o", "ES", OTHER_KEY, "city of that name"),
    ("greek-capitals", STRANGER, "\u0392\u0399LBAO", "ES", OTHER_KEY, "city of that name"),
    ("capital-i-for-l", STRANGER, "BiIbao", "ES", OTHER_KEY, "city of that name"),
    ("full-width", STRANGER, "\uff22\uff49\uff4c\uff42\uff41\uff4f", "ES", OTHER_KEY,
     "city of that name"),
    ("variation-selector", STRANGER, "Bilbao\ufe0f", "ES", OTHER_KEY, "city of that name"),
    ("our-name-look-alike", STRANGER, "Montre\u0301al", "CA", OTHER_KEY,
     "name of your own city"),
    ("known-key-for-a-second-city", STRANGER, "Lyon", "FR", THIRD_KEY,
     "already the key of Rotterdam"),
]


@pytest.fixture
def montreal_with_rotterdam(tmp_path: Path) -> Iterator[Home]:
    """Montréal's home holding one genuine bundle of Rotterdam (its key pinned)."""
    opened = open_city_home(tmp_path / "montreal", "Montréal")
    genuine = posing_bundle(tmp_path / "rotterdam.rrrbundle", ROTTERDAM_UUID, "Rotterdam",
                            "NL", THIRD_KEY)
    apply_bundle(opened.db, inspect_bundle(opened.db, genuine))
    yield opened
    opened.close()


def database_bytes(home: Home) -> bytes:
    connection = sqlite3.connect(home.paths.database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return home.paths.database.read_bytes()


@pytest.mark.parametrize("case", POSING, ids=[case[0] for case in POSING])
def test_a_bundle_posing_as_another_city_is_refused(
        montreal_with_rotterdam: Home, tmp_path: Path,
        case: tuple[str, uuid.UUID, str, str, Any, str]) -> None:
    _, city_uuid, name, country, key, expected = case
    home = montreal_with_rotterdam
    bundle = posing_bundle(tmp_path / "posing.rrrbundle", city_uuid, name, country, key)
    before = database_bytes(home)
    with pytest.raises(BundleRejected) as refusal:
        inspect_bundle(home.db, bundle)
    message = str(refusal.value)
    assert re.search(expected, message), message
    presented = fingerprint(public_key_bytes(key))
    assert presented in message
    if "city of that name" in expected:  # both fingerprints, the known one "-" if unpinned
        assert " (its key: -)" in message or fingerprint(public_key_bytes(THIRD_KEY)) in message
    assert database_bytes(home) == before


def test_a_profile_naming_another_city_than_the_signed_sender_is_refused(
        montreal: Home, tmp_path: Path) -> None:
    bundle = posing_bundle(tmp_path / "b.rrrbundle", STRANGER, "Lyon", "FR", OTHER_KEY,
                           name="Bilbao")
    with pytest.raises(BundleRejected, match=r"signed sender is Lyon \(FR\) but its "
                                             r"profile\.yaml names the city Bilbao"):
        inspect_bundle(montreal.db, bundle)


@pytest.fixture
def montreal(tmp_path: Path) -> Iterator[Home]:
    opened = open_city_home(tmp_path / "montreal", "Montréal")
    yield opened
    opened.close()


def test_a_known_city_renaming_itself_needs_the_officers_acceptance(
        montreal_with_rotterdam: Home, tmp_path: Path) -> None:
    home = montreal_with_rotterdam
    bundle = posing_bundle(tmp_path / "renamed.rrrbundle", ROTTERDAM_UUID, "Rijnmond", "NL",
                           THIRD_KEY, revision=9)
    preview = inspect_bundle(home.db, bundle)
    assert preview.rename == Rename("Rotterdam", "NL", "Rijnmond", "NL")
    before = database_bytes(home)
    with pytest.raises(BundleRejected, match="now calls itself Rijnmond"):
        apply_bundle(home.db, preview)
    assert database_bytes(home) == before
    apply_bundle(home.db, inspect_bundle(home.db, bundle, accept_rename=True))
    with home.db.reading() as connection:
        assert connection.execute("SELECT name FROM city WHERE uuid = ?",
                                  (ROTTERDAM_UUID.hex,)).fetchone() == ("Rijnmond",)


# --- values: correctly signed bundles whose records hold what no field may ----------------

ASSESSED = {"topic": "trust-building", "score": 5, "assessed_on": "2026-01-01"}
HOSTILE_VALUES: list[tuple[str, dict[str, Any], str]] = [
    ("year-9999-with-offset", {"profile.yaml": city_card(
        updated_at="9999-12-31T23:59:59-05:00")}, r"profile\.city\.updated_at: is out of range"),
    ("year-1-with-offset", {"profile.yaml": city_card(updated_at="0001-01-01T00:00:00+05:00")},
     r"profile\.city\.updated_at: is out of range"),
    ("stakeholder-far-future", {"profile.yaml": city_card(), "stakeholders.json": [
        peer_stakeholder(1, updated_at="9999-12-31T23:00:00-10:00")]},
     r"stakeholders\[0\]\.updated_at: is out of range"),
    ("tombstone-far-future", {"profile.yaml": city_card(), "tombstones.json": [
        {"entity": "stakeholder", "uuid": str(uuid.UUID(int=1)), "revision": 1,
         "withdrawn_at": "9999-12-31T23:59:59-05:00"}]},
     r"tombstones\[0\]\.withdrawn_at: is out of range"),
    ("duplicate-assessment-topic", {"profile.yaml": city_card(), "assessments.json": [
        ASSESSED, {**ASSESSED, "score": 6}]},
     r"assessments\[1\]\.topic: trust-building is already listed at \[0\]"),
    ("assessment-date-a-number", {"profile.yaml": city_card(), "assessments.json": [
        {**ASSESSED, "assessed_on": 20260101}]}, r"assessments\[0\]\.assessed_on"),
    ("assessment-score-a-float", {"profile.yaml": city_card(), "assessments.json": [
        {**ASSESSED, "score": 5.0}]}, r"assessments\[0\]\.score"),
    ("assessment-invalid-date", {"profile.yaml": city_card(), "assessments.json": [
        {**ASSESSED, "assessed_on": "2026-02-31"}]}, r"assessments\[0\]\.assessed_on"),
    ("city-website-not-a-url", {"profile.yaml": city_card(website="http://[")},
     r"profile\.city\.website: is not a web address"),
    ("stakeholder-website-not-a-url", {"profile.yaml": city_card(), "stakeholders.json": [
        peer_stakeholder(1, website="https://exa mple.org")]},
     r"stakeholders\[0\]\.website: is not a web address"),
    ("stakeholder-website-javascript", {"profile.yaml": city_card(), "stakeholders.json": [
        peer_stakeholder(1, website="javascript:alert(1)")]},
     r"stakeholders\[0\]\.website: is not a web address"),
    ("stakeholder-name-a-list", {"profile.yaml": city_card(), "stakeholders.json": [
        peer_stakeholder(1, name=["a"])]}, r"stakeholders\[0\]\.name"),
    ("revision-a-bool", {"profile.yaml": city_card(revision=True)},
     r"profile\.city\.revision"),
]


@pytest.mark.parametrize(("content", "expected"), [case[1:] for case in HOSTILE_VALUES],
                         ids=[case[0] for case in HOSTILE_VALUES])
def test_a_bundle_with_hostile_values_is_refused_with_exit_3(
        montreal: Home, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        content: dict[str, Any], expected: str) -> None:
    bundle = content_bundle(tmp_path / "values.rrrbundle", content)
    before = database_bytes(montreal)
    code = main(["bundle", "import", str(bundle), "--yes", "--home", str(montreal.paths.home)])
    err = capsys.readouterr().err
    assert code == 3
    assert re.search(expected, err), err
    assert database_bytes(montreal) == before
