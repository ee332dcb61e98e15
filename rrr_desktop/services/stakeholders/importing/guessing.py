"""Guess what unnamed columns hold from their values, and join address parts.

Headers often say little ("Column 5", ``address[c]``); the values then tell: emails,
web addresses, phone numbers, postcodes (UK, ES, FR, NL, PL, PT, BR, IT, US, CA, MX,
IE), coordinates, dates, yes/no. A column is given a field only when most of its
filled cells read as one kind of value and no column already has that field; each
guess says why, for the officer to check in the preview. Dates and yes/no columns are
named but given no field: which one (consent? archived?) is the officer's call.

Several address-part columns (``address[a]``, "Address line 2"...) are joined into one
address column added to the table; a part holding postcodes becomes the postcode and
the last part repeating a few names (towns) the locality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rrr_desktop.messages import message_text
from rrr_desktop.services.stakeholders.importing.column_mapping import field_for_header
from rrr_desktop.services.stakeholders.importing.table import Table
from rrr_desktop.text import normalise

_SAMPLE = 300  # filled cells looked at per column
_SHARE = 0.8  # of them that must read as one kind of value
_POSTCODES = {
    "UK": r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}",
    "IE": r"[AC-FHKNPRTV-Y]\d[\dW] ?[\dAC-FHKNPRTV-Y]{4}",
    "NL": r"\d{4} ?[A-Z]{2}", "PL": r"\d{2}-\d{3}", "PT": r"\d{4}-\d{3}", "BR": r"\d{5}-\d{3}",
    "CA": r"[A-Z]\d[A-Z] ?\d[A-Z]\d", "US": r"\d{5}-\d{4}",
    "ES FR IT US MX": r"\d{5}",
}
_POSTCODE = {place: re.compile(pattern, re.IGNORECASE) for place, pattern in _POSTCODES.items()}
_EMAIL = re.compile(r"(?:mailto:)?[^@\s]+@[^@\s.][^@\s]*\.[^@\s.]+", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|coop|co\.uk|"
                  r"org\.uk|es|fr|pt|it|nl|pl|br|de|eu|info|io)(?:/\S*)?", re.IGNORECASE)
_PHONE = re.compile(r"\+?[\d\s().-]{7,20}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
_DECIMAL = re.compile(r"-?\d{1,3}[.,]\d{3,}")
_YES_NO = frozenset({"yes", "no", "y", "n", "true", "false", "si", "sí", "sì", "oui", "non", "sim",
                     "nao", "não", "ja", "nee", "tak", "nie"})
_ADDRESS_PART = re.compile(r"^(?:address|street|addr|direccion|adresse|endereco|indirizzo|"
                           r"adres|ulica|supplemental address|address line)\W*\w{0,2}\W*$")


@dataclass(frozen=True)
class Guess:
    """A column given a field (or none) from its values, and why (catalogue code and
    parameters); ``str()`` reads in the officer's language."""

    column: int
    field: str | None
    code: str
    params: tuple[tuple[str, object], ...]
    joined: tuple[int, ...] = ()  # the address parts joined into this column

    def __str__(self) -> str:
        return message_text(self.code, dict(self.params))


def _filled(table: Table, column: int) -> list[str]:
    values = []
    for row in table.rows:
        if row[column]:
            values.append(row[column])
            if len(values) == _SAMPLE:
                break
    return values


def _share(values: Sequence[str], test: re.Pattern[str]) -> int:
    return sum(1 for value in values if test.fullmatch(value.strip()))


def _kind_of_values(values: Sequence[str]) -> tuple[str, int, str] | None:
    """(what the values are, how many read so, the postcode places) or None."""
    enough = max(1, int(len(values) * _SHARE + 0.999))
    for what, pattern in (("email", _EMAIL), ("website", _URL), ("date", _DATE)):
        count = _share(values, pattern)
        if count >= enough:
            return what, count, ""
    for places, pattern in _POSTCODE.items():
        count = _share(values, pattern)
        if count >= enough:
            return "postcode", count, places
    count = sum(1 for value in values if _PHONE.fullmatch(value.strip())
                and sum(c.isdigit() for c in value) >= 7)
    if count >= enough:
        return "phone", count, ""
    count = _share(values, _DECIMAL)
    if count >= enough:
        numbers = [float(v.replace(",", ".")) for v in values if _DECIMAL.fullmatch(v.strip())]
        return ("longitude" if any(abs(n) > 90 for n in numbers) else "coordinate"), count, ""
    count = sum(1 for value in values if value.strip().casefold() in _YES_NO)
    if count >= enough:
        return "yes_no", count, ""
    return None


def guess_columns(table: Table, mapping: dict[int, str]) -> tuple[Table, dict[int, str],
                                                                   list[Guess]]:
    """The table (with a joined address column if it has address parts), the mapping with
    the guesses added, and the guesses with their reasons."""
    mapping = dict(mapping)
    guesses: list[Guess] = []
    table, mapping = _join_address_parts(table, mapping, guesses)
    taken = set(mapping.values())
    coordinates: list[tuple[int, int]] = []
    for column, header in enumerate(table.headers):
        if column in mapping or field_for_header(header):
            continue
        values = _filled(table, column)
        found = _kind_of_values(values) if values else None
        if found is None:
            continue
        what, count, places = found
        params = (("column", header), ("count", count), ("total", len(values)),
                  ("places", places))
        if what == "coordinate":
            coordinates.append((column, count))
            continue
        field = what if what in ("email", "website", "phone", "postcode", "longitude") else None
        if field in taken:
            continue
        if field:
            mapping[column] = field
            taken.add(field)
        guesses.append(Guess(column, field, f"guess.{what}", params))
    for column, count in coordinates:  # the first of two is the latitude, as people write
        field = next((f for f in ("latitude", "longitude") if f not in taken), None)
        if field:
            mapping[column] = field
            taken.add(field)
            guesses.append(Guess(column, field, f"guess.{field}", (
                ("column", table.headers[column]), ("count", count),
                ("total", len(_filled(table, column))), ("places", ""))))
    return table, dict(sorted(mapping.items())), sorted(guesses, key=lambda g: g.column)


def _join_address_parts(table: Table, mapping: dict[int, str],
                        guesses: list[Guess]) -> tuple[Table, dict[int, str]]:
    parts = [column for column, header in enumerate(table.headers)
             if _ADDRESS_PART.match(normalise(header).replace("_", " ").strip())]
    if len(parts) < 2:
        return table, mapping
    kept = []
    for column in parts:
        values = _filled(table, column)
        found = _kind_of_values(values) if values else None
        if found and found[0] == "postcode" and "postcode" not in mapping.values():
            mapping[column] = "postcode"
            guesses.append(Guess(column, "postcode", "guess.postcode", (
                ("column", table.headers[column]), ("count", found[1]),
                ("total", len(values)), ("places", found[2]))))
        elif values:
            kept.append(column)
    if kept and "locality" not in mapping.values() and _repeats(_filled(table, kept[-1])):
        town = kept.pop()
        mapping[town] = "locality"
        guesses.append(Guess(town, "locality", "guess.locality",
                             (("column", table.headers[town]),)))
    mapping = {column: field for column, field in mapping.items()
               if column not in kept and field != "address"}
    joined = tuple(", ".join(row[c] for c in kept if row[c]) for row in table.rows)
    table = replace(table, headers=(*table.headers, message_text("import.joined_address")),
                    rows=tuple((*row, value) for row, value in zip(table.rows, joined,
                                                                   strict=True)),
                    headings=tuple((n, (*cells, "")) for n, cells in table.headings))
    mapping[len(table.headers) - 1] = "address"
    guesses.append(Guess(len(table.headers) - 1, "address", "guess.address_joined", (
        ("columns", ", ".join(repr(table.headers[c]) for c in kept)),), tuple(kept)))
    return table, mapping


def _repeats(values: Sequence[str]) -> bool:
    """Whether a few names come back again and again, as towns do in a local list."""
    return len(values) >= 4 and len(set(values)) <= len(values) / 2
