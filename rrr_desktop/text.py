"""Text helpers shared by every layer."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable

# Letters Unicode does not decompose into a base letter and an accent.
_BASE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l",
                               "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})


_LIST_SEPARATORS = re.compile(r"[;,]")


def split_list(text: str) -> list[str]:
    """A typed or imported list ("food; housing, care") as its items, each once, in order."""
    return list(dict.fromkeys(part.strip() for part in _LIST_SEPARATORS.split(text)
                              if part.strip()))


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise(text: str) -> str:
    """Lower-case, accent-free, single-spaced: 'Montréal ' and 'montreal' compare equal,
    and so do 'Łódź' and 'lodz'.

    Compatibility forms are unfolded before and after case folding (a styled
    '𝓐' becomes 'A' and only then 'a'), so normalising twice changes nothing.
    """
    if text.isascii():  # the common case, and ten times faster: nothing to unfold
        return " ".join(text.lower().split())
    folded = _strip_accents(_strip_accents(text).casefold()).translate(_BASE_LETTERS)
    return " ".join(folded.split())


# Characters that change what a terminal or a line of text shows without being shown
# themselves: C0 and C1 controls (ESC starts terminal sequences, CR overwrites a line),
# bidi controls (RLO reverses text), zero-width characters, line and paragraph separators,
# and the tag characters. Tab and newline are kept.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                       "\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # as JSON spells it: a surrogate pair
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every control character written as ``\\uXXXX`` (valid inside JSON).

    The command line passes everything it prints through this, so an ESC sequence or a
    right-to-left override in a peer's data is seen, never obeyed.
    """
    return _CONTROLS.sub(_escaped, text)


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␍ for CR
    if code == 0x7F:
        return "\u2421"
    return f"⟨U+{code:04X}⟩"


def show_controls(text: str) -> str:
    """``text`` for the window: each control character as a visible placeholder."""
    return _CONTROLS.sub(_placeholder, text)


def name_controls(text: str) -> str:
    """``text`` with each control character as ``‹U+001B›``: for output whose font has
    no Control Pictures (the PDF briefs); line breaks of any platform stay line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub(lambda found: f"‹U+{ord(found.group()):04X}›", text)


_HOST = re.compile(r"[^\W_]([\w-]*[^\W_])?(\.[^\W_]([\w-]*[^\W_])?)*\.?")
_WHITE_SPACE = re.compile(r"\s")
# Most addresses: http(s), a host of ASCII letters, digits and hyphens, then anything
# visible in ASCII. Every such address passes the full check (_splits_as_web_address)
# at a tenth of its cost: an import reads thousands (and a bundle's schema, in pydantic's
# own regular expressions: services/exchange/from_bytes.py).
PLAIN_WEB_ADDRESS = (r"https?://[a-z0-9]([a-z0-9-]*[a-z0-9])?"
                     r"(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?([/?#][!-~]*)?")
_PLAIN_WEB_ADDRESS = re.compile(PLAIN_WEB_ADDRESS, re.IGNORECASE | re.ASCII)


def is_web_address(url: str) -> bool:
    """Whether ``url`` is an http(s) address every reader can take apart (``http://[``,
    a host with spaces or a port of letters is not)."""
    return _PLAIN_WEB_ADDRESS.fullmatch(url) is not None or _splits_as_web_address(url)


def _splits_as_web_address(url: str) -> bool:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not host or _CONTROLS.search(url):
        return False
    if _WHITE_SPACE.search(url):  # what str.isspace() calls white space
        return False
    if parts.netloc.rpartition("@")[2].startswith("["):
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return _HOST.fullmatch(host) is not None


# Contacts written into free text ("call Ana on +34 944 123 456, ana@coop.es"): the
# personal-data fields are guarded, and these must be too. A phone number is a run of
# digits and separators holding 9 to 15 digits, or 8 after a "+" or a leading 0 (so
# years, "2019-2024", and amounts, "12 000 000", are not phones).
_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ().\-/]{5,}\d(?!\w)")
EMAIL_PLACEHOLDER = "[✉]"
PHONE_PLACEHOLDER = "[☎]"


def _is_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    international = candidate.startswith(("+", "00", "0", "(0", "(+"))
    return 8 <= digits <= 15 if international else 9 <= digits <= 15


def has_contacts(text: str) -> bool:
    """Whether ``text`` holds an email address or a phone number."""
    return bool(_EMAIL_IN_TEXT.search(text)) or any(
        _is_phone(m.group()) for m in _PHONE_IN_TEXT.finditer(text))


def email_addresses(text: str) -> list[str]:
    """The email addresses written in ``text``, in order, each once."""
    return list(dict.fromkeys(m.group() for m in _EMAIL_IN_TEXT.finditer(text)))


def without_contacts(text: str) -> str:
    """``text`` with each email address and phone number replaced by a placeholder."""
    text = _EMAIL_IN_TEXT.sub(EMAIL_PLACEHOLDER, text)
    return _PHONE_IN_TEXT.sub(
        lambda m: PHONE_PLACEHOLDER if _is_phone(m.group()) else m.group(), text)


def with_contacts_if(keep: bool, text: str) -> str:
    """``text`` as written if ``keep``, else :func:`without_contacts`."""
    return text if keep else without_contacts(text)


class ContactsInTexts:
    """The one pass every free text of ours takes on its way out (a bundle, an export, a
    brief): called with a text, it gives it back as it may leave (with its contacts left
    out unless ``keep``), and ``found`` counts the texts that held any."""

    def __init__(self, keep: bool) -> None:
        self.keep = keep
        self.found = 0

    def __call__(self, text: str) -> str:
        if not has_contacts(text):
            return text
        self.found += 1
        return with_contacts_if(self.keep, text)

    def all_of(self, texts: Iterable[str]) -> list[str]:
        """Each of ``texts`` (agenda items, decisions) as it may leave."""
        return [self(text) for text in texts]
