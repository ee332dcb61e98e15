"""Text helpers shared by every layer."""

from __future__ import annotations

import unicodedata


def normalise(text: str) -> str:
    """Lower-case, accent-free, single-spaced: 'Montréal ' and 'montreal' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())
