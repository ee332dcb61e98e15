"""SQL text lives under rrr_desktop/models/ only; everything else calls named queries.

The check parses every module and looks at its string constants (f-strings with
their placeholders filled by ``{}``), docstrings aside, for SQL statements and
SQLite-only syntax; it also refuses ``import sqlite3`` and SQLAlchemy's
``text()``/``exec_driver_sql`` outside ``models/``, the doors raw SQL would come in by.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "rrr_desktop"
OWNER = "models"

SQL_PATTERNS = tuple(re.compile(pattern) for pattern in (
    r"\bSELECT\b[\s\S]*\bFROM\b",
    r"^\s*SELECT\s",
    r"\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b",
    r"\bUPDATE\s+\w+\s+SET\b",
    r"\bDELETE\s+FROM\b",
    r"\b(CREATE|DROP)\s+(UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b",
    r"\bPRAGMA\s+\w+",
    r"\bON\s+CONFLICT\b",
    r"\bjson_(each|set|extract)\s*\(",
    r"\bWHERE\s+[\w.]+\s*(=|>=|<=|!=|<|>|\bIN\b|\bIS\b)",
    r"\b(ORDER|GROUP)\s+BY\s+[\w.]+",
    r"\bCASE\s+WHEN\b",
    r"\bCOLLATE\s+\w+",
))
FORBIDDEN_CALLS = ("exec_driver_sql", "executemany", "executescript")


def _docstrings(tree: ast.AST) -> set[int]:
    """``id()`` of every docstring node: prose may mention SQL words."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _texts(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string constant and f-string outside docstrings."""
    skipped = _docstrings(tree)
    inside_fstrings: set[int] = set()
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for part in node.values:
                inside_fstrings.add(id(part))
                parts.append(part.value if isinstance(part, ast.Constant) else "{}")
            texts.append((node.lineno, "".join(str(p) for p in parts)))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and id(node) not in skipped and id(node) not in inside_fstrings):
            texts.append((node.lineno, node.value))
    return texts


def sql_in(source: str) -> list[str]:
    """What in ``source`` looks like raw SQL or a door for it, one line each."""
    tree = ast.parse(source)
    found = [f"line {line}: {text.strip()[:60]!r}" for line, text in _texts(tree)
             if any(pattern.search(text) for pattern in SQL_PATTERNS)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
            found.append(f"line {node.lineno}: import sqlite3")
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
            found.append(f"line {node.lineno}: from sqlite3 import")
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlalchemy" and any(
                a.name == "text" for a in node.names):
            found.append(f"line {node.lineno}: from sqlalchemy import text")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_CALLS:
            found.append(f"line {node.lineno}: {node.attr}")
    return found


def violations(package: Path = PACKAGE) -> dict[str, list[str]]:
    found = {}
    for source in sorted(package.rglob("*.py")):
        relative = source.relative_to(package)
        if relative.parts[0] == OWNER:
            continue
        hits = sql_in(source.read_text(encoding="utf-8"))
        if hits:
            found[relative.as_posix()] = hits
    return found


def test_no_sql_text_outside_models() -> None:
    assert violations() == {}


@pytest.mark.parametrize("planted", [
    'rows = connection.execute("SELECT id, name FROM city WHERE is_ours = 1")',
    'sql = f"SELECT {columns} FROM stakeholder s{where}"',
    'clause = "EXISTS (SELECT 1 FROM stakeholder_topic st WHERE st.topic_id = ?)"',
    'execute("INSERT INTO trusted_sender (city_uuid) VALUES (?) ON CONFLICT (city_uuid) '
    'DO NOTHING")',
    'execute("UPDATE stakeholder SET archived = 1 WHERE id = ?", (1,))',
    'execute("DELETE FROM practice WHERE city_id = ?", (1,))',
    'order = "s.sort_name COLLATE NOCASE"',
    'connection.execute("PRAGMA foreign_keys = ON")',
    'import sqlite3',
    'from sqlalchemy import select, text',
    'session.connection().exec_driver_sql("x")',
    'cursor.executemany(statement, rows)',
])
def test_the_check_catches_planted_sql(planted: str, tmp_path: Path) -> None:
    service = tmp_path / "rrr_desktop" / "services" / "stakeholders" / "planted.py"
    service.parent.mkdir(parents=True)
    service.write_text(f'"""A service."""\n\n{planted}\n', encoding="utf-8")
    assert list(violations(tmp_path / "rrr_desktop")) == ["services/stakeholders/planted.py"]


@pytest.mark.parametrize("innocent", [
    '"""Reads with SELECT ... FROM city WHERE id = ?, in a docstring."""',
    'label = self.tr("Select the file to import from")',
    'message = "Update the website, then save."',
    'hint = "Delete from the list with the Delete key"',
])
def test_prose_and_docstrings_are_not_sql(innocent: str) -> None:
    assert sql_in(innocent) == []


def test_the_owner_may_hold_sql(tmp_path: Path) -> None:
    query = tmp_path / "rrr_desktop" / "models" / "queries" / "cities.py"
    query.parent.mkdir(parents=True)
    query.write_text('SQL = "SELECT id FROM city WHERE is_ours = 1"\n', encoding="utf-8")
    assert violations(tmp_path / "rrr_desktop") == {}
