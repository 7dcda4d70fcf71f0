"""Hypothesis strategies of clean busifavor-stock-create bodies (WeChat Pay merchant coupons,
商家券), bare or as create-coupon-stock carries them in ``coupon_data``.

Which rule object a stock_type needs and which members a use_method calls for is read from the
schema's coded conditionals (C001/C002, C005/C006; ``validator.apis.requirements``); this module
only decides what realistic values those members hold. Members that only require each other
(available_day_time and week_day, C003; wait_days_after_receive and
available_day_after_receive, C004) are always written together.

The vendor's model differs from WeChat's body in two places (its schema's overrides), so a body
drawn to be carried (``carried=True``) may use the vendor's object form of
``irregulary_avaliable_time`` and never has the WeChat members the vendor lacks; a bare body has
only the array form and may have those members, at values that give no C020 (a ``false`` flag,
the channels video information).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from validator.apis.building_blocks import (
    BOOLEANS,
    DAY,
    FRACTIONS,
    HOUR,
    MINUTE,
    OFFSETS,
    WINDOW_FROM,
    WINDOW_UNTIL,
    Draw,
    Payload,
    chinese_names,
    choose,
    draw_fen,
    draw_window,
    fen_amounts,
    render_rfc3339,
    words,
)
from validator.apis.requirements import cases, enum_of, required_of

_API = "busifavor-stock-create"
_USE_RULE = "/coupon_use_rule"

#: Enumerations the builders cover (every value that can be part of a clean payload).
STOCK_TYPES: tuple[str, ...] = enum_of(_API, "/stock_type")
#: SELF_CONSUME is in the schema's enum but is always C019 (an error): WeChat Pay does not
#: support it yet, so no clean payload can carry it.
USE_METHODS: tuple[str, ...] = tuple(
    method for method in enum_of(_API, f"{_USE_RULE}/use_method") if method != "SELF_CONSUME"
)
COUPON_CODE_MODES: tuple[str, ...] = enum_of(_API, "/coupon_code_mode")
CODE_DISPLAY_MODES: tuple[str, ...] = enum_of(_API, "/custom_entrance/code_display_mode")
#: The ten template colours; any other ColorNNN is C016 (a Python rule, not in the schema).
BACKGROUND_COLORS = tuple(f"Color{n:03d}" for n in range(10, 101, 10))


def _the_one(members: frozenset[str], what: str) -> str:
    if len(members) != 1:
        raise ValueError(f"the schema should require exactly one {what}, not {sorted(members)}")
    return next(iter(members))


#: stock_type → the rule object of coupon_use_rule it requires (C001; the others are C002).
RULE_OBJECTS = {
    value: _the_one(case.under("coupon_use_rule").required, f"rule object for {value}")
    for value, case in cases(_API, "", "stock_type").items()
}
#: stock_type → the member of its rule object that holds the discount (the one besides the
#: threshold, transaction_minimum); the vendor's ``discount`` mirrors it (C013).
DISCOUNT_MEMBERS = {
    value: _the_one(
        frozenset(required_of(_API, f"{_USE_RULE}/{rule_object}")) - {"transaction_minimum"},
        f"discount member of {rule_object}",
    )
    for value, rule_object in RULE_OBJECTS.items()
}
#: use_method → the members of coupon_use_rule it requires or forbids (C005/C006).
_USE_CASES = cases(_API, _USE_RULE, "use_method")

_STOCK_KIND_NAMES = {"NORMAL": "满减券", "DISCOUNT": "折扣券", "EXCHANGE": "换购券"}
_GOODS_NAMES = ("全场商品", "指定饮品", "新品蛋糕", "冷冻水饺", "精品咖啡豆")
_ENTRANCE_WORDS = ("立即领取", "去使用", "马上抢", "领券")
_GUIDING_WORDS = ("更多优惠", "点击查看", "进店逛逛")
_HEX = "0123456789abcdef"
_OUT_REQUEST_NO_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|_*-"
#: stock_send_rule's flags that WeChat Pay has not opened yet: only ``false`` is clean (C020).
_NOT_OPEN_FLAGS = ("transferable", "shareable")


#: Mini program appids: "wx" and 16 hex digits.
_APPIDS = st.text(alphabet=_HEX, min_size=16, max_size=16).map(lambda tail: "wx" + tail)
_MINI_PROGRAM_PATHS = st.sampled_from(
    ("pages/coupon/index", "pages/shop/home", "pages/index/index")
)
_DISCOUNT_PERCENTS = st.one_of(st.sampled_from((88, 90, 85, 80, 95, 70)), st.integers(1, 99))
#: What each discount member holds: fen for an amount or a price, percent for a discount.
_DISCOUNTS: dict[str, st.SearchStrategy[int]] = {
    "discount_amount": fen_amounts(1, 50_000),
    "discount_percent": _DISCOUNT_PERCENTS,
    "exchange_price": fen_amounts(0, 100_000),
}


def _rule_object(draw: Draw[Any], stock_type: str) -> Payload:
    """The stock type's rule object (C001); a fixed amount with a threshold above it (C011)."""
    member = DISCOUNT_MEMBERS[stock_type]
    discount = draw(_DISCOUNTS[member])
    if member == "discount_amount":
        minimum = draw_fen(draw, discount + 1, 1_000_000)
    else:
        minimum = draw(fen_amounts(1, 1_000_000))
    return {member: discount, "transaction_minimum": minimum}


def _irregular_windows(draw: Draw[Any], begin: int, end: int, carried: bool) -> Any:
    """``irregulary_avaliable_time`` in an accepted shape (WeChat's array of RFC 3339 windows,
    or, in a carried body, also the vendor's object of seconds of the day), never reversed and,
    in the array form, inside the available window (C009).

    ``begin``/``end`` are the whole seconds of the available window; the array's times are
    drawn from [begin + 1, end] so that a fraction on the available begin cannot make a window
    start before it.
    """
    if carried and draw(BOOLEANS):
        first, last = draw_window(draw, 0, DAY - 1, MINUTE, 12 * HOUR)
        return {"begin_time": first, "end_time": last}
    windows = []
    for _ in range(draw(st.integers(1, 3))):
        first, last = draw_window(draw, begin + 1, end, HOUR, 7 * DAY)
        windows.append(
            {
                "begin_time": render_rfc3339(first, "+08:00", ""),
                "end_time": render_rfc3339(last, "+08:00", ""),
            }
        )
    return windows


def _available_time(draw: Draw[Any], carried: bool) -> Payload:
    """coupon_available_time: a window of at most one calendar year (C007) plus, optionally,
    days after receipt (with its wait, C004), weekly slots (with week_day, C003/C008) and
    irregular windows (C009)."""
    window = draw_window(draw, WINDOW_FROM, WINDOW_UNTIL - 1, DAY, 365 * DAY)
    begin_offset = draw(st.sampled_from(OFFSETS))
    end_offset = draw(st.sampled_from(OFFSETS))
    fraction = draw(st.sampled_from(FRACTIONS))
    available: Payload = {
        "available_begin_time": render_rfc3339(window[0], begin_offset, fraction),
        "available_end_time": render_rfc3339(window[1], end_offset, fraction),
    }
    if draw(BOOLEANS):
        available["available_day_after_receive"] = draw(st.integers(1, 30))
        if draw(BOOLEANS):
            available["wait_days_after_receive"] = draw(st.integers(1, 30))
    if draw(BOOLEANS):
        week: Payload = {
            "week_day": draw(st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True))
        }
        if draw(BOOLEANS):
            slots = draw(st.integers(1, 2))
            points = sorted(
                draw(
                    st.lists(
                        st.integers(0, DAY - 1), min_size=2 * slots, max_size=2 * slots, unique=True
                    )
                )
            )
            week["available_day_time"] = [
                {"begin_time": points[i], "end_time": points[i + 1]} for i in range(0, 2 * slots, 2)
            ]
        available["available_week"] = week
    if draw(BOOLEANS):
        available["irregulary_avaliable_time"] = _irregular_windows(draw, *window, carried)
    return available


def _custom_entrance(draw: Draw[Any]) -> Payload:
    entrance: Payload = {}
    if draw(BOOLEANS):
        info: Payload = {
            "mini_programs_appid": draw(_APPIDS),
            "mini_programs_path": draw(_MINI_PROGRAM_PATHS),
            "entrance_words": draw(words(_ENTRANCE_WORDS, 5)),
        }
        if draw(BOOLEANS):
            info["guiding_words"] = draw(words(_GUIDING_WORDS, 6))
        entrance["mini_programs_info"] = info
    if draw(BOOLEANS):
        entrance["appid"] = draw(_APPIDS)
    if draw(BOOLEANS):
        entrance["store_id"] = f"store-{draw(st.integers(1, 9999)):04d}"
    if draw(BOOLEANS):
        entrance["code_display_mode"] = draw(st.sampled_from(CODE_DISPLAY_MODES))
    return entrance


def _display_pattern_info(draw: Draw[Any], carried: bool) -> Payload:
    display: Payload = {}
    if draw(BOOLEANS):
        display["description"] = draw(words(("本券仅限门店使用，不与其他优惠同享",), 100))
    if draw(BOOLEANS):
        # C017: WeChat shows at most 12 characters of the merchant name.
        display["merchant_name"] = draw(words(("示例连锁超市", "老王水果铺", "研究所咖啡"), 12))
    if draw(BOOLEANS):
        display["background_color"] = draw(st.sampled_from(BACKGROUND_COLORS))
    if draw(BOOLEANS):
        display["merchant_logo_url"] = "https://wxpaylogo.qpic.cn/wxpaylogo/example/0"
    if draw(BOOLEANS):
        display["coupon_image_url"] = "https://wxpaylogo.qpic.cn/wxpaylogo/example/1"
    if not carried and draw(BOOLEANS):  # WeChat's channels information; the vendor lacks it
        display["finder_info"] = {
            "finder_id": f"sph{draw(st.text(alphabet=_HEX, min_size=12, max_size=12))}",
            "finder_video_id": draw(st.text(alphabet=_HEX, min_size=8, max_size=40)),
            "finder_video_cover_image_url": "https://wxpaylogo.qpic.cn/wxpaylogo/example/2",
        }
    return display


#: out_request_no: a serial after merchant id + date (the usual form), else any string of the
#: C018 charset; see ``_draw_out_request_no``.
_OUT_REQUEST_NO_SHAPES = st.one_of(
    st.integers(1, 9999), st.text(alphabet=_OUT_REQUEST_NO_CHARS, min_size=1, max_size=128)
)
#: 商户号: digits only (S006), 8–15 of them; the usual 10-digit form first.
_MERCHANT_IDS = st.one_of(
    st.integers(1_900_000_000, 1_999_999_999).map(str),
    st.text(alphabet="0123456789", min_size=8, max_size=15),
)


def _draw_out_request_no(draw: Draw[Any], merchant: str) -> str:
    shape = draw(_OUT_REQUEST_NO_SHAPES)
    return f"{merchant}-20300401-{shape:04d}" if isinstance(shape, int) else shape


def draw_body(draw: Draw[Any], stock_type: str, use_method: str, carried: bool) -> Payload:
    """One clean merchant-coupon body of this stock_type and use_method; ``carried`` draws it
    as create-coupon-stock's ``coupon_data`` (see the module docstring)."""
    merchant = draw(_MERCHANT_IDS)
    use_rule: Payload = {
        "coupon_available_time": _available_time(draw, carried),
        RULE_OBJECTS[stock_type]: _rule_object(draw, stock_type),
        "use_method": use_method,
    }
    needs = _USE_CASES[use_method].required  # C005; the other methods must not carry them (C006)
    if "mini_programs_appid" in needs:
        use_rule["mini_programs_appid"] = draw(_APPIDS)
    if "mini_programs_path" in needs:
        use_rule["mini_programs_path"] = draw(_MINI_PROGRAM_PATHS)
    per_user = draw(st.integers(1, 100))
    send: Payload = {}
    if draw(BOOLEANS):  # optional; never below a per-user or daily limit (C012)
        send["max_coupons"] = draw(st.integers(per_user, 1_000_000))
    send["max_coupons_per_user"] = per_user
    if stock_type != "NORMAL" and draw(BOOLEANS):  # C010: not on NORMAL stocks
        send["max_coupons_by_day"] = draw(st.integers(1, send.get("max_coupons", 100_000)))
    if draw(BOOLEANS):
        send["natural_person_limit"] = draw(BOOLEANS)
    if draw(BOOLEANS):
        send["prevent_api_abuse"] = draw(BOOLEANS)
    if not carried:  # not open yet (C020) unless false, as the official examples send them
        for flag in _NOT_OPEN_FLAGS:
            if draw(BOOLEANS):
                send[flag] = False
    data: Payload = {
        "stock_name": draw(chinese_names(21, _STOCK_KIND_NAMES[stock_type])),
        "belong_merchant": merchant,
    }
    if draw(BOOLEANS):
        data["comment"] = draw(words(("春季活动", "门店拉新"), 20))
    data["goods_name"] = draw(words(_GOODS_NAMES, 15))
    data["stock_type"] = stock_type
    data["coupon_use_rule"] = use_rule
    data["stock_send_rule"] = send
    data["out_request_no"] = _draw_out_request_no(draw, merchant)
    if draw(BOOLEANS):
        data["custom_entrance"] = _custom_entrance(draw)
    if draw(BOOLEANS):
        data["display_pattern_info"] = _display_pattern_info(draw, carried)
    data["coupon_code_mode"] = draw(st.sampled_from(COUPON_CODE_MODES))
    if draw(BOOLEANS):
        data["notify_config"] = {"notify_appid": draw(_APPIDS)}
    if not carried and draw(BOOLEANS):
        data["subsidy"] = False
    return data


@st.composite
def _merchant_coupon(
    draw: Draw[Any], stock_types: st.SearchStrategy[str], use_methods: st.SearchStrategy[str]
) -> Payload:
    return draw_body(draw, draw(stock_types), draw(use_methods), carried=False)


def busifavor_stock_create(
    stock_type: str | None = None, use_method: str | None = None
) -> st.SearchStrategy[Payload]:
    """Clean ``busifavor-stock-create`` bodies, optionally of one stock_type (NORMAL,
    DISCOUNT, EXCHANGE) and/or use_method (OFF_LINE, MINI_PROGRAMS, PAYMENT_CODE; SELF_CONSUME
    is always C019, so it is refused here)."""
    return _merchant_coupon(
        choose(stock_type, STOCK_TYPES, "stock_type"),
        choose(use_method, USE_METHODS, "use_method"),
    )


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean busifavor-stock-create body: every stock_type and use_method."""
    return busifavor_stock_create()
