"""The fixed texts of a brief in its language, from ``resources/briefs/labels.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from rrr_desktop.resources import resource_path


def texts_by_language(file_name: str) -> dict[str, dict[str, str]]:
    """A YAML file of ``resources/briefs``, read with libyaml when PyYAML has it (ten
    times faster than its pure-Python reader: 50 ms for labels.yaml)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with resource_path("briefs", file_name).open(encoding="utf-8") as handle:
        loaded: dict[str, dict[str, str]] = yaml.load(handle, Loader=loader)  # a safe loader
    return loaded


@cache
def _all_labels() -> dict[str, dict[str, str]]:
    return texts_by_language("labels.yaml")


def label_languages() -> tuple[str, ...]:
    return tuple(_all_labels())


class Labels:
    """``labels("page_of", page=1, pages=3)`` -> ``"Page 1 of 3"`` in the chosen language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._texts = _all_labels()[language]

    def __call__(self, key: str, **values: Any) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text

    def number(self, value: int) -> str:
        """``12,345`` in English; ``12 345`` (no-break space, as ISO 80000) elsewhere."""
        grouped = f"{value:,}"
        return grouped if self.language == "en" else grouped.replace(",", "\u00a0")

    def points(self, value: float) -> str:
        """A match score (points, see docs/matching.md) with at most two decimals:
        ``9.25`` in English, ``9,25`` elsewhere."""
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text if self.language == "en" else text.replace(".", ",")
