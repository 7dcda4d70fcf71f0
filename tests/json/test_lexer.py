"""The shared JSON lexer: token kinds and offsets, string decoding, lines and columns.

The parser, the position map and the syntax fixes all read text through it, so a token that
ends one character early would move a reported column, a fix edit and a J-code at once. Each
token shape gets a test; property tests check random JSON texts against ``json`` itself.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.finding import Span
from validator.json.lexer import (
    BEGIN_ARRAY,
    BEGIN_OBJECT,
    COLON,
    COMMA,
    COMMENT,
    END,
    END_ARRAY,
    END_OBJECT,
    INVALID,
    LITERAL,
    NUMBER,
    STRING,
    STRUCTURE,
    LineIndex,
    StringProblem,
    decode_string,
    is_float,
    next_token,
    skip_space,
    span_at,
    tokens,
)


def kinds_and_texts(text: str) -> list[tuple[int, str]]:
    return [(kind, text[start:end]) for kind, start, end in tokens(text)]


# -- tokens -----------------------------------------------------------------------------------


def test_every_kind_with_its_exact_text() -> None:
    text = ' {"a" : [1, -2.5e+3, true, false, null]}\n'
    assert kinds_and_texts(text) == [
        (BEGIN_OBJECT, "{"),
        (STRING, '"a"'),
        (COLON, ":"),
        (BEGIN_ARRAY, "["),
        (NUMBER, "1"),
        (COMMA, ","),
        (NUMBER, "-2.5e+3"),
        (COMMA, ","),
        (LITERAL, "true"),
        (COMMA, ","),
        (LITERAL, "false"),
        (COMMA, ","),
        (LITERAL, "null"),
        (END_ARRAY, "]"),
        (END_OBJECT, "}"),
    ]


def test_offsets_are_code_point_indexes_after_the_blanks() -> None:
    text = '\t\r\n "名😀" 7'
    assert list(tokens(text)) == [(STRING, 4, 8), (NUMBER, 9, 10)]


def test_comments_are_tokens_and_a_line_comment_stops_before_cr_or_lf() -> None:
    text = "[1 // one\r\n, /* two\n lines */ 2]//end"
    assert kinds_and_texts(text) == [
        (BEGIN_ARRAY, "["),
        (NUMBER, "1"),
        (COMMENT, "// one"),
        (COMMA, ","),
        (COMMENT, "/* two\n lines */"),
        (NUMBER, "2"),
        (END_ARRAY, "]"),
        (COMMENT, "//end"),
    ]


@pytest.mark.parametrize(
    ("text", "invalid_at"),
    [
        ("[1, 'x']", 4),  # single quotes
        ("[1, /* open", 4),  # a block comment that never closes
        ("[1 / 2]", 3),  # a slash that starts no comment
        ("[NaN]", 1),
        ("[-Infinity]", 1),
        ('{"a\nb": 1}', 1),  # a raw line break: the string does not lex, its quote is invalid
        ('["abc', 1),  # unterminated
        ("[\u00a0]", 1),  # not a JSON blank
        ("[\ufeff1]", 1),
    ],
)
def test_the_first_character_that_starts_no_token_is_invalid_and_last(
    text: str, invalid_at: int
) -> None:
    found = list(tokens(text))
    assert found[-1] == (INVALID, invalid_at, invalid_at + 1)
    assert all(kind != INVALID for kind, _, _ in found[:-1])


def test_numbers_and_words_split_where_json_numbers_end() -> None:
    """``01`` is two numbers and ``truex`` a literal then an invalid character: the parser
    and the fixes see the second token where a separator must be, and stop there."""
    assert kinds_and_texts("01") == [(NUMBER, "0"), (NUMBER, "1")]
    assert kinds_and_texts("1.") == [(NUMBER, "1"), (INVALID, ".")]
    assert kinds_and_texts("truex") == [(LITERAL, "true"), (INVALID, "x")]
    assert kinds_and_texts("-") == [(INVALID, "-")]


def test_strings_are_lexed_leniently_and_checked_when_decoded() -> None:
    """Any character may follow a backslash in a string token: the parser reports the bad
    escape (it knows where), and the fixes can walk past the string."""
    text = r'["\x", "\u12", "ok\"", "\\"]'
    assert [kind for kind, _, _ in tokens(text)].count(STRING) == 4
    assert kinds_and_texts('"a\\"') == [(INVALID, '"')]  # the escaped quote does not close it


def test_next_token_at_the_end_and_inside_blanks() -> None:
    assert next_token("", 0) == (END, 0, 0)
    assert next_token("1  \n", 1) == (END, 4, 4)
    assert next_token("  :", 0) == (COLON, 2, 3)
    assert next_token("  '", 0) == (INVALID, 2, 3)
    assert skip_space(" \t\r\nx", 0) == 4
    assert skip_space("x", 0) == 0


def test_tokens_can_start_anywhere() -> None:
    assert list(tokens("[1, 2]", 3)) == [(NUMBER, 4, 5), (END_ARRAY, 5, 6)]


def test_structure_steps_over_commas_and_colons() -> None:
    text = '{"a": [1, 2], "b": {}}'
    found = [
        (match.lastindex, text[slice(*match.span(match.lastindex))])
        for match in iter(STRUCTURE.scanner(text).match, None)
    ]
    assert found == [
        (BEGIN_OBJECT, "{"),
        (STRING, '"a"'),
        (BEGIN_ARRAY, "["),
        (NUMBER, "1"),
        (NUMBER, "2"),
        (END_ARRAY, "]"),
        (STRING, '"b"'),
        (BEGIN_OBJECT, "{"),
        (END_OBJECT, "}"),
        (END_OBJECT, "}"),
    ]


def test_is_float_follows_json() -> None:
    assert not is_float("-12")
    assert all(is_float(number) for number in ("1.0", "1e2", "1E-2", "0.5"))
    assert isinstance(json.loads("1E2"), float)


# -- decoding strings --------------------------------------------------------------------------


def test_decode_gives_what_json_gives() -> None:
    text = r'"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00\ud800x"'
    value, end = decode_string(text, 0)
    assert value == json.loads(text) and end == len(text)
    assert value.endswith("\ud800x")  # a lone surrogate is kept, as json keeps it


@pytest.mark.parametrize(
    ("text", "problem", "offset", "length"),
    [
        ('"abc', "unterminated", 0, 1),
        ('"ab\\', "unterminated", 3, 1),  # a backslash that ends the text
        ('"a\nb"', "control", 2, 1),
        ('"a\x00"', "control", 2, 1),
        ('"a\\x"', "escape", 2, 2),
        ('"a\\u12"', "escape", 2, 2),
        ('"a\\q\nb', "escape", 2, 2),  # the first problem wins
    ],
)
def test_decode_names_the_first_problem_and_where(
    text: str, problem: str, offset: int, length: int
) -> None:
    with pytest.raises(StringProblem) as raised:
        decode_string(text, 0)
    assert (raised.value.problem, raised.value.offset, raised.value.length) == (
        problem,
        offset,
        length,
    )


# -- lines and columns -------------------------------------------------------------------------


def test_span_at_counts_lines_and_code_point_columns() -> None:
    text = "ab\n😀cd\r\nef"
    assert span_at(text, 0) == Span(1, 1, 1, 2)
    assert span_at(text, 4, 2) == Span(2, 2, 2, 4)
    assert span_at(text, 1, 4) == Span(1, 2, 2, 3)
    assert span_at(text, len(text)) == Span(3, 3, 3, 4)  # just past the end (truncation)
    assert span_at(text, 10**6, 0) == Span(3, 3, 3, 3)
    assert span_at("", 0, 0) == Span(1, 1, 1, 1)


def test_a_long_text_uses_the_line_table_with_the_same_answers() -> None:
    text = "x\u2028y\r\n" + "\n".join("值" * (i % 50) for i in range(5000))
    assert len(text) > 1 << 16
    lines = LineIndex(text)
    for start in (0, 1, 3, 5, 777, len(text) // 2, len(text) - 1):
        for length in (0, 1, 200):
            end = min(start + length, len(text))
            assert lines.span(start, end) == span_at(text, start, end - start)
    assert LineIndex("a\nb").span(2, 3) == Span(2, 1, 2, 2)


# -- property: random JSON texts ---------------------------------------------------------------

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children),
    max_leaves=25,
)
_KIND_OF = {"{": BEGIN_OBJECT, "[": BEGIN_ARRAY, "}": END_OBJECT, "]": END_ARRAY}
_KIND_OF.update({":": COLON, ",": COMMA})


@settings(max_examples=100, deadline=None)
@given(value=_VALUES, indent=st.sampled_from([None, 0, 2, "\t"]), ensure_ascii=st.booleans())
def test_tokens_of_json_text_cover_it_and_strings_decode_as_json_does(
    value: Any, indent: int | str | None, ensure_ascii: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)
    found = list(tokens(text))
    pos = 0
    for kind, start, end in found:
        assert text[pos:start].strip(" \t\n\r") == ""  # only blanks between tokens
        token = text[start:end]
        assert kind == _KIND_OF.get(token, kind)
        if kind == STRING:
            assert decode_string(text, start) == (json.loads(token), end)
        elif kind == NUMBER:
            assert is_float(token) == isinstance(json.loads(token), float)
        elif kind == LITERAL:
            assert token in ("true", "false", "null")
        pos = end
    assert text[pos:].strip() == "" and next_token(text, pos)[0] == END
    structure = [m.span(m.lastindex) for m in iter(STRUCTURE.scanner(text).match, None)]
    assert structure == [(s, e) for k, s, e in found if k not in (COLON, COMMA)]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("{}[],:\"\\ \n/*1-.etruxN'\x00é"), max_size=30))
def test_any_text_lexes_without_raising_and_in_order(text: str) -> None:
    pos = 0
    for kind, start, end in tokens(text):
        assert pos <= start < end <= len(text)
        assert kind == INVALID or re.fullmatch(r"[ \t\n\r]*", text[pos:start])
        pos = end
