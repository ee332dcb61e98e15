"""Which of the encodings officers meet a text file without a byte-order mark is in.

Files that are not UTF-8 come from Excel's "CSV" on Windows (Western or Central
European), from old Macs, or from tools that write UTF-16 without a mark. Every
candidate that decodes the bytes is scored by its non-ASCII characters: a letter of
the languages the encoding serves (Western or Central European) or a common
typographic sign counts for it, anything else against it, and so does what a wrong
encoding makes of accented letters inside words ("CafŽ", "Grš§e": a capital after a
small letter, a sign between letters). A file may mix the languages an encoding
serves (French and German on a Mac). The best score wins; on a tie, the encoding
most likely for the officer's language.

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
    "es": "áéíóúñü", "fr": "àâæçéèêëîïôœùûüÿ", "pt": "áâãàçéêíóôõú", "it": "àèéìíîòóùú",
    "nl": "áéëèïíóöüú", "de": "äöüß", "ca": "àçèéíïòóú", "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "hu": "áéíóöőúüű", "hr": "čćđšž",
    "ro": "ăâîșțşţ",
}
_WESTERN = frozenset("".join(_LETTERS[language] for language in
                             ("es", "fr", "pt", "it", "nl", "de", "ca")))
_CENTRAL = frozenset("".join(_LETTERS[language] for language in
                             ("pl", "cs", "sk", "hu", "hr", "ro", "de")))
# The letters of the languages each encoding serves, in lower case.
_SERVED = {"cp1252": _WESTERN, "iso8859-15": _WESTERN, "mac_roman": _WESTERN,
           "cp1250": _CENTRAL, "iso8859-2": _CENTRAL}
_SIGNS = frozenset("€£–—‘’‚“”„«»°•…\u00a0·ºª©®§½¶¿¡")
# Signs a wrong encoding makes of letters inside words (a Mac's ß read as Windows' §).
_ODD_IN_WORDS = frozenset("§©®ªº½¶")
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
        score = _score(text, _SERVED[encoding])
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


def _score(text: str, letters: frozenset[str]) -> int:
    """Non-ASCII characters that read well (a letter of ``letters``, a sign) minus those
    that do not: other characters, a capital right after a small letter ("CoopÈrative"),
    a sign between two letters ("Grš§e")."""
    score = 0
    for match in _NON_ASCII.finditer(text):
        char, start = match.group(), match.start()
        before = text[start - 1] if start else " "
        if char in _SIGNS:
            inside = (char in _ODD_IN_WORDS and before.isalpha()
                      and text[start + 1:start + 2].isalpha())
            score += -1 if inside else 1
        elif char.lower() in letters and not (char.isupper() and before.islower()):
            score += 1
        else:
            score -= 1
    return score
