"""pycountry's language database and its translations, cut to the languages the app names.

The app lists languages with a two-letter ISO 639-1 code (``services/reference.py``:
``pycountry.languages`` entries that have ``alpha_2``, about 180), named in the officers'
languages through the ``iso639-3`` gettext catalogues. pycountry ships all of ISO 639-3
(about 7,900 languages): ``iso639-3.json`` is 0.8 MiB and each catalogue up to 0.4 MiB.
This module writes the database with only the entries that have ``alpha_2``, and each
catalogue with only the translations of their names (and its header), so the build
carries 1.9 MiB less and names the same languages with the same words.

A ``.mo`` catalogue is a header (magic, revision, count, offsets of the original and the
translated string tables, hash table size and offset), two tables of (length, offset)
pairs sorted by original string, and the strings, each NUL-terminated. The written one
has no hash table, which gettext readers do not need.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

DATABASE = "iso639-3.json"
DOMAIN = "iso639-3"
MO_MAGIC = 0x950412DE
MO_HEADER = struct.Struct("<7I")


class CatalogueError(Exception):
    """The file is not a little-endian gettext catalogue; the build keeps the original."""


def languages_with_two_letter_codes(database: bytes) -> bytes:
    """The ISO 639-3 database (pycountry's JSON) with only the entries that have alpha_2."""
    content = json.loads(database)
    kept = {key: [entry for entry in entries if "alpha_2" in entry]
            for key, entries in content.items()}
    return json.dumps(kept, ensure_ascii=False, indent=2).encode("utf-8")


def language_names(database: bytes) -> frozenset[str]:
    """The names the app translates: those of the entries in ``database``."""
    return frozenset(entry["name"] for entries in json.loads(database).values()
                     for entry in entries)


def read_catalogue(content: bytes) -> dict[bytes, bytes]:
    """Original -> translated strings of a ``.mo`` file, as bytes (plural forms included)."""
    if len(content) < MO_HEADER.size:
        raise CatalogueError("too short for a gettext catalogue")
    magic, _revision, count, originals, translations, _hash_size, _hash_at = (
        MO_HEADER.unpack_from(content))
    if magic != MO_MAGIC:
        raise CatalogueError("not a little-endian gettext catalogue")

    def string(table: int, index: int) -> bytes:
        length, offset = struct.unpack_from("<2I", content, table + 8 * index)
        return content[offset:offset + length]

    return {string(originals, i): string(translations, i) for i in range(count)}


def write_catalogue(messages: dict[bytes, bytes]) -> bytes:
    """A ``.mo`` file holding ``messages``, its tables sorted as gettext requires."""
    keys = sorted(messages)
    originals_at = MO_HEADER.size
    translations_at = originals_at + 8 * len(keys)
    strings_at = translations_at + 8 * len(keys)
    strings = bytearray()

    def table(texts: list[bytes]) -> bytes:
        entries = bytearray()
        for text in texts:
            entries += struct.pack("<2I", len(text), strings_at + len(strings))
            strings.extend(text + b"\0")
        return bytes(entries)

    originals = table(keys)
    translations = table([messages[key] for key in keys])
    header = MO_HEADER.pack(MO_MAGIC, 0, len(keys), originals_at, translations_at, 0,
                            strings_at)
    return header + originals + translations + bytes(strings)


def trimmed_catalogue(content: bytes, names: frozenset[str]) -> bytes:
    """The catalogue with its header and the translations of ``names`` only."""
    wanted = {name.encode("utf-8") for name in names} | {b""}
    messages = read_catalogue(content)
    return write_catalogue({key: text for key, text in messages.items() if key in wanted})


def trim_pycountry(package: Path, target: Path, languages: tuple[str, ...]) -> list[Path]:
    """Write the trimmed database and ``languages``' catalogues under ``target`` (laid out
    as in the package: ``databases/``, ``locales/<language>/LC_MESSAGES/``); return them."""
    database = languages_with_two_letter_codes(
        (package / "databases" / DATABASE).read_bytes())
    names = language_names(database)
    written = [target / "databases" / DATABASE]
    written[0].parent.mkdir(parents=True, exist_ok=True)
    written[0].write_bytes(database)
    for language in languages:
        relative = Path("locales", language, "LC_MESSAGES", f"{DOMAIN}.mo")
        source = package / relative
        if not source.is_file():
            continue
        written.append(target / relative)
        written[-1].parent.mkdir(parents=True, exist_ok=True)
        written[-1].write_bytes(trimmed_catalogue(source.read_bytes(), names))
    return written


if __name__ == "__main__":
    import pycountry

    for path in trim_pycountry(Path(pycountry.__file__).parent, Path(sys.argv[1]),
                               tuple(sys.argv[2:])):
        print(f"{path}: {path.stat().st_size / 1024:.0f} KiB")
