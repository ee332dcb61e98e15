"""Suggest which column of an imported table holds which stakeholder field.

Headers are compared with synonyms in English, Spanish, French, Portuguese, Italian,
Dutch and Polish after :func:`rrr_desktop.text.normalise`, with punctuation,
underscores and hyphens read as spaces and words then joined, so "E-mail",
"e_mail" and "EMAIL" all read "email". A header that *is* a synonym beats one that
merely contains one ("Latitude" beats "Geo Container Latitude"); among exact matches
the synonym listed first wins ("Organisational Structure" beats "Legal Form").
Given the rows, a column with values beats a better-named (nearly) empty one.
The result is only a suggestion: the officer confirms it before anything is imported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import Message, message
from rrr_desktop.services.stakeholders.importing.header_synonyms import SYNONYMS
from rrr_desktop.text import normalise

FIELDS: tuple[str, ...] = (
    "uuid", "external_id", "name", "kind", "sectors", "description", "address", "locality",
    "region", "postcode", "country", "district", "website", "email", "phone",
    "contact_person", "tags", "latitude", "longitude", "stage", "owner", "influence",
    "interest", "trust", "shareable", "archived", "record", "consent", "consent_date",
    "consent_source", "topics", "organisation",
)


def field_name(field: str) -> Message:
    """An import field as the officer reads it ("contact person", "persona de contacto")."""
    return message(f"column.{field}")


# Fields whose synonyms count only as a whole header: "Interest area" holds no score from
# 1 to 5 and "Land trust name" no trust, and reading them so would fail every row.
_WHOLE_HEADER_FIELDS = frozenset({"stage", "owner", "influence", "interest", "trust",
                                  "shareable", "archived", "record", "organisation", "topics"})
# Headers that name the name column ("Organisation"), but a person's organisation in a file
# that says which rows are persons and has another column for the names: the app's export.
_ORGANISATION_HEADERS = frozenset({"organisation", "organization", "organizacion",
                                   "organisatie", "organizacao", "organizzazione",
                                   "organizacja"})

# When a header contains synonyms of several fields, the more specific field wins:
# "Contact email" is an email, "City district" a district, "Email address" an email.
_CONTAINS_PRIORITY = (
    "uuid", "consent_date", "consent_source", "consent", "email", "website", "phone", "postcode",
    "latitude", "longitude", "external_id",
    "district", "locality", "region", "country", "address", "description", "sectors", "kind",
    "tags", "contact_person", "name", *sorted(_WHOLE_HEADER_FIELDS),
)
# Synonyms too short or too ambiguous to count when they are only part of a header
# ("Long description" is no longitude, "Organisation size" no name).
_EXACT_ONLY = frozenset({"long", "land", "site", "mail", "state", "statut", "about",
                         "organisation", "organization", "organisatie", "entidad", "empresa",
                         "company", "entity", "societe", "structure", "azienda", "ente",
                         "bedrijf", "organizacion", "organizacao", "organizzazione",
                         "organizacja", "firma", "note", "notes", "strona"})
_MIN_CONTAINED = 4
_MAX_WORDS = 4
_FOLD = str.maketrans("łøđ", "lod")  # letters with no accent to remove: "Długość" ~ "Dlugosc"

Score = tuple[int, int, int]  # 2 for an exact match, 1 for a contained one; then tie-breaks


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W_]+", normalise(text).translate(_FOLD)))


@cache
def _exact() -> dict[str, tuple[str, int]]:
    """Synonyms with their words joined ("e mail" -> "email"), mapped to field and rank."""
    table: dict[str, tuple[str, int]] = {}
    for field, synonyms in SYNONYMS.items():
        for rank, synonym in enumerate(synonyms):
            table.setdefault("".join(_words(synonym)), (field, rank))
    return table


@cache
def _contained() -> dict[str, tuple[str, int]]:
    return {key: match for key, match in _exact().items()
            if len(key) >= _MIN_CONTAINED and key not in _EXACT_ONLY
            and match[0] not in _WHOLE_HEADER_FIELDS}


def _match(header: str) -> tuple[str, Score] | None:
    """The best field for a header and how well it matches (higher is better)."""
    words = _words(header)
    exact = _exact().get("".join(words))
    if exact:
        field, rank = exact
        return field, (2, -rank, 0)
    found = []
    for start in range(len(words)):
        for end in range(start + 1, min(start + _MAX_WORDS, len(words)) + 1):
            key = "".join(words[start:end])
            if key in _contained():
                field, rank = _contained()[key]
                found.append((_CONTAINS_PRIORITY.index(field), -len(key), rank, field))
    if not found:
        return None
    _, length, rank, field = min(found)
    return field, (1, -length, -rank)


def field_for_header(header: str) -> str | None:
    """The stakeholder field a header most likely names, if any."""
    match = _match(header)
    return match[0] if match else None


@dataclass(frozen=True)
class ColumnChoice:
    """Several columns name one field and the one with values was taken, not the best named."""

    field: str
    used: int  # the column imported
    used_filled: int  # rows with a value in it
    passed_over: int  # the better-named column left out
    passed_over_filled: int


def _candidates(headers: Sequence[str]) -> dict[str, list[tuple[Score, int]]]:
    """Field -> the columns that name it, best named first (the first column on a tie)."""
    found: dict[str, list[tuple[Score, int]]] = {}
    for index, header in enumerate(headers):
        match = _match(header)
        if match:
            found.setdefault(match[0], []).append((match[1], index))
    for columns in found.values():
        columns.sort(key=lambda column: (column[0], -column[1]), reverse=True)
    return found


def _filled(rows: Sequence[Sequence[str]], index: int) -> int:
    return sum(1 for row in rows if index < len(row) and row[index].strip())


def _choose(headers: Sequence[str],
            rows: Sequence[Sequence[str]]) -> dict[str, tuple[int, ColumnChoice | None]]:
    """Field -> its column, and the choice made if values decided it."""
    chosen: dict[str, tuple[int, ColumnChoice | None]] = {}
    for field, columns in _candidates(headers).items():
        best = columns[0][1]
        if len(columns) == 1 or not rows:
            chosen[field] = (best, None)
            continue
        filled = {index: _filled(rows, index) for _, index in columns}
        used = max((index for _, index in columns), key=lambda i: filled[i])  # first on a tie
        if filled[best] * 2 >= filled[used]:  # names matter more than a few missing values
            used = best
        chosen[field] = (used, None if used == best else ColumnChoice(
            field, used, filled[used], best, filled[best]))
    organisation = _person_organisation_column(headers, chosen)
    if organisation is not None:
        chosen["organisation"] = (organisation, None)
    return chosen


def _person_organisation_column(headers: Sequence[str],
                                chosen: dict[str, tuple[int, ColumnChoice | None]]) -> int | None:
    """The "Organisation" column beside a "Record" and a "Name" one, if the organisation of
    persons has no better-named column."""
    if "organisation" in chosen or "record" not in chosen or "name" not in chosen:
        return None
    return next((index for index, header in enumerate(headers)
                 if index != chosen["name"][0]
                 and "".join(_words(header)) in _ORGANISATION_HEADERS), None)


def suggest_mapping(headers: Sequence[str],
                    rows: Sequence[Sequence[str]] = ()) -> dict[int, str]:
    """Column index -> field; each field goes to its best-matching column, the first on a tie.

    Given the file's ``rows``, a field several columns name goes to the one with values
    in the most rows if the best-named one has values in fewer than half as many:
    ESSGlobal files have an empty "Latitude" column beside a filled "Geo Container
    Latitude", and a "Legal Form" a little fuller than their "Organisational Structure".
    Columns whose field went to another column stay unmapped rather than being given a
    second-choice field: a wrong suggestion costs the officer more than a blank one.
    """
    return suggestion(headers, rows)[0]


def column_choices(headers: Sequence[str],
                   rows: Sequence[Sequence[str]]) -> tuple[ColumnChoice, ...]:
    """The fields :func:`suggest_mapping` took from a column with more values than the
    better-named one, to tell the officer; by column."""
    return suggestion(headers, rows)[1]


def suggestion(headers: Sequence[str], rows: Sequence[Sequence[str]] = ()
               ) -> tuple[dict[int, str], tuple[ColumnChoice, ...]]:
    """:func:`suggest_mapping` and :func:`column_choices` at once: the rows are counted once."""
    chosen = _choose(headers, rows)
    made = (choice for _, choice in chosen.values() if choice)
    return ({index: field for field, (index, _) in sorted(chosen.items(), key=lambda i: i[1][0])},
            tuple(sorted(made, key=lambda choice: choice.used)))


def mapping_with_choices(headers: Sequence[str], mapping: dict[int, str],
                         choices: Sequence[str]) -> dict[int, str]:
    """``mapping`` with the officer's choices, each "HEADER=field" ("HEADER=" leaves the
    column out), applied in order: a chosen field leaves any other column it was on.

    Headers are compared as :func:`field_for_header` reads them, so case, accents and
    punctuation do not matter. Raises :class:`RejectedInput` naming the fields or the
    columns when a choice cannot be applied.
    """
    chosen = dict(mapping)
    by_key = {"".join(_words(header)): index for index, header in reversed(list(
        enumerate(headers)))}
    for choice in choices:
        header, equals, field = (part.strip() for part in choice.rpartition("="))
        fields = ", ".join(FIELDS)
        if not equals or not header:
            raise RejectedInput("import.map_format", value=repr(choice), fields=fields)
        if field and field not in FIELDS:
            raise RejectedInput("import.map_unknown_field", value=repr(choice),
                                target=repr(field), fields=fields)
        index = by_key.get("".join(_words(header)))
        if index is None:
            raise RejectedInput("import.map_unknown_header", value=repr(choice),
                                header=repr(header), columns=", ".join(map(repr, headers)))
        chosen = {i: f for i, f in chosen.items() if i != index and f != field}
        if field:
            chosen[index] = field
    return dict(sorted(chosen.items()))
