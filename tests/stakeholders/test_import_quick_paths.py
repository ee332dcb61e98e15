"""The quick paths an import takes for the common cells give exactly what the full
checks give: a cell without hidden characters skips their removal, a plain web address
skips taking it apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rrr_desktop.services.stakeholders.importing.cells import _INVISIBLE, clean_cell
from rrr_desktop.text import _splits_as_web_address, is_web_address

# Addresses near the edge of the quick pattern: odd hosts, ports, users, brackets, spaces,
# controls, non-ASCII letters (the Kelvin sign and the long s fold to ASCII ones).
_EDGES = "-._:/?#@[]%~!$&'()*+,;=\\^`{|}\"<> \t\n\x00\x1b\x7f\u00a0\u202e\u212aſéß"
_SCHEMES = st.sampled_from(["http://", "https://", "HTTPS://", "hTtP://", "ftp://", "http:/",
                            "", "//"])
_HOSTS = st.one_of(st.from_regex(r"[a-zA-Z0-9_]([a-zA-Z0-9._-]{0,6}[a-zA-Z0-9_])?\.?",
                                  fullmatch=True),
                   st.text(alphabet=st.sampled_from(["a", "Z", "0", "-", ".", *_EDGES]),
                           max_size=10))
_RESTS = st.tuples(st.sampled_from(["", "/", "?", "#", ":", "@"]),
                   st.text(alphabet=st.sampled_from(["a", "/", *_EDGES]), max_size=8))
# Every character clean_cell drops, next to letters, white space and placeholders' signs.
_CELLS = st.lists(st.sampled_from(
    ["a", "B", " ", "\n", "\t", "'", "=", "-", "n/a", "é", "\u200b", "\ufeff",
     *map(chr, (*range(0x00, 0x20), 0x7F, *range(0x2028, 0x2030), *range(0x2060, 0x206B)))]),
    max_size=8).map("".join)


@settings(max_examples=400)
@given(_SCHEMES, _HOSTS, _RESTS)
def test_a_web_address_is_read_the_same_by_the_quick_pattern(
        scheme: str, host: str, rest: tuple[str, str]) -> None:
    url = scheme + host + "".join(rest)
    assert is_web_address(url) == _splits_as_web_address(url)


@given(st.text())
def test_any_text_is_read_the_same_by_the_quick_pattern(url: str) -> None:
    assert is_web_address(url) == _splits_as_web_address(url)


@given(_CELLS)
def test_a_cell_is_cleaned_the_same_with_or_without_its_hidden_characters(cell: str) -> None:
    cleaned = clean_cell(cell)
    assert cleaned == clean_cell(cell.translate(_INVISIBLE))
    assert cleaned == cleaned.translate(_INVISIBLE)
