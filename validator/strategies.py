"""Hypothesis strategies of clean request bodies for the three APIs.

Teams use these in their own test suites: to feed realistic coupons into the code that builds,
stores or sends them, and to check that their own builders agree with the validator. Every
payload these strategies produce is *clean*: ``validate(payload, api=API, now=FIXED_NOW)`` is
``[]`` (no error and no warning), and stays clean for any clock before 2029, because every
window lies between 2029 and 2035 (``WINDOW_FROM``/``WINDOW_UNTIL``).

The values are the ones real payloads carry: Chinese coupon names within each API's limit
(counted in code points, emoji included), money as integer fen, Unix-second timestamps (and
RFC 3339 strings for create-coupon-stock) with ordered windows, and only the members that the
coupon type, valid_type, stock_type and use_method call for (rules.md §3.4, §4.4, §5.5).

Shrinking is meant to end in a small payload a person can read: every enumeration is a
``sampled_from`` (it shrinks to its first, most ordinary value), every optional member is
drawn as "absent" first, and every free-form value is a ``one_of`` whose first branch is a
realistic fixed vocabulary ("春季满减券", "sku-00001", "1900012345").

Composable parts::

    payloads(api)                                   any clean payload of one API
    shop_coupon_add(coupon_type=..., valid_type=...)
    product_coupon_create(coupon_type=..., valid_type=..., promote_type=...)
    create_coupon_stock(stock_type=..., use_method=...)
    fen_amounts(), discount_nums(), second_timestamps(), second_windows(),
    rfc3339_times(), rfc3339_windows(), chinese_names(), out_product_ids(), product_ids()

hypothesis is a test dependency (the ``test`` extra), so this module is never imported by the
validator itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, TypeVar

from validator.apis import API_IDS

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "validator.strategies needs hypothesis: pip install 'coupon-validator[test]' "
        "(or pip install hypothesis)"
    ) from error

__all__ = [
    "API_IDS",
    "FIXED_NOW",
    "PRODUCT_COUPON_TYPES",
    "PRODUCT_VALID_TYPES",
    "SHOP_COUPON_TYPES",
    "SHOP_VALID_TYPES",
    "STOCK_TYPES",
    "USE_METHODS",
    "WINDOW_FROM",
    "WINDOW_UNTIL",
    "chinese_names",
    "create_coupon_stock",
    "discount_nums",
    "fen_amounts",
    "out_product_ids",
    "payloads",
    "product_coupon_create",
    "product_ids",
    "rfc3339_times",
    "rfc3339_windows",
    "second_timestamps",
    "second_windows",
    "shop_coupon_add",
]

T = TypeVar("T")
Payload = dict[str, Any]
Draw = Callable[[st.SearchStrategy[T]], T]


#: The ``now`` the project's own tests validate with (rules.md §12 uses it too).
FIXED_NOW = 1_800_000_000  # 2027-01-15T08:00:00Z
#: Every generated time lies in [WINDOW_FROM, WINDOW_UNTIL]: after any realistic test clock
#: (so U003 "already ended" cannot fire before 2029) and far from the U002 bounds (2015, 2100).
WINDOW_FROM = 1_861_920_000  # 2029-01-01T00:00:00Z
WINDOW_UNTIL = 2_051_222_400  # 2035-01-01T00:00:00Z

MINUTE = 60
HOUR = 3_600
DAY = 86_400
#: Claim windows start early enough that a validity window of up to a year still ends
#: before WINDOW_UNTIL, so no builder ever has to clip a window.
_CLAIM_UNTIL = WINDOW_UNTIL - 366 * DAY

#: Enumerations the builders cover (every value that can be part of a clean payload).
SHOP_COUPON_TYPES = (1, 2, 3, 4, 5, 6, 101, 102, 103, 104)
SHOP_VALID_TYPES = (1, 2, 3)
PRODUCT_COUPON_TYPES = (1, 2, 3, 4, 101, 102, 103, 104)
PRODUCT_VALID_TYPES = (1, 2)
PRODUCT_PROMOTE_TYPES = (1, 2)
STOCK_TYPES = ("NORMAL", "DISCOUNT", "EXCHANGE")
#: SELF_CONSUME is in the schema's enum but is always C019 (an error): WeChat Pay does not
#: support it yet, so no clean payload can carry it.
USE_METHODS = ("OFF_LINE", "MINI_PROGRAMS", "PAYMENT_CODE")
COUPON_CODE_MODES = ("WECHATPAY_MODE", "MERCHANT_API", "MERCHANT_UPLOAD")
CODE_DISPLAY_MODES = ("NOT_SHOW", "BARCODE", "QRCODE")
#: The ten template colours (rules.md §5.4); any other ColorNNN is C016.
BACKGROUND_COLORS = tuple(f"Color{n:03d}" for n in range(10, 101, 10))

#: What each coupon type is called in a name, so "春季满减券" really is a 满减 coupon.
_KIND_NAMES = {
    1: "折扣券",
    2: "满减券",
    3: "折扣券",
    4: "直减券",
    5: "换购券",
    6: "买赠券",
    101: "折扣券",
    102: "满减券",
    103: "折扣券",
    104: "直减券",
}
_STOCK_KIND_NAMES = {"NORMAL": "满减券", "DISCOUNT": "折扣券", "EXCHANGE": "换购券"}
_NAME_PREFIXES = (
    "春季",
    "周末",
    "新人",
    "会员",
    "店庆",
    "限时",
    "夏日",
    "开学季",
    "年货节",
    "直播间专享",
)
#: Free-form names draw from common coupon characters plus two characters outside the BMP, so
#: that code-point counting (an emoji counts 1, rules.md §1.4) is exercised as well.
_NAME_ALPHABET = "优惠券满减折扣店铺商品新人专享会员周末春夏秋冬节日限时特价立减直降换购买赠送🎉𠮷"
_NICKNAMES = ("小店直播间", "好物推荐官", "每日上新", "老王的水果铺", "咖啡研究所")
_CHANNELS = ("公众号推文", "直播间-7", "社群团购", "朋友圈广告", "线下海报")
_GOODS_NAMES = ("全场商品", "指定饮品", "新品蛋糕", "冷冻水饺", "精品咖啡豆")
_ENTRANCE_WORDS = ("立即领取", "去使用", "马上抢", "领券")
_GUIDING_WORDS = ("更多优惠", "点击查看", "进店逛逛")
_OFFSETS = ("+08:00", "Z", "+00:00", "+09:00", "-05:00", "+05:30")
_FRACTIONS = ("", ".000", ".250")
_BOOLEANS = st.booleans()  # False first: an optional member shrinks to "absent"


# Building a strategy object costs far more than drawing from it, so the factories below are
# cached (strategies are immutable) and the builders draw values whose bounds depend on an
# earlier draw through small ``_draw_*`` helpers instead of building a strategy per example.


# -- values ----------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def fen_amounts(min_value: int = 1, max_value: int = 1_000_000) -> st.SearchStrategy[int]:
    """Money as integer fen (分) in [min_value, max_value].

    Whole yuan (multiples of 100) come first because that is what most coupons use, and it
    is what a shrunk example shows; any fen value follows, so 9.90 yuan (990) appears too.
    """
    if min_value > max_value:
        raise ValueError(f"min_value {min_value} is above max_value {max_value}")
    any_fen = st.integers(min_value, max_value)
    low_yuan, high_yuan = -(-min_value // 100), max_value // 100
    if low_yuan > high_yuan:
        return any_fen
    whole_yuan = st.integers(low_yuan, high_yuan).map(lambda yuan: yuan * 100)
    return st.one_of(whole_yuan, any_fen)


def _draw_fen(draw: Draw[Any], min_value: int, max_value: int) -> int:
    """``draw(fen_amounts(min_value, max_value))`` for bounds that change with every example."""
    low_yuan, high_yuan = -(-min_value // 100), max_value // 100
    if low_yuan <= high_yuan and not draw(_BOOLEANS):
        return draw(st.integers(low_yuan, high_yuan)) * 100
    return draw(st.integers(min_value, max_value))


@lru_cache(maxsize=8)
def discount_nums(min_value: int = 2000, max_value: int = 9900) -> st.SearchStrategy[int]:
    """discount_num values: 折 × 1000 in steps of 100 (8.5 折 = 8500).

    The default range is shop-coupon-add's (2 折 floor); product-coupon-create allows 1000.
    10000 (10 折, no discount) is left out on purpose: it is A005 on shop-coupon-add.
    """
    if min_value % 100 or max_value % 100 or min_value > max_value:
        raise ValueError("discount_num bounds must be multiples of 100 with min ≤ max")
    return st.integers(min_value // 100, max_value // 100).map(lambda n: n * 100)


def second_timestamps(
    min_value: int = WINDOW_FROM, max_value: int = WINDOW_UNTIL
) -> st.SearchStrategy[int]:
    """Unix timestamps in seconds (never milliseconds), by default between 2029 and 2035."""
    return st.integers(min_value, max_value)


def second_windows(
    min_value: int = WINDOW_FROM,
    max_value: int = WINDOW_UNTIL,
    min_length: int = HOUR,
    max_length: int = 90 * DAY,
) -> st.SearchStrategy[tuple[int, int]]:
    """Ordered (start, end) pairs of Unix seconds with start < end, both inside the bounds.

    Drawn as a start and a length rather than two timestamps, so that the window is ordered
    by construction and shrinks to (min_value, min_value + min_length).
    """
    if min_length < 1 or min_value + min_length > max_value:
        raise ValueError("the bounds leave no room for a window of min_length")
    return _windows(min_value, max_value, min_length, max_length)


def _draw_window(
    draw: Draw[Any], min_value: int, max_value: int, min_length: int, max_length: int
) -> tuple[int, int]:
    start = draw(st.integers(min_value, max_value - min_length))
    length = draw(st.integers(min_length, max(min_length, min(max_length, max_value - start))))
    return start, start + length


@st.composite
def _windows(
    draw: Draw[Any], min_value: int, max_value: int, min_length: int, max_length: int
) -> tuple[int, int]:
    return _draw_window(draw, min_value, max_value, min_length, max_length)


def _render_rfc3339(seconds: int, offset: str, fraction: str) -> str:
    """The instant ``seconds`` written in ``offset`` ("Z" or "+08:00"), with a fraction."""
    if offset == "Z":
        zone = timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    local = datetime.fromtimestamp(seconds, tz=zone)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + fraction + offset


def rfc3339_times(
    min_value: int = WINDOW_FROM, max_value: int = WINDOW_UNTIL
) -> st.SearchStrategy[str]:
    """RFC 3339 date-time strings (rules.md §1.6) for an instant in [min_value, max_value].

    China's +08:00 comes first (that is what the vendor's users write), then Z and other
    offsets; fractional seconds (.000, .250) are rarer but valid. A fraction only adds to the
    instant, so keep ``max_value`` one second below a hard limit.
    """
    return st.builds(
        _render_rfc3339,
        st.integers(min_value, max_value),
        st.sampled_from(_OFFSETS),
        st.sampled_from(_FRACTIONS),
    )


def rfc3339_windows(
    min_value: int = WINDOW_FROM,
    max_value: int = WINDOW_UNTIL,
    min_length: int = DAY,
    max_length: int = 365 * DAY,
) -> st.SearchStrategy[tuple[str, str]]:
    """Ordered (begin, end) RFC 3339 pairs that last at most one calendar year (C007).

    365 days is never more than one calendar year, not even from 29 February (which maps to
    28 February). Both ends share one fraction, so the fraction cannot stretch the window;
    the end may be written in another offset, since C007 compares instants.
    """
    return st.builds(
        lambda window, begin_offset, end_offset, fraction: (
            _render_rfc3339(window[0], begin_offset, fraction),
            _render_rfc3339(window[1], end_offset, fraction),
        ),
        second_windows(min_value, max_value, min_length, min(max_length, 365 * DAY)),
        st.sampled_from(_OFFSETS),
        st.sampled_from(_OFFSETS),
        st.sampled_from(_FRACTIONS),
    )


@lru_cache(maxsize=64)
def chinese_names(
    max_length: int = 10, kind: str = "优惠券", min_length: int = 1
) -> st.SearchStrategy[str]:
    """Chinese names of min_length to max_length code points.

    First a realistic name ("春季" + kind, "春季满减券"); then free text from common coupon
    characters and two characters outside the BMP (🎉, 𠮷), which count 1 each.
    """
    realistic = [
        prefix + kind for prefix in _NAME_PREFIXES if min_length <= len(prefix + kind) <= max_length
    ]
    free = st.text(alphabet=_NAME_ALPHABET, min_size=min_length, max_size=max_length)
    return st.one_of(st.sampled_from(realistic), free) if realistic else free


@lru_cache(maxsize=64)
def _words(vocabulary: Sequence[str], max_length: int) -> st.SearchStrategy[str]:
    """A word from a realistic vocabulary, else free Chinese text, within max_length."""
    fitting = [word for word in vocabulary if len(word) <= max_length]
    free = st.text(alphabet=_NAME_ALPHABET, min_size=1, max_size=max_length)
    return st.one_of(st.sampled_from(fitting), free) if fitting else free


@lru_cache(maxsize=16)
def out_product_ids(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """shop-coupon-add's merchant-side product ids: distinct strings (S008), 1–128 (S005)."""
    if not 1 <= min_size <= max_size <= 128:
        raise ValueError("out_product_ids need 1 ≤ min_size ≤ max_size ≤ 128")
    sku = st.integers(1, 99_999).map(lambda n: f"sku-{n:05d}")
    return st.lists(sku, min_size=min_size, max_size=max_size, unique=True)


@lru_cache(maxsize=16)
def product_ids(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[int]]:
    """product-coupon-create's Mini Store product ids: distinct positive integers (S008)."""
    return st.lists(st.integers(1, 10**14), min_size=min_size, max_size=max_size, unique=True)


def _draw_limits(
    draw: Draw[Any], max_total: int = 100_000, max_per_person: int = 10
) -> tuple[int, int]:
    """(limit_num_one_person, total_num) with 1 ≤ limit ≤ total (A010/B010)."""
    total = draw(st.integers(1, max_total))
    return draw(st.integers(1, min(total, max_per_person))), total


def _choose(value: Any, allowed: Sequence[Any], what: str) -> st.SearchStrategy[Any]:
    """A sampled_from over ``allowed``, or just ``value`` after checking it is allowed."""
    if value is None:
        return st.sampled_from(allowed)
    if value not in allowed:
        raise ValueError(
            f"{what} must be one of {list(allowed)} for a clean payload, not {value!r}"
        )
    return st.just(value)


# -- shop-coupon-add -------------------------------------------------------------------------


def _shop_discount_info(draw: Draw[Any], coupon_type: int) -> Payload:
    """discount_info with exactly the R and W members of §3.4 for this type (A001/A002/A004)."""
    condition: Payload = {}
    info: Payload = {}
    if coupon_type in (1, 2, 3, 4, 5, 6):
        condition["out_product_ids"] = draw(out_product_ids())
    if coupon_type in (1, 101):
        condition["product_cnt"] = draw(st.integers(1, 10))
    if coupon_type in (1, 3, 101, 103):
        info["discount_num"] = draw(discount_nums(2000))
    if coupon_type in (2, 4, 102, 104):
        fee = draw(fen_amounts(1, 20_000))
        if coupon_type in (2, 102):
            # A006/A007: at most 80 % of the threshold, i.e. price ≥ fee × 1.25.
            condition["product_price"] = _draw_fen(draw, -(-fee * 5 // 4), 1_000_000)
        info["discount_fee"] = fee
    if coupon_type in (5, 6):
        if draw(_BOOLEANS):  # "o": allowed, not checked
            condition["product_cnt"] = draw(st.integers(1, 10))
        if draw(_BOOLEANS):
            condition["product_price"] = draw(fen_amounts(1, 1_000_000))
    if coupon_type == 5:
        condition["tradein_info"] = {
            "out_product_id": draw(out_product_ids(1, 1))[0],
            "price": draw(fen_amounts(0, 100_000)),
        }
    if coupon_type == 6:
        buy, get = draw(out_product_ids(2, 2))
        condition["buyget_info"] = {
            "buy_out_product_id": buy,
            "buy_product_cnt": draw(st.integers(1, 10)),
            "get_out_product_id": get,
            "get_product_cnt": draw(st.integers(1, 5)),
        }
    if condition:
        return {"discount_condition": condition, **info}
    return info


def _fixed_validity(draw: Draw[Any], claim_start: int, claim_end: int) -> tuple[int, int]:
    """A validity window around the claim window: it starts at or before the claim start and
    ends at or after the claim end (A009), so every claimed coupon can still be used."""
    start = claim_start - draw(st.integers(0, min(7 * DAY, claim_start - WINDOW_FROM)))
    end = claim_end + draw(st.integers(0, 180 * DAY))
    return start, end


@st.composite
def _shop_coupon(
    draw: Draw[Any], coupon_types: st.SearchStrategy[int], valid_types: st.SearchStrategy[int]
) -> Payload:
    coupon_type = draw(coupon_types)
    valid_type = draw(valid_types)
    claim_start, claim_end = _draw_window(draw, WINDOW_FROM, _CLAIM_UNTIL, HOUR, 90 * DAY)
    limit, total = _draw_limits(draw)
    valid_info: Payload = {"valid_type": valid_type}
    if valid_type == 1:
        valid_info["start_time"], valid_info["end_time"] = _fixed_validity(
            draw, claim_start, claim_end
        )
    elif valid_type == 2:
        valid_info["valid_day_num"] = draw(st.integers(1, 90))
    else:
        valid_info["valid_second"] = draw(st.integers(HOUR, 30 * DAY))
    coupon_info: Payload = {
        "name": draw(chinese_names(10, _KIND_NAMES[coupon_type])),
        "promote_info": {"promote_type": 4, "finder": {"nickname": draw(_words(_NICKNAMES, 20))}},
        "discount_info": _shop_discount_info(draw, coupon_type),
        "receive_info": {
            "start_time": claim_start,
            "end_time": claim_end,
            "limit_num_one_person": limit,
            "total_num": total,
        },
        "valid_info": valid_info,
    }
    serial = draw(st.integers(1, 9999))
    return {
        "coupon": {
            "out_coupon_id": f"coupon-{serial:04d}",
            "type": coupon_type,
            "promote_type": 4,
            "coupon_info": coupon_info,
        }
    }


def shop_coupon_add(
    coupon_type: int | None = None, valid_type: int | None = None
) -> st.SearchStrategy[Payload]:
    """Clean ``shop-coupon-add`` bodies ``{"coupon": {...}}``, optionally of one coupon type
    (1–6, 101–104) and/or one valid_type (1 fixed window, 2 days, 3 seconds)."""
    return _shop_coupon(
        _choose(coupon_type, SHOP_COUPON_TYPES, "coupon_type"),
        _choose(valid_type, SHOP_VALID_TYPES, "valid_type"),
    )


# -- product-coupon-create -------------------------------------------------------------------


def _product_discount_info(draw: Draw[Any], coupon_type: int) -> Payload:
    """discount_info with exactly the R members of §4.4 for this type (B001/B003)."""
    condition: Payload = {}
    info: Payload = {}
    if coupon_type in (1, 2, 3, 4):
        condition["product_ids"] = draw(product_ids())
    if coupon_type in (1, 101):
        condition["product_cnt"] = draw(st.integers(1, 10))
    if coupon_type in (1, 3, 101, 103):
        # 10000 is valid here (no A005 on this API) but means "no discount"; not realistic.
        info["discount_num"] = draw(discount_nums(1000))
    if coupon_type in (2, 4, 102, 104):
        # B008: above 500000 fen (5000 yuan) WeChat shows a reminder on 直减 coupons.
        fee = draw(fen_amounts(1, 500_000))
        if coupon_type in (2, 102):
            # B009: the reduction stays below the spend threshold.
            condition["product_price"] = _draw_fen(draw, fee + 1, 2_000_000)
        info["discount_fee"] = fee
    if condition:
        return {"discount_condition": condition, **info}
    return info


@st.composite
def _product_coupon(
    draw: Draw[Any],
    coupon_types: st.SearchStrategy[int],
    valid_types: st.SearchStrategy[int],
    promote_types: st.SearchStrategy[int],
) -> Payload:
    coupon_type = draw(coupon_types)
    valid_type = draw(valid_types)
    promote_type = draw(promote_types)
    claim_start, claim_end = _draw_window(draw, WINDOW_FROM, _CLAIM_UNTIL, HOUR, 90 * DAY)
    limit, total = _draw_limits(draw)
    discount_info = _product_discount_info(draw, coupon_type)
    valid_info: Payload = {"valid_type": valid_type}
    if valid_type == 1:
        start, end = _fixed_validity(draw, claim_start, claim_end)
        valid_info["start_time"], valid_info["end_time"] = start, end
        ext_window = (start, end)  # B004: ext_info repeats the fixed window exactly
    else:
        days = draw(st.integers(1, 90))
        valid_info["valid_day_num"] = days
        # An absolute window of the merchant's choice (§4.4): from the claim start until the
        # last claimed coupon has run out.
        ext_window = (claim_start, claim_end + days * DAY)
    ext_info: Payload = {"valid_time": ext_window[0], "invalid_time": ext_window[1]}
    ids = discount_info.get("discount_condition", {}).get("product_ids")
    if ids and draw(_BOOLEANS):
        ext_info["jump_product_id"] = draw(st.sampled_from(ids))
    if draw(_BOOLEANS):
        ext_info["notes"] = draw(_words(("每人限领一张", "不与其他优惠同享", "仅限直播间使用"), 30))
    channel = draw(_words(_CHANNELS, 20)) if promote_type == 2 else ""
    payload: Payload = {
        "type": coupon_type,
        "name": draw(chinese_names(10, _KIND_NAMES[coupon_type])),
        "discount_info": discount_info,
        "ext_info": ext_info,
        "promote_info": {"promote_type": promote_type, "customize_channel": channel},
        "receive_info": {
            "start_time": claim_start,
            "end_time": claim_end,
            "limit_num_one_person": limit,
            "total_num": total,
        },
        "valid_info": valid_info,
    }
    return payload


def product_coupon_create(
    coupon_type: int | None = None,
    valid_type: int | None = None,
    promote_type: int | None = None,
) -> st.SearchStrategy[Payload]:
    """Clean ``product-coupon-create`` bodies (flat, no ``coupon_info`` wrapper), optionally of
    one coupon type (1–4, 101–104), valid_type (1 window, 2 days) and promote_type (1 in-store,
    2 custom channel, which then carries a channel name: B006)."""
    return _product_coupon(
        _choose(coupon_type, PRODUCT_COUPON_TYPES, "coupon_type"),
        _choose(valid_type, PRODUCT_VALID_TYPES, "valid_type"),
        _choose(promote_type, PRODUCT_PROMOTE_TYPES, "promote_type"),
    )


# -- create-coupon-stock ---------------------------------------------------------------------

_RULE_OBJECTS = {
    "NORMAL": "fixed_normal_coupon",
    "DISCOUNT": "discount_coupon",
    "EXCHANGE": "exchange_coupon",
}
_DISCOUNT_MEMBERS = {
    "NORMAL": "discount_amount",
    "DISCOUNT": "discount_percent",
    "EXCHANGE": "exchange_price",
}
_HEX = "0123456789abcdef"
_OUT_REQUEST_NO_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|_*-"


#: Mini program appids: "wx" and 16 hex digits.
_APPIDS = st.text(alphabet=_HEX, min_size=16, max_size=16).map(lambda tail: "wx" + tail)
_MINI_PROGRAM_PATHS = st.sampled_from(
    ("pages/coupon/index", "pages/shop/home", "pages/index/index")
)
_DISCOUNT_PERCENTS = st.one_of(st.sampled_from((88, 90, 85, 80, 95, 70)), st.integers(1, 99))


def _rule_object(draw: Draw[Any], stock_type: str) -> Payload:
    """The stock type's rule object (C001), NORMAL with a threshold above the amount (C011)."""
    if stock_type == "NORMAL":
        amount = draw(fen_amounts(1, 50_000))
        minimum = _draw_fen(draw, amount + 1, 1_000_000)
        return {"discount_amount": amount, "transaction_minimum": minimum}
    if stock_type == "DISCOUNT":
        percent = draw(_DISCOUNT_PERCENTS)
        return {"discount_percent": percent, "transaction_minimum": draw(fen_amounts(1, 1_000_000))}
    return {
        "exchange_price": draw(fen_amounts(0, 100_000)),
        "transaction_minimum": draw(fen_amounts(1, 1_000_000)),
    }


def _irregular_windows(draw: Draw[Any], begin: int, end: int) -> Any:
    """``irregulary_avaliable_time`` in either accepted shape (§11 E9), never reversed and, in
    the WeChat array form, inside the available window (C009).

    ``begin``/``end`` are the whole seconds of the available window; the array's times are
    drawn from [begin + 1, end] so that a fraction on the available begin cannot make a window
    start before it.
    """
    if draw(_BOOLEANS):
        first, last = _draw_window(draw, 0, DAY - 1, MINUTE, 12 * HOUR)
        return {"begin_time": first, "end_time": last}
    windows = []
    for _ in range(draw(st.integers(1, 3))):
        first, last = _draw_window(draw, begin + 1, end, HOUR, 7 * DAY)
        windows.append(
            {
                "begin_time": _render_rfc3339(first, "+08:00", ""),
                "end_time": _render_rfc3339(last, "+08:00", ""),
            }
        )
    return windows


def _available_time(draw: Draw[Any]) -> Payload:
    """coupon_available_time: a window of at most one calendar year (C007) plus, optionally,
    days after receipt (with its wait, C004), weekly slots (with week_day, C003/C008) and
    irregular windows (C009)."""
    window = _draw_window(draw, WINDOW_FROM, WINDOW_UNTIL - 1, DAY, 365 * DAY)
    begin_offset = draw(st.sampled_from(_OFFSETS))
    end_offset = draw(st.sampled_from(_OFFSETS))
    fraction = draw(st.sampled_from(_FRACTIONS))
    available: Payload = {
        "available_begin_time": _render_rfc3339(window[0], begin_offset, fraction),
        "available_end_time": _render_rfc3339(window[1], end_offset, fraction),
    }
    if draw(_BOOLEANS):
        available["available_day_after_receive"] = draw(st.integers(1, 30))
        if draw(_BOOLEANS):
            available["wait_days_after_receive"] = draw(st.integers(1, 30))
    if draw(_BOOLEANS):
        week: Payload = {
            "week_day": draw(st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True))
        }
        if draw(_BOOLEANS):
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
    if draw(_BOOLEANS):
        available["irregulary_avaliable_time"] = _irregular_windows(draw, *window)
    return available


def _custom_entrance(draw: Draw[Any]) -> Payload:
    entrance: Payload = {}
    if draw(_BOOLEANS):
        info: Payload = {
            "mini_programs_appid": draw(_APPIDS),
            "mini_programs_path": draw(_MINI_PROGRAM_PATHS),
            "entrance_words": draw(_words(_ENTRANCE_WORDS, 5)),
        }
        if draw(_BOOLEANS):
            info["guiding_words"] = draw(_words(_GUIDING_WORDS, 6))
        entrance["mini_programs_info"] = info
    if draw(_BOOLEANS):
        entrance["appid"] = draw(_APPIDS)
    if draw(_BOOLEANS):
        entrance["store_id"] = f"store-{draw(st.integers(1, 9999)):04d}"
    if draw(_BOOLEANS):
        entrance["code_display_mode"] = draw(st.sampled_from(CODE_DISPLAY_MODES))
    return entrance


def _display_pattern_info(draw: Draw[Any]) -> Payload:
    display: Payload = {}
    if draw(_BOOLEANS):
        display["description"] = draw(_words(("本券仅限门店使用，不与其他优惠同享",), 100))
    if draw(_BOOLEANS):
        # C017: WeChat shows at most 12 characters of the merchant name.
        display["merchant_name"] = draw(_words(("示例连锁超市", "老王水果铺", "研究所咖啡"), 12))
    if draw(_BOOLEANS):
        display["background_color"] = draw(st.sampled_from(BACKGROUND_COLORS))
    if draw(_BOOLEANS):
        display["merchant_logo_url"] = "https://wxpaylogo.qpic.cn/wxpaylogo/example/0"
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


def _vendor_members(draw: Draw[Any], data: Payload) -> Payload:
    """Optional vendor top-level members, each equal to its coupon_data counterpart (C013),
    never output-only (C014), and coupon_type only as 1 (C015)."""
    stock_type = data["stock_type"]
    use_rule = data["coupon_use_rule"]
    rule_object = use_rule[_RULE_OBJECTS[stock_type]]
    send = data["stock_send_rule"]
    display = data.get("display_pattern_info", {})
    mirrors: list[tuple[str, Any]] = [
        ("coupon_name", data["stock_name"]),
        ("coupon_type", 1),
        ("discount_type", stock_type),
        ("mini_amount", rule_object["transaction_minimum"]),
        ("discount", rule_object[_DISCOUNT_MEMBERS[stock_type]]),
        ("person_num", send["max_coupons_per_user"]),
        ("day_num", send.get("max_coupons_by_day", 0)),  # 0 = unlimited (§11 E16)
        ("code_mode", data["coupon_code_mode"]),
    ]
    if "max_coupons" in send:
        mirrors.append(("total_num", send["max_coupons"]))
    if "background_color" in display:
        mirrors.append(("back_color", display["background_color"]))
    vendor: Payload = {}
    for member, value in mirrors:
        if draw(_BOOLEANS):
            vendor[member] = value
    if draw(_BOOLEANS):
        vendor["creator"] = draw(_words(("张三", "运营小李"), 10))
    if draw(_BOOLEANS):
        vendor["store_list"] = draw(
            st.lists(
                st.integers(1, 9999).map(lambda n: f"store-{n:04d}"),
                min_size=1,
                max_size=5,
                unique=True,
            )
        )
    if draw(_BOOLEANS):
        vendor["sell_price"] = draw(fen_amounts(0, 100_000))
    if draw(_BOOLEANS):
        vendor["show_area"] = draw(st.sampled_from((0, 1, 2)))
    return vendor


@st.composite
def _coupon_stock(
    draw: Draw[Any], stock_types: st.SearchStrategy[str], use_methods: st.SearchStrategy[str]
) -> Payload:
    stock_type = draw(stock_types)
    use_method = draw(use_methods)
    merchant = draw(_MERCHANT_IDS)
    use_rule: Payload = {
        "coupon_available_time": _available_time(draw),
        _RULE_OBJECTS[stock_type]: _rule_object(draw, stock_type),
        "use_method": use_method,
    }
    if use_method == "MINI_PROGRAMS":  # C005; the other methods must not carry them (C006)
        use_rule["mini_programs_appid"] = draw(_APPIDS)
        use_rule["mini_programs_path"] = draw(_MINI_PROGRAM_PATHS)
    per_user = draw(st.integers(1, 100))
    send: Payload = {}
    if draw(_BOOLEANS):  # optional (§11 E10); never below a per-user or daily limit (C012)
        send["max_coupons"] = draw(st.integers(per_user, 1_000_000))
    send["max_coupons_per_user"] = per_user
    if stock_type != "NORMAL" and draw(_BOOLEANS):  # C010: not on NORMAL stocks
        send["max_coupons_by_day"] = draw(st.integers(1, send.get("max_coupons", 100_000)))
    if draw(_BOOLEANS):
        send["natural_person_limit"] = draw(_BOOLEANS)
    if draw(_BOOLEANS):
        send["prevent_api_abuse"] = draw(_BOOLEANS)
    data: Payload = {
        "stock_name": draw(chinese_names(21, _STOCK_KIND_NAMES[stock_type])),
        "belong_merchant": merchant,
    }
    if draw(_BOOLEANS):
        data["comment"] = draw(_words(("春季活动", "门店拉新"), 20))
    data["goods_name"] = draw(_words(_GOODS_NAMES, 15))
    data["stock_type"] = stock_type
    data["coupon_use_rule"] = use_rule
    data["stock_send_rule"] = send
    data["out_request_no"] = _draw_out_request_no(draw, merchant)
    if draw(_BOOLEANS):
        data["custom_entrance"] = _custom_entrance(draw)
    if draw(_BOOLEANS):
        data["display_pattern_info"] = _display_pattern_info(draw)
    data["coupon_code_mode"] = draw(st.sampled_from(COUPON_CODE_MODES))
    if draw(_BOOLEANS):
        data["notify_config"] = {"notify_appid": draw(_APPIDS)}
    return {**_vendor_members(draw, data), "coupon_data": data}


def create_coupon_stock(
    stock_type: str | None = None, use_method: str | None = None
) -> st.SearchStrategy[Payload]:
    """Clean ``create-coupon-stock`` bodies (vendor top level plus ``coupon_data``), optionally
    of one stock_type (NORMAL, DISCOUNT, EXCHANGE) and/or use_method (OFF_LINE,
    MINI_PROGRAMS, PAYMENT_CODE; SELF_CONSUME is always C019, so it is refused here)."""
    return _coupon_stock(
        _choose(stock_type, STOCK_TYPES, "stock_type"),
        _choose(use_method, USE_METHODS, "use_method"),
    )


# -- all APIs --------------------------------------------------------------------------------

_BUILDERS: dict[str, Callable[[], st.SearchStrategy[Payload]]] = {
    "shop-coupon-add": shop_coupon_add,
    "product-coupon-create": product_coupon_create,
    "create-coupon-stock": create_coupon_stock,
}


def payloads(api: str) -> st.SearchStrategy[Payload]:
    """Clean payloads of one API, covering every coupon type, valid_type, stock_type and
    use_method that a clean payload can have."""
    try:
        return _BUILDERS[api]()
    except KeyError:
        raise ValueError(f"api must be one of {', '.join(API_IDS)}, not {api!r}") from None
