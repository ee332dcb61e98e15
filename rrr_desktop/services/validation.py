"""Turn pydantic's validation errors into messages a person can act on, in their language.

Each problem is a :class:`~rrr_desktop.messages.Message` ``validation.problem`` with the
``path`` of the field (``cities[3].country``) and the ``problem`` (a ``pydantic.<type>``
code filled from pydantic's context; a type the catalogue does not know keeps
pydantic's English text). A refusal carries the list in its ``problems`` parameter,
so a form can mark each field without reading the text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from rrr_desktop.messages import Message, catalogue, message

MAX_PROBLEMS_SHOWN = 3

Explain = Callable[[ErrorDetails], Message | None]


def field_path(location: tuple[int | str, ...]) -> str:
    """``("cities", 3, "country")`` -> ``cities[3].country``."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def choices(context: Mapping[str, Any]) -> str:
    """pydantic's "'idea', 'pilot' or 'running'" as "idea, pilot, running"."""
    return str(context.get("expected", "")).replace("'", "").replace(" or ", ", ")


def context_of(error: ErrorDetails) -> dict[str, str]:
    """pydantic's context as written (``max_length`` 10000 stays "10000"), with ``choices``."""
    context = {name: str(value) for name, value in error.get("ctx", {}).items()}
    return {**context, "choices": choices(context)}


def pydantic_problem(error: ErrorDetails) -> Message:
    """The problem of one pydantic error as a catalogue message (``pydantic.<type>``)."""
    code = f"pydantic.{error['type']}"
    if code not in catalogue("en"):
        return message("validation.untranslated", text=error["msg"].removeprefix("Value error, "))
    return Message(code, context_of(error))


def field_problem(path: str, problem: Message) -> Message:
    return message("validation.problem", path=path, problem=problem)


def problems_of(error: ValidationError, prefix: str = "",
                explain: Explain | None = None) -> list[Message]:
    """One ``validation.problem`` per pydantic error; ``prefix`` names the document
    (``manifest`` -> ``manifest.sender.name``); ``explain`` may word a problem better."""
    problems = []
    for detail in error.errors():
        path = field_path(detail["loc"]) if detail["loc"] or not prefix else ""
        joiner = "" if not path or path.startswith("[") or not prefix else "."
        problem = (explain(detail) if explain else None) or pydantic_problem(detail)
        problems.append(field_problem(f"{prefix}{joiner}{path}", problem))
    return problems


def joined(problems: Sequence[Message]) -> Message:
    """The first few problems, joined, with how many more there are."""
    shown, hidden = list(problems[:MAX_PROBLEMS_SHOWN]), len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        return message("validation.problems_and_more", problems=shown, more=hidden)
    return message("validation.problems", problems=shown)


def describe_validation_error(error: ValidationError, prefix: str = "") -> Message:
    """The first few problems as ``path: problem``, joined with semicolons."""
    return joined(problems_of(error, prefix))
