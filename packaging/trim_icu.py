"""A smaller ICU data library for the Linux build: only what Qt uses for our languages.

PySide6's Linux wheels ship ``libicudata.so.73``: 30.6 MiB of ICU data for every locale
of the world, the largest file of the build. Qt Core calls ICU for four things only
(``nm -D --undefined-only libQt6Core.so.6``): collation (``ucol_*``), time-zone names and
IDs (``ucal_*``), locale-aware case mapping (``u_strTo{Lower,Upper}``) and legacy
character converters (``ucnv_*``). Qt keeps its own CLDR tables for ``QLocale`` (numbers,
dates, language and country names) and its own Unicode tables for text layout, so most
of ICU's data is never read by this app.

This module rewrites the library with the items those four uses need, for the seven
languages the app speaks (and ICU's ``root``, which every locale falls back to):

- kept: the core tables at the top (normalisation, case and collation base data,
  ``cnvalias.icu``, time-zone rules ``zoneinfo64.res``/``metaZones.res``/
  ``timezoneTypes.res``/``windowsZones.res``, supplemental data, plural rules...),
  the locale files of en, es, fr, pt, it, nl, pl with their regional variants, and
  their ``coll/`` (sorting), ``zone/`` and ``region/`` (time-zone display names) trees;
- dropped: the locale files of other languages; ``lang/``, ``curr/``, ``unit/``,
  ``rbnf/``, ``translit/`` (Qt does not call them); ``brkitr/`` (Qt breaks text with
  its own tables); the ``.cnv`` conversion tables (every file the app reads is decoded
  by Python, and Qt's built-in UTF-8/UTF-16/Latin-1 codecs do not use ICU); Unicode
  character names (``unames.icu``), StringPrep and IDNA (``*.spp``, ``uts46.nrm``) and
  spoof checking (``confusables*.cfu``), which only ICU APIs Qt never calls read.

A collation of Polish names and a time-zone name in each language are checked by
``--smoke-test`` of the built app (``views/smoke.py``), so a missing item fails CI.

The ICU common data format (``CmnD``) is a header, a table of contents sorted by item
name (``count``, then ``name offset, data offset`` pairs relative to the table) and
the items, each 16-byte aligned. The library is a shared object that exports the
whole blob as the symbol ``icudt<version>_dat``; ``gcc`` assembles the new one.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = frozenset({"en", "es", "fr", "pt", "it", "nl", "pl"})
KEPT_TREES = frozenset({"coll", "zone", "region"})
ALWAYS_KEPT_STEMS = frozenset({"root", "pool", "res_index"})
LOCALE_STEM = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]*)*$")
ALIGNMENT = 16
# Conversion tables (.cnv), StringPrep profiles (.spp) and spoof checks (.cfu); Unicode
# character names and the IDNA mapping: for APIs Qt never calls.
DROPPED_EXTENSIONS = frozenset({"cnv", "spp", "cfu"})
DROPPED_ITEMS = frozenset({"unames.icu", "uts46.nrm"})


class IcuDataError(Exception):
    """The library is not laid out as this module expects; the build keeps the original."""


def _elf_symbol(library: bytes, prefix: bytes) -> tuple[bytes, int, int]:
    """Name, file offset and size of the first dynamic symbol whose name starts ``prefix``."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    (section_offset,) = struct.unpack_from("<Q", library, 0x28)
    entry_size, count = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, section_offset + i * entry_size)
                for i in range(count)]
    for section in sections:
        if section[1] != 11:  # SHT_DYNSYM
            continue
        strings = sections[section[6]]
        for offset in range(section[4], section[4] + section[5], 24):
            name_at, _info, _other, index, value, size = struct.unpack_from(
                "<IBBHQQ", library, offset)
            start = strings[4] + name_at
            name = library[start:library.index(b"\0", start)]
            if name.startswith(prefix) and 0 < index < len(sections):
                holder = sections[index]
                return name, value - holder[3] + holder[4], size
    raise IcuDataError(f"no symbol {prefix.decode()}* in the library")


def keep_item(name: str) -> bool:
    """Whether the item ``icudt73l/<path>`` is needed (see the module docstring)."""
    path = name.split("/", 1)[1]
    tree, _, leaf = path.rpartition("/")
    stem, _, extension = leaf.rpartition(".")
    if extension in DROPPED_EXTENSIONS or leaf in DROPPED_ITEMS:
        return False
    is_locale = extension == "res" and (stem in ALWAYS_KEPT_STEMS or LOCALE_STEM.match(stem))
    if tree:
        if tree not in KEPT_TREES:
            return False
        return not is_locale or stem in ALWAYS_KEPT_STEMS or stem.split("_")[0] in LANGUAGES
    if not is_locale or stem in ALWAYS_KEPT_STEMS:
        return True
    return stem.split("_")[0] in LANGUAGES


def _items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    (header_size,) = struct.unpack_from("<H", blob, 0)
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise IcuDataError("the data is not an ICU common data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = header_size + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = header_size + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[header_size + data_at:end]))
    return blob[:header_size], items


def _padding(position: int) -> bytes:
    return b"\xaa" * (-position % ALIGNMENT)  # ICU's own filler


def trimmed_blob(blob: bytes) -> bytes:
    """The package with only the kept items, in the same (sorted) order."""
    header, items = _items(blob)
    kept = [(name, data) for name, data in items if keep_item(name)]
    table_size = 4 + 8 * len(kept)
    body = bytearray()
    name_offsets = []
    for name, _data in kept:
        name_offsets.append(table_size + len(body))
        body += name.encode("ascii") + b"\0"
    data_offsets = []
    for _name, data in kept:
        body += _padding(len(header) + table_size + len(body))
        data_offsets.append(table_size + len(body))
        body += data
    table = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + table + bytes(body)


def write_library(blob: bytes, symbol: str, soname: str, target: Path) -> None:
    """A shared object exporting ``blob`` as ``symbol``, assembled by gcc."""
    with tempfile.TemporaryDirectory(prefix="rrr-icu-") as folder:
        data = Path(folder) / "icudata.dat"
        data.write_bytes(blob)
        source = Path(folder) / "icudata.S"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'\t.balign {ALIGNMENT}\n{symbol}:\n\t.incbin "{data}"\n'
            f'\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}",
                        "-o", str(target), str(source)], check=True)


def trim_library(library: Path, target: Path) -> tuple[int, int]:
    """Write the trimmed copy of ``library`` to ``target``; return (old, new) sizes."""
    content = library.read_bytes()
    symbol, offset, size = _elf_symbol(content, b"icudt")
    blob = trimmed_blob(content[offset:offset + size])
    target.parent.mkdir(parents=True, exist_ok=True)
    write_library(blob, symbol.decode("ascii"), library.name, target)
    return len(content), target.stat().st_size


if __name__ == "__main__":
    old, new = trim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]}: {old / 2**20:.1f} MiB -> {new / 2**20:.1f} MiB")
