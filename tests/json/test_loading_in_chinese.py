"""The loading (J) and detection (D001) messages in Chinese: same facts, same places, and
literal braces and list joins that come out right in both languages.

``tests/text/test_languages.py`` checks that every key has a Chinese wording with the same
placeholders; this checks what only rendering shows: a ``{…}`` written in a template, the
line:column shifted to a JSONL record's line, and the lists D001 builds from fragments.
"""

from __future__ import annotations

import io

import pytest

import validator.apis.detect
import validator.cap
import validator.json.parser
from validator import validate
from validator.json.loader import iter_jsonl, load_bytes, load_text
from validator.text import TEMPLATES, Text, placeholders, render
from validator.text.zh import messages

CHINESE = messages()

# The modules that make the J and D001 templates (the parser is otherwise imported on first use).
MODULES = (validator.apis.detect, validator.cap, validator.json.parser)


def _one(text: str) -> Text:
    (finding,) = load_text(text).findings
    assert isinstance(finding.message, Text)
    return finding.message


def test_the_position_and_the_hint_are_in_the_chinese_message() -> None:
    message = _one("{'a': 1}")
    assert render(message, "zh") == (
        'JSON 格式错误：位置 1:2 处应为用双引号括起的字段名，实际是 "\'"；'
        "JSON 的字符串和字段名都必须用双引号"
    )


def test_a_jsonl_record_names_its_real_line_in_both_languages() -> None:
    records = list(iter_jsonl(io.BytesIO(b'{"a": 1}\n\n{"a": 1,\n')))
    (finding,) = records[1][1].findings
    assert "at 3:9" in render(finding.message, "en")
    assert "位置 3:9 处" in render(finding.message, "zh")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_braces_written_in_a_message_come_out_single(lang: str) -> None:
    assert '{"coupon": {…}}' in render(_one(""), lang)
    assert "',' 或 '}'" in render(_one('{"a": 1 "b": 2}'), "zh")
    assert "',' or ']'" in render(_one("[1 2]"), "en")
    (finding,) = load_text("[1]").findings
    assert "{…}" in render(finding.message, lang)


@pytest.mark.parametrize("key", sorted(key for key in TEMPLATES if key.startswith(("J0", "D001"))))
def test_a_template_without_placeholders_writes_its_braces_single(key: str) -> None:
    """A template with no placeholders is not formatted, so a doubled brace would be shown as
    it is; one with placeholders is formatted, which ``placeholders`` has already parsed."""
    for wording in (TEMPLATES[key], CHINESE[key]):
        if not placeholders(wording):
            assert "{{" not in wording and "}}" not in wording, wording
    text = Text(key, TEMPLATES[key], {name: "X" for name in placeholders(TEMPLATES[key])})
    assert render(text, "zh") != render(text, "en")


def test_control_characters_name_their_code_point_and_escape() -> None:
    message = _one('{"a": "x\ty"}')
    assert render(message, "zh") == (
        "JSON 格式错误：位置 1:9 处的字符串里直接出现了控制字符 U+0009；请改写为 \\t"
    )


def test_the_size_limit_names_what_is_too_large() -> None:
    (finding,) = load_bytes(b" " * (10 * 1024 * 1024 + 1)).findings
    assert render(finding.message, "en").startswith("file too large (limit 10 MiB)")
    assert render(finding.message, "zh").startswith("文件过大（上限 10 MiB）")


def test_a_payload_json_cannot_serialise_keeps_pythons_words() -> None:
    (english,) = validate({"a": {1}}, lang="en")
    (chinese,) = validate({"a": {1}}, lang="zh")
    assert (
        english.message
        == "the payload is not JSON data: Object of type set is not JSON serializable"
    )
    assert (
        chinese.message
        == "传入的 payload 不是 JSON 数据：Object of type set is not JSON serializable"
    )


def test_d001_lists_the_signals_as_each_language_joins_them() -> None:
    body = b'{"coupon": {}, "coupon_name": "x", "coupon_type": 1, "auto_valid_info": {}, "type": 1}'
    (english,) = validate(body, lang="en")
    (chinese,) = validate(body, lang="zh")
    assert english.message == (
        "cannot tell which API this file targets: signals of shop-coupon-add (coupon), "
        "create-coupon-stock (coupon_name, coupon_type) and channels-ec-coupon-create "
        "(auto_valid_info); pass --api"
    )
    assert chinese.message == (
        "无法判断此文件对应哪个接口：同时出现了 shop-coupon-add（coupon）、"
        "create-coupon-stock（coupon_name、coupon_type）和 channels-ec-coupon-create"
        "（auto_valid_info）的特征字段；请用 --api 指定接口"
    )
