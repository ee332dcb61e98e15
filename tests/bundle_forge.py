"""Hand-made zips and bundles for the bundle tests: every header field can lie."""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from rrr_desktop.services.exchange.container import (
    Sender,
    SigningKey,
    public_key_bytes,
    sign,
    signing_key_from_seed,
)
from rrr_desktop.services.exchange.container.manifest import encode_public_key
from rrr_desktop.services.exchange.container.safe_json import dump_json
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml

KEY = signing_key_from_seed(bytes(range(32)))
OTHER_KEY = signing_key_from_seed(bytes(range(1, 33)))
THIRD_KEY = signing_key_from_seed(bytes(range(2, 34)))
SENDER = Sender(uuid.UUID("4e38b4a8-0d4d-4d3f-a059-d829f956cea5"), "Bilbao", "ES")
STAKEHOLDERS = [{"uuid": str(uuid.UUID(int=n)), "revision": 1, "name": f"Co-op {n}",
                 "updated_at": "2026-11-01T10:00:00Z", "influence": 3} for n in range(20)]
CONTENT: dict[str, bytes] = {
    "profile.yaml": dump_yaml({"name": "Bilbao", "country_code": "ES", "revision": 2}),
    "stakeholders.json": dump_json(STAKEHOLDERS),
}
UNIX_FILE = (0o100644 << 16)
MADE_BY_UNIX = (3 << 8) | 20


@dataclass(frozen=True)
class Member:
    """One zip member; ``None`` fields take the honest value."""

    name: str
    content: bytes
    method: int = zlib.DEFLATED
    flags: int = 0
    external_attr: int = UNIX_FILE
    made_by: int = MADE_BY_UNIX
    size: int | None = None
    crc: int | None = None
    local_name: str | None = None
    data: bytes | None = None  # the bytes stored, instead of compressing ``content``
    extra: bytes = b""
    descriptor: bytes | None = None  # written after the data (set flag 0x08 to announce it)
    local: bool = True  # False: only a central entry (give its offset to ``build_zip``)

    def stored_data(self) -> bytes:
        if self.data is not None:
            return self.data
        if self.method == zlib.DEFLATED:
            packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            return packer.compress(self.content) + packer.flush()
        return self.content


@dataclass
class Layout:
    """Where ``build_zip`` put things, for tests that aim at a place."""

    header_offsets: dict[str, int] = field(default_factory=dict)
    directory_offset: int = 0


def local_header(member: Member) -> bytes:
    name = (member.local_name or member.name).encode("utf-8")
    data = member.stored_data()
    sizes = (0, 0, 0) if member.flags & 0x08 else (_crc(member), len(data), _size(member))
    return struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, member.flags, member.method, 0, 0x5921,
                       *sizes, len(name), len(member.extra)) + name + member.extra


def build_zip(members: list[Member], *, offsets: Mapping[str, int] | None = None,
              comment: bytes = b"", layout: Layout | None = None,
              count: int | None = None) -> bytes:
    """A zip of ``members`` in order; ``offsets`` makes central entries point elsewhere."""
    body = bytearray()
    central = bytearray()
    layout = layout or Layout()
    for member in members:
        if member.local:
            layout.header_offsets[member.name] = len(body)
            body += local_header(member) + member.stored_data() + (member.descriptor or b"")
    for member in members:
        name = member.name.encode("utf-8")
        offset = (offsets or {}).get(member.name) or layout.header_offsets[member.name]
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", member.made_by, 20, member.flags,
                               member.method, 0, 0x5921, _crc(member),
                               len(member.stored_data()), _size(member), len(name),
                               len(member.extra), 0, 0, 0, member.external_attr,
                               offset) + name + member.extra
    layout.directory_offset = len(body)
    entries = len(members) if count is None else count
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries, entries, len(central),
                      len(body), len(comment))
    return bytes(body + central + end + comment)


def manifest_document(content: Mapping[str, bytes], key: SigningKey = KEY
                      ) -> dict[str, Any]:
    return {
        "format": "rrr-desktop/bundle", "format_version": 1, "app_version": "0.1.0",
        "created_at": "2026-11-25T10:00:00Z",
        "sender": {"city_uuid": str(SENDER.city_uuid), "name": SENDER.name,
                   "country_code": SENDER.country_code},
        "public_key": encode_public_key(public_key_bytes(key)),
        "members": [{"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                    for name, data in content.items()],
    }


def bundle_members(content: Mapping[str, bytes] | None = None, *,
                   edit: Callable[[dict[str, Any]], object] | None = None,
                   manifest: bytes | None = None, signer: SigningKey = KEY,
                   signature: bytes | None = None) -> list[Member]:
    """The members of a signed bundle; ``edit`` changes the manifest before signing."""
    content = CONTENT if content is None else content
    document = manifest_document(content)
    if edit is not None:
        edit(document)
    manifest = dump_yaml(document) if manifest is None else manifest
    signature = sign(signer, manifest) if signature is None else signature
    return [Member("manifest.yaml", manifest), Member("manifest.sig", signature, method=0),
            *(Member(name, data) for name, data in content.items())]


def forged_bundle(content: Mapping[str, bytes] | None = None, **options: Any) -> bytes:
    return build_zip(bundle_members(content, **options))


def changed(members: list[Member], target: str, /, **fields: Any) -> list[Member]:
    """``members`` with the one named ``target`` changed."""
    return [replace(m, **fields) if m.name == target else m for m in members]


def _crc(member: Member) -> int:
    return zlib.crc32(member.content) if member.crc is None else member.crc


def _size(member: Member) -> int:
    return len(member.content) if member.size is None else member.size


# --- content-level helpers: homes that exchange bundles ------------------------------------

def open_city_home(folder: Any, city: str) -> Any:
    """A migrated home in ``folder`` whose own city is the shipped ``city``."""
    from rrr_desktop.paths import resolve_paths
    from rrr_desktop.services.home import open_home
    from rrr_desktop.services.setup.cities import init_our_city

    opened = open_home(resolve_paths(folder))
    init_our_city(opened.db, city, None, None)
    return opened


def add_stakeholders(db: Any, count: int, **values: Any) -> list[int]:
    """``count`` shareable organisations (values override the defaults); their ids."""
    from rrr_desktop.models.stakeholder import Stakeholder

    with db.session() as session:
        added = [Stakeholder(**{"name": f"Co-op {n}", "kind": "cooperative",
                                "shareable": True, **values}) for n in range(count)]
        session.add_all(added)
        session.flush()
        return [record.id for record in added]


def content_bundle(path: Any, content: Mapping[str, Any], *, sender: Sender = SENDER,
                   key: SigningKey = KEY) -> Any:
    """A correctly signed bundle with hand-written members (dicts and lists, not bytes)."""
    from rrr_desktop.services.exchange.container import write_bundle

    members = {name: dump_yaml(data) if name.endswith(".yaml") else dump_json(data)
               for name, data in content.items()}
    write_bundle(path, sender, members, key, "test")
    return path


def city_card(sender: Sender = SENDER, revision: int = 5, **values: Any) -> dict[str, Any]:
    return {"city": {"uuid": str(sender.city_uuid), "name": sender.name,
                     "country_code": sender.country_code, "revision": revision,
                     "updated_at": "2026-11-01T10:00:00Z", **values}}


def peer_stakeholder(n: int, revision: int = 1, **values: Any) -> dict[str, Any]:
    return {"uuid": str(uuid.UUID(int=10_000 + n)), "revision": revision,
            "updated_at": "2026-11-01T10:00:00Z", "name": f"Peer co-op {n}",
            "kind": "cooperative", **values}


def posing_bundle(path: Any, city_uuid: uuid.UUID, called: str, country: str,
                  key: SigningKey, **card: Any) -> Any:
    """A correctly signed bundle of the city ``city_uuid`` calling itself ``called``."""
    sender = Sender(city_uuid, called, country)
    return content_bundle(path, {"profile.yaml": city_card(sender, **card)}, sender=sender,
                          key=key)
