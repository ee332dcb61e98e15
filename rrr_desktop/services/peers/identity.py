"""A city's name as an identity: the form two names are compared in, and lookups by name.

Two names that *look* alike on screen must compare equal, or a stranger can pose as a
known city ("Bil\\u200bbao", "Bilbаo" with a Cyrillic "а", a right-to-left override).
:func:`name_key` is the comparison form, in the spirit of the "skeleton" of Unicode
TS #39 (Security Mechanisms), reduced to what matters for the Latin-script names of
the network:

1. text under a right-to-left override (U+202E ... U+202C) is put in the order it is
   *shown* in, since that is what the officer reads;
2. NFKC (full-width, styled and ligature forms become plain letters);
3. invisible characters are removed: format characters (category Cf: zero-width
   spaces and joiners, bidi controls, soft hyphen, BOM), variation selectors and the
   Hangul fillers that render as nothing;
4. case folding, accents removed (:func:`rrr_desktop.text.normalise`);
5. the confusables below folded to the Latin letter they imitate, including the
   multi-letter look-alikes ``rn`` (m) and ``vv`` (w), and ``i``/``l``/``1``/``|``
   folded together (an upper-case I and a lower-case l are one stroke in most fonts);
6. punctuation and spacing folded to single spaces ("Saint-Denis" = "Saint Denis").

The table is hand-made from Unicode's ``confusables.txt`` (Cyrillic, Greek, Armenian
and a few symbol look-alikes of Latin letters) rather than the full 6,000-entry file:
a package carrying it (``confusable_homoglyphs``) brings a several-megabyte JSON for
scripts our names never use. Folding more than TS #39 does (i/l) can only make two
genuine cities collide if their names differ by nothing but those letters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar
from uuid import UUID

from rrr_desktop.errors import RejectedInput
from rrr_desktop.text import normalise

_RLO, _PDF = "\u202e", "\u202c"
_HIDDEN_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f\u180e")

# Lower-case look-alikes of Latin letters (after case folding), per confusables.txt.
_CONFUSABLES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "ь": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h",
    "і": "l", "ї": "l", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "п": "n", "о": "o",
    "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "ц": "u", "ѵ": "v", "ԝ": "w", "х": "x",
    "у": "y", "ү": "y", "з": "3", "ԍ": "g", "н": "h", "ո": "n",
    # Greek
    "α": "a", "β": "b", "ϲ": "c", "ε": "e", "η": "n", "ι": "l", "κ": "k", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϳ": "j",
    "μ": "u",
    # Armenian and others
    "օ": "o", "ս": "u", "հ": "h", "ց": "g", "զ": "q",
    # digits and symbols that pass for letters
    "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "5": "s", "$": "s",
})
# Capitals whose lower-case form looks nothing like the Latin capital they imitate.
_CAPITALS = str.maketrans(dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕНІЈКМОРСТХЅ", "ABEZHIKMNOPTYXABEHIJKMOPCTXS",
                                   strict=True)))
_MULTI = (("rn", "m"), ("vv", "w"))

T = TypeVar("T")


def shown_order(text: str) -> str:
    """``text`` with each right-to-left override run reversed, as a screen shows it."""
    if _RLO not in text:
        return text
    out, rest = [], text
    while _RLO in rest:
        before, _, after = rest.partition(_RLO)
        inside, _, rest = after.partition(_PDF)
        out += [before, inside[::-1]]
    return "".join([*out, rest])


def remove_invisible(text: str) -> str:
    """``text`` without the characters that take no room on screen."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf"
                   and c not in _HIDDEN_LETTERS and not 0xFE00 <= ord(c) <= 0xFE0F)


def name_key(name: str) -> str:
    """The form in which two city names are compared (see the module docstring)."""
    visible = remove_invisible(unicodedata.normalize("NFKC", shown_order(name)))
    visible = visible.translate(_CAPITALS)
    folded = normalise(visible).translate(_CONFUSABLES)
    for pair, letter in _MULTI:
        folded = folded.replace(pair, letter)
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


def names_collide(first: str, second: str) -> bool:
    return name_key(first) == name_key(second)


def find_by_name(candidates: Sequence[T], wanted: str, name: Callable[[T], str],
                 uuid: Callable[[T], UUID], field: str = "city") -> T | None:
    """The one candidate named ``wanted`` (compared by :func:`name_key`) or with that UUID.

    ``None`` if none is; :class:`RejectedInput` ``city.ambiguous_name`` (on ``field``)
    listing the UUIDs when several are, so the officer can choose one by its UUID.
    """
    text = wanted.strip()
    try:
        by_uuid = UUID(text)
    except ValueError:
        by_uuid = None
    if by_uuid is not None:
        return next((c for c in candidates if uuid(c) == by_uuid), None)
    key = name_key(text)
    found = [c for c in candidates if name_key(name(c)) == key]
    if len(found) > 1:
        raise RejectedInput("city.ambiguous_name", field=field, name=text,
                            choices="; ".join(f"{name(c)}: {uuid(c)}" for c in found))
    return found[0] if found else None
