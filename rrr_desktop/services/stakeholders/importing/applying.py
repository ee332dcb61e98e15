"""Write an import plan in one transaction, and take a whole import back.

:func:`apply_import` writes a plan (:mod:`.importer`) with one bulk statement per
table, whatever the number of rows, and records an :class:`ImportBatch` with the
previous values of every field it changed, so that :func:`undo_import` can take the
whole import back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from rrr_desktop.collector import collector_paused
from rrr_desktop.errors import RejectedInput
from rrr_desktop.models.database import Database
from rrr_desktop.models.queries import Connection, driver_connection
from rrr_desktop.models.queries import stakeholder_import as queries
from rrr_desktop.models.queries.codecs import SEARCHED_COLUMNS, folded_search_text
from rrr_desktop.progress import CancelCheck, Cancelled, stop_if_cancelled
from rrr_desktop.services.stakeholders.importing.importer import ImportPlan, RowProblem
from rrr_desktop.services.stakeholders.importing.write import insert_new_stakeholders
from rrr_desktop.text import normalise


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
