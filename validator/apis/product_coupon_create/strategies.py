"""Hypothesis strategies of clean product-coupon-create bodies (flat, no ``coupon_info``).

Which members a coupon type and a valid_type call for is read from the schema's coded
conditionals (B001/B003, B002/B003; ``validator.apis.requirements``); this module only decides
what realistic values those members hold.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from hypothesis import strategies as st

from validator.apis.building_blocks import (
    DAY,
    KIND_NAMES,
    Draw,
    Payload,
    chinese_names,
    choose,
    discount_info,
    draw_discount,
    draw_ext_extras,
    draw_receive_info,
    draw_valid_info,
    words,
)
from validator.apis.requirements import cases, enum_of

_API = "product-coupon-create"
#: Per coupon type, the members of ``discount_info`` it requires or forbids.
_TYPE_CASES = cases(_API, "", "type", under="discount_info")
#: Per valid_type, the members of ``valid_info`` it requires or forbids.
_VALID_CASES = cases(_API, "/valid_info", "valid_type")

#: Enumerations the builders cover (every value that can be part of a clean payload).
PRODUCT_COUPON_TYPES: tuple[int, ...] = enum_of(_API, "/type")
PRODUCT_VALID_TYPES: tuple[int, ...] = enum_of(_API, "/valid_info/valid_type")
PRODUCT_PROMOTE_TYPES: tuple[int, ...] = enum_of(_API, "/promote_info/promote_type")

_CHANNELS = ("公众号推文", "直播间-7", "社群团购", "朋友圈广告", "线下海报")
_NOTES = ("每人限领一张", "不与其他优惠同享", "仅限直播间使用")


@lru_cache(maxsize=16)
def product_ids(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[int]]:
    """product-coupon-create's Mini Store product ids: distinct positive integers (S008)."""
    return st.lists(st.integers(1, 10**14), min_size=min_size, max_size=max_size, unique=True)


def _product_discount_info(draw: Draw[Any], coupon_type: int) -> Payload:
    """discount_info with exactly the members this type requires (B001), none it ignores
    (B003)."""
    condition, info = draw_discount(
        draw,
        _TYPE_CASES[coupon_type].required,
        ids=("product_ids", product_ids()),
        # 10000 is valid here (no A005 on this API) but means "no discount"; not realistic.
        min_discount_num=1000,
        # B008: above 500000 fen (5000 yuan) WeChat shows a reminder on 直减 coupons.
        max_fee=500_000,
        # B009: the reduction stays below the spend threshold.
        price_range=lambda fee: (fee + 1, 2_000_000),
    )
    return discount_info(condition, info)


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
    receive_info = draw_receive_info(draw)
    discount_info = _product_discount_info(draw, coupon_type)
    valid_info = draw_valid_info(draw, valid_type, _VALID_CASES[valid_type].required, receive_info)
    if "start_time" in valid_info:  # B004: ext_info repeats the fixed window exactly
        ext_window = (valid_info["start_time"], valid_info["end_time"])
    else:
        # An absolute window of the merchant's choice: from the claim start until the last
        # claimed coupon has run out.
        days = valid_info["valid_day_num"]
        ext_window = (receive_info["start_time"], receive_info["end_time"] + days * DAY)
    ext_info = draw_ext_extras(
        draw, {"valid_time": ext_window[0], "invalid_time": ext_window[1]}, discount_info, _NOTES
    )
    # B006: a custom channel (promote_type 2) names it; in-store promotion leaves it "".
    channel = draw(words(_CHANNELS, 20)) if promote_type == 2 else ""
    payload: Payload = {
        "type": coupon_type,
        "name": draw(chinese_names(10, KIND_NAMES[coupon_type])),
        "discount_info": discount_info,
        "ext_info": ext_info,
        "promote_info": {"promote_type": promote_type, "customize_channel": channel},
        "receive_info": receive_info,
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
        choose(coupon_type, PRODUCT_COUPON_TYPES, "coupon_type"),
        choose(valid_type, PRODUCT_VALID_TYPES, "valid_type"),
        choose(promote_type, PRODUCT_PROMOTE_TYPES, "promote_type"),
    )


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean product-coupon-create body: every coupon type, valid_type and promote_type."""
    return product_coupon_create()
