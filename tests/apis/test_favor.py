"""favor-stock-create (WeChat Pay 代金券): worked examples, catalogue, fixtures, detection,
the Han table, and property tests.

The worked examples start from the clean ``BASE_F``, change one thing and list **every**
expected finding (code, severity, pointer), run with ``--now`` 1800000000 (2027-01-15) unless
they say otherwise. The property tests draw clean bodies from ``payloads("favor-stock-create")``
and apply one documented mistake each, which must give exactly its finding.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import REPO
from validator import validate
from validator.apis.detect import detect, signals
from validator.apis.favor_stock_create.base import BASE_F
from validator.apis.favor_stock_create.han import HAN_RANGES, count_han, is_han
from validator.catalogue import RULES
from validator.fixes import fix_bytes
from validator.guard import api_for
from validator.rfc3339 import Instant, Moment, parse
from validator.strategies import FIXED_NOW, payloads

API = "favor-stock-create"
NOW = 1800000000
REMOVE = object()
SUR = "/stock_use_rule"
UR = "/coupon_use_rule"
NC = f"{UR}/fixed_normal_coupon"
UT = f"{UR}/coupon_available_time"
FT = f"{UT}/fix_available_time"
PI = "/pattern_info"
DESCRIPTION = "全场满100元可用"

Payload = dict[str, Any]
Finding = tuple[str, str, str]


def base_with(changes: dict[str, Any]) -> Payload:
    """``BASE_F`` with each ``pointer: value`` applied in order (REMOVE deletes)."""
    document = copy.deepcopy(BASE_F)
    for pointer, value in changes.items():
        *parents, last = pointer.split("/")[1:]
        target = document
        for key in parents:
            target = target[key]
        if value is REMOVE:
            del target[last]
        else:
            target[last] = copy.deepcopy(value)
    return document


def findings(document: Payload, now: int = NOW, api: str = "auto") -> list[Finding]:
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return sorted((d.code, d.severity, d.pointer) for d in validate(text, api=api, now=now))


# -- worked examples -------------------------------------------------------------------------

#: name → (changes to BASE_F, expected findings, a phrase the first message must contain).
WORKED: dict[str, tuple[dict[str, Any], list[Finding], str]] = {
    "F001": ({NC: REMOVE}, [("F001", "error", NC)], "fixed_normal_coupon"),
    "F002": (
        {"/available_end_time": "2027-06-01T00:00:00+08:00"},
        [("F002", "error", "/available_end_time")],
        "lasts 92 days",
    ),
    "F002-pass": ({"/available_end_time": "2027-05-30T00:00:00+08:00"}, [], ""),
    "F003": (
        {"/available_begin_time": "2027-01-01T00:00:00+08:00"},
        [("F003", "warning", "/available_begin_time")],
        "now is 2027-01-15 16:00:00 +08:00",
    ),
    "F003-365-days": (
        {
            "/available_begin_time": "2028-02-01T00:00:00+08:00",
            "/available_end_time": "2028-02-29T23:59:59+08:00",
        },
        [("F003", "warning", "/available_begin_time")],
        "365 days",
    ),
    "F004": (
        {f"{SUR}/max_amount": 50000},
        [("F004", "error", f"{SUR}/max_amount")],
        "500 × 1000 = 500000",
    ),
    "F005": (
        {f"{SUR}/max_amount_by_day": 600000},
        [("F005", "error", f"{SUR}/max_amount_by_day")],
        "不能大于总预算",
    ),
    "F005-pass": ({f"{SUR}/max_amount_by_day": 100000}, [], ""),
    "F006": (
        {f"{SUR}/max_amount_by_day": 1500},
        [("F006", "warning", f"{SUR}/max_amount_by_day")],
        "1500 fen is not a whole number of 1000-fen coupons",
    ),
    "F006-pass": ({f"{SUR}/max_amount_by_day": 2000}, [], ""),
    "F007": (
        {
            SUR: {
                "max_coupons": 5,
                "max_amount": 5000,
                "max_coupons_per_user": 8,
                "natural_person_limit": False,
                "prevent_api_abuse": True,
            }
        },
        [("F007", "error", f"{SUR}/max_coupons_per_user")],
        "8 exceeds the stock size max_coupons 5",
    ),
    "F008": (
        {NC: {"coupon_amount": 1000, "transaction_minimum": 500}},
        [("F008", "error", f"{NC}/transaction_minimum")],
        "使用门槛必须大于优惠金额",
    ),
    "F009": (
        {NC: {"coupon_amount": 1000, "transaction_minimum": 1000}},
        [("F009", "warning", f"{NC}/transaction_minimum")],
        "raise transaction_minimum",
    ),
    "F009-pass": ({NC: {"coupon_amount": 1000, "transaction_minimum": 1001}}, [], ""),
    "F010": (
        {"/stock_name": "春季全场满一百减十元券"},
        [("F010", "error", "/stock_name")],
        "11 Chinese characters; at most 9",
    ),
    "F010-character": (
        {"/stock_name": "春季_满100减10"},
        [("F010", "error", "/stock_name")],
        "may not contain _",
    ),
    "F011": (
        {"/stock_name": "春季满减券SPRING2027"},
        [("F011", "warning", "/stock_name")],
        "5 Chinese characters and 10 others",
    ),
    "F011-pass": ({"/stock_name": "春季满减券SP2027"}, [], ""),
    "F012": (
        {
            PI: {
                "description": DESCRIPTION,
                "jump_target": "MINI_PROGRAM",
                "mini_program_appid": "wx5a1c9e7f3b2d4e60",
            }
        },
        [("F012", "error", f"{PI}/mini_program_path")],
        "跳转至小程序时必填",
    ),
    "F013": (
        {PI: {"description": DESCRIPTION, "mini_program_path": "pages/shop/home"}},
        [("F013", "warning", f"{PI}/mini_program_path")],
        "only with jump_target MINI_PROGRAM",
    ),
    "F014": (
        {
            UT: {
                "fix_available_time": {
                    "available_week_day": [6, 0],
                    "begin_time": 36000,
                    "end_time": 79200,
                },
                "available_time_after_receive": 1440,
            }
        },
        [("F014", "warning", f"{UT}/available_time_after_receive")],
        "keep one of them",
    ),
    "F015": (
        {
            UT: {
                "fix_available_time": {
                    "available_week_day": [5],
                    "begin_time": 79200,
                    "end_time": 36000,
                }
            }
        },
        [("F015", "warning", FT)],
        "never open",
    ),
    "F016": (
        {f"{UR}/limit_card": {"name": "白金卡", "bin": ["621700"]}},
        [("F016", "warning", f"{UR}/limit_card")],
        "add limit_pay",
    ),
    "F016-pass": (
        {
            f"{UR}/limit_card": {"name": "白金卡", "bin": ["621700"]},
            f"{UR}/limit_pay": ["ICBC_CREDIT"],
        },
        [],
        "",
    ),
    "F017": (
        {"/ext_info": '{"channel":"mini"}'},
        [("F017", "warning", "/ext_info")],
        "暂时无需填写",
    ),
    "F018": (
        {"/no_cash": True},
        [("F018", "warning", f"{UR}/available_merchants/0")],
        "可用商户不符合规则",
    ),
    "F019": (
        {f"{UR}/available_merchants": REMOVE},
        [("F019", "warning", f"{UR}/available_merchants")],
        "marks it required",
    ),
    "coupon_available_time": (
        {
            UT: {
                "fix_available_time": {
                    "available_week_day": 1,
                    "begin_time": 36000,
                    "end_time": 79200,
                },
                "second_day_available": False,
            }
        },
        [],
        "",
    ),
    "coupon_available_time-array": (
        {UT: {"fix_available_time": {"available_week_day": [1, 3], "begin_time": 36000}}},
        [],
        "",
    ),
    "S001": (
        {f"{SUR}/natural_person_limit": REMOVE},
        [("S001", "error", f"{SUR}/natural_person_limit")],
        "missing required member natural_person_limit",
    ),
    "S002": (
        {f"{UR}/goods_tag": ""},
        [("S002", "error", f"{UR}/goods_tag")],
        "an array of strings",
    ),
    "S002-week-day": (
        {UT: {"fix_available_time": {"available_week_day": "1", "begin_time": 0}}},
        [("S002", "error", f"{FT}/available_week_day")],
        "an integer 0–6 or an array of them",
    ),
    "S003": (
        {PI: {"description": DESCRIPTION, "background_color": "Color020"}},
        [("S003", "error", f"{PI}/background_color")],
        "did you mean COLOR020?",
    ),
    "S003-empty-colour": (
        {PI: {"description": DESCRIPTION, "background_color": ""}},
        [("S003", "error", f"{PI}/background_color")],
        "不可以传空值",
    ),
    "S003-type": (
        {"/stock_type": "DISCOUNT"},
        [("S003", "error", "/stock_type")],
        "busifavor-stock-create",
    ),
    "S003-random": ({"/stock_type": "RANDOM"}, [("S003", "error", "/stock_type")], "only NORMAL"),
    "S004": (
        {f"{SUR}/max_coupons_per_user": 100},
        [("S004", "error", f"{SUR}/max_coupons_per_user")],
        "above 60",
    ),
    "S004-zero": (
        {f"{SUR}/max_amount_by_day": 0},
        [("S004", "error", f"{SUR}/max_amount_by_day")],
        "不可以为0",
    ),
    "S004-week-day": (
        {UT: {"fix_available_time": {"available_week_day": 7, "begin_time": 0}}},
        [("S004", "error", f"{FT}/available_week_day")],
        "0 = Sunday … 6 = Saturday",
    ),
    "S005": ({f"{UR}/goods_tag": []}, [("S005", "error", f"{UR}/goods_tag")], "0 items"),
    "S006": (
        {f"{UR}/goods_tag": ["spring-2027"]},
        [("S006", "error", f"{UR}/goods_tag/0")],
        "letters, digits and _ only",
    ),
    "S006-request-number": (
        {"/out_request_no": "1900012345 20270301#1"},
        [("S006", "error", "/out_request_no")],
        "| _ * -",
    ),
    "S007": ({"/singleitem": True}, [("S007", "warning", "/singleitem")], "查询批次详情"),
    "S007-typo": (
        {f"{UR}/disscount_coupon": {"discount_percent": 88}},
        [("S007", "warning", f"{UR}/disscount_coupon")],
        "typo",
    ),
    "S007-trailing-space": (
        {PI: {"description": DESCRIPTION, "coupon_image ": "https://wxpaylogo.qpic.cn/x/0"}},
        [("S007", "warning", f"{PI}/coupon_image ")],
        "did you mean coupon_image?",
    ),
    "S007-busifavor-name": (
        {PI: {"description": DESCRIPTION, "merchant_logo_url": "https://wxpaylogo.qpic.cn/x/0"}},
        [("S007", "warning", f"{PI}/merchant_logo_url")],
        "商家券",
    ),
    "S008": (
        {f"{UR}/trade_type": ["MICROAPP", "APPPAY", "MICROAPP"]},
        [("S008", "warning", f"{UR}/trade_type/2")],
        "duplicate",
    ),
    "S009": (
        {NC: {"coupon_amount": 50, "transaction_minimum": 1000}, f"{SUR}/max_amount": 25000},
        [("S009", "warning", f"{NC}/coupon_amount")],
        "since 2021-11",
    ),
    "S009-minutes": (
        {UT: {"available_time_after_receive": 7}},
        [("S009", "warning", f"{UT}/available_time_after_receive")],
        "7 days = 10080",
    ),
    "U002": (
        {"/available_begin_time": "2014-12-01T00:00:00+08:00"},
        [("U002", "warning", "/available_begin_time")],
        "2015–2100",
    ),
    "D001-busifavor-and-favor": (
        {"/stock_send_rule": {"max_coupons_per_user": 1}},
        [("D001", "error", "")],
        "signals of busifavor-stock-create (stock_send_rule) and favor-stock-create (",
    ),
}


@pytest.mark.parametrize("name", list(WORKED))
def test_worked_example(name: str) -> None:
    changes, expected, phrase = WORKED[name]
    document = base_with(changes)
    assert findings(document) == sorted(expected)
    if phrase:
        text = json.dumps(document, ensure_ascii=False)
        assert phrase in validate(text, now=NOW)[0].message


def test_base_is_clean_and_detected() -> None:
    assert findings(BASE_F) == []
    assert signals(BASE_F) == [API]


def test_ended_window_gets_f003_and_u003() -> None:
    """Base-F with --now 1807000000 (2027-04-06): the window started and ended in the past."""
    assert findings(BASE_F, now=1807000000) == [
        ("F003", "warning", "/available_begin_time"),
        ("U003", "warning", "/available_end_time"),
    ]


def test_small_body_is_detected_and_reports_its_missing_members() -> None:
    document = {"stock_name": "满100减10", "stock_type": "NORMAL", "no_cash": False}
    missing = ("belong_merchant", "available_begin_time", "available_end_time")
    missing += ("stock_use_rule", "coupon_use_rule", "out_request_no")
    assert findings(document) == sorted(("S001", "error", f"/{m}") for m in missing)


@pytest.mark.parametrize(
    ("member", "value", "code"),
    [
        ("merchant_logo", "logo.png", "S010"),
        ("coupon_image", "coupon.png", "S010"),
        ("mini_program_appid", "wx88888888", "S011"),
    ],
)
def test_url_and_appid_shapes(member: str, value: str, code: str) -> None:
    pattern: Payload = {"description": DESCRIPTION, member: value}
    if member == "mini_program_appid":
        pattern.update(jump_target="MINI_PROGRAM", mini_program_path="pages/coupon/index")
    assert findings(base_with({PI: pattern})) == [(code, "warning", f"{PI}/{member}")]


# -- catalogue and fixtures ------------------------------------------------------------------

F_CODES = [f"F{n:03d}" for n in range(1, 20)]


@pytest.mark.parametrize("code", F_CODES)
def test_catalogue_examples_report_exactly_their_code(code: str) -> None:
    info = RULES[code]
    assert info.api == API and info.fix is None
    fail, passing = info.fail_example, info.pass_example
    got = validate(fail.to_bytes(), api=fail.api, now=fail.now)
    assert [(d.code, d.pointer) for d in got] == [(code, fail.pointer)]
    assert validate(passing.to_bytes(), api=passing.api, now=passing.now) == []
    assert all(source.split("] ", 1)[1].startswith(("http", "two ")) for source in info.sources)
    for text in (info.explanation, info.summary, info.status):
        assert "§" not in text and "rules.md" not in text


def test_example_file_is_clean() -> None:
    path = REPO / "examples" / "favor-stock-create.json"
    assert validate(path.read_bytes(), now=NOW) == []


def test_fix_applies_only_the_generic_repairs() -> None:
    """No F code has a safe fix; the generic ones work on this API's members: a whole float
    in a count (not in money, which may have been meant in yuan) and a member name in the
    wrong case."""
    text = json.dumps(BASE_F, ensure_ascii=False, indent=2)
    broken = text.replace('"max_coupons": 500', '"max_coupons": 500.0')
    broken = broken.replace('"max_amount": 500000', '"max_amount": 500000.0')
    broken = broken.replace('"no_cash"', '"No_Cash"')
    result = fix_bytes(broken.encode(), API, NOW)
    fixed = result.data.decode()
    assert fixed == text.replace('"max_amount": 500000', '"max_amount": 500000.0')
    assert sorted(f.code for f in result.applied) == ["S002", "S007"]
    assert [d.code for d in validate(result.data, now=NOW)] == ["S002"]


# -- detection and the guard -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"no_cash": False}, [API]),
        ({"stock_use_rule": {}}, [API]),
        ({"pattern_info": {}}, [API]),
        ({"available_begin_time": "x"}, [API]),
        ({"available_end_time": "x"}, [API]),
        ({"stock_name": "x", "stock_type": "NORMAL"}, ["busifavor-stock-create"]),
        ({"coupon_data": {}, "no_cash": True}, ["create-coupon-stock"]),
        ({"coupon_type": 1, "stock_use_rule": {}}, ["create-coupon-stock"]),
        ({"custom_entrance": {}, "stock_use_rule": {}}, ["busifavor-stock-create", API]),
        ({"goods_name": "x", "no_cash": True}, ["busifavor-stock-create", API]),
        ({"stock_send_rule": {}}, ["busifavor-stock-create"]),
    ],
)
def test_signals(document: Payload, expected: list[str]) -> None:
    assert signals(document) == expected


def test_mixed_body_is_a_conflict_naming_both_apis() -> None:
    api, finding = detect({"display_pattern_info": {}, "stock_use_rule": {}})
    assert api is None and finding is not None and finding.code == "D001"
    assert finding.message == (
        "cannot tell which API this file targets: signals of busifavor-stock-create "
        "(display_pattern_info) and favor-stock-create (stock_use_rule); pass --api"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://api.mch.weixin.qq.com/v3/marketing/favor/coupon-stocks",
        "/v3/marketing/favor/coupon-stocks/",
        "https://gateway.example/pay/v3/marketing/favor/coupon-stocks?x=1",
    ],
)
def test_guard_endpoint(url: str) -> None:
    assert api_for(url) == API


def test_guard_leaves_other_favor_endpoints_alone() -> None:
    assert api_for("https://api.mch.weixin.qq.com/v3/marketing/favor/stocks") is None


# -- Han ------------------------------------------------------------------------------------


def test_han_table_is_sorted_and_disjoint() -> None:
    for (first, last), (next_first, _) in itertools.pairwise(HAN_RANGES):
        assert first <= last < next_first


@pytest.mark.parametrize(
    ("text", "han"),
    [
        ("春季满100减10", 4),
        ("SPRING2027", 0),
        ("春季，满减！", 4),  # full-width punctuation is not Han
        ("〇々", 2),  # IDEOGRAPHIC NUMBER ZERO and ITERATION MARK are Han
        ("〆", 0),  # U+3006 is Common
        ("𠮷𪚥", 2),  # Extensions B and C
        ("\U0002ebf0\U000323af", 2),  # Extension I's first and Extension H's last
        ("\U000323b0", 0),
        ("ひらがなカタカナ한글", 0),
        ("⺀", 1),  # U+2E80, a radical
        ("\ud800", 0),  # a lone surrogate counts as one other character and never crashes
    ],
)
def test_count_han(text: str, han: int) -> None:
    assert count_han(text) == han


def test_is_han_at_every_range_edge() -> None:
    for first, last in HAN_RANGES:
        assert is_han(chr(first)) and is_han(chr(last))
        assert not is_han(chr(first - 1)) or any(a <= first - 1 <= b for a, b in HAN_RANGES)
        assert not is_han(chr(last + 1)) or any(a <= last + 1 <= b for a, b in HAN_RANGES)


# -- properties -----------------------------------------------------------------------------

BODIES = payloads(API)


def _begin(body: Payload) -> Moment:
    moment = parse(body["available_begin_time"])
    assert moment is not None
    return moment


def _days_later(body: Payload, days: int) -> str:
    """An RFC 3339 time ``days`` (90 days and one second for 90) after the body's start."""
    return _begin(body).plus(days * 86400 + (1 if days == 90 else 0)).isoformat()


def too_long_window(body: Payload) -> tuple[str, str]:
    """F002: an end 90 days and one second after the start."""
    body["available_end_time"] = _days_later(body, 90)
    return "F002", "/available_end_time"


def reversed_window(body: Payload) -> tuple[str, str]:
    """F002: the end equal to the start."""
    body["available_end_time"] = body["available_begin_time"]
    return "F002", "/available_end_time"


def start_in_the_past(body: Payload) -> tuple[str, str]:
    """F003: a start one day before now, with a one-day window."""
    body["available_begin_time"] = "2027-01-14T00:00:00+08:00"
    body["available_end_time"] = "2027-01-20T00:00:00+08:00"
    return "F003", "/available_begin_time"


def budget_off_by_one(body: Payload) -> tuple[str, str]:
    """F004: max_amount one fen off max_coupons × coupon_amount (without a daily budget, which
    could then exceed it)."""
    rule = body["stock_use_rule"]
    rule.pop("max_amount_by_day", None)
    rule["max_amount"] += 1 if rule["max_amount"] < 1_000_000_000 else -1
    return "F004", "/stock_use_rule/max_amount"


def daily_budget_over_total(body: Payload) -> tuple[str, str]:
    """F005: a daily budget one coupon above the total budget."""
    rule = body["stock_use_rule"]
    amount = body["coupon_use_rule"]["fixed_normal_coupon"]["coupon_amount"]
    rule["max_amount_by_day"] = rule["max_amount"] + amount
    return "F005", "/stock_use_rule/max_amount_by_day"


def threshold_below(body: Payload) -> tuple[str, str]:
    """F008: the threshold one fen below the face value."""
    normal = body["coupon_use_rule"]["fixed_normal_coupon"]
    normal["transaction_minimum"] = normal["coupon_amount"] - 1
    return "F008", "/coupon_use_rule/fixed_normal_coupon/transaction_minimum"


def threshold_equal(body: Payload) -> tuple[str, str]:
    """F009: the threshold equal to the face value."""
    normal = body["coupon_use_rule"]["fixed_normal_coupon"]
    normal["transaction_minimum"] = normal["coupon_amount"]
    return "F009", "/coupon_use_rule/fixed_normal_coupon/transaction_minimum"


def forbidden_character(body: Payload) -> tuple[str, str]:
    """F010: a stock name of one "|"."""
    body["stock_name"] = "|"
    return "F010", "/stock_name"


def ext_info_sent(body: Payload) -> tuple[str, str]:
    """F017: ext_info, not open yet."""
    body["ext_info"] = "x"
    return "F017", "/ext_info"


def merchants_dropped(body: Payload) -> tuple[str, str]:
    """F019: available_merchants removed."""
    del body["coupon_use_rule"]["available_merchants"]
    return "F019", "/coupon_use_rule/available_merchants"


def rule_object_dropped(body: Payload) -> tuple[str, str]:
    """F001: fixed_normal_coupon removed (F004 and F008/F009 then have nothing to compare)."""
    del body["coupon_use_rule"]["fixed_normal_coupon"]
    return "F001", "/coupon_use_rule/fixed_normal_coupon"


MUTATIONS: list[Callable[[Payload], tuple[str, str]]] = [
    too_long_window,
    reversed_window,
    start_in_the_past,
    budget_off_by_one,
    daily_budget_over_total,
    threshold_below,
    threshold_equal,
    forbidden_character,
    ext_info_sent,
    merchants_dropped,
    rule_object_dropped,
]


@settings(max_examples=150, deadline=None)
@given(body=BODIES)
def test_generated_bodies_are_clean(body: Payload) -> None:
    assert validate(body, api=API, now=FIXED_NOW) == []
    assert validate(body, now=FIXED_NOW) == []  # detected as favor-stock-create


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_one_mutation_gives_exactly_its_finding(
    mutate: Callable[[Payload], tuple[str, str]], data: st.DataObject
) -> None:
    body = copy.deepcopy(data.draw(BODIES, label="body"))
    code, pointer = mutate(body)
    got = [(d.code, d.pointer) for d in validate(body, api=API, now=FIXED_NOW)]
    assert got == [(code, pointer)], json.dumps(body, ensure_ascii=False)


@settings(max_examples=60, deadline=None)
@given(body=BODIES)
def test_generated_windows_follow_the_clock_rules(body: Payload) -> None:
    """The start is after FIXED_NOW and less than 365 days after it; at most 90 days long."""
    begin, end = _begin(body), parse(body["available_end_time"])
    assert end is not None
    assert Instant(FIXED_NOW) < begin.instant < Instant(FIXED_NOW + 365 * 86400)
    assert begin < end <= begin.plus(90 * 86400)
