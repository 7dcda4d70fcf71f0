"""favor-stock-create bodies (WeChat Pay 代金券 stocks, ``POST /v3/marketing/favor/coupon-stocks``).

A 代金券 stock is refused when it starts in the past or more than 365 days ahead, so unlike the
other APIs' bodies these are clean only for clocks near ``NOW``: every window starts within 300
days after it and lasts less than 90 days. Valid bodies also keep the budget arithmetic WeChat
Pay checks (``max_amount = max_coupons × coupon_amount``, a daily budget of whole coupons), a
threshold above the face value, names within 9 Chinese characters (``stock_name``), the mini
program members only with ``jump_target`` MINI_PROGRAM, and ``available_merchants`` without the
creator when ``no_cash`` is true. Every mistake keeps the 代金券 members that tell this API apart
and adds none of the vendor's, so the body is still recognised as this API.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import (
    DAY,
    HOUR,
    NOW,
    OFFSETS,
    Payload,
    appid,
    day_slots,
    merchant_id,
    rfc3339,
    week_days,
)

API = "favor-stock-create"

#: Midnight in China after NOW (2027-01-16T00:00:00+08:00): windows start on a day boundary.
_FIRST_DAY = NOW + 8 * HOUR
_STOCK_NAMES = ("春季满100减10", "周末满199减20", "新人立减5元", "会员专享满50减5", "咖啡满30减3")
_MERCHANT_NAMES = ("示例咖啡", "老王水果铺", "示例连锁超市", "Demo Coffee")
_DESCRIPTIONS = ("全场满100元可用", "每人限领2张，不与其他优惠同享", "仅限门店使用")
_COMMENTS = ("春季活动", "门店拉新", "2027 spring")
_IMAGES = (
    "https://wxpaylogo.qpic.cn/wxpaylogo/example/0",
    "https://wxpaylogo.qpic.cn/wxpaylogo/coupon/0",
)
_COLORS = ("COLOR010", "COLOR020", "COLOR030", "COLOR050", "COLOR081", "COLOR090", "COLOR102")
_TAGS = ("spring_2027", "weekend", "member_only", "coffee")
_TRADE_TYPES = ("MICROAPP", "APPPAY", "PPAY", "CARD", "FACE", "OTHER")


def _budget(rng: random.Random) -> tuple[Payload, Payload]:
    """(stock_use_rule, fixed_normal_coupon): the arithmetic of the budget holds."""
    amount = rng.choice((300, 500, 1_000, 2_000, 5_000))
    count = rng.choice((1_000, 2_000, 5_000, 10_000))
    rule: Payload = {"max_coupons": count, "max_amount": count * amount}
    if rng.random() < 0.5:
        rule["max_amount_by_day"] = rng.choice((100, 200, 500)) * amount  # whole coupons
    rule["max_coupons_per_user"] = rng.choice((1, 2, 3, 5, 10))
    rule["natural_person_limit"] = rng.random() < 0.5
    rule["prevent_api_abuse"] = rng.random() < 0.5
    minimum = amount * rng.choice((5, 10, 20)) + rng.choice((0, 900))  # above the face value
    return rule, {"coupon_amount": amount, "transaction_minimum": minimum}


def _pattern_info(rng: random.Random) -> Payload:
    pattern: Payload = {"description": rng.choice(_DESCRIPTIONS)}
    if rng.random() < 0.5:
        pattern["merchant_logo"] = rng.choice(_IMAGES)
    if rng.random() < 0.5:
        pattern["merchant_name"] = rng.choice(_MERCHANT_NAMES)
    if rng.random() < 0.5:
        pattern["background_color"] = rng.choice(_COLORS)
    if rng.random() < 0.2:
        pattern["coupon_image"] = rng.choice(_IMAGES)
    if rng.random() < 0.5:
        target = rng.choice(("DEFAULT_PAGE", "PAYMENT_CODE", "MINI_PROGRAM"))
        pattern["jump_target"] = target
        if target == "MINI_PROGRAM":  # both, and only with this target
            pattern["mini_program_appid"] = appid(rng)
            pattern["mini_program_path"] = rng.choice(("pages/coupon/index", "pages/shop/home"))
    return pattern


def _available_time(rng: random.Random) -> Payload:
    """Weekly slots or validity counted from the claim, never both."""
    if rng.random() < 0.4:
        return {"second_day_available": False, "available_time_after_receive": 7 * 24 * 60}
    ((begin, end),) = day_slots(rng, 1)
    slot: Payload = {"available_week_day": week_days(rng), "begin_time": begin, "end_time": end}
    return {"fix_available_time": slot}


def _use_rule(rng: random.Random, normal: Payload, creator: str, no_cash: bool) -> Payload:
    rule: Payload = {}
    if rng.random() < 0.5:
        rule["coupon_available_time"] = _available_time(rng)
    rule["fixed_normal_coupon"] = normal
    if rng.random() < 0.3:
        rule["goods_tag"] = rng.sample(_TAGS, rng.choice((1, 2)))
    if rng.random() < 0.4:
        rule["trade_type"] = rng.sample(_TRADE_TYPES, rng.choice((1, 2, 3)))
    if rng.random() < 0.3:
        rule["combine_use"] = rng.random() < 0.5
    if rng.random() < 0.2:
        first = rng.randrange(10_000, 90_000)
        rule["available_items"] = [f"sku-{first + i}" for i in range(rng.choice((1, 3)))]
    others = [str(int(creator) + i) for i in range(1, rng.choice((1, 2, 3)) + 1)]
    # With no_cash a service provider may not list itself; an ordinary merchant lists itself.
    rule["available_merchants"] = others if no_cash else [creator, *others[1:]]
    if rng.random() < 0.1:
        rule["limit_pay"] = [rng.choice(("ICBC_CREDIT", "CMB_DEBIT"))]
        rule["limit_card"] = {"name": rng.choice(("白金卡", "信用卡")), "bin": ["622848"]}
    return rule


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean 代金券 stock; ``index`` makes ``out_request_no`` unique."""
    creator = merchant_id(rng)
    begin = _FIRST_DAY + rng.randrange(0, 300) * DAY
    end = begin + rng.choice((30, 60, 89)) * DAY + DAY - 1  # under 90 days
    stock_rule, normal = _budget(rng)
    no_cash = rng.random() < 0.3
    body: Payload = {"stock_name": rng.choice(_STOCK_NAMES)}
    if rng.random() < 0.3:
        body["comment"] = rng.choice(_COMMENTS)
    body["belong_merchant"] = creator
    body["available_begin_time"] = rfc3339(begin, rng.choice(OFFSETS))
    body["available_end_time"] = rfc3339(end, rng.choice(OFFSETS))
    body["stock_use_rule"] = stock_rule
    if rng.random() < 0.7:
        body["pattern_info"] = _pattern_info(rng)
    body["coupon_use_rule"] = _use_rule(rng, normal, creator, no_cash)
    body["no_cash"] = no_cash
    body["stock_type"] = "NORMAL"
    body["out_request_no"] = f"{creator}-2027-{index:07d}"
    return body


# -- mistakes: each one is detected by any JSON Schema validator and by coupon-validator -----


def _missing_no_cash(body: Payload) -> None:
    del body["no_cash"]  # S001


def _max_coupons_as_string(body: Payload) -> None:
    rule = body["stock_use_rule"]
    rule["max_coupons"] = str(rule["max_coupons"])  # S002


def _discount_stock_type(body: Payload) -> None:
    body["stock_type"] = "DISCOUNT"  # S003: 代金券 stocks are NORMAL only


def _unknown_colour(body: Payload) -> None:
    pattern = body.setdefault("pattern_info", {"description": "全场满100元可用"})
    pattern["background_color"] = "COLOR011"  # S003


def _per_user_above_60(body: Payload) -> None:
    body["stock_use_rule"]["max_coupons_per_user"] = 100  # S004


def _empty_goods_tag(body: Payload) -> None:
    body["coupon_use_rule"]["goods_tag"] = []  # S005


def _slash_in_request_no(body: Payload) -> None:
    body["out_request_no"] = "2027/01/0001"  # S006: 0-9 A-Z a-z | _ * - only


def _merchant_with_dash(body: Payload) -> None:
    body["coupon_use_rule"]["available_merchants"] = ["1900-012345"]  # S006: digits only


def _begin_without_offset(body: Payload) -> None:
    body["available_begin_time"] = body["available_begin_time"][:19]  # S006: no offset


def _mini_program_without_path(body: Payload) -> None:
    pattern = body.setdefault("pattern_info", {"description": "全场满100元可用"})
    pattern["jump_target"] = "MINI_PROGRAM"
    pattern["mini_program_appid"] = "wx5a1c9e7f3b2d4e60"
    pattern.pop("mini_program_path", None)  # F012


def _busifavor_member(body: Payload) -> None:
    body["stock_use_rule"]["max_coupons_by_day"] = 100  # S007: a 商家券 member


def _missing_fixed_normal_coupon(body: Payload) -> None:
    del body["coupon_use_rule"]["fixed_normal_coupon"]  # F001


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    _missing_no_cash,
    _max_coupons_as_string,
    _discount_stock_type,
    _unknown_colour,
    _per_user_above_60,
    _empty_goods_tag,
    _slash_in_request_no,
    _merchant_with_dash,
    _begin_without_offset,
    _mini_program_without_path,
    _busifavor_member,
    _missing_fixed_normal_coupon,
)
