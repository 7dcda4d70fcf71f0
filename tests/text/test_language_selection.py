"""Which language a run speaks: ``--lang``, then ``lang`` in the configuration, then
``COUPON_VALIDATOR_LANG``, then ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``, else English; and the
library's ``lang=``.

Each step is tested through the real command line (in process, with the environment set, and
once as a new process): the summary line and the usage errors are the tool's own texts, so
they show the language whichever areas' messages are translated. Codes, pointers, JSON keys and
exit statuses must not change with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, invoke
from validator import assert_valid, validate, validate_file
from validator.guard import InvalidCouponRequest, check_request, httpx_hook
from validator.text.language import choose, from_environment

EXAMPLE = str(REPO / "examples" / "shop-coupon-add.json")
MISTAKES = str(REPO / "examples" / "mistakes")
NOW = "1800000000"
ENGLISH = "All checks passed (1 file checked).\n"
CHINESE = "全部检查通过（检查了 1 个文件）。\n"
VARIABLES = ("COUPON_VALIDATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(autouse=True)
def no_language_in_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test sets what it means; the working directory has no configuration."""
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.chdir(tmp_path)


def summary(*options: str) -> str:
    result = invoke("check", *options, EXAMPLE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def configure(tmp_path: Path, lang: str) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.coupon-validator]\nlang = "{lang}"\n', encoding="utf-8"
    )


# --lang


def test_english_is_the_default() -> None:
    assert summary() == ENGLISH


@pytest.mark.parametrize("value", ["zh", "ZH", "Zh"])
def test_lang_option_chooses_chinese(value: str) -> None:
    assert summary("--lang", value) == CHINESE


def test_lang_option_wins_over_everything_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(tmp_path, "zh")
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "zh")
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert summary("--lang", "en") == ENGLISH
    configure(tmp_path, "en")
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "en")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert summary("--lang", "zh") == CHINESE


def test_an_unknown_lang_value_is_clicks_usage_error() -> None:
    result = invoke("check", "--lang", "fr", EXAMPLE)
    assert result.exit_code == 2
    assert "Invalid value for '--lang'" in result.stderr and "'zh'" in result.stderr


# the configuration's lang


def test_configured_lang_chooses_the_language(tmp_path: Path) -> None:
    configure(tmp_path, "zh")
    assert summary() == CHINESE
    configure(tmp_path, "en")
    assert summary() == ENGLISH


def test_configured_lang_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "zh")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    configure(tmp_path, "en")
    assert summary() == ENGLISH


def test_config_option_names_the_file_whose_lang_counts(tmp_path: Path) -> None:
    other = tmp_path / "coupon-validator.toml"
    other.write_text('lang = "zh"\n', encoding="utf-8")
    assert summary("--config", str(other)) == CHINESE


def test_an_unknown_configured_lang_is_a_usage_error_naming_the_choices(tmp_path: Path) -> None:
    configure(tmp_path, "fr")
    result = invoke("check", EXAMPLE)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "coupon-validator: error: pyproject.toml: [tool.coupon-validator] "
        "'lang': expected one of 'zh', 'en', got 'fr'\n"
    )


def test_a_configuration_error_is_said_in_the_language_of_the_option_or_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a mistake cannot be trusted to name the language (its lang may be the
    mistake), so its own lang is not used for the error."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.coupon-validator]\nlang = "zh"\nselct = ["A"]\n', encoding="utf-8"
    )
    english = invoke("check", EXAMPLE)
    assert english.exit_code == 2
    assert english.stderr.startswith("coupon-validator: error: pyproject.toml: ")
    assert "unknown key 'selct' (did you mean 'select'?)" in english.stderr
    chinese = invoke("check", "--lang", "zh", EXAMPLE)
    assert chinese.exit_code == 2
    assert chinese.stderr == (
        "coupon-validator: 错误：pyproject.toml: [tool.coupon-validator] "
        "未知的键 'selct'（是否想写 'select'？）\n"
    )
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert invoke("check", EXAMPLE).stderr == chinese.stderr


# COUPON_VALIDATOR_LANG


@pytest.mark.parametrize("value", ["zh", "zh_CN", "ZH-cn"])
def test_the_tools_variable_chooses_chinese(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", value)
    assert summary() == CHINESE


def test_the_tools_variable_wins_over_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "en")
    assert summary() == ENGLISH
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "zh")
    assert summary() == CHINESE


def test_an_unknown_value_of_the_tools_variable_is_passed_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As a locale without wordings is: the next step decides."""
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "fr")
    assert summary() == ENGLISH
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert summary() == CHINESE


# LC_ALL, LC_MESSAGES, LANG


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, CHINESE),
        ({"LANG": "zh_TW.Big5"}, CHINESE),
        ({"LANG": "en_US.UTF-8"}, ENGLISH),
        ({"LANG": "C"}, ENGLISH),
        ({"LANG": "fr_FR.UTF-8"}, ENGLISH),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, CHINESE),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, ENGLISH),
        ({"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US"}, CHINESE),
        ({"LC_ALL": "C.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN"}, ENGLISH),
        ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"}, CHINESE),
    ],
    ids=lambda value: (
        ",".join(f"{k}={v}" for k, v in value.items())
        if isinstance(value, dict)
        else "zh"
        if value == CHINESE
        else "en"
    ),
)
def test_the_locale_variables_in_posix_order(
    environment: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first of LC_ALL, LC_MESSAGES, LANG that is set and not empty decides."""
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert summary() == expected


def test_lang_in_the_environment_of_a_new_process(tmp_path: Path) -> None:
    """The console script's way: a plain check in a new process with LANG=zh_CN.UTF-8."""
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    result = subprocess.run(
        [sys.executable, "-m", "validator", "check", EXAMPLE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env={**env, "LANG": "zh_CN.UTF-8", "NO_COLOR": "1"},
        check=False,
    )
    assert (result.returncode, result.stderr, result.stdout) == (0, "", CHINESE)


def test_choose_is_the_order_the_command_line_follows() -> None:
    assert choose("zh", "en", {"LANG": "en"}) == "zh"
    assert choose(None, "zh", {"COUPON_VALIDATOR_LANG": "en"}) == "zh"
    assert choose(None, None, {"COUPON_VALIDATOR_LANG": "zh", "LC_ALL": "en"}) == "zh"
    assert choose(None, None, {"LC_ALL": "zh_CN", "LANG": "en"}) == "zh"
    assert choose(None, None, {}) == "en"
    assert from_environment({"LC_ALL": "POSIX", "LANG": "zh_CN"}) == "en"


# what never changes with the language


def test_only_the_messages_change_with_the_language() -> None:
    """Codes, pointers, positions, severities, JSON keys and the exit status are the same."""
    runs = {
        lang: invoke("check", "--format", "json", "--now", NOW, "--lang", lang, MISTAKES)
        for lang in ("en", "zh")
    }
    assert runs["en"].exit_code == runs["zh"].exit_code == 1
    english, chinese = (json.loads(runs[lang].stdout) for lang in ("en", "zh"))
    assert english["summary"] == chinese["summary"] and english.keys() == chinese.keys()
    for a, b in zip(english["diagnostics"], chinese["diagnostics"], strict=True):
        assert a.keys() == b.keys()
        assert {k: v for k, v in a.items() if k != "message"} == {
            k: v for k, v in b.items() if k != "message"
        }


def test_usage_errors_before_the_configuration_follow_the_option_and_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = invoke("check", "--lang", "zh", "--now", "1700000000000", EXAMPLE)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "coupon-validator: 错误：--now 1700000000000 看起来是毫秒；"
        "请给出 Unix 秒级时间戳（1700000000）\n"
    )
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert invoke("check", "--now", "1700000000000", EXAMPLE).stderr == result.stderr
    english = invoke("check", "--lang", "en", "--now", "1700000000000", EXAMPLE)
    assert english.stderr.startswith("coupon-validator: error: --now 1700000000000 looks like")


def test_errors_after_the_configuration_follow_its_lang(tmp_path: Path) -> None:
    configure(tmp_path, "zh")
    result = invoke("check", "--select", "S0004", EXAMPLE)
    assert result.stderr == (
        "coupon-validator: 错误：未知的规则代码或前缀 'S0004'（是否想写 'S004'？）\n"
    )
    result = invoke("check", str(tmp_path / "gone.json"))
    assert result.stderr == f"coupon-validator: 错误：{tmp_path / 'gone.json'}: 文件或目录不存在\n"
    (tmp_path / "empty").mkdir()
    result = invoke("check", str(tmp_path / "empty"))
    assert result.exit_code == 0
    assert result.stderr.startswith("coupon-validator: 警告：")
    assert "中没有找到 .json 或 .jsonl 文件" in result.stderr


# the library


PYTHON_VALUE = {"coupon": {1, 2}}  # a set: the library's own J001, whose Chinese is ours


def test_validate_takes_lang() -> None:
    [english] = validate(PYTHON_VALUE, lang="en")
    [chinese] = validate(PYTHON_VALUE, lang="zh")
    assert english.message.startswith("the payload is not JSON data: ")
    assert chinese.message.startswith("传入的 payload 不是 JSON 数据：")
    assert english._replace(message="") == chinese._replace(message="")


def test_validate_follows_the_environment_without_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "zh")
    assert validate(PYTHON_VALUE)[0].message.startswith("传入的 payload")
    assert validate(PYTHON_VALUE, lang="en")[0].message.startswith("the payload")
    monkeypatch.setenv("COUPON_VALIDATOR_LANG", "en")
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert validate(PYTHON_VALUE)[0].message.startswith("the payload")


@pytest.mark.parametrize("call", [validate, assert_valid])
def test_an_unknown_lang_is_a_value_error(call: object) -> None:
    with pytest.raises(ValueError, match="lang must be one of"):
        call({"coupon": {}}, lang="fr")  # type: ignore[operator]


def test_validate_file_takes_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``lang`` reaches the run of the file (which renders every message in it), and the line
    that says why a file cannot be read is in it too."""
    from validator.inputs import runner

    asked = []
    real = runner.check_one

    def spy(*args: object, **kwargs: object) -> object:
        asked.append(kwargs.get("lang"))
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "check_one", spy)
    validate_file(EXAMPLE, lang="zh")
    validate_file(EXAMPLE, lang="en")
    monkeypatch.setenv("LC_MESSAGES", "zh_CN.UTF-8")
    validate_file(EXAMPLE)
    assert asked == ["zh", "en", "zh"]
    with pytest.raises(OSError, match=r"gone\.json: 文件或目录不存在"):
        validate_file(tmp_path / "gone.json", lang="zh")
    with pytest.raises(OSError, match=r"gone\.json: no such file or directory"):
        validate_file(tmp_path / "gone.json", lang="en")


BAD_BODY = {"coupon": {"out_coupon_id": "x", "type": 104, "promote_type": 4}}


def test_assert_valid_takes_lang() -> None:
    with pytest.raises(AssertionError) as english:
        assert_valid(BAD_BODY, api="shop-coupon-add", now=int(NOW), lang="en")
    with pytest.raises(AssertionError) as chinese:
        assert_valid(BAD_BODY, api="shop-coupon-add", now=int(NOW), lang="zh")
    assert str(english.value).startswith("shop-coupon-add payload has ")
    assert str(chinese.value).startswith("shop-coupon-add 请求体有 ")
    assert str(chinese.value).splitlines()[0].endswith(" 个问题：")
    codes = [line.split()[0] for line in str(english.value).splitlines()[1:]]
    assert codes == [line.split()[0] for line in str(chinese.value).splitlines()[1:]]


def test_assert_valid_names_the_root_in_the_language() -> None:
    with pytest.raises(AssertionError) as chinese:
        assert_valid("[]", lang="zh")
    assert "（根）" in str(chinese.value)


URL = "https://api.weixin.qq.com/shop/coupon/add?access_token=SECRET"


def test_the_guard_takes_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidCouponRequest) as chinese:
        check_request(URL, BAD_BODY, now=int(NOW), lang="zh")
    first = str(chinese.value).splitlines()[0]
    assert first.startswith("发往 https://api.weixin.qq.com/shop/coupon/add 的 shop-coupon-add")
    assert "SECRET" not in str(chinese.value)
    with pytest.raises(InvalidCouponRequest) as english:
        check_request(URL, BAD_BODY, now=int(NOW), lang="en")
    assert str(english.value).startswith("shop-coupon-add request to ")
    assert [d.code for d in english.value.diagnostics] == [
        d.code for d in chinese.value.diagnostics
    ]
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(InvalidCouponRequest) as from_environment_:
        check_request(URL, BAD_BODY, now=int(NOW))
    assert str(from_environment_.value) == str(chinese.value)


def test_the_httpx_hooks_take_lang() -> None:
    with pytest.raises(ValueError, match="lang must be one of"):
        httpx_hook(lang="fr")
    httpx = pytest.importorskip("httpx")
    client = httpx.Client(
        transport=httpx.MockTransport(lambda request: httpx.Response(200)),
        event_hooks={"request": [httpx_hook(now=int(NOW), lang="zh")]},
    )
    with pytest.raises(InvalidCouponRequest, match="个问题："):
        client.post(URL, json=BAD_BODY)
