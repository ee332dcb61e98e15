"""Text helpers shared by every layer."""

from __future__ import annotations

import re
import unicodedata

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
