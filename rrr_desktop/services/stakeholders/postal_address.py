"""One line for a stakeholder's postal address, without saying the town twice.

Imported lists often hold the whole address in one cell ("Avenida Zuberoa 12, Bilbao,
Spain") and the town and country again in their own columns; the import keeps every
cell as it was, and the line shown joins only the parts the address does not already
end with.
"""

from __future__ import annotations

from rrr_desktop.text import normalise


def address_line(address: str, postcode: str, locality: str, country: str) -> str:
    """``address``, then each of postcode, locality and country that is not already
    one of the address's comma-separated parts (accents and case aside)."""
    written = {key for part in address.split(",") if (key := normalise(part))}
    parts = [address.strip()] if address.strip() else []
    for part in (postcode, locality, country):
        key = normalise(part)
        if part.strip() and not (key and key in written):  # a lone symbol folds to ""
            parts.append(part.strip())
            written.add(key)
    return ", ".join(parts)
