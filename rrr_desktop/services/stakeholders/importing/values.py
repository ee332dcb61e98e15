"""The cells of one imported row turned into stakeholder values, or the reason they cannot be.

Each cell is cleaned (:func:`.cells.clean_cell`) and then read by its field. A value
the register cannot hold (an email without a domain, a latitude of 200, a name
longer than its column) raises :class:`InvalidCell`, whose text names the column and
the value. An import collects warnings: there a bad cell other than the name is left
out with a warning on the row naming the column and the value (of two emails, the
first is kept), as one bad cell must not lose an organisation; only a row without a
usable name fails. A form collects none: the bad value is refused. A value that is
only unrecognised (a kind) is left out without a word: the register would read it as
"other" anyway.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Protocol
from uuid import UUID

from rrr_desktop.messages import Message, message, message_text
from rrr_desktop.models.queries.stakeholder_import import COLUMN_LENGTHS, INSERT_COLUMNS
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.essglobal import kind_from_text, sectors_from_text
from rrr_desktop.services.stakeholders.importing.cells import InvalidCell, clean_cell, quoted_text
from rrr_desktop.services.stakeholders.importing.countries import country_code
from rrr_desktop.services.stakeholders.importing.table import MAX_CELL_CHARS
from rrr_desktop.services.stakeholders.importing.websites import host_and_path
from rrr_desktop.services.stakeholders.importing.words import (
    STAGE_LABELS,
    is_person_from_label,
    kind_from_label,
    stage_from_label,
    yes_or_no,
)
from rrr_desktop.text import is_web_address, split_list

# Import field (services.column_mapping.FIELDS) -> Stakeholder column. "region" has none;
# "organisation" is read as the organisation's name, which plan_import turns into its id.
COLUMN_OF_FIELD: dict[str, str] = {
    "uuid": "uuid", "external_id": "external_id", "name": "name", "kind": "kind",
    "sectors": "sectors", "description": "description", "address": "address",
    "locality": "locality",
    "postcode": "postcode", "country": "country_code", "district": "district",
    "website": "website", "email": "email", "phone": "phone",
    "contact_person": "contact_person", "tags": "tags", "latitude": "latitude",
    "longitude": "longitude", "stage": "stage", "owner": "owner", "influence": "influence",
    "interest": "interest", "trust": "trust", "shareable": "shareable", "archived": "archived",
    "record": "is_person", "organisation": "organisation_id", "consent": "consent_given",
    "consent_date": "consent_on", "consent_source": "consent_source", "topics": "topic_ids",
}
PERSONAL_COLUMNS = frozenset({"contact_person", "email", "phone"})
# Column lengths as the model declares them; long texts get the longest cell a file may have.
_LIMITS: dict[str, int] = {column: COLUMN_LENGTHS.get(column, MAX_CELL_CHARS)
                           for column in INSERT_COLUMNS}

_EMAIL = re.compile(r"[^@\s]+@[^@\s.][^@\s]*\.[^@\s.]+")
_BARE_DOMAIN = re.compile(r"[^\W_][\w-]*(\.[\w-]+)+(:\d+)?([/?#]\S*)?")
_SCHEME = re.compile(r"https?://", re.IGNORECASE)
_SPACE = re.compile(r"\s")
_SEVERAL = re.compile(r"\s*[;,\s]\s*")


Reader = Callable[[str, str], object]


def _problem(column: str, text: str | None, header: str, problem: Message) -> InvalidCell:
    """"the email 'x' in column 'E-mail' is not an email address"; no value if it is long."""
    return InvalidCell(column, problem, text, header)


def _one_line(text: str, column: str, header: str) -> str:
    return _limited(" ".join(text.split()), column, header)


def _text_reader(column: str, one_line: bool = True) -> Reader:
    """The reader of a text column: :func:`_one_line` (or :func:`_limited`) with its
    column's limit looked up once, as an import reads thousands of cells."""
    limit = _LIMITS[column]

    def read(text: str, header: str) -> str:
        value = " ".join(text.split()) if one_line else text
        return value if len(value) <= limit else _limited(value, column, header)

    return read


def _limited(value: str, column: str, header: str) -> str:
    limit = _LIMITS[column]
    if len(value) > limit:
        raise _problem(column, None, header, message("cell.too_long", limit=limit))
    return value


def _invalid(column: str, text: str, header: str, marker: str) -> InvalidCell:
    """The failure of a cell that should hold one address: "a@x.org; b@y.org" holds two."""
    several = sum(marker in part for part in _SEVERAL.split(text)) > 1
    code = f"cell.several_{column}s" if several else f"cell.not_{column}"
    return _problem(column, text, header, message(code))


def _email(text: str, header: str) -> str:
    value = text.lower().removeprefix("mailto:").strip()
    if not _EMAIL.fullmatch(value):
        raise _invalid("email", text, header, "@")
    return _one_line(value, "email", header)


def _website(text: str, header: str) -> str:
    """An http(s) address as given, or a bare domain ("www.x.coop") made into one."""
    has_scheme = _SCHEME.match(text) is not None
    if _SPACE.search(text) or not (has_scheme or _BARE_DOMAIN.fullmatch(text)):
        raise _invalid("website", text, header, ".")
    value = text if has_scheme else f"https://{text}"
    if not host_and_path(value)[0] or not is_web_address(value):
        raise _invalid("website", text, header, ".")
    return _one_line(value, "website", header)


def _coordinate(text: str, column: str, header: str, limit: int) -> float:
    decimal_comma = text.count(",") == 1 and "." not in text  # "43,263"
    try:
        value = float(text.replace(",", ".") if decimal_comma else text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise _problem(column, text, header, message("cell.not_number"))
    if not -limit <= value <= limit:
        raise _problem(column, text, header, message("cell.out_of_range", limit=limit))
    return value


def _country(text: str, header: str) -> str:
    code = country_code(text)
    if not code:
        raise _problem("country", text, header, message("cell.not_country"))
    return code


def _kind(text: str) -> StakeholderKind | None:
    """The kind, if it says more than "other", which a new stakeholder gets anyway and which
    must not overwrite or fill a known kind."""
    kind = kind_from_label(text) or kind_from_text(text)
    return None if kind is StakeholderKind.OTHER else kind


def _stage(text: str, header: str) -> CollaborationStage:
    stage = stage_from_label(text)
    if stage is None:
        choices = ", ".join(labels[0] for labels in STAGE_LABELS.values())
        raise _problem("stage", text, header, message("cell.not_stage", choices=choices))
    return stage


def _score(text: str, column: str, header: str) -> int:
    """A score from 1 to 5 ("3", or "3.0" as spreadsheets may write it)."""
    whole = text.removesuffix(".0")
    if not (whole.isascii() and whole.isdigit() and 1 <= int(whole) <= 5):
        raise _problem(column, text, header, message("cell.not_score"))
    return int(whole)


def _flag(text: str, column: str, header: str) -> bool:
    value = yes_or_no(text)
    if value is None:
        raise _problem(column, text, header, message("cell.not_yes_no"))
    return value


def _day(text: str, column: str, header: str) -> date:
    """A day as ISO (2024-03-01, as exports and spreadsheets write it) or 01/03/2024."""
    for pattern in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise _problem(column, text, header, message("cell.not_date"))


def _uuid(text: str, header: str) -> str:
    """A UUID as the register stores it (32 hex digits), from any of its usual spellings."""
    try:
        return UUID(text).hex
    except ValueError as error:
        raise _problem("uuid", text, header, message("cell.not_uuid")) from error


def _is_person(text: str, header: str) -> bool:
    value = is_person_from_label(text)
    if value is None:
        raise _problem("record", text, header, message("cell.not_record_kind"))
    return value


def _organisation_name(text: str, _header: str) -> str:
    """The name of a person's organisation, only looked up (never stored): of any length,
    so that a person whose organisation's row fails for its too long name says so."""
    return " ".join(text.split())


_READERS: dict[str, Reader] = {
    "uuid": _uuid,
    "external_id": _text_reader("external_id"),
    "name": _text_reader("name"),
    "kind": lambda text, _header: _kind(text),
    "sectors": lambda text, _header: sectors_from_text(text),
    "description": _text_reader("description", one_line=False),
    "address": _text_reader("address", one_line=False),
    "locality": _text_reader("locality"),
    "postcode": _text_reader("postcode"),
    "country_code": _country,
    "district": _text_reader("district"),
    "website": _website,
    "email": _email,
    "phone": _text_reader("phone"),
    "contact_person": _text_reader("contact_person"),
    "tags": lambda text, _header: split_list(text),
    "latitude": lambda text, header: _coordinate(text, "latitude", header, 90),
    "longitude": lambda text, header: _coordinate(text, "longitude", header, 180),
    "stage": _stage,
    "owner": _text_reader("owner"),
    "influence": lambda text, header: _score(text, "influence", header),
    "interest": lambda text, header: _score(text, "interest", header),
    "trust": lambda text, header: _score(text, "trust", header),
    "shareable": lambda text, header: _flag(text, "shareable", header),
    "archived": lambda text, header: _flag(text, "archived", header),
    "is_person": _is_person,
    "topic_ids": lambda text, _header: split_list(text),  # names: plan_import finds the ids
    "consent_given": lambda text, header: _flag(text, "consent", header),
    "consent_on": lambda text, header: _day(text, "consent_date", header).isoformat(),
    "consent_source": _text_reader("consent_source"),
    "organisation_id": _organisation_name,  # the name: plan_import finds the organisation
}


# Columns whose unreadable value an import explains in words of their own; any other bad
# cell but the name gets "import.value_left_out" with the cell's problem.
_WARNED_COLUMNS = {"website": "import.website_left_out", "country_code": "import.country_unknown",
                   "uuid": "import.uuid_left_out"}
# Columns of which a cell with several addresses gives its first, and says so.
_FIRST_KEPT = {"email": "import.first_email_kept", "website": "import.first_website_kept"}


def _first_of_several(column: str, text: str, header: str) -> object | None:
    """The first of several addresses in one cell ("a@x.org; b@x.org", "x.coop y.coop"),
    if every one of them reads as an address of ``column`` (email or website)."""
    parts = [part for part in _SEVERAL.split(text) if part]
    if len(parts) < 2:
        return None
    try:
        read = [_READERS[column](part, header) for part in parts]  # every one must read
    except InvalidCell:
        return None
    return read[0]


def _left_out(column: str, text: str, header: str,
              problem: InvalidCell) -> tuple[object | None, str]:
    """What an import keeps of a bad cell (nothing, or the first of several email or web
    addresses) and the warning that says what was left out."""
    quoted = {"value": quoted_text(text), "column": quoted_text(header)}
    first = _first_of_several(column, text, header) if column in _FIRST_KEPT else None
    if first is not None:
        return first, message_text(_FIRST_KEPT[column], {**quoted, "kept": first})
    if column in _WARNED_COLUMNS:
        return None, message_text(_WARNED_COLUMNS[column], quoted)
    return None, message_text("import.value_left_out", {"problem": problem.described()})


class RowReader(Protocol):
    def __call__(self, cells: Sequence[str],
                 warnings: list[str] | None = None) -> dict[str, object]: ...


def row_reader(columns: Mapping[str, int], headers: Sequence[str]) -> RowReader:
    """A function that reads the cells of a row into Stakeholder column -> value.

    ``columns`` gives the index of the cell each Stakeholder column is read from.
    Empty and unrecognised values are left out; a row without a name, or with a value
    the register cannot take, raises :class:`InvalidCell`. Given a ``warnings`` list
    (an import), only a bad name raises: any other bad value is left out (or the first
    of several emails kept) and the reason appended to the list.
    """
    steps = [(column, index, headers[index], _READERS[column])
             for column, index in columns.items()]

    def read(cells: Sequence[str], warnings: list[str] | None = None) -> dict[str, object]:
        values: dict[str, object] = {}
        for column, index, header, reader in steps:
            text = clean_cell(cells[index]) if cells[index] else ""
            if not text:
                continue
            try:
                value = reader(text, header)
            except InvalidCell as problem:
                if warnings is None or column == "name":
                    raise
                value, warning = _left_out(column, text, header, problem)
                warnings.append(warning)
            if value not in (None, "", []):
                values[column] = value
        if "name" not in values:
            raise InvalidCell("name", message("cell.empty"))
        return values

    return read
