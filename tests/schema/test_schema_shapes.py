"""``x-shape``: the URL (S010) and appid (S011) shapes of string members, checked as warnings.

Each test compiles a small schema of its own, so nothing here depends on the shipped schemas
(the fixtures of S010 and S011 cover those).
"""

from __future__ import annotations

from typing import Any

import pytest

from validator.schema import CompiledSchema, SchemaError, SchemaResult
from validator.schema.walker import Walker

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "logo": {"type": "string", "minLength": 1, "maxLength": 20, "x-shape": "url"},
        "image": {"type": "string", "x-shape": "url"},
        "appid": {"type": "string", "maxLength": 32, "x-shape": "appid"},
        "cover": {"type": "string", "x-soft": {"minLength": 1}, "x-shape": "url"},
    },
    "additionalProperties": False,
}


def _found(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f.code, f.pointer) for f in CompiledSchema(SCHEMA).evaluate(document).findings]


@pytest.mark.parametrize(
    "value",
    ["https://xxx", "http://a", "https://wxpaylogo.qpic.cn/wxpaylogo/abc/0", "https://a/b?c=d"],
)
def test_absolute_http_urls_pass(value: str) -> None:
    assert _found({"image": value}) == []


@pytest.mark.parametrize(
    "value",
    [
        "图片 cdn 地址",
        "//cdn.example.com/a.png",
        "ftp://a/b",
        "https:///a",
        "https://a b",
        "https://a\n",
    ],
)
def test_other_strings_are_s010(value: str) -> None:
    assert _found({"image": value}) == [("S010", "/image")]


def test_the_message_names_the_member_and_the_value() -> None:
    [finding] = CompiledSchema(SCHEMA).evaluate({"image": "图片 cdn 地址"}).findings
    assert finding.message == (
        "image must be an http(s) URL (WeChat wants the URL returned by its image upload API), "
        'got "图片 cdn 地址"'
    )
    [finding] = CompiledSchema(SCHEMA).evaluate({"appid": "miniappid"}).findings
    assert finding.message == (
        'appid "miniappid" does not look like an appid (wx followed by 16 hex characters)'
    )


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("wx5a1c9e7f3b2d4e60", []),
        ("wx5A1C9E7F3B2D4E60", ["S011"]),  # lower-case hex only
        ("wx23232232323", ["S011"]),
        ("123123123", ["S011"]),
        ("wx5a1c9e7f3b2d4e600", ["S011"]),
    ],
)
def test_appids_are_wx_and_16_hex_characters(value: str, codes: list[str]) -> None:
    assert [code for code, _ in _found({"appid": value})] == codes


def test_a_shape_finding_leaves_the_value_usable() -> None:
    result = CompiledSchema(SCHEMA).evaluate({"image": "x", "appid": "y"})
    assert {f.code for f in result.findings} == {"S010", "S011"}
    assert result.unusable == set()


def test_no_shape_on_an_empty_string_or_a_value_with_a_length_finding() -> None:
    assert _found({"image": ""}) == []  # no length bound: nothing at all
    assert _found({"logo": ""}) == [("S005", "/logo")]
    assert _found({"logo": "not a url but too long"}) == [("S005", "/logo")]
    assert _found({"appid": "x" * 33}) == [("S005", "/appid")]
    assert _found({"cover": ""}) == [("S009", "/cover")]


def test_no_shape_on_a_value_of_the_wrong_type() -> None:
    assert _found({"image": 1}) == [("S002", "/image")]


def test_the_fast_path_agrees() -> None:
    compiled = CompiledSchema(SCHEMA)
    fast = compiled.fast_path()
    assert fast is not None
    for document in (
        {"image": "https://a", "appid": "wx5a1c9e7f3b2d4e60", "logo": "http://b", "cover": ""},
        {"image": "图片", "appid": "miniappid", "logo": "", "cover": "x"},
        {"image": "", "appid": "", "logo": "https://" + "a" * 30},
    ):
        walked, quick = SchemaResult(), SchemaResult()
        Walker(walked).value(compiled.root, document, "")
        fast(document, "", Walker(quick))
        assert quick.findings == walked.findings
        assert quick.unusable == walked.unusable


@pytest.mark.parametrize(
    "member",
    [
        {"type": "string", "x-shape": "email"},  # not a known shape
        {"type": "integer", "x-shape": "url"},  # only strings have a shape
        {"x-shape": "appid"},
    ],
)
def test_a_shape_the_compiler_does_not_know_is_refused(member: dict[str, Any]) -> None:
    with pytest.raises(SchemaError, match="x-shape"):
        CompiledSchema({"type": "object", "properties": {"m": member}})
