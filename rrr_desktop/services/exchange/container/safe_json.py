"""Load JSON from strangers: strict UTF-8, no duplicate keys, no NaN, bounded depth and size.

``json.loads`` keeps the last of two duplicate keys silently and accepts ``NaN`` and
``Infinity``, which no other JSON reader need understand; both are refused here.
Strings holding lone surrogates (``"\\ud800"``, valid JSON escapes that are not text)
are refused, since they cannot be stored or shown. Size and shape are bounded before
anything is built: a document with more values than ``max_values`` (counted as its
commas, an upper bound found at C speed) is refused unread, and so is one nested
deeper than ``max_depth`` or holding an object of more than ``max_keys`` keys
(:func:`_check_shape` measures the document's structure with its strings taken out,
at C speed, instead of letting the parser build a list of 1.8 million pairs first).
Deep nesting the shape cannot see (in text that is not JSON) still stops the C scanner
at Python's recursion limit: a ``RecursionError``, not a crash.
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
# The bytes of a document's structure: everything else goes before it is measured.
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'"{}[]:')
_QUOTED = re.compile(rb'"[^"]*"')
_INNERMOST_OBJECT = re.compile(rb"\{:*\}")
_AS_BRACKETS = bytes.maketrans(b"{}", b"[]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def load_json(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_depth: int = DEFAULT_MAX_DEPTH, max_values: int = DEFAULT_MAX_VALUES,
              max_keys: int = DEFAULT_MAX_KEYS) -> Any:
    """The JSON document in ``data``; :class:`UnsafeDocument` names what is wrong."""
    text, _keys = measure_json(data, max_bytes=max_bytes, max_depth=max_depth,
                               max_values=max_values, max_keys=max_keys)
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
    if _SURROGATE_ESCAPE.search(text):
        _check_text(document)
    return document


def measure_json(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 max_depth: int = DEFAULT_MAX_DEPTH, max_values: int = DEFAULT_MAX_VALUES,
                 max_keys: int = DEFAULT_MAX_KEYS) -> tuple[str, int]:
    """Every check :func:`load_json` makes before it parses (size, values, UTF-8, depth,
    keys per object): the text of ``data``, and how many keys its objects hold together
    (each occurrence counted, so a key written twice counts twice)."""
    if len(data) > max_bytes:
        raise UnsafeDocument("document.too_large", limit=max_bytes)
    if data.count(b",") >= max_values:
        raise UnsafeDocument("document.too_many_values", limit=max_values)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeDocument("document.not_utf8", byte=error.start) from error
    return text, _check_shape(data, max_keys, max_depth)


def dump_json(document: Any) -> bytes:
    """``document`` as compact UTF-8 JSON with sorted keys: the same data, the same bytes."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def _check_shape(data: bytes, max_keys: int, max_depth: int) -> int:
    """Refuse an object of more than ``max_keys`` keys, or nesting deeper than
    ``max_depth``, before parsing; the number of keys of all objects together. The
    document is reduced to its braces, brackets and colons outside strings (each colon
    a key); innermost objects are then collapsed one level at a time,
    so the colons left between an object's braces are its own keys, and innermost
    containers of both kinds are removed one level at a time to count the levels.
    Every step runs at C speed; text that is not JSON is left for the parser to refuse."""
    shape = _structure(data)
    keys = shape.count(b":")
    if keys > max_keys:
        # only braces and colons are left: an object opening on more colons than the
        # limit, before any brace, holds too many keys of its own
        crowded = b"{" + b":" * (max_keys + 1)
        objects = shape.translate(None, b"[]")  # lists hold no keys of their own
        for _level in range(max_depth + 1):
            if crowded in objects:
                raise UnsafeDocument("document.too_many_keys", limit=max_keys)
            objects, collapsed = _INNERMOST_OBJECT.subn(b"", objects)
            if not collapsed:
                break
    containers = shape.translate(_AS_BRACKETS, b":")
    for _level in range(max_depth + 1):
        if not containers:
            return keys
        inner = containers.replace(b"[]", b"")  # every innermost container at once
        if len(inner) == len(containers):
            return keys  # unbalanced: not JSON
        containers = inner
    raise UnsafeDocument("document.too_deep", limit=max_depth)


def _structure(data: bytes) -> bytes:
    """The braces, brackets and colons of ``data`` that are outside its strings.

    Escaped backslashes, then escaped quotes, are taken out first (left to right, as
    JSON reads them), so every quote left opens or closes a string; UTF-8 puts no ASCII
    byte inside a multi-byte character. Two quotes in a row, with all but the structure
    deleted, close a string and open the next (or open and close an empty one): taking
    them out together joins strings and never moves a byte in or out of one, and it
    leaves few strings for the one regular expression that removes them."""
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    return _QUOTED.sub(b"", data.translate(None, _NOT_STRUCTURE).replace(b'""', b""))


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
