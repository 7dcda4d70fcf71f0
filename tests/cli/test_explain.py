"""``rules`` and ``explain`` in the reader's language, the server answers a rule prevents, and
the SARIF rule list that tells the same.

The Chinese catalogue texts of a rule belong to the area that reports it; where a test needs
them it gives the rule its own (``chinese_rule``), so it tests where the language goes, not
another area's wording. The headings are the interface's own and are tested as they read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO, invoke, run_cli
from validator import catalogue
from validator.catalogue.model import ServerError
from validator.cli.explain import _applies_to, answered
from validator.text import _rule_texts, render, rule_texts

VARIABLES = ("COUPON_VALIDATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG")
ANSWER = ServerError(
    "109110", "优惠券校验领取时间失败", "B-109110", "product-coupon-create /valid_info/start_time"
)
PAY_ANSWER = ServerError("PARAM_ERROR", "请求参数错误", "WP")
ADDRESS = catalogue.SOURCES["B-109110"]


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """U001 with a server answer (and S006 with a WeChat Pay one), whatever the catalogue
    records today."""
    for code, answer in (("U001", ANSWER), ("S006", PAY_ANSWER)):
        info = catalogue.RULES[code]
        monkeypatch.setitem(catalogue.RULES, code, info._replace(server_errors=(answer,)))


@pytest.fixture
def chinese_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """U001's Chinese catalogue texts, as its area will write them."""
    texts = {
        **rule_texts("zh"),
        "U001": {
            "summary": "时间戳是毫秒，应为秒级时间戳",
            "explanation": "这些接口的时间字段是秒级时间戳。",
            "fix": "把毫秒时间戳除以 1000",
        },
    }
    monkeypatch.setitem(_rule_texts, "zh", texts)


def explain(*args: str) -> str:
    code, out, err = run_cli("explain", *args)
    assert (code, err) == (0, ""), err
    return out


# explain


def test_explain_in_english_reads_as_before() -> None:
    lines = explain("C007").splitlines()
    assert lines[0].startswith("C007 (available-window-invalid): ")
    assert lines[1].startswith(
        "Severity: error    API: busifavor-stock-create; also create-coupon-stock "
        "(in /coupon_data)    Status: "
    )
    assert lines[2] == "Fixable: no"
    assert "\nSources:\n  [WPwiki] " in explain("C007")
    assert "Failing example, --api create-coupon-stock (reported at /coupon_data/" in explain(
        "C007"
    )


def test_explain_in_chinese_translates_every_heading(chinese_rule: None) -> None:
    out = explain("U001", "--lang", "zh")
    lines = out.splitlines()
    assert lines[0] == "U001（milliseconds-timestamp）：时间戳是毫秒，应为秒级时间戳"
    assert lines[1].startswith("严重级别：error    适用 API：所有 API    依据：")
    assert lines[2] == "可自动修复：是（check --fix：把毫秒时间戳除以 1000）"
    assert "\n这些接口的时间字段是秒级时间戳。\n" in out
    assert "\n来源：\n  [B-109110] " in out
    assert (
        "\n不通过的示例，--api auto（报告位置：/coupon/coupon_info/receive_info/start_time）：\n"
        in out
    )
    assert "\n通过的示例，--api auto：\n" in out
    for english in ("Severity", "Fixable", "Sources", "example", "reported at"):
        assert english not in out


def test_explain_in_chinese_keeps_ids_statuses_and_examples() -> None:
    english, chinese = explain("C007", "--lang", "en"), explain("C007", "--lang", "zh")
    info = catalogue.RULES["C007"]
    for same in (info.status, *info.sources, info.fail_example.document.rstrip("\n")):
        assert same in english and same in chinese
    assert "适用 API：busifavor-stock-create；也用于 create-coupon-stock（位于 /coupon_data）" in (
        chinese
    )
    assert "可自动修复：否" in chinese


def test_explain_follows_the_configuration_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert explain("A001").splitlines()[1].startswith("Severity: ")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert explain("A001").splitlines()[1].startswith("严重级别：")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coupon-validator]\nlang = "en"\n', encoding="utf-8"
    )
    assert explain("A001").splitlines()[1].startswith("Severity: ")
    assert explain("A001", "--lang", "zh").splitlines()[1].startswith("严重级别：")


def test_explain_with_a_broken_configuration(tmp_path: Path) -> None:
    """A mistake in the configuration is a usage error (as for check); with --lang the
    configuration is not read at all."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coupon-validator]\nlang = "fr"\n', encoding="utf-8"
    )
    code, out, err = run_cli("explain", "A001")
    assert (code, out) == (2, "")
    assert "'lang': expected one of 'zh', 'en', got 'fr'" in err
    assert explain("A001", "--lang", "en").startswith("A001 ")


def test_an_unknown_code_in_chinese() -> None:
    code, out, err = run_cli("explain", "U01", "--lang", "zh")
    assert (code, out) == (2, "")
    assert err == (
        "coupon-validator: 错误：未知的规则代码 'U01'；是否想写 'U001'？"
        "`coupon-validator rules` 可列出全部规则\n"
    )
    _, _, err = run_cli("explain", "U01")
    assert err == (
        "coupon-validator: error: unknown rule code 'U01'; did you mean 'U001'? "
        "`coupon-validator rules` lists them\n"
    )


def test_the_carriers_are_the_catalogues_in_english() -> None:
    for info in catalogue.RULES.values():
        assert render(_applies_to(info), "en") == catalogue.applies_to(info), info.code


# the server answers


def test_explain_names_the_server_answer_with_its_source(answers: None) -> None:
    out = explain("U001")
    assert (
        "\nServer answer it prevents:\n"
        '  errcode 109110 "优惠券校验领取时间失败" (for product-coupon-create '
        "/valid_info/start_time)\n"
        f"      [B-109110] {ADDRESS}\n"
    ) in out
    assert out.index("Server answer it prevents:") < out.index("Sources:")
    assert '\nServer answer it prevents:\n  PARAM_ERROR "请求参数错误"\n' in explain("S006")


def test_explain_names_the_server_answer_in_chinese(answers: None) -> None:
    out = explain("U001", "--lang", "zh")
    assert (
        "\n可避免的服务端错误：\n"
        "  错误码 109110“优惠券校验领取时间失败”（见于 product-coupon-create "
        "/valid_info/start_time）\n"
        f"      [B-109110] {ADDRESS}\n"
    ) in out


def test_explain_an_errcode_lists_the_rules_that_prevent_it(answers: None) -> None:
    out = explain("109110")
    assert out.startswith(
        "errcode 109110 is what the server answers to the mistakes these rules catch:\n"
    )
    assert "\n  U001  error    all " in out
    assert '\n      errcode 109110 "优惠券校验领取时间失败" (for product-coupon-create' in out
    assert f"\n      [B-109110] {ADDRESS}\n" in out
    assert out.endswith("\n`coupon-validator explain CODE` explains each one.\n")
    chinese = explain("109110", "--lang", "zh")
    assert chinese.startswith("服务端返回错误码 109110，对应的是以下规则能在离线时发现的错误：\n")
    assert explain("PARAM_ERROR", "--lang", "zh").startswith("服务端返回 PARAM_ERROR，")
    assert "\n  U001  error    all " in chinese


def test_explain_a_wechat_pay_code_in_any_case(answers: None) -> None:
    for spelling in ("PARAM_ERROR", "param_error", " Param_Error "):
        out = explain(spelling)
        assert out.startswith("PARAM_ERROR is what the server answers")
        assert "\n  S006  error " in out


def test_an_answer_no_rule_prevents_is_an_unknown_code(answers: None) -> None:
    code, out, err = run_cli("explain", "999999")
    assert (code, out) == (2, "")
    assert err.startswith("coupon-validator: error: unknown rule code '999999'; ")


def test_answered_reads_the_catalogue(answers: None) -> None:
    found = answered("109110")
    assert ("U001", ANSWER) in [(info.code, answer) for info, answer in found]
    assert answered("") == [] and answered("no-such-answer") == []


# rules


def test_rules_in_chinese_keep_codes_severities_and_apis(chinese_rule: None) -> None:
    _, english, _ = run_cli("rules")
    _, chinese, _ = run_cli("rules", "--lang", "zh")
    columns = [line.split()[:3] for line in english.splitlines()]
    assert columns == [line.split()[:3] for line in chinese.splitlines()]
    (u001,) = [line for line in chinese.splitlines() if line.startswith("U001 ")]
    assert u001.endswith("  时间戳是毫秒，应为秒级时间戳")
    _, vendor, _ = run_cli("rules", "--api", "create-coupon-stock", "--lang", "zh")
    _, vendor_english, _ = run_cli("rules", "--api", "create-coupon-stock")
    assert [line.split()[0] for line in vendor.splitlines()] == [
        line.split()[0] for line in vendor_english.splitlines()
    ]


def test_rules_follow_the_environment(chinese_rule: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "zh")
    _, out, _ = run_cli("rules")
    assert "  时间戳是毫秒，应为秒级时间戳\n" in out


# the SARIF rule list


def _sarif(*options: str) -> dict:
    example = str(REPO / "examples" / "mistakes" / "millisecond-timestamps.json")
    result = invoke("check", "--format", "sarif", "--now", "1800000000", *options, example)
    assert result.exit_code == 1, result.stderr
    return json.loads(result.stdout)


def test_sarif_rule_metadata_in_the_chosen_language(chinese_rule: None, answers: None) -> None:
    english, chinese = _sarif(), _sarif("--lang", "zh")
    rules = {r["id"]: r for r in english["runs"][0]["tool"]["driver"]["rules"]}
    chinese_rules = {r["id"]: r for r in chinese["runs"][0]["tool"]["driver"]["rules"]}
    assert list(rules) == list(chinese_rules)
    u001 = chinese_rules["U001"]
    assert u001["shortDescription"]["text"] == "时间戳是毫秒，应为秒级时间戳"
    assert u001["fullDescription"]["text"] == "这些接口的时间字段是秒级时间戳。"
    assert (
        "\n\n可避免的服务端错误：\n- 错误码 109110“优惠券校验领取时间失败”" in u001["help"]["text"]
    )
    assert f"\n\n来源：\n- [B-109110] {ADDRESS}" in u001["help"]["text"]
    assert "\n\nServer answer it prevents:\n- errcode 109110 " in rules["U001"]["help"]["text"]
    assert "\n\nSources:\n- [B-109110] " in rules["U001"]["help"]["text"]
    for code, rule in rules.items():
        other = chinese_rules[code]
        assert (rule["name"], rule["defaultConfiguration"], rule["properties"]) == (
            other["name"],
            other["defaultConfiguration"],
            other["properties"],
        )
    results = english["runs"][0]["results"], chinese["runs"][0]["results"]
    for a, b in zip(*results, strict=True):
        assert {k: v for k, v in a.items() if k != "message"} == {
            k: v for k, v in b.items() if k != "message"
        }
