"""Import a stakeholder list: plan it, apply it in one transaction, and undo it whole.

:func:`plan_import` reads the register once and decides, row by row and in plain
Python, what would happen; nothing is written, so the plan doubles as the dry run
and the preview. :func:`apply_import` writes a plan in one transaction with one
bulk statement per table, whatever the number of rows, and records an
:class:`ImportBatch` with the previous values of every field it changed, so that
:func:`undo_import` can take the whole import back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal, cast

from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import RejectedInput
from rrr_desktop.messages import message
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import stakeholder_import as queries
from rrr_desktop.models.queries.codecs import SEARCHED_COLUMNS, folded_search_text
from rrr_desktop.models.vocabulary import CollaborationStage, StakeholderKind
from rrr_desktop.progress import CancelCheck, Cancelled, stop_if_cancelled
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
from rrr_desktop.services.stakeholders.importing.write import insert_new_stakeholders
from rrr_desktop.text import normalise

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


@dataclass(frozen=True)
class ImportSummary:
    batch_id: int | None
    added: int
    updated: int  # updated and filled
    skipped: int
    failed: int
    failures: tuple[RowProblem, ...]
    personal_data_rows: int = 0
    warnings: tuple[RowProblem, ...] = ()  # values left out of rows imported all the same
    headings: int = 0  # rows set aside as section headings
    lines_left_out: int = 0  # rows holding no stakeholder (blank rows, titles)


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


@collector_paused()
def apply_import(db: Database, plan: ImportPlan,
                 cancelled: CancelCheck | None = None) -> ImportSummary:
    """Write the plan in one transaction: all of it, or nothing if anything goes wrong.

    Raises :class:`RejectedInput` if the register changed since the plan was made, and
    :class:`~rrr_desktop.progress.Cancelled` (having written nothing) once ``cancelled()``
    returns true, which is asked every few thousand steps of SQLite's work.
    """
    try:
        return _apply(db, plan, cancelled or (lambda: False))
    except queries.INTERRUPTED as error:
        if cancelled is not None and cancelled():  # SQLite's "interrupted"
            raise Cancelled from error
        raise


def _apply(db: Database, plan: ImportPlan, cancelled: CancelCheck) -> ImportSummary:
    counts = plan.counts
    if counts["add"] + counts["update"] + counts["fill"] == 0:  # nothing to write: no batch
        return ImportSummary(None, 0, 0, counts["skip"], counts["fail"], plan.failures,
                             warnings=plan.warnings, headings=len(plan.headings),
                             lines_left_out=len(plan.skipped_lines))
    now = datetime.now(UTC)
    updated = counts["update"] + counts["fill"]
    with db.writing() as connection:  # plain SQL throughout: the ORM is never loaded
        queries.check_cancelled(connection, cancelled)
        if queries.register_state(connection) != plan.register_state:
            raise RejectedInput("import.register_changed", file=plan.file_name)
        batch_id = queries.add_import_batch(
            connection, file_name=plan.file_name[:500], mode=plan.mode.value, imported_at=now,
            added=counts["add"], updated=updated, skipped=counts["skip"],
            failed=counts["fail"])
        new_ids, topic_links = _insert_added(connection, plan, batch_id, now, db.officer)
        if topic_links:
            queries.link_topics(connection, topic_links)
        changed = {row.match_id: _with_organisation_id(row.values, new_ids) for row in plan.rows
                   if row.action in ("update", "fill") and row.match_id is not None}
        if changed:
            previous = _set_values(connection, changed, now, db.officer)
            queries.add_import_changes(connection, batch_id, previous)
        queries.check_cancelled(connection, None)
        stop_if_cancelled(cancelled)
    return ImportSummary(batch_id, counts["add"], updated, counts["skip"], counts["fail"],
                         plan.failures, plan.personal_data_rows, plan.warnings,
                         len(plan.headings), len(plan.skipped_lines))


def _insert_added(connection: Connection, plan: ImportPlan, batch_id: int, now: datetime,
                  officer: str | None) -> tuple[dict[int, int], list[tuple[int, str]]]:
    """Insert the new organisations, then the new persons linked to them; returns the ids
    of the new organisations by minus their row number, as persons' rows refer to them,
    and the links of the new records to their topics."""
    added = [row for row in plan.rows if row.action == "add"]
    organisations = [row for row in added if not row.values.get("is_person")]
    persons = [row for row in added if row.values.get("is_person")]
    uuids = insert_new_stakeholders(connection, [row.values for row in organisations],
                                    batch_id=batch_id, share=plan.share, now=now,
                                    changed_by=officer)
    with_topics = any("topic_ids" in row.values for row in added)
    new_ids: dict[int, int] = {}
    if with_topics or any(_new_organisation(row.values) for row in plan.rows):
        ids = queries.ids_by_uuid(connection, batch_id)
        new_ids = {-row.row_number: ids[uuid]
                   for row, uuid in zip(organisations, uuids, strict=True)}
    person_uuids = insert_new_stakeholders(
        connection, [_with_organisation_id(row.values, new_ids) for row in persons],
        batch_id=batch_id, share=plan.share, now=now, changed_by=officer)
    if not with_topics:
        return new_ids, []
    ids = queries.ids_by_uuid(connection, batch_id)
    rows_by_uuid = zip([*organisations, *persons], [*uuids, *person_uuids], strict=True)
    return new_ids, [(ids[uuid], topic) for row, uuid in rows_by_uuid
                     for topic in cast("list[str]", row.values.get("topic_ids", []))]


def _new_organisation(values: dict[str, object]) -> bool:
    """Whether these values link a person to an organisation the same import adds."""
    organisation = values.get("organisation_id")
    return isinstance(organisation, int) and organisation < 0


def _with_organisation_id(values: dict[str, object],
                          new_ids: dict[int, int]) -> dict[str, object]:
    if not _new_organisation(values):
        return values
    return {**values, "organisation_id": new_ids[cast(int, values["organisation_id"])]}


def _set_values(connection: Connection, changes: dict[int, dict[str, object]],
                now: datetime, officer: str | None) -> dict[int, dict[str, object]]:
    """Give stakeholders new values, changed by ``officer``; returns the values they had
    before, by id."""
    columns = sorted({*SEARCHED_COLUMNS, "revision"}.union(*changes.values()))
    current = queries.current_values(connection, changes, columns)
    previous = {}
    rows = []
    for record_id, values in changes.items():
        previous[record_id] = {column: current[record_id][column] for column in values}
        merged = {**current[record_id], **values}
        rows.append({"id": record_id, **values, "search_text": folded_search_text(merged),
                     "sort_name": normalise(str(merged["name"])),
                     # Plain SQL skips the ORM's revision listener: count the change here.
                     "revision": int(str(current[record_id]["revision"])) + 1,
                     "changed_by": officer})
    queries.set_values(connection, rows, now)
    return previous


def undo_import(db: Database, batch_id: int) -> int:
    """Delete the stakeholders an import added and give back the values it changed.

    Kept simple on purpose: what the import added goes, with any interaction recorded
    on it since, and a field it changed gets its old value back even if it was edited
    again later. Returns the number of stakeholders deleted or restored; an unknown or
    already undone import is refused with :class:`RejectedInput`.
    """
    from sqlalchemy import delete, func, select

    from rrr_desktop.models.stakeholder import ImportBatch, ImportChange, Stakeholder

    with db.session() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise RejectedInput("import.no_such_batch", number=batch_id)
        if batch.undone_at is not None:
            raise RejectedInput("import.already_undone", file=batch.file_name, number=batch_id,
                                when=f"{batch.undone_at:%Y-%m-%d %H:%M}")
        now = datetime.now(UTC)
        added = Stakeholder.import_batch_id == batch_id
        deleted = session.scalar(select(func.count()).where(added)) or 0
        session.execute(delete(Stakeholder).where(added)
                        .execution_options(synchronize_session=False))
        previous = dict(session.execute(
            select(ImportChange.stakeholder_id, ImportChange.previous)
            .where(ImportChange.batch_id == batch_id)).all())
        if previous:
            _set_values(driver_connection(session), previous, now, db.officer)
        batch.undone_at = now
    return deleted + len(previous)
