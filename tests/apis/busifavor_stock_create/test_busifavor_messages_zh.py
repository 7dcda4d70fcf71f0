"""The merchant-coupon (商家券) messages in Chinese, beyond what the fixtures snapshot.

The fixtures prove one wording per failing document; these check what varies inside a message
(C009's one to three problems, C008's clock for a value outside the day, each C012 limit and
each C020 member), that the bare body and create-coupon-stock's ``coupon_data`` read the same,
that every number and quoted value of the English is in the Chinese, and that the server's
answer and the Beijing-time limit appear in both languages.
"""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from validator import validate
from validator.catalogue import RULES, in_language
from validator.catalogue.bases import BASE_C, BASE_D

NOW = 1800000000
API = "busifavor-stock-create"
CARRIER = "create-coupon-stock"
CUR = "/coupon_use_rule"
CAT = f"{CUR}/coupon_available_time"
IRR = f"{CAT}/irregulary_avaliable_time"
SEND = "/stock_send_rule"


def bare(*changes: tuple[str, Any]) -> dict[str, Any]:
    """Base-D with ``(pointer, value)`` changes made in order (``None`` removes a member)."""
    document = copy.deepcopy(BASE_D)
    for pointer, value in changes:
        *parents, last = pointer.strip("/").split("/")
        holder = document
        for name in parents:
            holder = holder.setdefault(name, {})
        if value is None:
            del holder[last]
        else:
            holder[last] = value
    return document


def wrapped(document: dict[str, Any]) -> dict[str, Any]:
    """Base-C carrying ``document`` as its ``coupon_data``."""
    carrier = copy.deepcopy(BASE_C)
    carrier["coupon_data"] = document
    return carrier


def messages(document: dict[str, Any], code: str, lang: str, api: str = API) -> list[str]:
    return [d.message for d in validate(document, api=api, now=NOW, lang=lang) if d.code == code]


def both(document: dict[str, Any], code: str) -> tuple[str, str]:
    [english] = messages(document, code, "en")
    [chinese] = messages(document, code, "zh")
    return english, chinese


def values(text: str) -> list[str]:
    """The numbers and quoted values of a message, which never change with the language."""
    return re.findall(r'"[^"]*"|[0-9]+', text)


def test_c007_names_the_latest_end_in_beijing_time_in_both_languages() -> None:
    document = bare(
        (f"{CAT}/available_begin_time", "2030-04-01T20:00:00-05:00"),
        (f"{CAT}/available_end_time", "2031-06-01T00:00:00Z"),
    )
    english, chinese = both(document, "C007")
    assert "2031-04-02 09:00:00 +08:00" in english
    assert "2031-04-02 09:00:00 +08:00" in chinese
    assert "有效期最长为1年" in chinese and "券可核销时间" in chinese
    assert values(english) == values(chinese)


def test_c007_reversed_window_reads_in_chinese() -> None:
    document = bare((f"{CAT}/available_end_time", "2030-03-01T00:00:00+08:00"))
    english, chinese = both(document, "C007")
    assert "不晚于" in chinese and "结束时间必须晚于开始时间" in chinese
    assert values(english) == values(chinese)


def test_c008_a_value_outside_the_day_is_named_in_chinese() -> None:
    slots = {"week_day": [1], "available_day_time": [{"begin_time": 90000, "end_time": 100}]}
    english, chinese = both(bare((f"{CAT}/available_week", slots)), "C008")
    assert "(outside the day)" in english
    assert "（不在一天之内）" in chinese and "00:01:40" in chinese
    assert "outside" not in chinese


@pytest.mark.parametrize(
    ("window", "parts"),
    [
        # ends too late only: one problem
        ({"begin_time": "2030-07-01T10:00:00+08:00", "end_time": "2030-07-01T12:00:00+08:00"}, 1),
        # reversed and too early: two problems
        ({"begin_time": "2030-03-01T12:00:00+08:00", "end_time": "2030-03-01T10:00:00+08:00"}, 2),
        # reversed, too early and too late: three problems
        ({"begin_time": "2030-03-01T12:00:00+08:00", "end_time": "2030-02-01T10:00:00+08:00"}, 3),
    ],
)
def test_c009_problems_are_joined_in_the_readers_language(
    window: dict[str, str], parts: int
) -> None:
    changes: list[tuple[str, Any]] = [(IRR, [window])]
    if parts == 3:  # an available window that is itself reversed lets all three hold
        changes.append((f"{CAT}/available_end_time", "2030-01-01T00:00:00+08:00"))
    english, chinese = both(bare(*changes), "C009")
    assert english.count("; ") == parts  # the problems, then the advice
    assert chinese.count("；") == parts
    assert "; " not in chinese
    assert chinese.startswith("irregulary_avaliable_time/0（无规律的有效时间段）：")
    assert values(english) == values(chinese)


def test_c009_object_form_in_the_carried_body() -> None:
    body = bare((IRR, {"begin_time": 20, "end_time": 10}))
    [chinese] = messages(wrapped(body), "C009", "zh", CARRIER)
    assert chinese == "无规律的有效时间段前后颠倒：begin_time 20 不早于 end_time 10；请把两者对调"


@pytest.mark.parametrize(
    ("member", "term"),
    [("max_coupons_per_user", "用户最大可领个数"), ("max_coupons_by_day", "单天发放上限个数")],
)
def test_c012_names_each_limit(member: str, term: str) -> None:
    rule = {"max_coupons": 5, member: 8}
    document = bare(("/stock_type", "DISCOUNT"), (CUR, _discount_rule()), (SEND, rule))
    english, chinese = both(document, "C012")
    assert chinese.startswith(f"{member} 8 超过 max_coupons 5：{term}")
    assert values(english) == values(chinese)


def _discount_rule() -> dict[str, Any]:
    rule = copy.deepcopy(BASE_D["coupon_use_rule"])
    del rule["fixed_normal_coupon"]
    rule["discount_coupon"] = {"discount_percent": 88, "transaction_minimum": 10000}
    return rule


@pytest.mark.parametrize(
    ("pointer", "value", "term"),
    [
        ("/subsidy", True, "营销补差"),
        (f"{SEND}/max_amount", 100000, "批次总预算"),
        (f"{SEND}/max_amount_by_day", 1000, "单天发放上限金额"),
        (f"{SEND}/transferable", True, "是否允许转赠"),
        (f"{SEND}/shareable", True, "是否允许分享链接"),
    ],
)
def test_c020_each_member_in_chinese(pointer: str, value: Any, term: str) -> None:
    english, chinese = both(bare((pointer, value)), "C020")
    member = pointer.rsplit("/", 1)[1]
    assert english.startswith(f"{member} (") and english.endswith("; remove it")
    assert chinese.startswith(f"{member}（{term}）") and "暂未开放" in chinese


def test_c019_names_the_server_answer_in_both_languages() -> None:
    english, chinese = both(bare((f"{CUR}/use_method", "SELF_CONSUME")), "C019")
    assert "PARAM_ERROR" in english and "PARAM_ERROR" in chinese
    assert "当前暂不支持" in chinese and "线下滴码核销" in chinese


def test_the_carried_body_reads_like_the_bare_one() -> None:
    """create-coupon-stock runs the same rules under /coupon_data: the same Chinese words."""
    body = bare(
        (f"{CUR}/use_method", "SELF_CONSUME"),
        (f"{CUR}/fixed_normal_coupon", {"discount_amount": 1000, "transaction_minimum": 1000}),
        ("/out_request_no", "1900012345 2030#1"),
        ("/display_pattern_info", {"background_color": "Color055"}),
    )
    for code in ("C011", "C016", "C018", "C019"):
        assert messages(body, code, "zh") == messages(wrapped(body), code, "zh", CARRIER)


@pytest.mark.parametrize(("code", "error"), [("C002", "PARAM_ERROR"), ("C019", "PARAM_ERROR")])
def test_server_answers_are_recorded(code: str, error: str) -> None:
    info = RULES[code]
    assert [e.code for e in info.server_errors] == [error]
    assert info.server_errors == in_language(info, "zh").server_errors
