"""The layers import one way only: views -> services -> models; Qt only in views."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "rrr_desktop"

# layer -> import prefixes it must never use
FORBIDDEN = {
    "models": ("PySide6", "rrr_desktop.services", "rrr_desktop.views", "rrr_desktop.cli"),
    "services": ("PySide6", "rrr_desktop.views", "rrr_desktop.cli"),
    "views": ("sqlalchemy", "alembic", "rrr_desktop.models", "rrr_desktop.cli"),
    "cli": ("PySide6", "sqlalchemy", "alembic", "rrr_desktop.models", "rrr_desktop.views"),
    "": ("PySide6", "sqlalchemy", "alembic", "rrr_desktop.models", "rrr_desktop.services"),
}


def imported_modules(source: Path) -> list[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def layer_of(source: Path, package: Path = PACKAGE) -> str:
    relative = source.relative_to(package)
    return relative.parts[0] if len(relative.parts) > 1 else ""


def violations(package: Path = PACKAGE) -> list[str]:
    found = []
    for source in sorted(package.rglob("*.py")):
        layer = layer_of(source, package)
        if layer == "" and source.name == "__main__.py":
            continue  # the entry point dispatches to the CLI or the views
        for module in imported_modules(source):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{source.relative_to(package)} imports {module}")
    return found


def test_no_module_imports_across_the_layer_rules() -> None:
    assert violations() == []


@pytest.mark.parametrize(("layer", "statement"), [
    ("views", "from sqlalchemy.orm import Session"),
    ("views", "import rrr_desktop.models.city"),
    ("services", "from PySide6.QtCore import QObject"),
    ("models", "from rrr_desktop.services import cities"),
    ("views", "from rrr_desktop.cli.runner import run_command"),
])
def test_the_rule_check_catches_a_crossing(tmp_path: Path, layer: str, statement: str) -> None:
    (tmp_path / layer).mkdir()
    (tmp_path / layer / "bad.py").write_text(f"def f():\n    {statement}\n")
    assert len(violations(tmp_path)) == 1


def test_every_source_file_belongs_to_a_known_layer() -> None:
    assert {layer_of(p) for p in PACKAGE.rglob("*.py")} <= set(FORBIDDEN)


# Each layer shows the product: one folder per feature, and only these few modules on top.
TOP_LEVEL_MODULES = {
    "services": {"__init__", "home", "dto", "reference", "validation", "vocabulary"},
    "views": {"__init__", "app", "startup", "main_window", "first_run", "settings", "smoke"},
    "cli": {"__init__", "parser", "runner", "words"},
}
FEATURES = {"profile", "stakeholders", "exchange", "peers", "groups", "briefs"}


@pytest.mark.parametrize("layer", sorted(TOP_LEVEL_MODULES))
def test_each_layer_is_grouped_by_feature(layer: str) -> None:
    top = {p.stem for p in (PACKAGE / layer).glob("*.py")}
    assert top <= TOP_LEVEL_MODULES[layer]
    folders = {p.name for p in (PACKAGE / layer).iterdir()
               if p.is_dir() and p.name != "__pycache__"}
    assert FEATURES - {"groups"} <= folders
