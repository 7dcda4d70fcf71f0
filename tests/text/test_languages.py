"""Both languages are complete: every message and every catalogue text has a Chinese wording.

The English of each message is written where the finding is made (``validator.text.message``),
so importing every module of the package lists every template. Each must have a Chinese wording
with exactly the same placeholders (a missing or renamed one would print ``{name}`` or raise),
and the Chinese modules must not hold wordings for keys that no longer exist.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import validator
from validator.catalogue import RULES, in_language
from validator.text import TEMPLATES, placeholders
from validator.text.zh import messages, rule_texts


def _import_everything() -> dict[str, str]:
    for module in pkgutil.walk_packages(validator.__path__, "validator."):
        if module.name.startswith("validator.text.zh"):
            continue
        importlib.import_module(module.name)
    assert RULES["J001"]  # assembling the catalogue imports the requirement modules
    return dict(TEMPLATES)


ENGLISH = _import_everything()
CHINESE = messages()
CHINESE_RULES = rule_texts()


@pytest.mark.parametrize("key", sorted(ENGLISH))
def test_every_message_has_a_chinese_wording_with_the_same_placeholders(key: str) -> None:
    assert key in CHINESE, f"no Chinese wording for {key!r}: {ENGLISH[key]!r}"
    assert placeholders(CHINESE[key]) == placeholders(ENGLISH[key]), (ENGLISH[key], CHINESE[key])


def test_no_chinese_wording_is_left_for_a_message_that_no_longer_exists() -> None:
    assert sorted(set(CHINESE) - set(ENGLISH)) == []


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_its_catalogue_texts_in_chinese(code: str) -> None:
    texts = CHINESE_RULES.get(code, {})
    info = RULES[code]
    wanted = {"summary", "explanation"} | ({"fix"} if info.fix is not None else set())
    assert set(texts) == wanted, f"{code}: Chinese texts {sorted(texts)}, wanted {sorted(wanted)}"
    chinese = in_language(info, "zh")
    for field in wanted:
        text = getattr(chinese, field)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), f"{code} {field} is not Chinese"


def test_no_chinese_catalogue_text_is_left_for_a_code_that_no_longer_exists() -> None:
    assert sorted(set(CHINESE_RULES) - set(RULES)) == []


def test_english_is_the_reference_and_stays_unchanged() -> None:
    info = RULES["U001"]
    assert in_language(info, "en") is info


@pytest.mark.parametrize("code", sorted(RULES))
def test_the_failing_example_reads_differently_in_chinese(code: str) -> None:
    """Every message of every failing example is a template with a Chinese wording (a plain
    English string would read the same in both languages)."""
    from validator import validate

    example = RULES[code].fail_example
    data = example.document.encode(example.encoding)
    english = validate(data, api=example.api, now=example.now, lang="en")
    chinese = validate(data, api=example.api, now=example.now, lang="zh")
    assert [(d.code, d.pointer) for d in english] == [(d.code, d.pointer) for d in chinese]
    same = [d.message for d, z in zip(english, chinese, strict=True) if d.message == z.message]
    assert same == []
