"""Load JSON from strangers: strict UTF-8, no duplicate keys, no NaN, bounded depth and size.

``json.loads`` keeps the last of two duplicate keys silently and accepts ``NaN`` and
``Infinity``, which no other JSON reader need understand; both are refused here.
Deep nesting is refused twice over: the C scanner stops at Python's recursion limit
(a ``RecursionError``, not a crash), and the loaded document is walked to enforce the
much lower ``max_depth``. Strings holding lone surrogates (``"\\ud800"``, valid JSON
escapes that are not text) are refused, since they cannot be stored or shown.
Size is bounded before anything is built: a document with more values than
``max_values`` (counted as its commas, an upper bound found at C speed) is refused
unread, and so is an object with more than ``max_keys`` keys (:func:`_check_keys`
counts each object's own keys with regular expressions, at C speed, instead of letting
the parser build a list of 1.8 million pairs first).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from rrr_desktop.services.exchange.container.errors import UnsafeDocument

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_DEPTH = 32
DEFAULT_MAX_VALUES = 3_000_000
DEFAULT_MAX_KEYS = 1_000
_CONTAINERS = (dict, list)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_INNERMOST_OBJECT = re.compile(r"\{[^{}]*\}")


def load_json(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_depth: int = DEFAULT_MAX_DEPTH, max_values: int = DEFAULT_MAX_VALUES,
              max_keys: int = DEFAULT_MAX_KEYS) -> Any:
    """The JSON document in ``data``; :class:`UnsafeDocument` names what is wrong."""
    if len(data) > max_bytes:
        raise UnsafeDocument("document.too_large", limit=max_bytes)
    if data.count(b",") >= max_values:
        raise UnsafeDocument("document.too_many_values", limit=max_values)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeDocument("document.not_utf8", byte=error.start) from error
    _check_keys(text, max_keys, max_depth)
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys,
                              parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise UnsafeDocument("document.json_invalid", problem=error.msg, line=error.lineno,
                             column=error.colno) from error
    except RecursionError as error:
        raise UnsafeDocument("document.too_deep", limit=max_depth) from error
    except ValueError as error:  # an integer of 5,000 digits
        raise UnsafeDocument("document.number_too_long",
                             limit=sys.get_int_max_str_digits()) from error
    _check_depth(document, max_depth)
    if _SURROGATE_ESCAPE.search(text):
        _check_text(document)
    return document


def dump_json(document: Any) -> bytes:
    """``document`` as compact UTF-8 JSON with sorted keys: the same data, the same bytes."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _check_keys(text: str, max_keys: int, max_depth: int) -> None:
    """Refuse an object of more than ``max_keys`` keys before parsing: with strings
    blanked, the innermost objects are collapsed one level at a time, so the colons
    left between an object's braces are its own keys. Each step is one regular
    expression pass; invalid JSON is left for the parser to refuse."""
    if text.count(":") <= max_keys:
        return
    crowded = re.compile(r"\{(?:[^{}:]*:){" + str(max_keys + 1) + "}")
    shape = _STRING.sub("0", text)
    for _level in range(max_depth + 1):
        if crowded.search(shape) is not None:
            raise UnsafeDocument("document.too_many_keys", limit=max_keys)
        shape, collapsed = _INNERMOST_OBJECT.subn("0", shape)
        if not collapsed:
            return


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise UnsafeDocument("document.json_key_twice", key=repr(key))
            seen.add(key)
    return document


def _refuse_constant(name: str) -> Any:
    raise UnsafeDocument("document.json_constant", name=name)


def _check_depth(document: Any, max_depth: int) -> None:
    """Walk the containers only, one level at a time (``json`` makes exact dicts and lists,
    hence ``type``): half the time of a walk that carries each container's depth."""
    level = [document] if type(document) in _CONTAINERS else []
    depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            raise UnsafeDocument("document.too_deep", limit=max_depth)
        inner = [value for container in level if type(container) is dict
                 for value in container.values() if type(value) in _CONTAINERS]
        inner += [value for container in level if type(container) is list
                  for value in container if type(value) in _CONTAINERS]
        level = inner


def _check_text(document: Any) -> None:
    pending: list[Any] = [document]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise UnsafeDocument("document.lone_surrogate") from None
