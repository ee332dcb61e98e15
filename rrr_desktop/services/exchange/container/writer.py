"""Write a signed bundle: the manifest, its signature, then the content members."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from rrr_desktop.errors import RejectedInput
from rrr_desktop.files import atomic_file
from rrr_desktop.services.exchange.container.keys import SigningKey, public_key_bytes, sign
from rrr_desktop.services.exchange.container.manifest import (
    CONTENT_MEMBERS,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    Manifest,
    Sender,
    encode_public_key,
)
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml
from rrr_desktop.services.validation import describe_validation_error

_FILE_MODE = 0o644 << 16


def write_bundle(path: Path, sender: Sender, members: Mapping[str, bytes],
                 signing_key: SigningKey, app_version: str, *,
                 created_at: datetime | None = None) -> None:
    """Write ``members`` (path -> bytes, paths from ``CONTENT_MEMBERS``) as a signed bundle.

    The same arguments give the same file byte for byte: members follow the order of
    ``CONTENT_MEMBERS`` and every zip timestamp is ``created_at`` (default: now, UTC).
    ``path`` is replaced only once the bundle is complete.
    """
    unknown = sorted(set(members) - set(CONTENT_MEMBERS))
    if unknown:
        raise ValueError(f"not bundle members: {', '.join(unknown)}")
    created_at = (created_at or datetime.now(UTC)).replace(microsecond=0)
    ordered = [(name, members[name]) for name in CONTENT_MEMBERS if name in members]
    manifest = _manifest(sender, ordered, signing_key, app_version, created_at)
    manifest_bytes = dump_yaml(manifest.model_dump(mode="json"))
    signature = sign(signing_key, manifest_bytes)
    stamp = created_at.astimezone(UTC).timetuple()[:6]
    with atomic_file(path, "wb", shared=True) as handle, zipfile.ZipFile(handle, "w") as archive:
        for name, content in [(MANIFEST, manifest_bytes), (SIGNATURE, signature), *ordered]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = _FILE_MODE
            info.compress_type = zipfile.ZIP_STORED if name == SIGNATURE else zipfile.ZIP_DEFLATED
            archive.writestr(info, content)


def _manifest(sender: Sender, members: list[tuple[str, bytes]], signing_key: SigningKey,
              app_version: str, created_at: datetime) -> Manifest:
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "created_at": created_at,
        "sender": {"city_uuid": sender.city_uuid, "name": sender.name,
                   "country_code": sender.country_code},
        "public_key": encode_public_key(public_key_bytes(signing_key)),
        "members": [{"path": name, "size": len(content),
                     "sha256": hashlib.sha256(content).hexdigest()}
                    for name, content in members],
    }
    try:
        return Manifest.model_validate(document)
    except ValidationError as error:
        raise RejectedInput("bundle.cannot_write_manifest",
                            problems=describe_validation_error(error, "manifest")) from error
