"""The loader: J-codes, their positions, the fast path and JSONL streaming.

Each J-code is checked for code, pointer, line and column, because the loader is the only
stage that sets spans itself. The property tests hold the two parsers together: ``json.loads``
(fast path) and the pure-Python scanner (which locates problems) must give the same values.
"""

from __future__ import annotations

import io
import json
import math
import tracemalloc
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validator.finding import Finding, Span
from validator.json import loader
from validator.json.loader import (
    MAX_DEPTH,
    MAX_DOCUMENT_BYTES,
    MAX_NUMBER_DIGITS,
    LoadedDocument,
    iter_jsonl,
    load_bytes,
    load_text,
)
from validator.json.parser import Parser

FATAL_CODES = {"J001", "J003", "J004", "J006", "J007", "J008", "J009"}


def only(document: LoadedDocument) -> Finding:
    """The one finding of a document (most loader tests expect exactly one)."""
    assert len(document.findings) == 1, document.findings
    return document.findings[0]


def where(finding: Finding) -> tuple[str, str, int, int]:
    assert finding.span is not None
    return finding.code, finding.pointer, finding.span.line, finding.span.column


# -- clean documents --------------------------------------------------------------------------


def test_clean_object_loads_without_findings_or_positions() -> None:
    document = load_bytes(b'{"coupon": {"type": 101}}')
    assert document.value == {"coupon": {"type": 101}}
    assert document.findings == [] and not document.fatal
    assert document.text == '{"coupon": {"type": 101}}'
    assert document._positions is None  # the fast path never scans for positions


def test_positions_are_built_once_on_demand() -> None:
    document = load_text('{\n  "a": 1\n}')
    positions = document.positions()
    assert positions is document.positions()
    assert positions.value_span("/a") == Span(2, 8, 2, 9)


def test_positions_of_an_undecodable_document_fall_back_to_the_root() -> None:
    document = load_bytes(b'{"a": "\xff"}')
    assert document.text is None
    assert document.positions().locate("/a") == Span(1, 1, 1, 1)


def test_loaded_document_can_be_built_by_hand() -> None:
    """validator/__init__.py builds one for payloads json.dumps cannot serialise."""
    finding = Finding("J001", "", "not JSON")
    document = LoadedDocument(value=None, findings=[finding], text=None, fatal=True)
    assert document.fatal and document.findings == [finding]


# -- J009 size ---------------------------------------------------------------------------------


def test_j009_file_over_10_mib_is_checked_first() -> None:
    data = b"\xff" + b" " * MAX_DOCUMENT_BYTES  # not UTF-8 either: size wins, nothing else
    finding = only(load_bytes(data))
    assert where(finding) == ("J009", "", 1, 1)
    assert "10 MiB" in finding.message


def test_j009_exactly_10_mib_is_allowed() -> None:
    data = b"{}" + b" " * (MAX_DOCUMENT_BYTES - 2)
    document = load_bytes(data)
    assert document.findings == [] and document.value == {}


def test_j009_size_of_library_text_is_measured_in_utf8_bytes() -> None:
    text = '{"a": "' + "券" * (MAX_DOCUMENT_BYTES // 3) + '"}'
    assert len(text) < MAX_DOCUMENT_BYTES
    assert only(load_text(text)).code == "J009"


# -- J005 BOM, J007 UTF-8 --------------------------------------------------------------------


def test_j005_bom_is_a_warning_and_loading_goes_on() -> None:
    document = load_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert where(only(document)) == ("J005", "", 1, 1)
    assert not document.fatal and document.value == {"a": 1}
    assert document.text == '{"a": 1}'  # columns are counted after the BOM


def test_j005_then_a_fatal_finding_keeps_both() -> None:
    document = load_bytes(b"\xef\xbb\xbf")
    assert [f.code for f in document.findings] == ["J005", "J001"]
    assert document.fatal


def test_load_text_has_no_bom_step() -> None:
    finding = only(load_text('\ufeff{"a": 1}'))
    assert where(finding) == ("J001", "", 1, 1)
    assert "byte-order mark" in finding.message


def test_j007_reports_the_first_bad_byte_in_code_point_columns() -> None:
    data = '{\n  "name": "春季'.encode() + b"\xc2\x22}"  # a lone lead byte after two CJK chars
    document = load_bytes(data)
    assert where(only(document)) == ("J007", "", 2, 14)
    assert document.fatal and document.text is None and document.value is None


def test_j007_gbk_text() -> None:
    data = '{"name": "满减"}'.encode("gbk")
    finding = only(load_bytes(data))
    assert where(finding) == ("J007", "", 1, 11)
    assert "not UTF-8" in finding.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"])
def test_j007_utf16_and_utf32_files(encoding: str) -> None:
    finding = only(load_bytes('{"a": 1}'.encode(encoding)))
    assert finding.code == "J007" and "UTF-" in finding.message


def test_j007_surrogates_encoded_in_utf8_are_not_utf8() -> None:
    assert only(load_bytes(b'["\xed\xa0\x80"]')).code == "J007"


def test_j007_after_a_bom_keeps_the_bom_warning() -> None:
    document = load_bytes(b"\xef\xbb\xbf{\xff}")
    assert [f.code for f in document.findings] == ["J005", "J007"]
    assert document.findings[1].span == Span(1, 2, 1, 3)


def test_a_nul_byte_in_an_odd_length_file_is_a_syntax_error_not_utf16() -> None:
    assert only(load_bytes(b"[\x00]")).code == "J001"


# -- J003 comments ----------------------------------------------------------------------------


def test_j003_line_comment_at_the_slash() -> None:
    finding = only(load_text('{\n  "type": 101, // 满减\n  "a": 1\n}'))
    assert where(finding) == ("J003", "", 2, 16)
    assert str(finding.message).startswith("comments are not JSON; remove them")


def test_j003_block_comment_before_the_document() -> None:
    assert where(only(load_text('/* body */ {"a": 1}'))) == ("J003", "", 1, 1)


def test_j003_comment_after_the_document() -> None:
    assert where(only(load_text('{"a": 1}\n// end'))) == ("J003", "", 2, 1)


def test_slashes_inside_strings_are_not_comments() -> None:
    document = load_text('{"url": "https://example.com/*x*/"}')
    assert document.findings == []


def test_a_lone_slash_is_j001() -> None:
    assert only(load_text('{"a": 1 / 2}')).code == "J001"


# -- J004 trailing commas ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"a": 1,}', 1, 8),
        ("[1, 2,]", 1, 6),
        ('{"a": [1,\n  ]}', 1, 9),
        ('{\r\n  "a": 1,\r\n}', 2, 9),
        ("[,]", 1, 2),
        ("[1,,]", 1, 4),
        ("[1,}", 1, 3),
    ],
)
def test_j004_is_reported_at_the_comma(text: str, line: int, column: int) -> None:
    assert where(only(load_text(text))) == ("J004", "", line, column)


def test_double_comma_before_a_value_is_j001() -> None:
    assert only(load_text("[1,,2]")).code == "J001"


# -- J006 NaN / Infinity ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "column", "length"),
    [('{"a": NaN}', 7, 3), ('{"a": Infinity}', 7, 8), ("[1, -Infinity]", 5, 9)],
)
def test_j006_is_reported_at_the_word(text: str, column: int, length: int) -> None:
    finding = only(load_text(text))
    assert finding.code == "J006" and finding.span == Span(1, column, 1, column + length)
    assert "not JSON numbers" in finding.message


def test_nan_inside_a_string_is_fine() -> None:
    assert load_text('{"a": "NaN"}').findings == []


def test_nan_as_a_member_name_position_is_j001() -> None:
    assert only(load_text("{NaN: 1}")).code == "J001"


# -- J009 depth and digits --------------------------------------------------------------------


def _nested(depth: int) -> str:
    return '{"a": ' * (depth - 1) + "{}" + "}" * (depth - 1)


def test_j009_depth_64_is_allowed() -> None:
    document = load_text(_nested(MAX_DEPTH))
    assert document.findings == []


def test_j009_depth_65_is_reported_at_the_65th_bracket() -> None:
    text = _nested(MAX_DEPTH + 1)
    finding = only(load_text(text))
    assert where(finding) == ("J009", "", 1, 6 * MAX_DEPTH + 1)
    assert finding.span is not None and finding.span.end_column == finding.span.column + 1


def test_j009_depth_counts_arrays_and_objects_alike() -> None:
    text = "{" + '"a": ' + "[" * 64 + "]" * 64 + "}"
    assert only(load_text(text)).code == "J009"


def test_deep_input_stops_at_depth_65_without_recursion_errors() -> None:
    for text in ("[" * 200_000, "[" * 100_000 + "]" * 100_000, '{"a":' * 50_000):
        assert where(only(load_text(text)))[:2] == ("J009", "")


def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    text = '{"a": "' + "[" * 100 + '", "b": [[["' + "{" * 100 + '"]]]}'
    assert load_text(text).findings == []


def test_j009_number_with_101_digits_is_reported_at_the_token() -> None:
    number = "1" + "0" * MAX_NUMBER_DIGITS
    finding = only(load_text('{"total_num": ' + number + "}"))
    assert finding.span == Span(1, 15, 1, 15 + len(number))
    assert finding.code == "J009" and "101 digits" in finding.message


def test_j009_digit_count_includes_fraction_and_exponent_digits() -> None:
    number = "-1." + "2" * 50 + "e+" + "3" * 50  # 101 digits, no run longer than 50
    assert only(load_text("[" + number + "]")).code == "J009"
    allowed = "-1." + "2" * 49 + "e+" + "3" * 50  # 100 digits
    assert only(load_text("[" + allowed + "]")).code == "J008"


def test_100_digit_integers_load_exactly() -> None:
    number = "9" * MAX_NUMBER_DIGITS
    assert load_text('{"a": ' + number + "}").value == {"a": int(number)}


def test_long_digit_runs_inside_strings_are_not_numbers() -> None:
    document = load_text('{"id": "' + "7" * 500 + '"}')
    assert document.findings == [] and document.value == {"id": "7" * 500}


def test_huge_ints_beyond_pythons_str_digit_limit_are_j009_not_a_crash() -> None:
    assert only(load_text('{"a": ' + "1" * 5000 + "}")).code == "J009"


# -- J001 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("", 1, 1),
        ("  \n\t ", 2, 3),
        ("{'a': 1}", 1, 2),
        ("{a: 1}", 1, 2),
        ("{\"a\": 'x'}", 1, 7),
        ('{\n  "a": 1,\n  "b": [1, 2', 3, 13),
        ('{"a": "x', 1, 7),
        ('{"a": "tab\there"}', 1, 11),
        ('{"a": "line\nbreak"}', 1, 12),
        ('{"a": 1} x', 1, 10),
        ('{"a": 1}{"b": 2}', 1, 9),
        ('{"a" 1}', 1, 6),
        ('{"a": 01}', 1, 8),
        ('{"a": tru}', 1, 7),
        ('{"a": "\\x"}', 1, 8),
        ('{"a": "\\u12G4"}', 1, 8),
        ('{"a": .5}', 1, 7),
        ('{"a": +1}', 1, 7),
        ("{\"a\": 1,\n'b': 2}", 2, 1),
    ],
)
def test_j001_position(text: str, line: int, column: int) -> None:
    finding = only(load_text(text))
    assert where(finding) == ("J001", "", line, column)
    assert str(finding.message).startswith("invalid JSON: ")
    assert f"at {line}:{column}" in finding.message


def test_j001_message_says_what_was_expected() -> None:
    finding = only(load_text('{\n  "a": 1\n  "b": 2\n}'))
    assert str(finding.message).startswith("invalid JSON: expected ',' or '}' at 3:3")


def test_j001_single_quotes_get_a_hint() -> None:
    assert "double quotes" in only(load_text("{'a': 1}")).message


def test_j001_truncation_says_the_text_ends() -> None:
    assert "ends" in only(load_text('{"a": [1, ')).message


def test_j001_control_character_names_the_escape() -> None:
    assert "\\t" in only(load_text('{"a": "x\ty"}')).message


def test_first_problem_only() -> None:
    finding = only(load_text("{'a': 1, // x\n NaN,}"))
    assert where(finding) == ("J001", "", 1, 2)


# -- J002 duplicates --------------------------------------------------------------------------


def test_j002_at_the_second_key_with_the_member_pointer_and_last_value() -> None:
    document = load_text('{\n  "type": 1,\n  "type": 2\n}')
    finding = only(document)
    assert where(finding) == ("J002", "/type", 3, 3)
    assert finding.target == "key" and finding.span == Span(3, 3, 3, 9)
    assert str(finding.message).startswith("duplicate member type; only the last one counts")
    assert document.value == {"type": 2} and not document.fatal


def test_j002_nested_and_escaped_pointer() -> None:
    document = load_text('{"a": [{"x/y": 1, "x/y": 2}]}')
    assert only(document).pointer == "/a/0/x~1y"


def test_j002_three_occurrences_give_one_finding_at_the_second() -> None:
    document = load_text('{"a": 1, "a": 2, "a": 3}')
    assert where(only(document)) == ("J002", "/a", 1, 10)
    assert document.value == {"a": 3}


def test_j002_keeps_member_order_like_json_loads() -> None:
    text = '{"a": 1, "b": 2, "a": 3}'
    assert list(load_text(text).value) == list(json.loads(text))


def test_j002_in_separate_objects_are_separate_findings() -> None:
    document = load_text('{"p": {"a": 1, "a": 2}, "q": {"a": 1, "a": 2}, "p": {}}')
    assert sorted(f.pointer for f in document.findings) == ["/p", "/p/a", "/q/a"]


def test_same_name_in_different_objects_is_not_a_duplicate() -> None:
    assert load_text('{"a": {"a": 1}, "b": {"a": 2}}').findings == []


def test_j002_before_a_fatal_finding_is_kept() -> None:
    document = load_text('{"a": 1, "a": 2,}')
    assert [f.code for f in document.findings] == ["J002", "J004"]
    assert document.fatal and document.value is None


def test_j002_and_j008_both_reported() -> None:
    document = load_text('[{"a": 1, "a": 2}]')
    assert [(f.code, f.pointer) for f in document.findings] == [("J002", "/0/a"), ("J008", "")]


# -- J008 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("[{}]", Span(1, 1, 1, 5)),
        ('\n  "coupon"  \n', Span(2, 3, 2, 11)),
        ("42", Span(1, 1, 1, 3)),
        ("null", Span(1, 1, 1, 5)),
        ("[\n  1\n]", Span(1, 1, 3, 2)),
    ],
)
def test_j008_top_level_not_an_object_spans_the_value(text: str, span: Span) -> None:
    document = load_text(text)
    finding = only(document)
    assert (finding.code, finding.pointer, finding.span) == ("J008", "", span)
    assert document.fatal and document.value is None
    assert "must be a JSON object" in finding.message


# -- values the catalogue accepts -------------------------------------------------------------


def test_lone_surrogate_escapes_are_accepted_as_str() -> None:
    document = load_text('{"a": "\\ud800", "b": "\\udc00x", "c": "\\ud834\\udd1e"}')
    assert document.findings == []
    assert document.value == {"a": "\ud800", "b": "\udc00x", "c": "\U0001d11e"}


def test_float_overflow_is_inf_not_a_finding() -> None:
    document = load_text('{"a": 1e400, "b": -1e400, "c": 1e-400}')
    assert document.findings == []
    assert document.value["a"] == math.inf and document.value["b"] == -math.inf
    assert document.value["c"] == 0.0


def test_number_types_follow_the_literal() -> None:
    document = load_text('{"i": 100, "f": 100.0, "e": 1e2, "z": -0}')
    value = document.value
    assert type(value["i"]) is int and type(value["f"]) is float and type(value["e"]) is float
    assert value["z"] == 0 and type(value["z"]) is int


# -- JSONL ------------------------------------------------------------------------------------


def _records(data: bytes) -> list[tuple[int, list[str], Any]]:
    return [
        (record, [f.code for f in document.findings], document.value)
        for record, document in iter_jsonl(io.BytesIO(data))
    ]


def test_jsonl_records_are_line_numbers_and_blank_lines_are_skipped() -> None:
    data = b'{"a": 1}\n\n   \t\r\n{"b": 2}\r\n[1]\n{"c": 3}'
    assert _records(data) == [
        (1, [], {"a": 1}),
        (4, [], {"b": 2}),
        (5, ["J008"], None),
        (6, [], {"c": 3}),
    ]


def test_jsonl_empty_stream_and_trailing_newline() -> None:
    assert _records(b"") == []
    assert _records(b"\n\n") == []
    assert _records(b'{"a": 1}\n') == [(1, [], {"a": 1})]


def test_jsonl_spans_are_relative_to_the_record_and_messages_name_the_real_line() -> None:
    ((record, document),) = list(iter_jsonl(io.BytesIO(b'\n\n{"a": 1 "b": 2}\n')))
    finding = only(document)
    assert record == 3 and finding.span == Span(1, 9, 1, 10)
    assert "at 3:9" in finding.message


def test_jsonl_bom_and_bad_bytes_per_record() -> None:
    data = b'\xef\xbb\xbf{"a": 1}\n{"b": "\xff"}\n{"c": 1}\n'
    assert _records(data) == [(1, ["J005"], {"a": 1}), (2, ["J007"], None), (3, [], {"c": 1})]


def test_jsonl_small_chunks_give_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"a": "\xe5\x88\xb8"}\n\n{"b": [1,\n2]}\n  \n{"c": 3}'
    expected = _records(data)
    for size in (1, 2, 3, 7):
        monkeypatch.setattr(loader, "_JSONL_CHUNK", size)
        assert _records(data) == expected


class _Generated(io.RawIOBase):
    """A read-only stream of ``size`` filler bytes between a head and a tail, made on demand."""

    def __init__(self, head: bytes, size: int, tail: bytes) -> None:
        self.parts = [head, size, tail]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self.parts:
            part = self.parts[0]
            if isinstance(part, int):
                count = min(part, len(buffer))
                buffer[:count] = b"7" * count
                self.parts[0] = part - count
                if part - count == 0:
                    self.parts.pop(0)
                if count:
                    return count
                continue
            if not part:
                self.parts.pop(0)
                continue
            count = min(len(part), len(buffer))
            buffer[:count] = part[:count]
            self.parts[0] = part[count:]
            return count
        return 0


def test_jsonl_oversized_record_is_j009_in_bounded_memory() -> None:
    size = MAX_DOCUMENT_BYTES * 2 + 5
    stream = io.BufferedReader(_Generated(b'{"a": 1}\n{"big": "', size, b'"}\n{"c": 3}\n'))
    tracemalloc.start()
    try:
        records = [
            (record, [f.code for f in document.findings], document.value)
            for record, document in iter_jsonl(stream)
        ]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert records == [(1, [], {"a": 1}), (2, ["J009"], None), (3, [], {"c": 3})]
    assert peak < MAX_DOCUMENT_BYTES * 1.5  # one record's worth, not the 20 MiB line


def test_jsonl_record_of_exactly_10_mib_is_loaded() -> None:
    line = b'{"a": "' + b"7" * (MAX_DOCUMENT_BYTES - 9) + b'"}'
    assert len(line) == MAX_DOCUMENT_BYTES
    assert _records(line + b"\n")[0][1] == []


# -- never raise; both parsers agree ----------------------------------------------------------

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10)
)
_JSON = st.recursive(
    _SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children)
    ),
    max_leaves=20,
)


def same(left: Any, right: Any) -> bool:
    """Equal with the same types all the way down (1 == 1.0 == True in Python, not in JSON)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return list(left) == list(right) and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    if isinstance(left, float):
        return left == right and math.copysign(1, left) == math.copysign(1, right)
    return bool(left == right)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_JSON, indent=st.sampled_from([None, 2]), ensure_ascii=st.booleans())
def test_load_text_equals_json_loads_and_the_scanner_agrees(
    value: Any, indent: int | None, ensure_ascii: bool
) -> None:
    text = json.dumps({"v": value}, indent=indent, ensure_ascii=ensure_ascii)
    expected = json.loads(text)
    document = load_text(text)
    assert document.findings == [] and same(document.value, expected)
    scanned, problem = Parser(text).parse()
    assert problem is None and same(scanned, expected)


_NOISE = st.sampled_from([*"{}[],:\"\\ \n\t0123456789-+.eEtrufalsn/*'xNaIy", "\x00", "é"])


@settings(max_examples=120, deadline=None)
@given(value=_JSON, data=st.data())
def test_mutated_text_gets_the_same_verdict_from_both_parsers(value: Any, data: Any) -> None:
    """Break valid text at random: whatever json.loads rejects, the scanner rejects as fatal."""
    text = json.dumps(value)
    position = data.draw(st.integers(0, len(text)))
    cut = data.draw(st.integers(0, 2))
    text = text[:position] + data.draw(_NOISE) + text[position + cut :]
    try:
        expected = json.loads(text, parse_constant=_reject)
    except ValueError:
        expected = _REJECTED  # not None: the mutation may well give the text "null"
    document = load_text(text)
    fatal = [f.code for f in document.findings if f.code in FATAL_CODES - {"J008"}]
    if expected is _REJECTED:
        assert fatal, text
    else:
        assert not fatal, text
        if isinstance(expected, dict):
            assert same(document.value, expected)


_REJECTED = object()


def _reject(word: str) -> None:
    raise ValueError(word)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=64))
def test_any_bytes_never_raise(data: bytes) -> None:
    document = load_bytes(data)
    assert all(f.span is not None for f in document.findings)
    assert document.fatal == any(f.code in FATAL_CODES for f in document.findings)
    if document.text is not None and not document.fatal:
        document.positions().locate("/x/y", "key")


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.characters(codec=None), max_size=40))
def test_any_text_never_raises(text: str) -> None:
    document = load_text(text)
    assert document.fatal == (document.value is None)
    assert all(f.span is not None for f in document.findings)
