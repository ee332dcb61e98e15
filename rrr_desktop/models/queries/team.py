"""PostgreSQL only: the statements a team database needs around the shared ones.

Writers take their turn with a transaction-level advisory lock (released at commit or
rollback, even when a client vanishes), as SQLite's ``BEGIN IMMEDIATE`` makes them do
on a file: the services read, decide and write in one transaction and may rely on no
one writing in between. Readers are never blocked. The schema facts come from
PostgreSQL's catalogue (the ``sqlite_master`` of a team database).
"""

from __future__ import annotations

from rrr_desktop.models.queries import Connection

# Advisory lock keys (any two fixed 64-bit numbers, the same for every RRR Desktop).
WRITER_LOCK = 0x5252_5244_0001
MIGRATION_LOCK = 0x5252_5244_0002


def begin_reading(connection: Connection) -> None:
    """Begin a read-only snapshot (as SQLite's read transaction is): every query inside
    sees the same committed state. ``connection`` is in autocommit mode (``team_reads``)."""
    connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def take_writer_lock(connection: Connection) -> None:
    """Wait (up to the session's ``lock_timeout``) for the other writers to finish."""
    connection.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))


def take_migration_lock(connection: Connection) -> None:
    connection.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))


def writer_lock_holder(connection: Connection) -> tuple[str, str, str] | None:
    """(role, application name, client address) of the session holding the writer lock."""
    key = WRITER_LOCK
    row = connection.execute(
        "SELECT a.usename, a.application_name, coalesce(host(a.client_addr), '') "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = "
        "'advisory' AND l.granted AND l.classid = ? AND l.objid = ? LIMIT 1",
        (key >> 32, key & 0xFFFF_FFFF)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]))


def table_names(connection: Connection) -> set[str]:
    """The tables of the schema the connection works in."""
    return {str(name) for (name,) in connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}


def schema_revision(connection: Connection) -> str | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def secondary_indexes(connection: Connection, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the indexes on ``table`` that no constraint
    owns (not its primary key, nor its unique constraints)."""
    return [(str(name), str(sql)) for name, sql in connection.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
        "current_schema() AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conname = i.indexname)", (table,))]


def read_only_role(connection: Connection) -> bool:
    """Whether the officer's role may not change the register."""
    (allowed,) = connection.execute(
        "SELECT has_table_privilege(current_user, 'stakeholder', 'INSERT')").fetchone()
    return not allowed


def current_role(connection: Connection) -> str:
    """The role the officer logged in with."""
    (role,) = connection.execute("SELECT current_user").fetchone()
    return str(role)


def follow_copied_ids(connection: Connection, table: str, column: str) -> None:
    """Make ``table``'s own numbering of ``column`` go on after the ids copied into it."""
    connection.execute(
        "SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(" + column + "), 0) + 1, "
        "false) FROM " + table, (table, column))


def server_version(connection: Connection) -> str:
    (version,) = connection.execute("SHOW server_version").fetchone()
    return str(version).split()[0]


CHANGES_CHANNEL = "rrr_desktop_changes"


def announce_change(connection: Connection, writer: str) -> None:
    """Tell the other officers' windows, at this transaction's commit, that the register
    changed (``writer`` names this process, so that its own window can ignore it)."""
    connection.execute("SELECT pg_notify(?, ?)", (CHANGES_CHANNEL, writer))


def listen_for_changes(connection: Connection) -> None:
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
