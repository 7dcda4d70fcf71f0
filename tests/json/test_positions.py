"""The pointer → span map: every finding's line and column come from here.

Spans are 1-based, columns count code points, a line break is "\\n" only, and ends are
exclusive. A wrong span sends users to the wrong line, so each shape of JSON gets a test, and a
property test checks every pointer of random documents.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.finding import Span
from validator.json.lexer import span_at
from validator.json.pointer import join
from validator.json.positions import ROOT_FALLBACK, build_positions

DOC = """{
  "coupon": {
    "type": 101,
    "discount_fee": 1500,
    "ids": ["a", "b"],
    "info": {"name": "券"}
  }
}
"""


def test_scalar_value_span_is_the_whole_token() -> None:
    positions = build_positions(DOC)
    assert positions.value_span("/coupon/type") == Span(3, 13, 3, 16)
    # a value 1500 at column 21 ends (exclusive) at column 25
    assert positions.value_span("/coupon/discount_fee") == Span(4, 21, 4, 25)


def test_key_span_includes_the_quotes() -> None:
    positions = build_positions(DOC)
    assert positions.key_span("/coupon/type") == Span(3, 5, 3, 11)
    assert positions.key_span("/coupon") == Span(2, 3, 2, 11)


def test_containers_span_from_opening_to_closing_bracket() -> None:
    positions = build_positions(DOC)
    assert positions.value_span("") == Span(1, 1, 8, 2)
    assert positions.value_span("/coupon") == Span(2, 13, 7, 4)
    assert positions.value_span("/coupon/ids") == Span(5, 12, 5, 22)
    assert positions.value_span("/coupon/info") == Span(6, 13, 6, 26)


def test_array_items_by_index_and_strings_with_quotes() -> None:
    positions = build_positions(DOC)
    assert positions.value_span("/coupon/ids/0") == Span(5, 13, 5, 16)
    assert positions.value_span("/coupon/ids/1") == Span(5, 18, 5, 21)
    assert positions.value_span("/coupon/ids/2") is None
    assert positions.key_span("/coupon/ids/0") is None


def test_nested_arrays_and_objects_in_arrays() -> None:
    positions = build_positions('[[1, [2]], {"a": [true, null]}, []]')
    assert positions.value_span("/0/1/0") == Span(1, 7, 1, 8)
    assert positions.value_span("/1/a/1") == Span(1, 25, 1, 29)
    assert positions.value_span("/2") == Span(1, 33, 1, 35)


def test_columns_count_code_points_not_bytes_or_utf16_units() -> None:
    text = '{"名称": "😀😀", "n": 7}'
    positions = build_positions(text)
    assert positions.key_span("/名称") == Span(1, 2, 1, 6)
    assert positions.value_span("/名称") == Span(1, 8, 1, 12)
    assert positions.value_span("/n") == Span(1, 19, 1, 20)


def test_crlf_counts_as_one_line_break_and_cr_alone_as_none() -> None:
    positions = build_positions('{\r\n  "a": 1,\r\n  "b": 2\r\n}')
    assert positions.value_span("/a") == Span(2, 8, 2, 9)
    assert positions.value_span("/b") == Span(3, 8, 3, 9)
    assert build_positions('{"a":\r1}').value_span("/a") == Span(1, 7, 1, 8)


def test_unicode_line_separators_are_not_line_breaks() -> None:
    positions = build_positions('{"a": "x\u2028y", "b": 1}')
    assert positions.value_span("/b") == Span(1, 19, 1, 20)


def test_member_names_are_unescaped_then_pointer_escaped() -> None:
    text = r'{"a/b": 1, "m~n": 2, "q\"t": 3, "\u00e9": 4, "back\\": {"x": 5}}'
    positions = build_positions(text)
    assert positions.value_span("/a~1b") is not None
    assert positions.value_span("/m~0n") is not None
    assert positions.value_span(join("", 'q"t')) is not None
    assert positions.value_span("/é") is not None
    assert positions.value_span("/back\\/x") is not None


def test_strings_holding_structure_characters_do_not_confuse_the_scan() -> None:
    text = '{"s": "{[,:]}\\"\\\\", "t": "a\\"b\\"c", "u": 1}'
    positions = build_positions(text)
    assert positions.value_span("/s") == Span(1, 7, 1, 19)
    assert positions.value_span("/t") == Span(1, 26, 1, 35)
    assert positions.value_span("/u") == Span(1, 42, 1, 43)


def test_duplicate_member_maps_to_the_last_occurrence_only() -> None:
    positions = build_positions('{"a": {"x": 1}, "a": {"y": 2}}')
    assert positions.key_span("/a") == Span(1, 17, 1, 20)
    assert positions.value_span("/a") == Span(1, 22, 1, 30)
    assert positions.value_span("/a/y") is not None
    assert positions.value_span("/a/x") is None  # it lived in the discarded first value


def test_locate_prefers_the_key_for_key_targets() -> None:
    positions = build_positions(DOC)
    assert positions.locate("/coupon/type", "key") == Span(3, 5, 3, 11)
    assert positions.locate("/coupon/type") == Span(3, 13, 3, 16)


def test_locate_key_target_falls_back_to_the_value() -> None:
    positions = build_positions(DOC)
    assert positions.locate("/coupon/ids/1", "key") == Span(5, 18, 5, 21)


def test_missing_member_is_located_at_the_nearest_existing_ancestor_object() -> None:
    positions = build_positions(DOC)
    info = positions.value_span("/coupon/info")
    assert positions.locate("/coupon/info/missing") == info
    assert positions.locate("/coupon/info/missing/deeper/still", "key") == info
    assert positions.locate("/nothing") == positions.value_span("")
    assert positions.locate("/coupon/ids/9") == positions.value_span("/coupon/ids")


def test_locate_through_a_scalar_ancestor_stops_at_the_scalar() -> None:
    positions = build_positions(DOC)
    assert positions.locate("/coupon/type/x") == positions.value_span("/coupon/type")


def test_empty_or_broken_text_never_raises_and_falls_back_to_the_root() -> None:
    assert build_positions("").locate("/a") == ROOT_FALLBACK
    for text in ['{"a": [1, }', "}}]]", '"unterminated', '{"a" "b": 1', ":::,,,", "{,", '["\\']:
        build_positions(text).locate("/a/0", "key")


def test_top_level_scalar_has_a_root_span() -> None:
    assert build_positions('  "x"  ').value_span("") == Span(1, 3, 1, 6)
    assert build_positions("\n-12.5e3\n").value_span("") == Span(2, 1, 2, 8)


def test_long_texts_use_the_line_table_with_the_same_answers() -> None:
    items = ",\n".join(f'  "k{i}": "{"值" * (i % 7)}"' for i in range(6000))
    text = "{\n" + items + "\n}"
    assert len(text) > 1 << 16
    positions = build_positions(text)
    for i in (0, 1, 2999, 5999):
        start = text.index(f'"k{i}"')
        assert positions.key_span(f"/k{i}") == span_at(text, start, len(f'"k{i}"'))
    assert positions.value_span("") == Span(1, 1, 6002, 2)


# -- property: every pointer of a random document maps to its own text ----------------------

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
_NAMES = st.text(alphabet=st.sampled_from('ab~/"\\é😀 \n{}[]:,'), max_size=5)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_NAMES, children, max_size=4),
    max_leaves=25,
)


def _pointers(value: Any, pointer: str = "") -> list[tuple[str, Any, str | None]]:
    """(pointer, value, member name or None) for every value of a document."""
    found: list[tuple[str, Any, str | None]] = []
    stack: list[tuple[str, Any, str | None]] = [(pointer, value, None)]
    while stack:
        current = stack.pop()
        found.append(current)
        where, item, _ = current
        if isinstance(item, dict):
            stack.extend((join(where, name), child, name) for name, child in item.items())
        elif isinstance(item, list):
            stack.extend((join(where, index), child, None) for index, child in enumerate(item))
    return found


def _slice(text: str, span: Span) -> str:
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    start = starts[span.line - 1] + span.column - 1
    end = starts[span.end_line - 1] + span.end_column - 1
    return text[start:end]


@settings(max_examples=80, deadline=None)
@given(
    value=_VALUES,
    indent=st.sampled_from([None, 0, 2, "\t", "\r\n  "]),
    ensure_ascii=st.booleans(),
)
def test_every_pointer_maps_to_the_text_of_its_value(
    value: Any, indent: int | str | None, ensure_ascii: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)
    positions = build_positions(text)
    for pointer, item, name in _pointers(value):
        span = positions.value_span(pointer)
        assert span is not None, pointer
        assert json.loads(_slice(text, span)) == item
        if name is not None:
            key = positions.key_span(pointer)
            assert key is not None and json.loads(_slice(text, key)) == name
    assert len(positions) == len(_pointers(value))
