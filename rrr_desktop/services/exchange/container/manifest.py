"""The bundle format's names and its signed manifest (``manifest.yaml``).

``CONTENT_MEMBERS`` is the one allow-list of member paths besides the manifest and
its signature; the content layer extends it here. A member's encoding follows its
extension: ``.json`` for bulk records (parsed about a hundred times faster than YAML),
``.yaml`` for the small documents a person may want to read.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    field_serializer,
    field_validator,
)
from pydantic_core import PydanticCustomError

FORMAT_NAME = "rrr-desktop/bundle"
FORMAT_VERSION = 2  # 2: profiles in several languages, working groups (groups.json)
BUNDLE_EXTENSION = ".rrrbundle"
MANIFEST = "manifest.yaml"
SIGNATURE = "manifest.sig"
CONTENT_MEMBERS: tuple[str, ...] = (
    "profile.yaml",
    "practices.json",
    "assessments.json",
    "stakeholders.json",
    "tombstones.json",
    "groups.json",  # format version 2
)
SIGNATURE_BYTES = 64
MAX_NAME_CHARS = 200
MAX_APP_VERSION_CHARS = 40


def allowed_paths() -> frozenset[str]:
    """Every path a bundle may hold: the manifest, its signature and the content members."""
    return frozenset((MANIFEST, SIGNATURE, *CONTENT_MEMBERS))


@dataclass(frozen=True)
class Sender:
    """The city a bundle comes from; receivers know it by ``city_uuid``, never by name."""

    city_uuid: uuid.UUID
    name: str
    country_code: str


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Name = Annotated[StrictStr, Field(min_length=1, max_length=MAX_NAME_CHARS)]


class SenderEntry(_Strict):
    city_uuid: uuid.UUID
    name: Name
    country_code: Annotated[StrictStr, Field(pattern=r"^[A-Z]{2}$")]


class MemberEntry(_Strict):
    path: StrictStr
    size: Annotated[StrictInt, Field(ge=0)]
    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$")]

    @field_validator("path")
    @classmethod
    def _known(cls, path: str) -> str:
        if path not in CONTENT_MEMBERS:
            raise PydanticCustomError("member_not_allowed",
                                      "{member} is not a member bundles may hold",
                                      {"member": repr(path)})
        return path


EARLIEST_YEAR, LATEST_YEAR = 1970, 2999


def _in_utc(value: datetime) -> datetime:
    """The time in UTC; a time whose UTC form Python cannot hold, or far outside the years
    a bundle can be from (9999-12-31T23:59:59-05:00), is refused, not a crash later."""
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise _out_of_range() from None
    if not EARLIEST_YEAR <= utc.year <= LATEST_YEAR:
        raise _out_of_range()
    return utc


def _out_of_range() -> PydanticCustomError:
    return PydanticCustomError(
        "time_out_of_range", "is out of range: give a time between the years {earliest} and "
        "{latest}", {"earliest": str(EARLIEST_YEAR), "latest": str(LATEST_YEAR)})


UtcTime = Annotated[AwareDatetime, AfterValidator(_in_utc)]


class Manifest(_Strict):
    format: StrictStr
    format_version: StrictInt
    app_version: Annotated[StrictStr, Field(min_length=1, max_length=MAX_APP_VERSION_CHARS)]
    created_at: UtcTime
    sender: SenderEntry
    public_key: StrictStr
    members: list[MemberEntry] = Field(max_length=len(CONTENT_MEMBERS))

    @field_validator("public_key")
    @classmethod
    def _key(cls, text: str) -> str:
        decode_public_key(text)
        return text

    @field_validator("members")
    @classmethod
    def _unique(cls, members: list[MemberEntry]) -> list[MemberEntry]:
        paths = [m.path for m in members]
        if len(set(paths)) != len(paths):
            raise PydanticCustomError("member_listed_twice", "a member is listed twice")
        return members

    @field_serializer("created_at")
    def _utc(self, created_at: datetime) -> str:
        return created_at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")

    def public_key_bytes(self) -> bytes:
        return decode_public_key(self.public_key)

    def to_sender(self) -> Sender:
        return Sender(self.sender.city_uuid, self.sender.name, self.sender.country_code)


def decode_public_key(text: str) -> bytes:
    """The raw Ed25519 key in a manifest's ``public_key`` (standard base64 of 32 bytes);
    a ``PydanticCustomError`` (a ``ValueError``) says what is wrong with it."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise PydanticCustomError("key_not_base64", "is not base64") from None
    if len(raw) != 32:
        raise PydanticCustomError("key_length", "is {length} bytes long; an Ed25519 key has 32",
                                  {"length": str(len(raw))})
    return raw


def encode_public_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")

