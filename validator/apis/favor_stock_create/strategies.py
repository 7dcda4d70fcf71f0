"""Hypothesis strategies of clean ``favor-stock-create`` bodies (WeChat Pay 代金券 stocks).

Every body is clean at ``FIXED_NOW``: ``validate(body, api="favor-stock-create", now=FIXED_NOW)``
is ``[]``. Unlike the other APIs' bodies, a 代金券 body cannot stay clean for every clock: its
start must lie between now and 365 days after now (F003). The usable window therefore starts
after ``FIXED_NOW`` and less than 365 days after it (``START_FROM``/``START_UNTIL``), and lasts
at most 90 days (F002). A body stays clean for any clock from its start minus 365 days to its
start.

What makes a body clean beyond its schema, and how each is drawn:

- the budget is the arithmetic WeChat Pay checks: ``max_amount = max_coupons × coupon_amount``
  (F004), a daily budget is a whole number of coupons and not above the total (F005, F006), the
  per-user limit is at most the stock (F007);
- the threshold is above the face value (F008, F009), and the face value at least 1 yuan (100
  fen, the soft floor);
- names stay within 9 (``stock_name``) or 12 (``merchant_name``) Chinese characters, never mix
  over their share of both limits (F010, F011), and have no ``_ , ; |``;
- the mini program members come only with ``jump_target`` MINI_PROGRAM, and always both
  (F012, F013); weekly slots never come with validity counted from the claim (F014) and end
  after they begin (F015); ``limit_card`` only with ``limit_pay`` (F016); the members that are
  not open (``ext_info``, ``unavailable_items``) never appear (F017);
- ``available_merchants`` is always present (F019) and, for ``no_cash`` true, never lists the
  creator (F018).

Shrinking ends in a small, readable body: optional members are drawn as absent first and free
values start from a realistic vocabulary.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from validator.apis.building_blocks import (
    BOOLEANS,
    DAY,
    FIXED_NOW,
    FRACTIONS,
    HOUR,
    OFFSETS,
    Draw,
    Payload,
    fen_amounts,
    render_rfc3339,
)
from validator.apis.favor_stock_create.han import count_han

__all__ = [
    "BACKGROUND_COLORS",
    "JUMP_TARGETS",
    "START_FROM",
    "START_UNTIL",
    "TRADE_TYPES",
    "favor_stock_create",
    "payloads",
]

#: The window starts in [START_FROM, START_UNTIL]: after FIXED_NOW (F003: not in the past) and
#: one second less than 365 days after it, so that a fraction of a second cannot push it over.
START_FROM = FIXED_NOW + 1
START_UNTIL = FIXED_NOW + 365 * DAY - 1
MAX_WINDOW = 90 * DAY  # F002: 90 × 86400 seconds, exactly, is allowed

BACKGROUND_COLORS = (
    "COLOR010", "COLOR020", "COLOR030", "COLOR040", "COLOR050", "COLOR060", "COLOR070",
    "COLOR080", "COLOR081", "COLOR082", "COLOR090", "COLOR100", "COLOR101", "COLOR102",
)  # fmt: skip
JUMP_TARGETS = ("DEFAULT_PAGE", "PAYMENT_CODE", "MINI_PROGRAM")
TRADE_TYPES = ("MICROAPP", "APPPAY", "PPAY", "CARD", "FACE", "OTHER")

_HAN = "春夏秋冬季节满减立送全场门店新人专享会员周末限时特惠咖啡超市水果𠮷"
_OTHER = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-+&"
_STOCK_NAMES = ("春季满100减10", "周末满199减20", "新人立减5元", "会员专享满50减5")
_MERCHANT_NAMES = ("示例咖啡", "老王水果铺", "示例连锁超市", "Demo Coffee")
_DESCRIPTIONS = ("全场满100元可用", "每人限领2张，不与其他优惠同享", "仅限门店使用")
_URLS = st.sampled_from(
    (
        "https://wxpaylogo.qpic.cn/wxpaylogo/example/0",
        "https://wxpaylogo.qpic.cn/wxpaylogo/coupon/0",
    )
)
_APPIDS = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16).map(lambda t: "wx" + t)
_PATHS = st.sampled_from(("pages/coupon/index", "pages/shop/home"))
_MERCHANT_IDS = st.one_of(
    st.integers(1_900_000_000, 1_999_999_999).map(str),
    st.text(alphabet="0123456789", min_size=8, max_size=15),
)
_TAGS = st.one_of(
    st.sampled_from(("spring_2027", "weekend", "member_only")),
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
        min_size=1,
        max_size=32,
    ),
)
_ITEMS = st.integers(1, 99_999).map(lambda n: f"sku-{n:05d}")
_REQUEST_NO_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|_*-"
_LIMIT_PAY = st.sampled_from(("ICBC_CREDIT", "CMB_DEBIT", "CFT"))


def _name(draw: Draw[Any], vocabulary: tuple[str, ...], han_limit: int, other_limit: int) -> str:
    """A name within both limits and within its share of them when mixed (F010, F011):
    ``other_limit × Han + han_limit × other ≤ han_limit × other_limit``."""
    realistic = [n for n in vocabulary if _fits(n, han_limit, other_limit)]
    if realistic and not draw(BOOLEANS):
        return draw(st.sampled_from(realistic))
    han = draw(st.integers(0, han_limit))
    room = (han_limit * other_limit - other_limit * han) // han_limit
    other = draw(st.integers(1 if han == 0 else 0, min(room, other_limit - han)))
    chinese = draw(st.text(alphabet=_HAN, min_size=han, max_size=han))
    latin = draw(st.text(alphabet=_OTHER, min_size=other, max_size=other))
    return chinese + latin


def _fits(name: str, han_limit: int, other_limit: int) -> bool:
    han = count_han(name)
    other = len(name) - han
    return han <= han_limit and other_limit * han + han_limit * other <= han_limit * other_limit


def _window(draw: Draw[Any]) -> tuple[str, str]:
    """(begin, end): begin in [START_FROM, START_UNTIL], 1 hour to 90 days long (F002, F003).

    Both ends share one fraction, so the fraction neither lengthens the window nor makes it
    start before its whole second; each end may be written in its own offset.
    """
    begin = draw(st.integers(START_FROM, START_UNTIL))
    length = draw(st.integers(HOUR, MAX_WINDOW))
    fraction = draw(st.sampled_from(FRACTIONS))
    return (
        render_rfc3339(begin, draw(st.sampled_from(OFFSETS)), fraction),
        render_rfc3339(begin + length, draw(st.sampled_from(OFFSETS)), fraction),
    )


def _budget(draw: Draw[Any]) -> tuple[Payload, Payload]:
    """(stock_use_rule, fixed_normal_coupon) that satisfy F004–F009."""
    amount = draw(fen_amounts(100, 50_000))
    count = draw(st.integers(1, min(10_000_000, 1_000_000_000 // amount)))
    rule: Payload = {"max_coupons": count, "max_amount": count * amount}
    if draw(BOOLEANS):
        rule["max_amount_by_day"] = draw(st.integers(1, count)) * amount
    rule["max_coupons_per_user"] = draw(st.integers(1, min(60, count)))
    rule["natural_person_limit"] = draw(BOOLEANS)
    rule["prevent_api_abuse"] = draw(BOOLEANS)
    minimum = draw(fen_amounts(amount + 1, max(amount + 1, 1_000_000)))
    return rule, {"coupon_amount": amount, "transaction_minimum": minimum}


def _pattern_info(draw: Draw[Any]) -> Payload:
    pattern: Payload = {"description": draw(st.sampled_from(_DESCRIPTIONS))}
    if draw(BOOLEANS):
        pattern["merchant_logo"] = draw(_URLS)
    if draw(BOOLEANS):
        pattern["merchant_name"] = _name(draw, _MERCHANT_NAMES, 12, 36)
    if draw(BOOLEANS):
        pattern["background_color"] = draw(st.sampled_from(BACKGROUND_COLORS))
    if draw(BOOLEANS):
        pattern["coupon_image"] = draw(_URLS)
    if draw(BOOLEANS):
        target = draw(st.sampled_from(JUMP_TARGETS))
        pattern["jump_target"] = target
        if target == "MINI_PROGRAM":  # F012 needs both; F013 forbids them otherwise
            pattern["mini_program_appid"] = draw(_APPIDS)
            pattern["mini_program_path"] = draw(_PATHS)
    return pattern


def _available_time(draw: Draw[Any]) -> Payload:
    """Either weekly slots or validity counted from the claim, never both (F014)."""
    if draw(BOOLEANS):
        after: Payload = {}
        if draw(BOOLEANS):
            after["second_day_available"] = draw(BOOLEANS)
        if draw(BOOLEANS):
            after["available_time_after_receive"] = draw(st.integers(60, 30 * 24 * 60))
        return after
    slot: Payload = {}
    if draw(BOOLEANS):
        days = st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True)
        slot["available_week_day"] = draw(st.one_of(days, st.integers(0, 6)))
    begin, end = sorted(
        draw(st.lists(st.integers(0, DAY - 1), min_size=2, max_size=2, unique=True))
    )
    slot["begin_time"] = begin
    if not draw(BOOLEANS):  # absent means 86399, still after begin (F015)
        slot["end_time"] = end
    available: Payload = {"fix_available_time": slot}
    if draw(BOOLEANS):
        available["second_day_available"] = False  # true is F014 beside weekly slots
    return available


def _merchants(draw: Draw[Any], creator: str, no_cash: bool) -> list[str]:
    """available_merchants (always, F019); the creator only when it is allowed (F018)."""
    others = draw(st.lists(_MERCHANT_IDS.filter(lambda m: m != creator), max_size=4, unique=True))
    if no_cash:
        return others or [str(int(creator) + 1)]
    return [creator, *others] if draw(BOOLEANS) or not others else others


def _use_rule(draw: Draw[Any], normal: Payload, creator: str, no_cash: bool) -> Payload:
    rule: Payload = {}
    if draw(BOOLEANS):
        rule["coupon_available_time"] = _available_time(draw)
    rule["fixed_normal_coupon"] = normal
    if draw(BOOLEANS):
        rule["goods_tag"] = draw(st.lists(_TAGS, min_size=1, max_size=5, unique=True))
    if draw(BOOLEANS):
        types = st.lists(st.sampled_from(TRADE_TYPES), min_size=1, max_size=6, unique=True)
        rule["trade_type"] = draw(types)
    if draw(BOOLEANS):
        rule["combine_use"] = draw(BOOLEANS)
    if draw(BOOLEANS):
        rule["available_items"] = draw(st.lists(_ITEMS, min_size=1, max_size=5, unique=True))
    rule["available_merchants"] = _merchants(draw, creator, no_cash)
    if draw(BOOLEANS):
        rule["limit_pay"] = [draw(_LIMIT_PAY)]
        if draw(BOOLEANS):  # only with limit_pay (F016)
            bins = st.text(alphabet="0123456789", min_size=6, max_size=9)
            rule["limit_card"] = {
                "name": draw(st.sampled_from(("白金卡", "信用卡", "VIP"))),
                "bin": draw(st.lists(bins, min_size=1, max_size=3, unique=True)),
            }
    return rule


@st.composite
def _favor_stock(draw: Draw[Any]) -> Payload:
    creator = draw(_MERCHANT_IDS)
    begin, end = _window(draw)
    stock_rule, normal = _budget(draw)
    no_cash = draw(BOOLEANS)
    body: Payload = {"stock_name": _name(draw, _STOCK_NAMES, 9, 20)}
    if draw(BOOLEANS):
        body["comment"] = draw(st.sampled_from(("春季活动", "门店拉新", "2027 spring")))
    body["belong_merchant"] = creator
    body["available_begin_time"] = begin
    body["available_end_time"] = end
    body["stock_use_rule"] = stock_rule
    if draw(BOOLEANS):
        body["pattern_info"] = _pattern_info(draw)
    body["coupon_use_rule"] = _use_rule(draw, normal, creator, no_cash)
    body["no_cash"] = no_cash
    body["stock_type"] = "NORMAL"
    serial = draw(
        st.one_of(st.integers(1, 9999), st.text(_REQUEST_NO_CHARS, min_size=1, max_size=128))
    )
    body["out_request_no"] = (
        f"{creator}-{begin[:10].replace('-', '')}-{serial:04d}"
        if isinstance(serial, int)
        else serial
    )
    return body


def favor_stock_create() -> st.SearchStrategy[Payload]:
    """Clean ``favor-stock-create`` bodies at ``FIXED_NOW`` (module docstring: which clocks)."""
    return _favor_stock()


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean favor-stock-create body (the API has one stock type, NORMAL)."""
    return favor_stock_create()
