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

from rrr_desktop.messages import Message, message
from rrr_desktop.services.exchange.container.errors import BundleRejected
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
            raise BundleRejected("bundle.member_unknown", member=repr(entry.name))
    located = sorted((_locate(data, entry, directory_offset) for entry in entries),
                     key=lambda entry: entry.header_offset)
    position = 0
    for entry in located:
        if entry.header_offset < position:
            raise BundleRejected("bundle.members_overlap", member=entry.name)
        if entry.header_offset > position:
            raise _damaged(message("zip.unlisted_bytes_before",
                                   count=entry.header_offset - position, member=entry.name))
        position = entry.end_offset
    if position != directory_offset:
        raise _damaged(message("zip.unlisted_bytes_after", count=directory_offset - position))
    return located


def inflate(data: bytes, entry: ZipEntry) -> bytes:
    """The member's bytes, never more than its declared size, CRC-checked."""
    raw = memoryview(data)[entry.data_offset:entry.data_offset + entry.compressed_size]
    content = bytes(raw) if entry.method == _STORED else _inflate_capped(raw, entry)
    if zlib.crc32(content) != entry.crc:
        raise _damaged(message("zip.crc_fails", member=entry.name))
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
                raise BundleRejected("bundle.member_unpacks_more", member=entry.name,
                                     size=entry.size)
            if inflater.eof:
                break
    except zlib.error as error:
        raise _damaged(message("zip.cannot_unpack", member=entry.name,
                               reason=str(error))) from error
    if not inflater.eof or inflater.unused_data or position < len(raw):
        raise _damaged(message("zip.compressed_data_wrong", member=entry.name))
    if len(content) != entry.size:
        raise _damaged(message("zip.unpacks_to_other_size", member=entry.name,
                               size=len(content), declared=entry.size))
    return bytes(content)


def _damaged(reason: Message) -> BundleRejected:
    return BundleRejected("bundle.damaged", reason=reason)


def _unsafe(name: str, reason: Message) -> BundleRejected:
    return BundleRejected("bundle.unsafe_path", member=repr(name), reason=reason)


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
        raise _damaged(message("zip.no_directory"))
    if disk or directory_disk or disk_count != count:
        raise _damaged(message("zip.several_disks"))
    if 0xFFFF in (count, disk_count) or 0xFFFFFFFF in (directory_size, directory_offset) or (
            offset >= 20 and data[offset - 20:offset - 16] == _ZIP64_LOCATOR_SIGNATURE):
        raise _damaged(message("zip.zip64"))
    if count > limits.max_entries:
        raise BundleRejected("bundle.too_many_members", count=count, limit=limits.max_entries)
    if directory_offset + directory_size != offset:
        raise _damaged(message("zip.directory_misplaced"))
    return offset, count, directory_offset


def _read_central_directory(data: bytes, position: int, end: int, count: int,
                            limits: BundleLimits) -> list[ZipEntry]:
    entries: list[ZipEntry] = []
    folded: set[str] = set()
    total = 0
    for _ in range(count):
        if position + _CENTRAL.size > end or data[position:position + 4] != _CENTRAL_SIGNATURE:
            raise _damaged(message("zip.directory_cut_short"))
        (_, made_by, needed, flags, method, time, date, crc, compressed_size, size, name_length,
         extra_length, comment_length, disk, _, external, header_offset
         ) = _CENTRAL.unpack_from(data, position)
        name_start = position + _CENTRAL.size
        position = name_start + name_length + extra_length + comment_length
        if position > end or disk:
            raise _damaged(message("zip.directory_cut_or_other_disk"))
        name = _decode_name(data[name_start:name_start + name_length], flags)
        _check_name(name, made_by, external)
        if name.casefold() in folded:
            raise BundleRejected("bundle.members_same_name", member=name)
        folded.add(name.casefold())
        extra = data[name_start + name_length:name_start + name_length + extra_length]
        _check_kind(name, flags=flags, method=method, compressed_size=compressed_size,
                    size=size, extra=extra)
        _check_size(name, compressed_size, size, limits)
        total += size
        if total > limits.max_total_bytes:
            raise BundleRejected("bundle.unpacks_too_much", limit=limits.max_total_bytes)
        entries.append(ZipEntry(name, (needed, flags, method, time, date), method, crc,
                                compressed_size, size, header_offset, 0, 0))
    if position != end:
        raise _damaged(message("zip.directory_unlisted_bytes"))
    return entries


def _decode_name(raw: bytes, flags: int) -> str:
    try:
        return raw.decode("utf-8") if flags & _UTF8_FLAG else raw.decode("cp437")
    except UnicodeDecodeError:
        raise _damaged(message("zip.name_not_utf8")) from None


def _check_name(name: str, made_by: int, external: int) -> None:
    parts = name.split("/")
    if not name or "\x00" in name:
        raise _unsafe(name, message("zip.path_empty"))
    if name.startswith("/") or _DRIVE.match(name):
        raise _unsafe(name, message("zip.path_absolute"))
    if "\\" in name:
        raise _unsafe(name, message("zip.path_backslash"))
    if ".." in parts:
        raise _unsafe(name, message("zip.path_climbs"))
    file_type = (external >> 16) & _FILE_TYPE_MASK if made_by >> 8 == _UNIX else 0
    if name.endswith("/") or external & _DOS_FOLDER or file_type == 0o040000:
        raise BundleRejected("bundle.holds_folder", member=repr(name))
    if file_type == _SYMLINK:
        raise _unsafe(name, message("zip.path_link"))
    if file_type not in (0, _REGULAR_FILE):
        raise _unsafe(name, message("zip.path_not_plain"))


def _check_kind(name: str, *, flags: int, method: int, compressed_size: int, size: int,
                extra: bytes) -> None:
    if flags & _ENCRYPTED_FLAGS:
        raise BundleRejected("bundle.member_encrypted", member=name)
    if method not in (_STORED, _DEFLATED):
        raise BundleRejected("bundle.member_method", member=name, method=method)
    if method == _STORED and compressed_size != size:
        raise _damaged(message("zip.stored_sizes_differ", member=name))
    position = 0
    while position + 4 <= len(extra):
        header_id, length = struct.unpack_from("<2H", extra, position)
        if header_id == _ZIP64_EXTRA:
            raise _damaged(message("zip.zip64"))
        position += 4 + length


def _check_size(name: str, compressed_size: int, size: int, limits: BundleLimits) -> None:
    if size > limits.max_member_bytes:
        raise BundleRejected("bundle.member_unpacks_too_much", member=name, size=size,
                             limit=limits.max_member_bytes)
    if size > limits.ratio_floor_bytes and size > compressed_size * limits.max_ratio:
        raise BundleRejected("bundle.member_ratio", member=name, ratio=str(limits.max_ratio),
                             compressed=compressed_size, size=size)


def _locate(data: bytes, entry: ZipEntry, directory_offset: int) -> ZipEntry:
    """``entry`` with where its data starts and ends, after matching its local header."""
    start = entry.header_offset
    if start + _LOCAL.size > directory_offset or data[start:start + 4] != _LOCAL_SIGNATURE:
        raise _damaged(message("zip.no_local_header", member=entry.name))
    (_, needed, flags, method, time, date, crc, compressed_size, size, name_length, extra_length
     ) = _LOCAL.unpack_from(data, start)
    name_start = start + _LOCAL.size
    local_name = _decode_name(data[name_start:name_start + name_length], flags)
    if local_name != entry.name:
        raise BundleRejected("bundle.member_renamed", member=entry.name,
                             local=repr(local_name))
    if (needed, flags, method, time, date) != entry.header_fields:
        raise _damaged(message("zip.headers_disagree", member=entry.name))
    data_offset = name_start + name_length + extra_length
    end = data_offset + entry.compressed_size
    declared = (crc, compressed_size, size)
    if flags & _DESCRIPTOR_FLAG:
        if data[end:end + 4] == _DESCRIPTOR_SIGNATURE:
            end += 4
        if end + _DESCRIPTOR.size > directory_offset:
            raise _damaged(message("zip.member_cut_short", member=entry.name))
        declared = _DESCRIPTOR.unpack_from(data, end)
        end += _DESCRIPTOR.size
    if declared != (entry.crc, entry.compressed_size, entry.size):
        raise _damaged(message("zip.header_sizes_differ", member=entry.name))
    if end > directory_offset:
        raise _damaged(message("zip.member_cut_short", member=entry.name))
    return dataclasses.replace(entry, data_offset=data_offset, end_offset=end)

