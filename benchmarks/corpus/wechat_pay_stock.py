"""The WeChat Pay 商家券 stock (``POST /v3/marketing/busifavor/stocks``) and its mistakes.

Two APIs carry this object: create-coupon-stock in its ``coupon_data`` (the vendor forwards it
to WeChat Pay) and busifavor-stock-create bare. One builder serves both, so the two share what
makes a stock clean for coupon-validator: a usable window of at most a year with weekly slots
and irregular windows inside it, a threshold above a fixed discount, limits that do not exceed
the stock, appids of the published shape (``wx`` and 16 hex digits), https image URLs and the
ten template colours. The mistakes take the stock object itself, wherever it sits in the body.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import DAY, HOUR, OFFSETS, WINDOWS_FROM, Payload, appid, day_slots, rfc3339, week_days

_STOCK_NAMES = {
    "NORMAL": ("门店满100减10", "周末满199减20", "新人立减5元", "会员专享满50减5"),
    "DISCOUNT": ("全场8.8折券", "咖啡9折券", "会员85折", "夜间7折券"),
    "EXCHANGE": ("9.9元换购券", "加1元换购", "饮品换购券", "甜品换购"),
}
_GOODS_NAMES = ("全场商品", "指定饮品", "新品蛋糕", "冷冻水饺", "精品咖啡豆")
_COMMENTS = ("春季活动", "门店拉新", "会员日")
_MERCHANT_NAMES = ("示例连锁超市", "老王水果铺", "研究所咖啡")
_DESCRIPTIONS = ("本券仅限门店使用，不与其他优惠同享", "每人限领一张，过期作废")
_PATHS = ("pages/coupon/index", "pages/shop/home", "pages/index/index")
_ENTRANCE_WORDS = ("立即领取", "去使用", "马上抢", "领券")
_GUIDING_WORDS = ("更多优惠", "点击查看", "进店逛逛")
_IMAGES = (
    "https://wxpaylogo.qpic.cn/wxpaylogo/example/0",
    "https://wxpaylogo.qpic.cn/wxpaylogo/coupon/0",
)
BACKGROUND_COLORS = tuple(f"Color{n:03d}" for n in range(10, 101, 10))
#: stock_type → (its rule object, the member of it that holds the discount).
RULE_OBJECTS = {
    "NORMAL": ("fixed_normal_coupon", "discount_amount"),
    "DISCOUNT": ("discount_coupon", "discount_percent"),
    "EXCHANGE": ("exchange_coupon", "exchange_price"),
}


def _available_time(rng: random.Random, array_only: bool) -> Payload:
    """A window of 30-180 days (at most a year) and, sometimes, the optional refinements."""
    begin = WINDOWS_FROM + rng.randrange(0, 200) * DAY
    end = begin + rng.choice((30, 60, 90, 180)) * DAY - 1
    available: Payload = {
        "available_begin_time": rfc3339(begin, rng.choice(OFFSETS)),
        "available_end_time": rfc3339(end, rng.choice(OFFSETS)),
    }
    if rng.random() < 0.3:
        available["available_day_after_receive"] = rng.choice((3, 7, 15, 30))
        if rng.random() < 0.5:
            available["wait_days_after_receive"] = rng.choice((1, 2, 7))
    if rng.random() < 0.3:
        week: Payload = {"week_day": week_days(rng)}
        if rng.random() < 0.5:
            slots = day_slots(rng, rng.choice((1, 2)))
            week["available_day_time"] = [{"begin_time": b, "end_time": e} for b, e in slots]
        available["available_week"] = week
    if rng.random() < 0.2:
        if not array_only and rng.random() < 0.5:  # the vendor's object form
            ((first, last),) = day_slots(rng, 1)
            available["irregulary_avaliable_time"] = {"begin_time": first, "end_time": last}
        else:  # WeChat's array form: windows inside the available one (C009)
            start = begin + rng.randrange(1, 20) * DAY
            available["irregulary_avaliable_time"] = [
                {
                    "begin_time": rfc3339(start + 10 * i * DAY),
                    "end_time": rfc3339(start + 10 * i * DAY + rng.choice((4, 8, 12)) * HOUR),
                }
                for i in range(rng.choice((1, 2)))
            ]
    return available


def _rule_object(rng: random.Random, stock_type: str) -> Payload:
    minimum = rng.choice((5_000, 10_000, 19_900, 29_900))
    if stock_type == "NORMAL":  # the threshold stays above the amount (C011)
        return {
            "discount_amount": minimum * rng.choice((5, 10, 20)) // 100,
            "transaction_minimum": minimum,
        }
    if stock_type == "DISCOUNT":
        return {
            "discount_percent": rng.choice((70, 80, 85, 88, 90, 95)),
            "transaction_minimum": minimum,
        }
    return {"exchange_price": rng.choice((100, 990, 1_990)), "transaction_minimum": minimum}


def stock(rng: random.Random, index: int, array_only: bool) -> Payload:
    """One clean stock; ``index`` makes ``out_request_no`` unique, ``array_only`` leaves out
    the vendor's object form of ``irregulary_avaliable_time``."""
    stock_type = rng.choice(("NORMAL", "NORMAL", "DISCOUNT", "EXCHANGE"))
    merchant = str(rng.randrange(1_900_000_000, 2_000_000_000))
    use_method = rng.choice(("OFF_LINE", "MINI_PROGRAMS", "PAYMENT_CODE"))
    rule_object, _ = RULE_OBJECTS[stock_type]
    use_rule: Payload = {
        "coupon_available_time": _available_time(rng, array_only),
        rule_object: _rule_object(rng, stock_type),
        "use_method": use_method,
    }
    if use_method == "MINI_PROGRAMS":  # both, and only with this method (C005, C006)
        use_rule["mini_programs_appid"] = appid(rng)
        use_rule["mini_programs_path"] = rng.choice(_PATHS)
    per_user = rng.choice((1, 1, 2, 3, 5))
    send: Payload = {}
    if rng.random() < 0.8:
        send["max_coupons"] = rng.choice((500, 1_000, 5_000, 100_000))  # ≥ any limit (C012)
    send["max_coupons_per_user"] = per_user
    if stock_type != "NORMAL" and rng.random() < 0.4:  # not on NORMAL stocks (C010)
        send["max_coupons_by_day"] = rng.choice((100, 200, 500))
    if rng.random() < 0.5:
        send["natural_person_limit"] = rng.random() < 0.5
        send["prevent_api_abuse"] = rng.random() < 0.5
    body: Payload = {"stock_name": rng.choice(_STOCK_NAMES[stock_type])}
    body["belong_merchant"] = merchant
    if rng.random() < 0.3:
        body["comment"] = rng.choice(_COMMENTS)
    body["goods_name"] = rng.choice(_GOODS_NAMES)
    body["stock_type"] = stock_type
    body["coupon_use_rule"] = use_rule
    body["stock_send_rule"] = send
    body["out_request_no"] = f"{merchant}-20300401-{index:07d}"  # the C018 charset
    if rng.random() < 0.4:
        body["custom_entrance"] = _custom_entrance(rng)
    if rng.random() < 0.5:
        body["display_pattern_info"] = _display_pattern_info(rng)
    body["coupon_code_mode"] = rng.choice(("WECHATPAY_MODE", "MERCHANT_API", "MERCHANT_UPLOAD"))
    if rng.random() < 0.3:
        body["notify_config"] = {"notify_appid": appid(rng)}
    return body


def _custom_entrance(rng: random.Random) -> Payload:
    entrance: Payload = {}
    if rng.random() < 0.6:
        entrance["mini_programs_info"] = {
            "mini_programs_appid": appid(rng),
            "mini_programs_path": rng.choice(_PATHS),
            "entrance_words": rng.choice(_ENTRANCE_WORDS),
            "guiding_words": rng.choice(_GUIDING_WORDS),
        }
    if rng.random() < 0.5:
        entrance["appid"] = appid(rng)
    if rng.random() < 0.5:
        entrance["store_id"] = f"store-{rng.randrange(1, 9_999):04d}"
    entrance["code_display_mode"] = rng.choice(("NOT_SHOW", "BARCODE", "QRCODE"))
    return entrance


def _display_pattern_info(rng: random.Random) -> Payload:
    display: Payload = {"description": rng.choice(_DESCRIPTIONS)}
    display["merchant_name"] = rng.choice(_MERCHANT_NAMES)  # at most 12 characters (C017)
    display["background_color"] = rng.choice(BACKGROUND_COLORS)
    if rng.random() < 0.5:
        display["merchant_logo_url"] = rng.choice(_IMAGES)
    if rng.random() < 0.3:
        display["coupon_image_url"] = rng.choice(_IMAGES)
    return display


# -- mistakes on the stock object: each one detected by any JSON Schema validator as well ----


def _missing_goods_name(data: Payload) -> None:
    del data["goods_name"]  # S001


def _lower_case_stock_type(data: Payload) -> None:
    data["stock_type"] = data["stock_type"].lower()  # S003


def _online_use_method(data: Payload) -> None:
    rule = data["coupon_use_rule"]
    rule["use_method"] = "ONLINE"  # S003 (and the mini program members are then not checked)


def _per_user_above_100(data: Payload) -> None:
    data["stock_send_rule"]["max_coupons_per_user"] = 200  # S004


def _entrance_words_too_long(data: Payload) -> None:
    data["custom_entrance"] = {
        "mini_programs_info": {
            "mini_programs_appid": "wx5a1c9e7f3b2d4e60",
            "mini_programs_path": "pages/coupon/index",
            "entrance_words": "点击领取优惠券",  # S005: at most 5
        }
    }


def _merchant_with_dash(data: Payload) -> None:
    data["belong_merchant"] = "1900-012345"  # S006: digits only


def _hex_background_color(data: Payload) -> None:
    data["display_pattern_info"] = {"background_color": "#ff8800"}  # S006


def _begin_time_with_space(data: Payload) -> None:
    available = data["coupon_use_rule"]["coupon_available_time"]
    available["available_begin_time"] = "2030-04-01 00:00:00"  # S006: RFC 3339 has a T and offset


def _mini_program_without_path(data: Payload) -> None:
    rule = data["coupon_use_rule"]
    rule["use_method"] = "MINI_PROGRAMS"
    rule["mini_programs_appid"] = "wx5a1c9e7f3b2d4e60"
    rule.pop("mini_programs_path", None)  # C005


def _wrong_rule_object(data: Payload) -> None:
    rule = data["coupon_use_rule"]
    for name, _ in RULE_OBJECTS.values():
        rule.pop(name, None)
    rule["fixed_normal_coupon"] = {"discount_amount": 1_000, "transaction_minimum": 10_000}
    data["stock_type"] = "DISCOUNT"  # C001 (discount_coupon) and C002 (fixed_normal_coupon)
    data["stock_send_rule"].pop("max_coupons_by_day", None)


def _slots_without_week_day(data: Payload) -> None:
    available = data["coupon_use_rule"]["coupon_available_time"]
    available["available_week"] = {"available_day_time": [{"begin_time": 0, "end_time": 43_199}]}


def _wait_without_days(data: Payload) -> None:
    available = data["coupon_use_rule"]["coupon_available_time"]
    available.pop("available_day_after_receive", None)
    available["wait_days_after_receive"] = 3  # C004


STOCK_MISTAKES: tuple[Callable[[Payload], None], ...] = (
    _missing_goods_name,
    _lower_case_stock_type,
    _online_use_method,
    _per_user_above_100,
    _entrance_words_too_long,
    _merchant_with_dash,
    _hex_background_color,
    _begin_time_with_space,
    _mini_program_without_path,
    _wrong_rule_object,
    _slots_without_week_day,
    _wait_without_days,
)
