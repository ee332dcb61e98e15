"""Open a bundle from a stranger: every check passes before anything reads its content."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, RootModel, ValidationError

from rrr_desktop.services.exchange.container.errors import BundleRejected, UnsafeDocument
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
)
from rrr_desktop.services.exchange.container.safe_json import load_json, measure_json
from rrr_desktop.services.exchange.container.safe_yaml import load_yaml
from rrr_desktop.services.exchange.container.zip_structure import ZipEntry, inflate, read_entries
from rrr_desktop.services.validation import describe_validation_error

Model = TypeVar("Model", bound=BaseModel)


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle that passed every check; its members are parsed documents held in memory.

    ``documents`` maps each member present to its safely parsed content (plain dicts,
    lists and scalars), except the members ``open_bundle`` was given a schema for and
    validated straight from their bytes: ``validated`` holds those. Nothing was written
    to disk to get them.
    """

    sender: Sender
    public_key: bytes
    created_at: datetime
    app_version: str
    format_version: int
    documents: Mapping[str, Any]
    validated: Mapping[str, BaseModel] = field(default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def holds(self, member: str) -> bool:
        return member in self.documents or member in self.validated

    def validate(self, member: str, schema: type[Model]) -> Model:
        """Member ``member`` checked against ``schema``, or BundleRejected naming the field.

        For example ``stakeholders[17].influence: Input should be less than or equal to 5``.
        """
        model = self.validated.get(member)
        if model is not None:  # validated from its bytes, by open_bundle
            assert isinstance(model, schema), f"{member} was validated as {type(model)}"
            return model
        if member not in self.documents:
            raise BundleRejected("bundle.member_missing", member=member)
        try:
            return schema.model_validate(self.documents[member])
        except ValidationError as error:
            stem = member.rsplit(".", 1)[0]
            raise BundleRejected("bundle.data_unusable",
                                 problems=describe_validation_error(error, stem)) from error


def open_bundle(path: Path, limits: BundleLimits = DEFAULT_LIMITS,
                schemas: Mapping[str, type[BaseModel]] = MappingProxyType({})
                ) -> VerifiedBundle:
    """Read and verify the bundle at ``path`` (checks in the order of bundle-format.md).

    Raises :class:`BundleRejected` with one plain-language message at the first
    problem. The file is read once into memory (it is at most ``max_file_bytes``).
    A JSON member given a schema in ``schemas`` (a list of records) is validated
    straight from its bytes when that is sure to give what the safe parse and
    validation would (:func:`_validated_from_bytes`); else it is parsed as any other.
    """
    data = _read_file(path, limits)
    entries = {entry.name: entry for entry in read_entries(data, limits, _is_allowed)}
    for required in (MANIFEST, SIGNATURE):
        if required not in entries:
            raise BundleRejected("bundle.incomplete", member=required)
    manifest_bytes = _small_member(data, entries[MANIFEST], limits.max_manifest_bytes)
    signature = _small_member(data, entries[SIGNATURE], SIGNATURE_BYTES)
    manifest = _verified_manifest(manifest_bytes, signature, limits)
    documents, validated = _verified_members(data, entries, manifest, limits, schemas)
    return VerifiedBundle(manifest.to_sender(), manifest.public_key_bytes(), manifest.created_at,
                          manifest.app_version, manifest.format_version,
                          MappingProxyType(documents), MappingProxyType(validated))


def _is_allowed(name: str) -> bool:
    return name in allowed_paths()


def _read_file(path: Path, limits: BundleLimits) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise BundleRejected("bundle.unreadable", ask_again=False, path=path,
                             reason=error.strerror or str(error)) from error
    if len(data) > limits.max_file_bytes:
        raise BundleRejected("bundle.file_too_large", file=path.name,
                             limit=limits.max_file_bytes)
    if not data:
        raise BundleRejected("bundle.file_empty", file=path.name)
    return data


def _small_member(data: bytes, entry: ZipEntry, max_bytes: int) -> bytes:
    if entry.size > max_bytes:
        raise BundleRejected("bundle.member_too_large", member=entry.name, size=entry.size,
                             limit=max_bytes)
    return inflate(data, entry)


def _verified_manifest(manifest_bytes: bytes, signature: bytes, limits: BundleLimits
                       ) -> Manifest:
    """Format and version first (a newer format says so), then the signature, then the schema."""
    document = _parse(MANIFEST, manifest_bytes, limits)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BundleRejected("bundle.not_a_bundle", format=FORMAT_NAME)
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise BundleRejected("bundle.no_format_version")
    if version > FORMAT_VERSION:
        raise BundleRejected("bundle.newer_format", ask_again=False, version=version,
                             known=FORMAT_VERSION)
    _check_signature(document.get("public_key"), signature, manifest_bytes)
    try:
        return Manifest.model_validate(document)
    except ValidationError as error:
        raise BundleRejected("bundle.manifest_invalid",
                             problems=describe_validation_error(error, "manifest")) from error


def _check_signature(public_key: object, signature: bytes, manifest_bytes: bytes) -> None:
    try:
        raw_key = decode_public_key(public_key) if isinstance(public_key, str) else None
    except ValueError:
        raw_key = None
    if raw_key is None:
        raise BundleRejected("bundle.no_public_key")
    if not signature_is_valid(raw_key, signature, manifest_bytes):
        raise BundleRejected("bundle.signature_mismatch")


def _verified_members(data: bytes, entries: dict[str, ZipEntry], manifest: Manifest,
                      limits: BundleLimits, schemas: Mapping[str, type[BaseModel]]
                      ) -> tuple[dict[str, Any], dict[str, BaseModel]]:
    listed = {member.path: member for member in manifest.members}
    unlisted = sorted(entries.keys() - {MANIFEST, SIGNATURE} - listed.keys())
    if unlisted:
        raise BundleRejected("bundle.member_unlisted", member=unlisted[0])
    documents: dict[str, Any] = {}
    validated: dict[str, BaseModel] = {}
    for path, member in listed.items():
        entry = entries.get(path)
        if entry is None:
            raise BundleRejected("bundle.member_absent", member=path)
        if entry.size != member.size:
            raise BundleRejected("bundle.member_size_changed", member=path, size=entry.size,
                                 listed=member.size)
        content = inflate(data, entry)
        if hashlib.sha256(content).hexdigest() != member.sha256:
            raise BundleRejected("bundle.member_changed", member=path)
        schema = schemas.get(path)
        model = None if schema is None else _validated_from_bytes(path, content, schema, limits)
        if model is not None:
            validated[path] = model
        else:
            documents[path] = _parse(path, content, limits)
    return documents, validated


_LONG_LISTS = frozenset({"stakeholders.json", "tombstones.json"})


def _validated_from_bytes(member: str, content: bytes, schema: type[BaseModel],
                          limits: BundleLimits) -> BaseModel | None:
    """``schema``'s model of the JSON member ``content``, read by pydantic's own parser
    (a third of the safe parse and validation's time), or None: then the member is
    parsed safely, so a problem is refused as it always was.

    The safe parse's checks before parsing run first. pydantic's parser refuses what the
    safe parse refuses (invalid JSON, lone surrogates, numbers too long) except two
    things: ``NaN`` and ``Infinity``, which it reads as numbers that no field of these
    schemas takes (they hold no number that is not an integer), so they fail validation
    and are parsed safely; and a key written twice in an object, which it reads as the
    last. So the keys the records received (the fields each record was given) must be
    every key the document's objects hold, counted on its structure: a key written
    twice, or an object inside a record, makes them differ."""
    if not member.endswith(".json"):
        return None
    try:
        _text, keys = measure_json(content, **_json_limits(member, limits))
    except UnsafeDocument as error:
        raise BundleRejected("bundle.member_refused", member=member, problem=error) from error
    try:
        model = schema.model_validate_json(content)
    except ValidationError:
        return None
    records = model.root if isinstance(model, RootModel) else None
    if not isinstance(records, list) or keys != sum(
            len(record.model_fields_set) for record in records if isinstance(record, BaseModel)):
        return None
    return model


def _json_limits(member: str, limits: BundleLimits) -> dict[str, int]:
    return {"max_bytes": limits.max_member_bytes, "max_depth": limits.max_depth,
            "max_values": (limits.max_json_values if member in _LONG_LISTS
                           else limits.max_short_list_values),
            "max_keys": limits.max_object_keys}


def _parse(member: str, content: bytes, limits: BundleLimits) -> Any:
    try:
        if member.endswith(".json"):
            return load_json(content, **_json_limits(member, limits))
        return load_yaml(content, max_bytes=limits.max_yaml_bytes, max_depth=limits.max_depth,
                         max_nodes=limits.max_yaml_nodes,
                         max_string_chars=limits.max_string_chars)
    except UnsafeDocument as error:
        raise BundleRejected("bundle.member_refused", field=error.field, member=member,
                             problem=error) from error

