"""A value Python cannot hold (a 5,000-digit number, 31 February) or a rule a record
breaks is refused in the officer's words, naming the field: never Python's or
pydantic's English text."""

from __future__ import annotations

import ast
import uuid
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from rrr_desktop.messages import catalogue
from rrr_desktop.services.exchange.container import BundleRejected, write_bundle
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml
from rrr_desktop.services.exchange.group_content import BundleGroup, BundleMeeting
from rrr_desktop.services.exchange.importing import inspect_bundle
from rrr_desktop.services.home import Home
from rrr_desktop.services.validation import describe_validation_error
from tests.factories import KEY, SENDER, city_card

PACKAGE = Path(__file__).parents[2] / "rrr_desktop"
PYTHON_TEXT = ("Exceeds the limit", "set_int_max_str_digits", "out of range for month",
               "Value error", "Input should", "List should")


@pytest.mark.parametrize(("value", "field", "problem"), [
    (b"2026-02-31T10:00:00Z", "city.updated_at",
     "city.updated_at: 2026-02-31T10:00:00Z no es una fecha u hora del calendario"),
    (b"9" * 5000, "city.updated_at", "city.updated_at: un número de 5000 cifras"),
])
def test_a_bundle_member_with_a_value_python_cannot_hold_names_its_field(
        bilbao: Home, tmp_path: Path, value: bytes, field: str, problem: str) -> None:
    card = dump_yaml(city_card()).replace(b"'2026-11-01T10:00:00Z'", value)
    assert value in card
    path = tmp_path / "odd.rrrbundle"
    write_bundle(path, SENDER, {"profile.yaml": card}, KEY, "test")
    with pytest.raises(BundleRejected) as refusal:
        inspect_bundle(bilbao.db, path)
    assert refusal.value.field == field
    spanish = refusal.value.text("es")
    assert problem in spanish
    assert not any(text in spanish for text in PYTHON_TEXT)


def _group(**changes: Any) -> dict[str, Any]:
    ours, theirs = str(uuid.uuid4()), str(uuid.uuid4())
    return {"uuid": str(uuid.uuid4()), "revision": 1, "updated_at": "2026-11-01T10:00:00Z",
            "name": "Impact finance", "lead": ours,
            "members": [{"city_uuid": ours, "name": "Bilbao", "country_code": "ES"},
                        {"city_uuid": theirs, "name": "Rotterdam", "country_code": "NL"}],
            **changes}


@pytest.mark.parametrize(("schema", "record", "spanish"), [
    (BundleGroup, _group(lead=str(uuid.uuid4())),
     "la ciudad coordinadora no es uno de los miembros"),
    (BundleGroup, _group(members=[_group()["members"][0]] * 2), "un miembro figura dos veces"),
    (BundleGroup, _group(members=[]), "La lista debe tener al menos 1 elementos"),
    (BundleMeeting, {"uuid": str(uuid.uuid4()), "revision": 1,
                     "updated_at": "2026-11-01T10:00:00Z", "group": str(uuid.uuid4()),
                     "starts_at": "2027-01-01T10:00:00Z", "time_zone": "Mars/Olympus"},
     "no es una zona horaria IANA"),
])
def test_record_rules_are_said_in_the_officers_language(
        schema: Any, record: dict[str, Any], spanish: str) -> None:
    with pytest.raises(ValidationError) as problem:
        schema.model_validate(record)
    text = describe_validation_error(problem.value, "groups").text("es")
    assert spanish in text
    assert not any(python in text for python in PYTHON_TEXT)


def test_every_custom_pydantic_problem_has_words_in_the_catalogue() -> None:
    """A ``PydanticCustomError`` needs a ``pydantic.<type>`` text (else its English shows),
    and a validator never raises a bare ``ValueError`` (shown as "Value error, ...")."""
    codes, bare = set(), []
    for module in PACKAGE.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        uses_pydantic = "pydantic" in module.read_text(encoding="utf-8")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "")
                    == "PydanticCustomError" and isinstance(node.args[0], ast.Constant)):
                codes.add(f"pydantic.{node.args[0].value}")
            if (uses_pydantic and isinstance(node, ast.FunctionDef)
                    and any("validator" in ast.unparse(d) for d in node.decorator_list)):
                bare += [f"{module.name}:{node.name}" for raised in ast.walk(node)
                         if isinstance(raised, ast.Raise) and raised.exc is not None
                         and "ValueError(" in ast.unparse(raised.exc)]
    assert codes and codes <= set(catalogue("en"))
    assert bare == []
