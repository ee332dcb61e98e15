"""Every rejection raised in ``rrr_desktop`` names a catalogue code, not a sentence.

The scan reads the source (AST): each call of ``RejectedInput`` or one of its
subclasses must pass a string literal that ``resources/messages/en.json`` knows as
its first argument; a subclass with its own ``__init__`` is checked where it calls
``super().__init__``.
"""

from __future__ import annotations

import ast
from collections.abc import Collection
from pathlib import Path

from rrr_desktop.messages import catalogue, plurals

PACKAGE = Path(__file__).resolve().parents[2] / "rrr_desktop"
ROOT_ERRORS = {"RejectedInput"}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def error_classes(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """Names of ``RejectedInput`` and its subclasses, and those with their own ``__init__``."""
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    errors, grew = set(ROOT_ERRORS), True
    while grew:
        found = {c.name for c in classes if any(_name(b) in errors for b in c.bases)}
        grew = not found <= errors
        errors |= found
    own_init = {c.name for c in classes if c.name in errors - ROOT_ERRORS
                and (init := _init_of(c)) is not None and not _passes_code_through(init)}
    return errors, own_init


def _init_of(cls: ast.ClassDef) -> ast.FunctionDef | None:
    return next((item for item in cls.body
                 if isinstance(item, ast.FunctionDef) and item.name == "__init__"), None)


def _passes_code_through(init: ast.FunctionDef) -> bool:
    """``def __init__(self, code, /, ...): super().__init__(code, ...)``: the code comes
    from the caller, so the calls of the class are checked instead."""
    params = [*init.args.posonlyargs, *init.args.args][1:]
    return bool(params) and params[0].arg == "code" and any(
        isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
        and call.func.attr == "__init__" and call.args
        and isinstance(call.args[0], ast.Name) and call.args[0].id == "code"
        for call in ast.walk(init))


def _code_problem(call: ast.Call, known: Collection[str]) -> str | None:
    first = call.args[0] if call.args else None
    if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
        return "passes no code literal"
    return None if first.value in known else f"uses {first.value!r}, not in the catalogue"


def rejections_without_codes(sources: dict[str, str], known: Collection[str]) -> list[str]:
    """``file:line: problem`` for each rejection that does not name a known code."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    errors, own_init = error_classes(list(trees.values()))
    problems = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in own_init:
                calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)
                         and isinstance(c.func, ast.Attribute) and c.func.attr == "__init__"]
                checked = calls
            elif isinstance(node, ast.Call) and _name(node.func) in errors - own_init:
                checked = [node]
            else:
                continue
            for call in checked:
                problem = _code_problem(call, known)
                if problem:
                    problems.append(f"{name}:{call.lineno}: {problem}")
    return problems


def test_every_rejection_in_the_app_names_a_catalogue_code() -> None:
    sources = {str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8")
               for path in sorted(PACKAGE.rglob("*.py"))}
    assert rejections_without_codes(sources, {*catalogue("en"), *plurals("en")}) == []


def test_the_scan_catches_a_sentence_an_unknown_code_and_a_subclass() -> None:
    planted = {
        "errors.py": "class RejectedInput(Exception): ...\n",
        "bundle.py": (
            "class BundleRejected(RejectedInput): ...\n"
            "class Refused(BundleRejected):\n"
            "    def __init__(self, name):\n"
            "        super().__init__(f'{name} was refused')\n"
            "def check(path):\n"
            "    raise RejectedInput(f'The file {path} is empty.')\n"
            "def other():\n"
            "    raise BundleRejected('bundle.no_such_code', field='x')\n"
            "def fine():\n"
            "    raise BundleRejected('database.newer', database='x')\n"
            "class Passing(BundleRejected):\n"
            "    def __init__(self, code, /, **params):\n"
            "        super().__init__(code, **params)\n"
            "def passed(name):\n"
            "    raise Passing(f'{name} is bad')\n"
        ),
    }
    assert rejections_without_codes(planted, set(catalogue("en"))) == [
        "bundle.py:4: passes no code literal",
        "bundle.py:6: passes no code literal",
        "bundle.py:8: uses 'bundle.no_such_code', not in the catalogue",
        "bundle.py:15: passes no code literal",
    ]
