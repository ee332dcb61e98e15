"""A bundle's zip structure, read from the raw bytes and trusted in nothing.

Python's ``zipfile`` reads the last of two members with the same name, checks no
overlap between members in 3.11, and believes the sizes in the headers; so the
central directory and every local header are parsed here, cross-checked, and members
are inflated with a hard cap. Only what a bundle needs is accepted: stored or deflated
plain files, no encryption, no ZIP64, no folders or links, one disk, and members that
follow one another from the first byte to the central directory with nothing between
or across them.
"""

from __future__ import annotations

import dataclasses
import re
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from rrr_desktop.services.exchange.container.errors import ASK_AGAIN, BundleRejected
from rrr_desktop.services.exchange.container.limits import BundleLimits

_END = struct.Struct("<4s4H2LH")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_LOCAL = struct.Struct("<4s5H3L2H")
_DESCRIPTOR = struct.Struct("<3L")
_END_SIGNATURE = b"PK\x05\x06"
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_LOCAL_SIGNATURE = b"PK\x03\x04"
_DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_MAX_COMMENT = 0xFFFF
_STORED, _DEFLATED = 0, 8
_ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000  # encrypted, strong encryption, masked headers
_DESCRIPTOR_FLAG = 0x0008
_UTF8_FLAG = 0x0800
_UNIX = 3
_FILE_TYPE_MASK = 0o170000
_REGULAR_FILE, _SYMLINK = 0o100000, 0o120000
_DOS_FOLDER = 0x10
_ZIP64_EXTRA = 0x0001
_INFLATE_CHUNK = 256 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
DAMAGED = f"This file is not an RRR bundle, or it is damaged ({{}}). {ASK_AGAIN}"


@dataclass(frozen=True)
class ZipEntry:
    """One member as its central directory entry describes it, checked against its local header."""

    name: str
    header_fields: tuple[int, ...]  # version needed, flags, method, time, date: both headers
    method: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    data_offset: int
    end_offset: int


def read_entries(data: bytes, limits: BundleLimits, is_allowed: Callable[[str], bool]
                 ) -> list[ZipEntry]:
    """Every member of the zip in ``data``, in file order, after all structural checks."""
    end_offset, count, directory_offset = _find_end(data, limits)
    entries = _read_central_directory(data, directory_offset, end_offset, count, limits)
    for entry in entries:  # after the duplicate check: Profile.yaml beside profile.yaml
        if not is_allowed(entry.name):
            raise BundleRejected(f"The bundle holds a member {entry.name!r}, which bundles "
                                 f"never hold. It may come from a newer version of RRR Desktop "
                                 f"or have been tampered with. {ASK_AGAIN}")
    located = sorted((_locate(data, entry, directory_offset) for entry in entries),
                     key=lambda entry: entry.header_offset)
    position = 0
    for entry in located:
        if entry.header_offset < position:
            raise BundleRejected(f"The bundle's members {entry.name} and another overlap in "
                                 f"the file, a trick to hide content. {ASK_AGAIN}")
        if entry.header_offset > position:
            raise _damaged(f"{entry.header_offset - position} unlisted bytes before {entry.name}")
        position = entry.end_offset
    if position != directory_offset:
        raise _damaged(f"{directory_offset - position} unlisted bytes after the last member")
    return located


def inflate(data: bytes, entry: ZipEntry) -> bytes:
    """The member's bytes, never more than its declared size, CRC-checked."""
    raw = memoryview(data)[entry.data_offset:entry.data_offset + entry.compressed_size]
    content = bytes(raw) if entry.method == _STORED else _inflate_capped(raw, entry)
    if zlib.crc32(content) != entry.crc:
        raise _damaged(f"member {entry.name} fails its CRC check")
    return content


def _inflate_capped(raw: memoryview, entry: ZipEntry) -> bytes:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    content = bytearray()
    position = 0
    try:
        while position < len(raw) or inflater.unconsumed_tail:
            if inflater.unconsumed_tail:
                chunk = inflater.unconsumed_tail
            else:
                chunk = bytes(raw[position:position + _INFLATE_CHUNK])
                position += _INFLATE_CHUNK
            content += inflater.decompress(chunk, entry.size + 1 - len(content))
            if len(content) > entry.size:
                raise BundleRejected(
                    f"The bundle's member {entry.name} unpacks to more than the {entry.size:,} "
                    f"bytes its header declares (a zip bomb?). {ASK_AGAIN}")
            if inflater.eof:
                break
    except zlib.error as error:
        raise _damaged(f"member {entry.name} cannot be unpacked: {error}") from error
    if not inflater.eof or inflater.unused_data or position < len(raw):
        raise _damaged(f"member {entry.name}'s compressed data is cut short or has extra bytes")
    if len(content) != entry.size:
        raise _damaged(f"member {entry.name} unpacks to {len(content):,} bytes, "
                       f"not the {entry.size:,} its header declares")
    return bytes(content)


def _damaged(reason: str) -> BundleRejected:
    return BundleRejected(DAMAGED.format(reason))


def _find_end(data: bytes, limits: BundleLimits) -> tuple[int, int, int]:
    """The end-of-central-directory record: its offset, the entry count, the directory's offset."""
    search_from = max(0, len(data) - _END.size - _MAX_COMMENT)
    offset = data.rfind(_END_SIGNATURE, search_from)
    while offset >= 0:
        if offset + _END.size <= len(data):
            (_, disk, directory_disk, disk_count, count, directory_size, directory_offset,
             comment_length) = _END.unpack_from(data, offset)
            if offset + _END.size + comment_length == len(data):
                break
        offset = data.rfind(_END_SIGNATURE, search_from, offset)
    else:
        raise _damaged("no zip directory at its end; it may be cut short")
    if disk or directory_disk or disk_count != count:
        raise _damaged("a zip split over several disks")
    if 0xFFFF in (count, disk_count) or 0xFFFFFFFF in (directory_size, directory_offset) or (
            offset >= 20 and data[offset - 20:offset - 16] == _ZIP64_LOCATOR_SIGNATURE):
        raise _damaged("a ZIP64 file, which bundles never need")
    if count > limits.max_entries:
        raise BundleRejected(f"The bundle has {count:,} members; bundles hold at most "
                             f"{limits.max_entries}. {ASK_AGAIN}")
    if directory_offset + directory_size != offset:
        raise _damaged("its zip directory is not where its end record says")
    return offset, count, directory_offset


def _read_central_directory(data: bytes, position: int, end: int, count: int,
                            limits: BundleLimits) -> list[ZipEntry]:
    entries: list[ZipEntry] = []
    folded: set[str] = set()
    total = 0
    for _ in range(count):
        if position + _CENTRAL.size > end or data[position:position + 4] != _CENTRAL_SIGNATURE:
            raise _damaged("its zip directory is cut short")
        (_, made_by, needed, flags, method, time, date, crc, compressed_size, size, name_length,
         extra_length, comment_length, disk, _, external, header_offset
         ) = _CENTRAL.unpack_from(data, position)
        name_start = position + _CENTRAL.size
        position = name_start + name_length + extra_length + comment_length
        if position > end or disk:
            raise _damaged("its zip directory is cut short or names another disk")
        name = _decode_name(data[name_start:name_start + name_length], flags)
        _check_name(name, made_by, external)
        if name.casefold() in folded:
            raise BundleRejected(f"The bundle holds two members named {name} (letter case "
                                 f"ignored), a trick to show one and use the other. {ASK_AGAIN}")
        folded.add(name.casefold())
        extra = data[name_start + name_length:name_start + name_length + extra_length]
        _check_kind(name, flags=flags, method=method, compressed_size=compressed_size,
                    size=size, extra=extra)
        _check_size(name, compressed_size, size, limits)
        total += size
        if total > limits.max_total_bytes:
            raise BundleRejected(f"The bundle unpacks to more than {limits.max_total_bytes:,} "
                                 f"bytes, more than a bundle may hold. {ASK_AGAIN}")
        entries.append(ZipEntry(name, (needed, flags, method, time, date), method, crc,
                                compressed_size, size, header_offset, 0, 0))
    if position != end:
        raise _damaged("its zip directory has unlisted bytes")
    return entries


def _decode_name(raw: bytes, flags: int) -> str:
    try:
        return raw.decode("utf-8") if flags & _UTF8_FLAG else raw.decode("cp437")
    except UnicodeDecodeError:
        raise _damaged("a member's name is not valid UTF-8") from None


def _check_name(name: str, made_by: int, external: int) -> None:
    unsafe = (f"The bundle holds a member with an unsafe path ({name!r}): {{}}. Bundles from "
              f"RRR Desktop never do; do not open it with other tools. {ASK_AGAIN}")
    parts = name.split("/")
    if not name or "\x00" in name:
        raise BundleRejected(unsafe.format("an empty or invisible name"))
    if name.startswith("/") or _DRIVE.match(name):
        raise BundleRejected(unsafe.format("an absolute path"))
    if "\\" in name:
        raise BundleRejected(unsafe.format("a backslash, which Windows reads as a folder"))
    if ".." in parts:
        raise BundleRejected(unsafe.format("it climbs out of its folder with '..'"))
    file_type = (external >> 16) & _FILE_TYPE_MASK if made_by >> 8 == _UNIX else 0
    if name.endswith("/") or external & _DOS_FOLDER or file_type == 0o040000:
        raise BundleRejected(f"The bundle holds a folder ({name!r}); bundles hold only "
                             f"files. {ASK_AGAIN}")
    if file_type == _SYMLINK:
        raise BundleRejected(unsafe.format("it is a link to another file"))
    if file_type not in (0, _REGULAR_FILE):
        raise BundleRejected(unsafe.format("it is not a plain file"))


def _check_kind(name: str, *, flags: int, method: int, compressed_size: int, size: int,
                extra: bytes) -> None:
    if flags & _ENCRYPTED_FLAGS:
        raise BundleRejected(f"The bundle's member {name} is encrypted; bundles never are. "
                             f"{ASK_AGAIN}")
    if method not in (_STORED, _DEFLATED):
        raise BundleRejected(f"The bundle's member {name} is compressed with zip method "
                             f"{method}; bundles use only 0 (stored) and 8 (deflate). "
                             f"{ASK_AGAIN}")
    if method == _STORED and compressed_size != size:
        raise _damaged(f"stored member {name} has two different sizes")
    position = 0
    while position + 4 <= len(extra):
        header_id, length = struct.unpack_from("<2H", extra, position)
        if header_id == _ZIP64_EXTRA:
            raise _damaged("a ZIP64 file, which bundles never need")
        position += 4 + length


def _check_size(name: str, compressed_size: int, size: int, limits: BundleLimits) -> None:
    if size > limits.max_member_bytes:
        raise BundleRejected(f"The bundle's member {name} unpacks to {size:,} bytes; a member "
                             f"may hold at most {limits.max_member_bytes:,}. {ASK_AGAIN}")
    if size > limits.ratio_floor_bytes and size > compressed_size * limits.max_ratio:
        raise BundleRejected(f"The bundle's member {name} is compressed more than "
                             f"{limits.max_ratio}:1 ({compressed_size:,} bytes unpack to "
                             f"{size:,}), the mark of a zip bomb. {ASK_AGAIN}")


def _locate(data: bytes, entry: ZipEntry, directory_offset: int) -> ZipEntry:
    """``entry`` with where its data starts and ends, after matching its local header."""
    start = entry.header_offset
    if start + _LOCAL.size > directory_offset or data[start:start + 4] != _LOCAL_SIGNATURE:
        raise _damaged(f"no local header where member {entry.name} should start")
    (_, needed, flags, method, time, date, crc, compressed_size, size, name_length, extra_length
     ) = _LOCAL.unpack_from(data, start)
    name_start = start + _LOCAL.size
    local_name = _decode_name(data[name_start:name_start + name_length], flags)
    if local_name != entry.name:
        raise BundleRejected(f"The bundle's member {entry.name} is named {local_name!r} in "
                             f"its own header, a trick to show one file and unpack another. "
                             f"{ASK_AGAIN}")
    if (needed, flags, method, time, date) != entry.header_fields:
        raise _damaged(f"member {entry.name}'s two headers disagree")
    data_offset = name_start + name_length + extra_length
    end = data_offset + entry.compressed_size
    declared = (crc, compressed_size, size)
    if flags & _DESCRIPTOR_FLAG:
        if data[end:end + 4] == _DESCRIPTOR_SIGNATURE:
            end += 4
        if end + _DESCRIPTOR.size > directory_offset:
            raise _damaged(f"member {entry.name} is cut short")
        declared = _DESCRIPTOR.unpack_from(data, end)
        end += _DESCRIPTOR.size
    if declared != (entry.crc, entry.compressed_size, entry.size):
        raise _damaged(f"member {entry.name}'s sizes or CRC differ between its headers")
    if end > directory_offset:
        raise _damaged(f"member {entry.name} is cut short")
    return dataclasses.replace(entry, data_offset=data_offset, end_offset=end)

