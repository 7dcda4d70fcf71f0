"""The schema files' sentences under their message keys, and the server answers findings name.

``validator.schema.texts`` gives every ``x-message``, ``x-hint``, ``x-enum-hints`` and
``x-unknown-hints`` sentence of the shipped schemas a key (its Chinese wording is checked by
``tests/text/test_languages.py``); here the table is checked against the files. The server
answers (``validator.schema.answers``) must be named for the case the catalogue records and for
no other. Neither module, nor the Chinese wordings, may be imported by an English run, and the
table not even by a Chinese one that finds nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from validator import validate
from validator.apis import API_IDS
from validator.catalogue import RULES
from validator.schema import load_raw, schema_at
from validator.schema.answers import _case
from validator.schema.texts import TEXTS, UNLISTED, text

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
_KEYWORDS = ("x-message", "x-hint")
_MAPS = ("x-enum-hints", "x-unknown-hints")


def _sentences(value: Any, found: dict[str, str], where: str) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            if key in _KEYWORDS and isinstance(sub, str):
                found.setdefault(sub, where)
            elif key in _MAPS and isinstance(sub, dict):
                for entry in sub.values():
                    found.setdefault(entry, where)
            else:
                _sentences(sub, found, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _sentences(item, found, f"{where}/{index}")


def _shipped_sentences() -> dict[str, str]:
    """Every sentence of the shipped schema files → where one of them is written."""
    found: dict[str, str] = {}
    for api in API_IDS:
        _sentences(load_raw(api), found, f"{api}.json#")
    return found


SENTENCES = _shipped_sentences()


def test_every_schema_sentence_has_a_key() -> None:
    missing = sorted(
        f"{where}: {sentence!r}"
        for sentence, where in SENTENCES.items()
        if sentence not in TEXTS.values()
    )
    assert missing == [], "add these to validator/schema/texts.py (and their Chinese wording)"


def test_every_key_has_its_sentence_in_a_schema_file() -> None:
    unused = sorted(key for key, sentence in TEXTS.items() if sentence not in SENTENCES)
    assert unused == [], "these keys' sentences are in no schema file any more"


def test_a_sentence_has_one_key() -> None:
    assert len(set(TEXTS.values())) == len(TEXTS)


def test_a_sentence_outside_the_table_reads_as_written_in_every_language() -> None:
    own = text("{member} is needed here", member="name")
    assert own.key == UNLISTED
    assert own.render("en") == own.render("zh") == "name is needed here"


def test_a_conditional_message_reads_in_chinese_with_the_member_it_names() -> None:
    document = json.loads((EXAMPLES / "product-coupon-create.json").read_text(encoding="utf-8"))
    document["valid_info"] = {"valid_type": 1, "end_time": 1900604800}
    data = json.dumps(document).encode()
    (english,) = [d for d in validate(data, now=1800000000, lang="en") if d.code == "B002"]
    (chinese,) = [d for d in validate(data, now=1800000000, lang="zh") if d.code == "B002"]
    assert english.message.startswith("valid_type 1 (指定时间范围生效, a fixed window) requires")
    assert chinese.message.startswith("valid_type=1（指定时间范围生效）时必填 start_time")


# -- server answers -------------------------------------------------------------------------


@pytest.mark.parametrize("code", [code for code in RULES if code.startswith("S")])
def test_a_recorded_answer_names_a_case_the_schema_reports(code: str) -> None:
    for error in RULES[code].server_errors:
        case = _case(error.where)
        assert case is not None, f"{code}: where {error.where!r} is not API [POINTER [JSON]]"
        api, pointer, _ = case
        assert api in API_IDS, f"{code}: {error.where!r} names no API"
        if pointer is not None:
            assert isinstance(schema_at(api, pointer), dict), f"{code}: {error.where!r}"


def test_a_where_of_another_form_matches_nothing() -> None:
    assert _case("when discount_info is absent") is None
    assert _case("shop-coupon-add /coupon {not json") is None
    assert _case("shop-coupon-add /coupon []") is not None
    assert _case("busifavor-stock-create")[:2] == ("busifavor-stock-create", None)
    assert _case("")[:2] == ("", None)


def _example(api: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{api}.json").read_text(encoding="utf-8"))


def _messages(document: dict[str, Any], api: str, code: str) -> list[str]:
    data = json.dumps(document, ensure_ascii=False).encode()
    return [d.message for d in validate(data, api=api, now=1800000000, lang="en") if d.code == code]


def _answered(document: dict[str, Any], api: str, code: str, answer: str) -> bool:
    messages = _messages(document, api, code)
    assert messages, f"no {code} for the document"
    return all(answer in message for message in messages)


def test_an_answer_is_named_for_its_case_only() -> None:
    product = _example("product-coupon-create")
    product["valid_info"]["valid_type"] = 3
    answer = "errcode 109110 (优惠券校验领取时间失败)"
    assert _answered(product, "product-coupon-create", "S003", answer)
    product = _example("product-coupon-create")
    product["discount_info"]["discount_num"] = 10
    assert _answered(product, "product-coupon-create", "S004", "WeChat answers errcode 109107")
    product["discount_info"]["discount_num"] = 20
    assert not _answered(product, "product-coupon-create", "S004", "109107")

    busifavor = _example("busifavor-stock-create")
    busifavor["coupon_use_rule"]["fixed_normal_coupon"] = {}
    assert _answered(busifavor, "busifavor-stock-create", "S001", "PARAM_ERROR (值低于最小值)")
    busifavor["coupon_use_rule"]["fixed_normal_coupon"] = {"discount_amount": 100}
    assert not _answered(busifavor, "busifavor-stock-create", "S001", "值低于最小值")

    favor = _example("favor-stock-create")
    favor["coupon_use_rule"]["goods_tag"] = []
    assert _answered(favor, "favor-stock-create", "S005", "PARAM_ERROR (无法将传入参数")
    favor["coupon_use_rule"]["goods_tag"] = [f"tag_{n}" for n in range(51)]
    assert not _answered(favor, "favor-stock-create", "S005", "PARAM_ERROR")


def test_an_answer_seen_for_one_api_is_not_named_where_another_carries_its_body() -> None:
    busifavor = _example("busifavor-stock-create")
    busifavor["stock_sent_rule"] = busifavor.pop("stock_send_rule")
    answer = "PARAM_ERROR (请求中含有未在API文档中定义的参数)"
    assert _answered(busifavor, "busifavor-stock-create", "S007", answer)
    vendor = _example("create-coupon-stock")
    vendor["coupon_data"]["stock_sent_rule"] = vendor["coupon_data"].pop("stock_send_rule")
    assert not _answered(vendor, "create-coupon-stock", "S007", "PARAM_ERROR")


# -- what a run imports ---------------------------------------------------------------------


def _imported(script: str, tmp_path: Path) -> list[str]:
    """The ``validator.text.zh`` and schema-sentence modules a script leaves imported."""
    watched = ("validator.text.zh", "validator.schema.texts", "validator.schema.answers")
    code = (
        "import atexit, sys\n"
        f"watched = {watched!r}\n"
        "atexit.register(lambda: print(sorted(m for m in sys.modules if m.startswith(watched))))\n"
        + script
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1].replace("'", '"'))


def test_clean_documents_import_no_sentence_and_no_answer_even_on_the_fast_path(
    tmp_path: Path,
) -> None:
    script = (
        "from validator import validate\n"
        f"data = open({str(EXAMPLES / 'busifavor-stock-create.json')!r}, 'rb').read()\n"
        "for _ in range(40):\n"
        "    assert validate(data, now=1800000000, lang='zh') == []\n"
    )
    assert _imported(script, tmp_path) == []


def test_an_english_check_with_schema_findings_imports_no_chinese(tmp_path: Path) -> None:
    fixture = REPO / "tests" / "fixtures" / "S003" / "fail.json"
    script = (
        "from validator.cli.entry import main\n"
        "try:\n"
        f"    main(['check', '--lang', 'en', '--now', '1800000000', {str(fixture)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    assert _imported(script, tmp_path) == ["validator.schema.answers", "validator.schema.texts"]
