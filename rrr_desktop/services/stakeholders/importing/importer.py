"""Plan the import of a stakeholder list: what it would do, row by row.

:func:`plan_import` reads the register once and decides, row by row and in plain
Python, what would happen; nothing is written, so the plan doubles as the dry run
and the preview. :func:`.applying.apply_import` writes it in one transaction, and
:func:`.applying.undo_import` takes the whole import back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal

from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection
from rrr_desktop.models.queries import stakeholder_import as queries
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.services.stakeholders.importing.cells import InvalidCell, clean_cell
from rrr_desktop.services.stakeholders.importing.column_mapping import (
    FIELDS,
    field_name,
    suggest_mapping,
)
from rrr_desktop.services.stakeholders.importing.matching import (
    Match,
    Matcher,
    OrganisationNames,
    UnknownOrganisation,
)
from rrr_desktop.services.stakeholders.importing.table import Table
from rrr_desktop.services.stakeholders.importing.topics import TopicNames
from rrr_desktop.services.stakeholders.importing.values import (
    COLUMN_OF_FIELD,
    PERSONAL_COLUMNS,
    row_reader,
)

Action = Literal["add", "update", "fill", "skip", "fail"]

# Stakeholder columns an update compares and sets (topics are links, set on added records).
IMPORTED_COLUMNS = tuple(column for column in COLUMN_OF_FIELD.values() if column != "topic_ids")


class ImportMode(StrEnum):
    ADD = "add"  # rows already in the register are skipped
    UPDATE = "update"  # they get every value the file has for them
    FILL = "fill"  # they get the file's values only for their empty fields


@dataclass(frozen=True)
class RowProblem:
    row_number: int
    message: str

    def __str__(self) -> str:
        return message("import_row.problem", row=self.row_number, problem=self.message).text()


@dataclass(frozen=True)
class PlannedRow:
    """What the import does with one row of the file.

    ``values`` are Stakeholder columns: all the row's values for an added row, the
    ones that change the record for an update or fill. ``reason`` says why a row is
    skipped or fails, or how it matched ("same website domain"). ``warnings`` name the
    values left out of a row that is still imported (a website that is no address).
    """

    row_number: int
    action: Action
    values: dict[str, object]
    match_id: int | None
    reason: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    file_name: str
    mapping: dict[int, str]  # the columns imported, by index; a field without a column is out
    mode: ImportMode
    share: bool
    rows: tuple[PlannedRow, ...]
    skipped_lines: tuple[tuple[int, str], ...]  # lines the reader left out (blank, titles)
    register_state: tuple[object, ...] = ()  # the register as planned against
    headings: tuple[tuple[int, str], ...] = ()  # rows set aside as section headings

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(("add", "update", "fill", "skip", "fail"), 0)
        for row in self.rows:
            counts[row.action] += 1
        return counts

    @property
    def personal_data_rows(self) -> int:
        """Rows that write a contact person, email or phone without consent recorded."""
        return sum(1 for row in self.rows if row.action in ("add", "update", "fill")
                   and not PERSONAL_COLUMNS.isdisjoint(row.values)
                   and not row.values.get("consent_given"))

    @property
    def failures(self) -> tuple[RowProblem, ...]:
        return tuple(RowProblem(r.row_number, r.reason) for r in self.rows if r.action == "fail")

    @property
    def warnings(self) -> tuple[RowProblem, ...]:
        """Values left out of rows that are imported all the same."""
        return tuple(RowProblem(row.row_number, warning) for row in self.rows
                     if row.action != "fail" for warning in row.warnings)


class MissingNameColumn(RejectedInput):
    """No column is mapped to the names; the officer picks one (``--map`` or the window)."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__("import.no_name_column", field="name",
                         columns=", ".join(map(repr, headers[:20])), fields=", ".join(FIELDS))


@collector_paused()  # thousands of rows of values stay alive until the plan is made
def plan_import(db: Database, table: Table, file_name: str, *,
                mapping: dict[int, str] | None = None, mode: ImportMode = ImportMode.ADD,
                share: bool = False) -> ImportPlan:
    """What importing ``table`` would do; reads the register, writes nothing.

    ``mapping`` (column index -> field of ``column_mapping.FIELDS``) defaults to the
    one suggested for the file's headers and values. Raises :class:`RejectedInput` when
    no column holds the names.
    """
    if mapping is None:
        mapping = suggest_mapping(table.headers, table.rows)
    used = _check_mapping(mapping, table.headers)
    columns = {COLUMN_OF_FIELD[field]: index for index, field in used.items()}
    with db.reading() as connection:
        state = queries.register_state(connection)
        register = queries.register_keys(connection)
        organisations = Matcher(r[:6] for r in register if not r[6])
        persons = Matcher(r[:6] for r in register if r[6])
        names = OrganisationNames((r[0], r[5]) for r in register if not r[6])
        read = row_reader(columns, table.headers)
        topics = TopicNames(db) if "topic_ids" in columns else None
        today = datetime.now(UTC).date().isoformat()  # when a consent column says yes
        rows = []
        for number, cells in zip(table.row_numbers, table.rows, strict=True):
            warnings: list[str] = []
            try:
                values = read(cells, warnings)
            except InvalidCell as problem:
                rows.append(PlannedRow(number, "fail", {}, None, str(problem)))
                names.add_failed_row(number, clean_cell(cells[columns["name"]]))
                continue
            if topics is not None:
                topics.resolve(values, warnings)
            if values.get("consent_given"):
                values = {"consent_on": today, "consent_source": file_name[:300], **values}
            if not values.get("is_person"):
                values.pop("organisation_id", None)  # only a person belongs to one
                match = organisations.match(number, values)
                names.add(match.record_id or -(match.repeats or number), str(values["name"]))
            else:
                match = persons.match(number, values)
            rows.append(_plan_row(number, values, match, mode, tuple(warnings)))
        rows = [_linked_to_organisation(row, names) for row in rows]
        if mode is not ImportMode.ADD:
            rows = _with_changes(rows, connection, mode)
    headings = tuple((number, cells[0]) for number, cells in table.headings)
    return ImportPlan(file_name, used, mode, share, tuple(rows), table.skipped, state, headings)


def _check_mapping(mapping: dict[int, str], headers: Sequence[str]) -> dict[int, str]:
    """The columns that are imported; RejectedInput for a mapping that cannot be used."""
    fields = list(mapping.values())
    for index, field in mapping.items():
        if field not in FIELDS or not 0 <= index < len(headers):
            raise ValueError(f"column {index} -> {field!r} is not a valid mapping")
        if fields.count(field) > 1:
            names = ", ".join(repr(headers[i]) for i, f in mapping.items() if f == field)
            raise RejectedInput("import.field_twice", target=field_name(field), columns=names)
    if "name" not in fields:
        raise MissingNameColumn(headers)
    return {index: field for index, field in sorted(mapping.items())
            if field in COLUMN_OF_FIELD}


def _plan_row(number: int, values: dict[str, object], match: Match, mode: ImportMode,
              warnings: tuple[str, ...]) -> PlannedRow:
    if match.repeats is not None:
        return PlannedRow(number, "skip", values, match.record_id,
                          message("import_row.repeats", row=match.repeats).text(), warnings)
    if match.record_id is None:
        return PlannedRow(number, "add", values, None, "", warnings)
    if mode is ImportMode.ADD:
        return PlannedRow(number, "skip", values, match.record_id,
                          message("import_row.already_there", how=match.explained()).text(),
                          warnings)
    action: Action = "update" if mode is ImportMode.UPDATE else "fill"
    return PlannedRow(number, action, values, match.record_id, match.explained(), warnings)


def _linked_to_organisation(row: PlannedRow, names: OrganisationNames) -> PlannedRow:
    """A person's row with the id of their organisation (minus the row number of one the
    file adds), or failed saying why it has none."""
    if row.action not in ("add", "update", "fill") or not row.values.get("is_person"):
        return row
    try:
        target = names.find(str(row.values.get("organisation_id", "")))
    except UnknownOrganisation as problem:
        return PlannedRow(row.row_number, "fail", {}, None, str(problem))
    return replace(row, values={**row.values, "organisation_id": target})


def _is_empty(value: object) -> bool:
    return value in (None, "", [], StakeholderKind.OTHER, CollaborationStage.NOT_ENGAGED)


def _with_changes(rows: list[PlannedRow], connection: Connection,
                  mode: ImportMode) -> list[PlannedRow]:
    """Update and fill rows narrowed to the values that change their record."""
    matched = [row.match_id for row in rows if row.action == mode.value]
    current = queries.current_values(connection, (i for i in matched if i is not None),
                                     IMPORTED_COLUMNS)
    result = []
    for row in rows:
        if row.action != mode.value or row.match_id is None:
            result.append(row)
            continue
        record = current[row.match_id]
        changes = {column: value for column, value in row.values.items()
                   if column not in ("uuid", "topic_ids")  # a record keeps its identity
                   and (_is_empty(record[column]) if mode is ImportMode.FILL
                        else record[column] != value)}
        result.append(replace(row, values=changes) if changes else replace(
            row, action="skip", reason=message("import_row.up_to_date", how=row.reason).text()))
    return result
