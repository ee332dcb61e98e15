"""The safe YAML and JSON loaders refuse every trick with a message naming it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.services.exchange.container.errors import UnsafeDocument
from rrr_desktop.services.exchange.container.safe_json import dump_json, load_json
from rrr_desktop.services.exchange.container.safe_yaml import dump_yaml, load_yaml


def test_plain_yaml_loads_as_plain_data() -> None:
    text = "name: Łódź\ncount: 3\ntags: [co-op, food]\nnested:\n  a: null\n"
    assert load_yaml(text.encode()) == {"name": "Łódź", "count": 3, "tags": ["co-op", "food"],
                                        "nested": {"a": None}}


def test_dumped_yaml_loads_back() -> None:
    document = {"b": 1, "a": ["x", "2026-01-01", "yes", "1.5"], "c": {"d": "Montréal"}}
    assert load_yaml(dump_yaml(document)) == document


@pytest.mark.parametrize(("text", "problem"), [
    ("a: &x 1\nb: *x\n", "anchors (&name) are not allowed (line 1)"),
    ("a: 1\nb: *x\n", "aliases (*name) are not allowed (line 2)"),
    ("a: !!python/object/apply:os.system ['rm -rf /']\n", "tags (tag:yaml.org,2002:python"),
    ("a: !!str 1\n", "tags (tag:yaml.org,2002:str) are not allowed"),
    ("a: !city Bilbao\n", "tags (!city) are not allowed (line 1)"),
    ("--- !!map\na: 1\n", "tags"),
    ("a: 1\nb: 2\na: 3\n", "the key 'a' appears twice (line 3)"),
    ("x:\n  1: a\n  1: b\n", "the key 1 appears twice (line 3)"),
    ("<<: {a: 1}\n", "merge keys (<<) are not allowed"),
    ("? [a]\n: 1\n", "a key is a list or a mapping"),
    ("a: 1\n---\nb: 2\n", "another document"),
    ("a: [1, 2\n", "not valid YAML"),
    ("a: \x07\n", "control character (#x0007"),
    ("n: " + "9" * 5000 + "\n", "n: a number of 5,000 digits; at most 4,300"),
    ("d: 2024-02-31\n", "d: 2024-02-31 is not a date or time of the calendar"),
])
def test_tricks_are_refused_by_name(text: str, problem: str) -> None:
    with pytest.raises(UnsafeDocument) as refusal:
        load_yaml(text.encode())
    assert problem in str(refusal.value)


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n"
        for n in range(9))
    with pytest.raises(UnsafeDocument, match="anchors"):
        load_yaml(bomb.encode())


def test_nesting_is_allowed_up_to_the_limit_and_refused_beyond() -> None:
    assert load_yaml(b"[" * 32 + b"]" * 32) == _nested(32)
    with pytest.raises(UnsafeDocument, match="nested deeper than 32 levels"):
        load_yaml(b"[" * 33 + b"]" * 33)
    with pytest.raises(UnsafeDocument, match="nested deeper than 4 levels"):
        load_yaml(b"a:\n b:\n  c:\n   d:\n    e: 1\n", max_depth=4)


def test_very_deep_nesting_is_refused_without_crashing() -> None:
    with pytest.raises(UnsafeDocument, match="nested deeper"):
        load_yaml(b"[" * 200_000)


def test_size_and_encoding_are_checked_first() -> None:
    with pytest.raises(UnsafeDocument, match="larger than 10 bytes"):
        load_yaml(b"name: Bilbao\n", max_bytes=10)
    with pytest.raises(UnsafeDocument, match=r"not valid UTF-8 text \(byte 10\)"):
        load_yaml(b"name: Bilb\xe1o\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab:-[]{}&*!<>?|'\"#\n ,.1\t", max_size=60))
def test_any_text_loads_or_is_refused_never_anything_else(text: str) -> None:
    try:
        load_yaml(text.encode())
    except UnsafeDocument as refusal:
        assert str(refusal)


def test_plain_json_loads() -> None:
    assert load_json('{"name": "Łódź", "n": [1, 2.5, null, true]}'.encode()) == {
        "name": "Łódź", "n": [1, 2.5, None, True]}


def test_dumped_json_is_compact_sorted_and_utf8() -> None:
    assert dump_json({"b": "é", "a": 1}) == '{"a":1,"b":"é"}'.encode()
    with pytest.raises(ValueError, match="Out of range float"):
        dump_json([float("nan")])


@pytest.mark.parametrize(("data", "problem"), [
    (b'{"a": 1, "a": 2}', "the key 'a' appears twice"),
    (b'[{"x": {"a": 1, "b": 2, "a": 3}}]', "the key 'a' appears twice"),
    (b"[NaN]", "NaN is not a number JSON allows"),
    (b"[Infinity]", "Infinity is not a number"),
    (b"[-Infinity]", "-Infinity is not a number"),
    (b'["\\ud800"]', "unpaired surrogate"),
    (b'{"\\udfff": 1}', "unpaired surrogate"),
    (b'["caf\xe9"]', "not valid UTF-8 text (byte 5)"),
    (b"\xef\xbb\xbf[]", "not valid JSON"),
    (b"[1, 2", "not valid JSON"),
    (b"[1] x", "not valid JSON: Extra data (line 1, column 5)"),
    (b"[" + b"9" * 5000 + b"]", "a number has more than 4,300 digits"),
    (b"[" * 33 + b"]" * 33, "nested deeper than 32 levels"),
    (b"[" * 200_000 + b"]" * 200_000, "nested deeper than 32 levels"),
])
def test_json_tricks_are_refused_by_name(data: bytes, problem: str) -> None:
    with pytest.raises(UnsafeDocument) as refusal:
        load_json(data)
    assert problem in str(refusal.value)


def test_json_within_limits_loads() -> None:
    assert load_json(b"[" * 32 + b"]" * 32) == _nested(32)
    assert load_json(b'["\\ud83d\\ude00"]') == ["😀"]  # a surrogate pair is text
    with pytest.raises(UnsafeDocument, match="larger than 5 bytes"):
        load_json(b"[1, 2, 3]", max_bytes=5)


def _nested(levels: int) -> list[object]:
    document: list[object] = []
    for _ in range(levels - 1):
        document = [document]
    return document


def _most_keys(document: object) -> int:
    """The most keys any object of ``document`` holds."""
    if isinstance(document, dict):
        return max([len(document), *(_most_keys(v) for v in document.values())])
    if isinstance(document, list):
        return max([0, *(_most_keys(v) for v in document)])
    return 0


_KEYS = st.text(alphabet='ab:{}[]",\\ é', max_size=4)
_JSON_TREES = st.recursive(
    st.none() | st.integers() | st.text(alphabet='x:{}"\\', max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=6),
    max_leaves=40)


@given(_JSON_TREES)
@settings(max_examples=300)
def test_an_object_is_refused_exactly_when_it_has_too_many_keys(document: object) -> None:
    """Keys holding colons, braces and quotes fool no count: an object of more than
    max_keys keys is refused wherever it is nested, and nothing else is."""
    data = dump_json(document)
    if _most_keys(document) > 3:
        with pytest.raises(UnsafeDocument, match="more than 3 keys"):
            load_json(data, max_keys=3)
    else:
        assert load_json(data, max_keys=3) == document


def test_an_object_of_a_million_keys_is_refused_before_it_is_parsed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser would build all 1.8 million pairs (seconds, hundreds of MB) before the
    size of the object could be checked: the count comes first."""
    import json

    def parse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("parsed before the keys were counted")

    bomb = b"[{" + b",".join(b'"k%d":{}' % n for n in range(300_000)) + b"}]"
    monkeypatch.setattr(json, "loads", parse)
    with pytest.raises(UnsafeDocument, match="more than 1,000 keys"):
        load_json(bomb)


def _depth(document: object) -> int:
    """How many containers deep ``document`` nests."""
    if isinstance(document, dict):
        return 1 + max([0, *(_depth(v) for v in document.values())])
    if isinstance(document, list):
        return 1 + max([0, *(_depth(v) for v in document)])
    return 0


@given(_JSON_TREES, st.booleans(), st.sampled_from([None, 0, 2]))
@settings(max_examples=300)
def test_depth_and_keys_are_measured_exactly_however_the_json_is_written(
        document: object, ascii_only: bool, indent: int | None) -> None:
    """Strings full of quotes, backslashes, brackets and colons, escaped or not, spaced
    or not, fool neither count: refused exactly when too deep or too crowded."""
    data = json.dumps(document, ensure_ascii=ascii_only, indent=indent).encode()
    if _depth(document) > 3:  # an object too crowded deeper down may be found first
        with pytest.raises(UnsafeDocument, match=r"deeper than 3 levels|more than 3 keys"):
            load_json(data, max_keys=3, max_depth=3)
    elif _most_keys(document) > 3:
        with pytest.raises(UnsafeDocument, match="more than 3 keys"):
            load_json(data, max_keys=3, max_depth=3)
    else:
        assert load_json(data, max_keys=3, max_depth=3) == document
