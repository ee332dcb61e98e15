"""Writing a bundle and opening it again; what the verified bundle gives the content layer."""

from __future__ import annotations

import struct
import uuid
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from rrr_desktop.errors import RejectedInput
from rrr_desktop.services.exchange.container import (
    FORMAT_VERSION,
    BundleRejected,
    KeyTrust,
    Sender,
    check_sender_key,
    fingerprint,
    open_bundle,
    public_key_bytes,
    write_bundle,
)
from rrr_desktop.services.exchange.container.safe_json import dump_json
from tests.factories import CONTENT, KEY, OTHER_KEY, SENDER, Member, build_zip, bundle_members

WHEN = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


def write(path: Path, members: dict[str, bytes] | None = None, sender: Sender = SENDER) -> Path:
    write_bundle(path, sender, CONTENT if members is None else members, KEY, "0.1.0",
                 created_at=WHEN)
    return path


def test_a_written_bundle_opens_with_its_sender_and_documents(tmp_path: Path) -> None:
    bundle = open_bundle(write(tmp_path / "bilbao.rrrbundle"))
    assert bundle.sender == SENDER
    assert bundle.created_at == WHEN
    assert bundle.app_version == "0.1.0"
    assert bundle.format_version == FORMAT_VERSION
    assert bundle.public_key == public_key_bytes(KEY)
    assert bundle.fingerprint == fingerprint(public_key_bytes(KEY))
    assert bundle.documents["profile.yaml"]["name"] == "Bilbao"
    assert bundle.documents["stakeholders.json"][17]["name"] == "Co-op 17"
    assert set(bundle.documents) == {"profile.yaml", "stakeholders.json"}


def test_any_unzip_tool_reads_it_and_the_manifest_is_readable_yaml(tmp_path: Path) -> None:
    with zipfile.ZipFile(write(tmp_path / "b.rrrbundle")) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["manifest.yaml", "manifest.sig", "profile.yaml",
                                      "stakeholders.json"]
        manifest = yaml.safe_load(archive.read("manifest.yaml"))
        signature = archive.read("manifest.sig")
    assert manifest["format"] == "rrr-desktop/bundle"
    assert manifest["created_at"] == "2026-11-25T10:30:00Z"
    assert manifest["sender"]["city_uuid"] == str(SENDER.city_uuid)
    assert [m["path"] for m in manifest["members"]] == ["profile.yaml", "stakeholders.json"]
    assert len(signature) == 64


def test_the_same_content_gives_the_same_bytes(tmp_path: Path) -> None:
    first = write(tmp_path / "a.rrrbundle").read_bytes()
    reordered = dict(reversed(CONTENT.items()))
    assert write(tmp_path / "b.rrrbundle", reordered).read_bytes() == first


def test_a_bundle_without_content_members_opens(tmp_path: Path) -> None:
    assert open_bundle(write(tmp_path / "empty.rrrbundle", {})).documents == {}


def test_writing_refuses_a_member_bundles_do_not_hold(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"notes\.txt"):
        write(tmp_path / "b.rrrbundle", {"notes.txt": b"hi"})
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_leaves_the_previous_file_as_it_was(tmp_path: Path) -> None:
    path = write(tmp_path / "b.rrrbundle")
    before = path.read_bytes()
    long_name = Sender(SENDER.city_uuid, "B" * 201, "ES")
    with pytest.raises(RejectedInput, match=r"manifest\.sender\.name"):
        write(path, sender=long_name)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.rrrbundle"]


def test_opening_writes_nothing_to_disk(tmp_path: Path) -> None:
    path = write(tmp_path / "b.rrrbundle")
    open_bundle(path)
    assert [p.name for p in tmp_path.iterdir()] == ["b.rrrbundle"]


def test_a_missing_file_is_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(BundleRejected, match="cannot be read"):
        open_bundle(tmp_path / "nowhere.rrrbundle")


def test_members_announced_by_a_data_descriptor_are_accepted(tmp_path: Path) -> None:
    """Zips written to a stream (no seeking back) carry sizes after the data."""
    members = []
    for member in bundle_members():
        descriptor = b"PK\x07\x08" + struct.pack("<3L", *_sizes(member))
        members.append(Member(member.name, member.content, method=member.method,
                              flags=0x08, descriptor=descriptor))
    path = tmp_path / "streamed.rrrbundle"
    path.write_bytes(build_zip(members))
    assert open_bundle(path).sender == SENDER


def _sizes(member: Member) -> tuple[int, int, int]:
    return zlib.crc32(member.content), len(member.stored_data()), len(member.content)


class Stakeholder(BaseModel):
    name: str
    influence: int = Field(ge=1, le=5)


def test_validation_names_the_member_and_the_field(tmp_path: Path) -> None:
    records = [{"name": f"Co-op {n}", "influence": 3} for n in range(20)]
    records[17]["influence"] = 9
    bundle = open_bundle(write(tmp_path / "b.rrrbundle",
                               {"stakeholders.json": dump_json({"stakeholders": records})}))

    class Stakeholders(BaseModel):
        stakeholders: list[Stakeholder]

    with pytest.raises(BundleRejected, match=r"stakeholders\.stakeholders\[17\]\.influence: "
                                             r"Input should be less than or equal to 5"):
        bundle.validate("stakeholders.json", Stakeholders)
    with pytest.raises(BundleRejected, match=r"has no practices\.json"):
        bundle.validate("practices.json", Stakeholders)


def test_a_valid_member_validates_into_its_model(tmp_path: Path) -> None:
    class Profile(BaseModel):
        name: str
        country_code: str
        revision: int

    bundle = open_bundle(write(tmp_path / "b.rrrbundle"))
    assert bundle.validate("profile.yaml", Profile) == Profile(name="Bilbao", country_code="ES",
                                                               revision=2)


def test_a_city_key_is_pinned_on_first_use() -> None:
    decision = check_sender_key(None, public_key_bytes(KEY), accept_new_key=False)
    assert decision.trust is KeyTrust.FIRST_USE
    assert decision.accepted and not decision.key_changed
    assert decision.key_to_pin == public_key_bytes(KEY)


def test_the_same_key_is_accepted_and_nothing_changes() -> None:
    decision = check_sender_key(public_key_bytes(KEY), public_key_bytes(KEY), False)
    assert decision.trust is KeyTrust.SAME_KEY
    assert decision.accepted and decision.key_to_pin is None


def test_a_changed_key_is_refused_showing_both_fingerprints() -> None:
    old, new = public_key_bytes(KEY), public_key_bytes(OTHER_KEY)
    decision = check_sender_key(old, new, accept_new_key=False)
    assert decision.trust is KeyTrust.CHANGED_REFUSED
    assert not decision.accepted and decision.key_to_pin is None
    assert fingerprint(old) in str(decision.warning())
    assert fingerprint(new) in str(decision.warning())


def test_a_changed_key_the_officer_accepts_replaces_the_pin() -> None:
    old, new = public_key_bytes(KEY), public_key_bytes(OTHER_KEY)
    decision = check_sender_key(old, new, accept_new_key=True)
    assert decision.trust is KeyTrust.CHANGED_ACCEPTED
    assert decision.accepted and decision.key_changed
    assert decision.key_to_pin == new
    assert decision.pinned_fingerprint == fingerprint(old)


def test_the_sender_is_known_by_uuid_not_by_name(tmp_path: Path) -> None:
    impostor = Sender(uuid.uuid4(), SENDER.name, SENDER.country_code)
    bundle = open_bundle(write(tmp_path / "b.rrrbundle", sender=impostor))
    assert bundle.sender.city_uuid != SENDER.city_uuid


GOOD = build_zip(bundle_members())


@pytest.fixture(scope="module")
def fuzz_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz") / "fuzzed.rrrbundle"


def _refused_or_read(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        open_bundle(path)
    except BundleRejected as refusal:
        assert str(refusal)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)),
                      min_size=1, max_size=8))
def test_fuzzed_bytes_are_refused_or_read_never_anything_else(
        fuzz_path: Path, edits: list[tuple[int, int]]) -> None:
    data = bytearray(GOOD)
    for position, value in edits:
        data[position] = value
    _refused_or_read(fuzz_path, bytes(data))


@settings(max_examples=150, deadline=None)
@given(start=st.integers(0, len(GOOD)), length=st.integers(0, 64), insert=st.binary(max_size=64))
def test_spliced_bytes_are_refused_or_read_never_anything_else(
        fuzz_path: Path, start: int, length: int, insert: bytes) -> None:
    _refused_or_read(fuzz_path, GOOD[:start] + insert + GOOD[start + length:])


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_random_files_are_refused(fuzz_path: Path, data: bytes) -> None:
    fuzz_path.write_bytes(data)
    with pytest.raises(BundleRejected):
        open_bundle(fuzz_path)
