"""Which of the encodings officers meet a text file without a byte-order mark is in.

Files that are not UTF-8 come from Excel's "CSV" on Windows (Western or Central
European), from old Macs, or from tools that write UTF-16 without a mark. Every
candidate that decodes the bytes is scored by how many of its non-ASCII characters
are letters of one of the officers' languages (or common typographic signs), and the
best one wins; on a tie, the encoding most likely for the officer's language.

charset-normalizer was tried first: on the short lists officers import it read Spanish
and Portuguese Windows files as Central European ("Ańo Nuevo"), which this scoring
does not, and it costs 0.14 s to import.
"""

from __future__ import annotations

import re

from rrr_desktop.messages import Message, message

# The encodings a file may be read in, in the order preferred on a tie.
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1252", "cp1250", "iso8859-15",
             "iso8859-2", "mac_roman")
# An encoding as an officer knows it (a file read by its byte-order mark as its kin).
_NAMES = {"utf-8": "encoding.utf8", "utf-8-sig": "encoding.utf8",
          "utf-16-le": "encoding.utf16_le", "utf-16": "encoding.utf16_le",
          "utf-16-be": "encoding.utf16_be", "cp1252": "encoding.western_windows",
          "cp1250": "encoding.central_windows", "iso8859-15": "encoding.western_iso",
          "iso8859-2": "encoding.central_iso", "mac_roman": "encoding.western_mac"}
_SINGLE_BYTE = ("cp1252", "cp1250", "iso8859-15", "iso8859-2", "mac_roman")
_FIRST_FOR_LANGUAGE = {"pl": "cp1250"}
_LETTERS = {
    "es": "áéíóúñü¿¡", "fr": "àâæçéèêëîïôœùûüÿ", "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú",
    "nl": "áéëèïíóöüú", "pl": "ąćęłńóśźż", "de": "äöüß", "cs": "áčďéěíňóřšťúůýž",
    "hu": "áéíóöőúüű",
}
_SIGNS = frozenset("€£–—‘’‚“”„«»°•…\u00a0·ºª©®§½")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SAMPLE = 256 * 1024
_UTF16_SAMPLE = 4096


def encoding_name(encoding: str) -> Message:
    """"Central European (Windows)", never Python's codec name ("cp1250", "utf-8-sig")."""
    return message(_NAMES[encoding])


def guess_encoding(data: bytes, language: str = "en") -> str:
    """The single-byte encoding of ``data`` (neither UTF-8 nor UTF-16) that reads best."""
    order = sorted(_SINGLE_BYTE, key=lambda e: e != _FIRST_FOR_LANGUAGE.get(language))
    sample = data[:_SAMPLE]
    best, best_score = "iso8859-15", -1  # decodes any bytes
    for encoding in order:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError as error:
            if error.start < len(sample) - 3 or len(sample) == len(data):
                continue  # a multi-byte cut at the end of the sample is no failure
            text = sample[:error.start].decode(encoding)
        score = _score(text)
        if score > best_score:
            best, best_score = encoding, score
    return best


def utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 little- or big-endian when one byte of most pairs is zero (mostly ASCII text)."""
    sample = data[:_UTF16_SAMPLE] if len(data) % 2 == 0 else b""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_zeros, even_zeros = sample[1::2].count(0), sample[0::2].count(0)
    for encoding, zeros, others in (("utf-16-le", odd_zeros, even_zeros),
                                    ("utf-16-be", even_zeros, odd_zeros)):
        if zeros > pairs * 0.4 and others < pairs * 0.05:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _score(text: str) -> int:
    """How many non-ASCII characters read as letters of one language, or as common signs.

    An upper-case accented letter right after a lower-case one ("CoopÈrative") does
    not count: it is what a wrong encoding makes of an accented letter inside a word.
    """
    found: list[str] = []
    signs = 0
    for match in _NON_ASCII.finditer(text):
        char, start = match.group(), match.start()
        if char in _SIGNS:
            signs += 1
        elif not (char.isupper() and start and text[start - 1].islower()):
            found.append(char.lower())
    if not found:
        return signs
    return signs + max(sum(char in letters for char in found) for letters in _LETTERS.values())
