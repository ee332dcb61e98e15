"""Load YAML from strangers: plain data only, refused whole at the first trick.

``yaml.safe_load`` constructs no Python objects, but it still expands aliases (a
"billion laughs" document of a few hundred bytes becomes gigabytes), keeps the last
of two duplicate keys without a word, and PyYAML's C loader crashes the process on
deeply nested input (its composer recurses in C). This loader reads events from
libyaml's parser (PyYAML's own, in Python, took most of a bundle's profile check),
composes them in Python and refuses, while composing and before anything is
constructed: anchors and aliases, explicit tags
(``!!python/object``, ``!foo``, even ``!!str``), merge keys (``<<``), nesting deeper
than a limit, more nodes than a limit (a 4 MB document of 1.8 million keys took 72 s and
3.1 GB to load whole), a scalar longer than a limit, and more than one document; while
constructing, duplicate keys, and numbers and dates Python cannot hold (a 5,000-digit
integer, 2024-02-31), each named by its path in the document. The document's size and
encoding (UTF-8) are checked first.
"""

from __future__ import annotations

import sys
from typing import Any

import yaml
from yaml._yaml import CParser
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, CollectionStartEvent, NodeEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from rrr_desktop.messages import message
from rrr_desktop.services.exchange.container.errors import UnsafeDocument

DEFAULT_MAX_BYTES = 1024 * 1024
DEFAULT_MAX_DEPTH = 32
DEFAULT_MAX_NODES = 40_000  # a profile document with 200 practices of 60 topics: 23,000
DEFAULT_MAX_STRING_CHARS = 100_000
_MERGE_TAG = "tag:yaml.org,2002:merge"
_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"


def load_yaml(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
              max_depth: int = DEFAULT_MAX_DEPTH, max_nodes: int = DEFAULT_MAX_NODES,
              max_string_chars: int = DEFAULT_MAX_STRING_CHARS) -> Any:
    """The single YAML document in ``data`` as plain dicts, lists and scalars.

    Raises :class:`UnsafeDocument` naming the problem (and its line, when it has one).
    """
    if len(data) > max_bytes:
        raise UnsafeDocument("document.too_large", limit=max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnsafeDocument("document.not_utf8", byte=error.start) from error
    loader = None
    try:
        loader = _StrictLoader(text, max_depth, max_nodes, max_string_chars)
        # (the reader refuses control characters as it reads)
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or message("document.yaml_generic")
        if problem == _LIBYAML_TOO_DEEP and mark is not None:
            # libyaml reads ahead of the composer in nested flow collections ("[[[["), so
            # its own limit (1,000 levels, far beyond ours) can be met first
            raise UnsafeDocument("document.too_deep_at", limit=max_depth,
                                 line=_line(mark)) from error
        if mark is None:
            raise UnsafeDocument("document.yaml_invalid_plain", problem=problem) from error
        raise UnsafeDocument("document.yaml_invalid_at", line=mark.line + 1,
                             problem=problem) from error
    except yaml.reader.ReaderError as error:
        raise UnsafeDocument("document.yaml_control", code=f"{error.character:04x}",
                             position=error.position + 1) from error
    except (yaml.YAMLError, ValueError, OverflowError) as error:
        # ValueError: a scalar the resolver accepted but Python cannot hold
        # (an integer of 5,000 digits, a date like 2024-02-31).
        raise UnsafeDocument("document.yaml_invalid", reason=" ".join(str(error).split())
                             ) from error
    finally:
        if loader is not None:
            loader.dispose()


def dump_yaml(document: Any) -> bytes:
    """``document`` as block-style UTF-8 YAML, keys in the given order, readable by a person."""
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False,
                          default_flow_style=False, width=100)
    return text.encode("utf-8")


def _line(mark: Any) -> int:
    """The line a construct starts on, as people count."""
    return int(mark.line) + 1


def _path_to(root: Node | None, target: Node) -> str:
    """Where ``target`` sits in the document: ``self_assessment[0].assessed_on`` (a key's
    own problem is named by the mapping holding it)."""
    stack: list[tuple[Node, str]] = [(root, "")] if root is not None else []
    while stack:
        node, path = stack.pop()
        if node is target:
            return path or "(top level)"
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if key is target:
                    return path or "(top level)"
                name = key.value if isinstance(key, ScalarNode) else "?"
                stack.append((value, f"{path}.{name}" if path else str(name)))
        elif isinstance(node, SequenceNode):
            stack += [(item, f"{path}[{index}]") for index, item in enumerate(node.value)]
    return "(top level)"


class _StrictLoader(Composer, CParser, SafeConstructor, Resolver):
    """libyaml's parser (``CParser``, as ``yaml.CSafeLoader`` uses) turns the text into
    events, a tenth of the pure-Python parser's time; the nodes are composed here, in
    Python, where every limit is checked as each node starts (libyaml's own composer
    recurses in C, the crash on deep nesting)."""

    def __init__(self, text: str, max_depth: int, max_nodes: int, max_string_chars: int
                 ) -> None:
        CParser.__init__(self, text)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._max_depth = max_depth
        self._depth = 0
        self._nodes_left = max_nodes
        self._max_nodes = max_nodes
        self._max_string_chars = max_string_chars
        self._root: Node | None = None

    def construct_document(self, node: Node) -> Any:
        self._root = node
        return super().construct_document(node)

    def construct_checked_int(self, node: ScalarNode) -> int:
        try:
            return int(super().construct_yaml_int(node))
        except ValueError:  # more digits than Python turns into a number
            path = _path_to(self._root, node)
            raise UnsafeDocument(
                "document.yaml_number_too_long_at", field=path, path=path,
                digits=sum(c.isdigit() for c in node.value),
                limit=sys.get_int_max_str_digits(), line=_line(node.start_mark)) from None

    def construct_checked_timestamp(self, node: ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):  # 2024-02-31, 24:61, an offset beyond a day
            path = _path_to(self._root, node)
            raise UnsafeDocument("document.yaml_date_impossible_at", field=path, path=path,
                                 value=node.value, line=_line(node.start_mark)) from None

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        assert event is not None  # the composer asks for a node only where one starts
        self._nodes_left -= 1
        if self._nodes_left < 0:
            raise UnsafeDocument("document.too_many_nodes", limit=self._max_nodes,
                                 line=_line(event.start_mark))
        if isinstance(event, ScalarEvent) and len(event.value) > self._max_string_chars:
            raise UnsafeDocument("document.value_too_long", limit=self._max_string_chars,
                                 line=_line(event.start_mark))
        if isinstance(event, AliasEvent):
            raise UnsafeDocument("document.yaml_alias", line=_line(event.start_mark))
        if isinstance(event, NodeEvent) and event.anchor is not None:
            raise UnsafeDocument("document.yaml_anchor", line=_line(event.start_mark))
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise UnsafeDocument("document.yaml_tag", tag=tag, line=_line(event.start_mark))
        if not isinstance(event, CollectionStartEvent):
            return Composer.compose_node(self, parent, index)
        self._depth += 1
        if self._depth > self._max_depth:
            raise UnsafeDocument("document.too_deep_at", limit=self._max_depth,
                                 line=_line(event.start_mark))
        node = Composer.compose_node(self, parent, index)
        self._depth -= 1
        return node

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                raise UnsafeDocument("document.yaml_merge", line=_line(key_node.start_mark))
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:
                raise UnsafeDocument("document.yaml_complex_key",
                                     line=_line(key_node.start_mark)) from None
            if duplicate:
                raise UnsafeDocument("document.yaml_key_twice", key=repr(key),
                                     line=_line(key_node.start_mark))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# (the stubs' loader type names PyYAML's own loader classes only)
_StrictLoader.add_constructor("tag:yaml.org,2002:int",  # type: ignore[type-var]
                              _StrictLoader.construct_checked_int)
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp",  # type: ignore[type-var]
                              _StrictLoader.construct_checked_timestamp)
