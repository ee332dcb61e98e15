"""The fast insert of imported stakeholders stores exactly what the ORM would store."""

from __future__ import annotations

import csv
import gc
import io
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from rrr_desktop.models.base import utcnow
from rrr_desktop.models.database import Database
from rrr_desktop.models.entities import Stakeholder, StakeholderKind
from rrr_desktop.models.queries import codecs
from rrr_desktop.models.queries import stakeholder_import as stakeholder_import_queries
from rrr_desktop.services.home import Home
from rrr_desktop.services.stakeholders.importing.applying import apply_import, undo_import
from rrr_desktop.services.stakeholders.importing.delimited import read_csv_bytes
from rrr_desktop.services.stakeholders.importing.importer import ImportMode, plan_import

HEADER = ["Name", "Type", "Sector", "Description", "Website", "Email", "Tags", "Latitude",
          "Country", "Contact"]
_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
_rows = st.lists(st.tuples(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
    .filter(str.strip),
    st.sampled_from(["", "Cooperativa", "Fundación", "Social enterprise", "???"]),
    st.sampled_from(["", "Agriculture", "housing; food", "Energía"]),
    _text, st.sampled_from(["", "www.Ünï.coop/x"]), st.sampled_from(["", "A@B.org"]),
    _text, st.sampled_from(["", "43,26", "-2.5"]), st.sampled_from(["", "uk", "España"]),
    _text), min_size=1, max_size=6)


def stored(db: Database, where: str) -> list[tuple[object, ...]]:
    """Every column but id and uuid, each with the type SQLite stored it as."""
    connection = sqlite3.connect(db.path)
    try:
        names = [row[1] for row in connection.execute("PRAGMA table_info(stakeholder)")
                 if row[1] not in ("id", "uuid")]
        select = ", ".join(f"{name}, typeof({name})" for name in names)
        return connection.execute(
            f"SELECT {select} FROM stakeholder WHERE {where} ORDER BY id").fetchall()
    finally:
        connection.close()


def csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADER, *rows])
    return buffer.getvalue().encode()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_rows, st.booleans())
def test_imported_rows_equal_what_the_orm_stores(home: Home, rows: list[tuple[str, ...]],
                                                 share: bool) -> None:
    table = read_csv_bytes(csv_bytes(rows), "list.csv")
    plan = plan_import(home.db, table, "list.csv", share=share)
    summary = apply_import(home.db, plan)
    if plan.counts["add"] == 0:  # nothing to write: no import batch either
        assert summary.batch_id is None
        return
    assert summary.batch_id is not None
    created = stored(home.db, f"import_batch_id = {summary.batch_id}")
    # The same values through the ORM, with the same batch, time and sharing.
    with home.db.reading() as connection:
        (stamp,) = connection.execute("SELECT imported_at FROM import_batch WHERE id = ?",
                                      (summary.batch_id,)).fetchone()
    moment = _aware(str(stamp))
    with home.db.session() as session:
        for row in plan.rows:
            if row.action == "add":
                values = {"kind": StakeholderKind.OTHER, **row.values}
                session.add(Stakeholder(**values, import_batch_id=None, shareable=share,
                                        created_at=moment, updated_at=moment))
    orm = stored(home.db, "import_batch_id IS NULL AND id > (SELECT max(id) FROM stakeholder "
                          f"WHERE import_batch_id = {summary.batch_id})")
    batch_column = [row[1] for row in _columns(home.db)].index("import_batch_id")
    assert [_without(r, batch_column) for r in created] == [_without(r, batch_column)
                                                             for r in orm]
    assert all(r[2 * batch_column] == summary.batch_id for r in created)


def _columns(db: Database) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(db.path)
    try:
        return [row for row in connection.execute("PRAGMA table_info(stakeholder)")
                if row[1] not in ("id", "uuid")]
    finally:
        connection.close()


def _without(row: tuple[object, ...], column: int) -> tuple[object, ...]:
    return row[:2 * column] + row[2 * column + 2:]


def _aware(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_stored_time_is_sqlalchemys_format() -> None:
    moment = utcnow()
    assert codecs.stored_time(moment) == (
        moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"))


def index_sql(db: Database) -> list[tuple[str, str]]:
    connection = sqlite3.connect(db.path)
    try:
        return sorted(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'stakeholder'").fetchall())
    finally:
        connection.close()


def test_a_big_import_rebuilds_the_indexes_and_undo_takes_it_back(
        home: Home, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(stakeholder_import_queries, "REBUILD_INDEXES_FROM", 50)
    indexes = index_sql(home.db)
    rows = [(f"Bakery {n}", "Cooperativa", "", "Bread", f"bakery{n}.coop", "", "", "", "", "")
            for n in range(200)]
    plan = plan_import(home.db, read_csv_bytes(csv_bytes(rows), "big.csv"), "big.csv")
    summary = apply_import(home.db, plan)
    assert summary.added == 200
    assert index_sql(home.db) == indexes
    connection = sqlite3.connect(home.db.path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        found = connection.execute(
            "SELECT count(*) FROM stakeholder INDEXED BY ix_stakeholder_website "
            "WHERE website = 'https://bakery7.coop'").fetchone()
        assert found == (1,)
    finally:
        connection.close()
    assert summary.batch_id is not None
    assert undo_import(home.db, summary.batch_id) == 200
    assert stored(home.db, "name LIKE 'Bakery %'") == []


def test_a_failing_insert_leaves_no_row_and_every_index(
        home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stakeholder_import_queries, "REBUILD_INDEXES_FROM", 1)
    indexes = index_sql(home.db)
    rows = [(f"Dairy {n}", "Cooperativa", "", "", "", "", "", "", "", "") for n in range(3)]
    plan = plan_import(home.db, read_csv_bytes(csv_bytes(rows), "x.csv"), "x.csv")
    monkeypatch.setattr(stakeholder_import_queries, "_INSERT",
                        "INSERT INTO nowhere ({columns}) VALUES ({values})")
    with pytest.raises(sqlite3.OperationalError):
        apply_import(home.db, plan)
    assert index_sql(home.db) == indexes
    assert stored(home.db, "name LIKE 'Dairy %'") == []


def test_a_cancelled_import_changes_nothing(home: Home) -> None:
    from rrr_desktop.progress import Cancelled

    rows = [(f"Cider {n}", "Cooperativa", "", "", "", "", "", "", "", "") for n in range(300)]
    plan = plan_import(home.db, read_csv_bytes(csv_bytes(rows), "c.csv"), "c.csv")
    with pytest.raises(Cancelled):
        apply_import(home.db, plan, cancelled=lambda: True)
    assert stored(home.db, "1") == []
    with home.db.reading() as connection:
        assert connection.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
    assert apply_import(home.db, plan).added == 300  # the same plan still applies


def test_the_columns_plain_sql_writes_are_the_entitys() -> None:
    columns = Stakeholder.__table__.columns
    named = tuple(column.name for column in columns if column.name != "id")
    lengths = {column.name: column.type.length for column in columns
               if getattr(column.type, "length", None)}
    assert (named, lengths) == (stakeholder_import_queries.INSERT_COLUMNS,
                                stakeholder_import_queries.COLUMN_LENGTHS)


UPDATE_HEADER = ["Name", "ID", "Type", "Tags", "Latitude", "Consent", "Email"]


def test_an_updated_record_is_stored_as_the_orm_stores_the_same_values(home: Home) -> None:
    """Plain SQL sets what the ORM would: JSON lists, days, flags, folded texts, the next
    revision and the time, byte for byte."""
    with home.db.session() as session:
        for external_id in ("Q-1", "Q-2"):
            session.add(Stakeholder(name="Old Mill", kind=StakeholderKind.OTHER,
                                    external_id=external_id, tags=["heritage"]))
    data = io.StringIO()
    csv.writer(data).writerows([UPDATE_HEADER, ["Old Mill Co-op", "Q-1", "Cooperativa",
                                                "energy; Łódź", "43.26", "yes",
                                                "mill@example.coop"]])
    plan = plan_import(home.db, read_csv_bytes(data.getvalue().encode(), "update.csv"),
                       "update.csv", mode=ImportMode.UPDATE)
    assert plan.counts["update"] == 1
    apply_import(home.db, plan)
    with home.db.session() as session:
        updated, twin = (session.scalars(select(Stakeholder).where(
            Stakeholder.external_id == external_id)).one() for external_id in ("Q-1", "Q-2"))
        assert updated.revision == 2 and updated.consent_on is not None
        for column in plan.rows[0].values:
            setattr(twin, column, getattr(updated, column))
        twin.updated_at = updated.updated_at
    names = [row[1] for row in _columns(home.db)]
    ours, orms = ({name: (value, kind) for name, value, kind in zip(
        names, row[::2], row[1::2], strict=True) if name not in ("external_id", "created_at")}
        for row in (stored(home.db, f"external_id = '{external_id}'")[0]
                    for external_id in ("Q-1", "Q-2")))
    assert ours == orms


@pytest.mark.usefixtures("automatic_collection")
def test_the_cycle_collector_rests_while_an_import_is_written(home: Home) -> None:
    """Thousands of rows of values stay alive until the import commits: the collector
    would walk them again and again. It is back on afterwards."""
    rows = [(f"Co-op {n}", "", "", "", "", "", "", "", "", "") for n in range(3_000)]
    plan = plan_import(home.db, read_csv_bytes(csv_bytes(rows), "big.csv"), "big.csv")
    collecting: list[bool] = []

    def cancelled() -> bool:  # asked every few thousand steps of SQLite's work
        collecting.append(gc.isenabled())
        return False

    apply_import(home.db, plan, cancelled)
    assert collecting and not any(collecting)
    assert gc.isenabled()
