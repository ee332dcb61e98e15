"""Turn pydantic's validation errors into one line a person can act on."""

from __future__ import annotations

from pydantic import ValidationError

MAX_PROBLEMS_SHOWN = 3


def field_path(location: tuple[int | str, ...]) -> str:
    """``("cities", 3, "country")`` -> ``cities[3].country``."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top level)"


def describe_validation_error(error: ValidationError) -> str:
    """The first few problems as ``path: message``, joined with semicolons."""
    problems = [f"{field_path(e['loc'])}: {e['msg']}" for e in error.errors()]
    shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    return f"{shown} (and {hidden} more)" if hidden > 0 else shown
