"""Open a bundle from a stranger: every check passes before anything reads its content."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from rrr_desktop.services.exchange.container.errors import ASK_AGAIN, BundleRejected, UnsafeDocument
from rrr_desktop.services.exchange.container.keys import fingerprint, signature_is_valid
from rrr_desktop.services.exchange.container.limits import DEFAULT_LIMITS, BundleLimits
from rrr_desktop.services.exchange.container.manifest import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    SIGNATURE_BYTES,
    Manifest,
    Sender,
    allowed_paths,
    decode_public_key,
    describe_problems,
)
from rrr_desktop.services.exchange.container.safe_json import load_json
from rrr_desktop.services.exchange.container.safe_yaml import load_yaml
from rrr_desktop.services.exchange.container.zip_structure import ZipEntry, inflate, read_entries

Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check; its members are parsed documents held in memory.

    ``documents`` maps each member present to its safely parsed content (plain dicts,
    lists and scalars). Nothing was written to disk to get them.
    """

    sender: Sender
    public_key: bytes
    created_at: datetime
    app_version: str
    format_version: int
    documents: Mapping[str, Any]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def validate(self, member: str, schema: type[Model]) -> Model:
        """Member ``member`` checked against ``schema``, or BundleRejected naming the field.

        For example ``stakeholders[17].influence: Input should be less than or equal to 5``.
        """
        if member not in self.documents:
            raise BundleRejected(f"The bundle has no {member}, which is needed here. "
                                 f"{ASK_AGAIN}")
        try:
            return schema.model_validate(self.documents[member])
        except ValidationError as error:
            stem = member.rsplit(".", 1)[0]
            raise BundleRejected(f"The bundle holds data this version cannot use: "
                                 f"{describe_problems(stem, error)}. {ASK_AGAIN}") from error


def open_bundle(path: Path, limits: BundleLimits = DEFAULT_LIMITS) -> VerifiedBundle:
    """Read and verify the bundle at ``path`` (checks in the order of bundle-format.md).

    Raises :class:`BundleRejected` with one plain-language message at the first
    problem. The file is read once into memory (it is at most ``max_file_bytes``).
    """
    data = _read_file(path, limits)
    entries = {entry.name: entry for entry in read_entries(data, limits, _is_allowed)}
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise BundleRejected(f"The file is not a complete bundle: it has no {required}. "
                                 f"{ASK_AGAIN}")
    manifest_bytes = _small_member(data, entries[MANIFEST], limits.max_manifest_bytes)
    signature = _small_member(data, entries[SIGNATURE], SIGNATURE_BYTES)
    manifest = _verified_manifest(manifest_bytes, signature, limits)
    documents = _verified_members(data, entries, manifest, limits)
    return VerifiedBundle(manifest.to_sender(), manifest.public_key_bytes(), manifest.created_at,
                          manifest.app_version, manifest.format_version,
                          MappingProxyType(documents))


def _is_allowed(name: str) -> bool:
    return name in allowed_paths()


def _read_file(path: Path, limits: BundleLimits) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise BundleRejected(f"The bundle {path} cannot be read ({error.strerror}).") from error
    if len(data) > limits.max_file_bytes:
        raise BundleRejected(f"The file {path.name} is larger than {limits.max_file_bytes:,} "
                             f"bytes, more than a bundle may weigh. {ASK_AGAIN}")
    if not data:
        raise BundleRejected(f"The file {path.name} is empty. {ASK_AGAIN}")
    return data


def _small_member(data: bytes, entry: ZipEntry, max_bytes: int) -> bytes:
    if entry.size > max_bytes:
        raise BundleRejected(f"The bundle's {entry.name} is {entry.size:,} bytes, more than "
                             f"the {max_bytes:,} it may have. {ASK_AGAIN}")
    return inflate(data, entry)


def _verified_manifest(manifest_bytes: bytes, signature: bytes, limits: BundleLimits
                       ) -> Manifest:
    """Format and version first (a newer format says so), then the signature, then the schema."""
    document = _parse(MANIFEST, manifest_bytes, limits)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BundleRejected(f"The file is not an RRR Desktop bundle (its manifest does not "
                             f"name the format {FORMAT_NAME}). {ASK_AGAIN}")
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise BundleRejected(f"The bundle's manifest has no valid format_version. {ASK_AGAIN}")
    if version > FORMAT_VERSION:
        raise BundleRejected(f"The bundle was made by a newer version of RRR Desktop (bundle "
                             f"format {version}; this version reads format {FORMAT_VERSION}). "
                             "Install the latest version of RRR Desktop and open it again.")
    _check_signature(document.get("public_key"), signature, manifest_bytes)
    try:
        return Manifest.model_validate(document)
    except ValidationError as error:
        raise BundleRejected(f"The bundle's manifest is not valid: "
                             f"{describe_problems('manifest', error)}. {ASK_AGAIN}") from error


def _check_signature(public_key: object, signature: bytes, manifest_bytes: bytes) -> None:
    try:
        raw_key = decode_public_key(public_key) if isinstance(public_key, str) else None
    except ValueError:
        raw_key = None
    if raw_key is None:
        raise BundleRejected(f"The bundle's manifest has no valid public_key (32 bytes of "
                             f"Ed25519 key in base64), so its signature cannot be checked. "
                             f"{ASK_AGAIN}")
    if not signature_is_valid(raw_key, signature, manifest_bytes):
        raise BundleRejected(f"The bundle's signature does not match its manifest: it was "
                             f"changed after it was signed, or damaged. {ASK_AGAIN}")


def _verified_members(data: bytes, entries: dict[str, ZipEntry], manifest: Manifest,
                      limits: BundleLimits) -> dict[str, Any]:
    listed = {member.path: member for member in manifest.members}
    unlisted = sorted(entries.keys() - {MANIFEST, SIGNATURE} - listed.keys())
    if unlisted:
        raise BundleRejected(f"The bundle holds {unlisted[0]}, which its signed manifest does not "
                             f"list: it was added after signing. {ASK_AGAIN}")
    documents: dict[str, Any] = {}
    for path, member in listed.items():
        entry = entries.get(path)
        if entry is None:
            raise BundleRejected(f"The bundle's manifest lists {path}, but the bundle does not "
                                 f"hold it. {ASK_AGAIN}")
        if entry.size != member.size:
            raise BundleRejected(f"The bundle's member {path} is {entry.size:,} bytes, not the "
                                 f"{member.size:,} its signed manifest lists: it was changed "
                                 f"after signing. {ASK_AGAIN}")
        content = inflate(data, entry)
        if hashlib.sha256(content).hexdigest() != member.sha256:
            raise BundleRejected(f"This bundle was changed after it was signed (member {path} "
                                 f"does not match its fingerprint). {ASK_AGAIN}")
        documents[path] = _parse(path, content, limits)
    return documents


_LONG_LISTS = frozenset({"stakeholders.json", "tombstones.json"})


def _parse(member: str, content: bytes, limits: BundleLimits) -> Any:
    try:
        if member.endswith(".json"):
            values = (limits.max_json_values if member in _LONG_LISTS
                      else limits.max_short_list_values)
            return load_json(content, max_bytes=limits.max_member_bytes,
                             max_depth=limits.max_depth, max_values=values,
                             max_keys=limits.max_object_keys)
        return load_yaml(content, max_bytes=limits.max_yaml_bytes, max_depth=limits.max_depth,
                         max_nodes=limits.max_yaml_nodes,
                         max_string_chars=limits.max_string_chars)
    except UnsafeDocument as error:
        raise BundleRejected(f"The bundle's {member} was refused: {error}. {ASK_AGAIN}") from error

