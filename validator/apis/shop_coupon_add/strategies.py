"""Hypothesis strategies of clean shop-coupon-add bodies (``{"coupon": {...}}``).

Which members a coupon type and a valid_type call for is read from the schema's coded
conditionals (A001/A002/A004, A003/A004; ``validator.apis.requirements``); this module only
decides what realistic values those members hold.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from hypothesis import strategies as st

from validator.apis.building_blocks import (
    BOOLEANS,
    KIND_NAMES,
    Draw,
    Payload,
    chinese_names,
    choose,
    discount_info,
    draw_discount,
    draw_receive_info,
    draw_valid_info,
    fen_amounts,
    words,
)
from validator.apis.requirements import cases, enum_of

_API = "shop-coupon-add"
#: Per coupon type, the members of ``coupon_info.discount_info`` it requires or forbids.
_TYPE_CASES = cases(_API, "/coupon", "type", under="coupon_info/discount_info")
#: Per valid_type, the members of ``valid_info`` it requires or forbids.
_VALID_CASES = cases(_API, "/coupon/coupon_info/valid_info", "valid_type")

#: Enumerations the builders cover (every value that can be part of a clean payload).
SHOP_COUPON_TYPES: tuple[int, ...] = enum_of(_API, "/coupon/type")
SHOP_VALID_TYPES: tuple[int, ...] = enum_of(_API, "/coupon/coupon_info/valid_info/valid_type")

_NICKNAMES = ("小店直播间", "好物推荐官", "每日上新", "老王的水果铺", "咖啡研究所")
#: Conditions a type may carry or leave out ("allowed, not checked"), with what they hold;
#: each is drawn as absent first.
_OPEN_CONDITIONS: dict[str, st.SearchStrategy[int]] = {
    "product_cnt": st.integers(1, 10),
    "product_price": fen_amounts(1, 1_000_000),
}


@lru_cache(maxsize=16)
def out_product_ids(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """shop-coupon-add's merchant-side product ids: distinct strings (S008), 1–128 (S005)."""
    if not 1 <= min_size <= max_size <= 128:
        raise ValueError("out_product_ids need 1 ≤ min_size ≤ max_size ≤ 128")
    sku = st.integers(1, 99_999).map(lambda n: f"sku-{n:05d}")
    return st.lists(sku, min_size=min_size, max_size=max_size, unique=True)


def _shop_discount_info(draw: Draw[Any], coupon_type: int) -> Payload:
    """discount_info with exactly the members this type requires or expects (A001/A002), none
    it ignores (A004), and, drawn as absent first, those it leaves open."""
    case = _TYPE_CASES[coupon_type]
    needs = case.required
    condition, info = draw_discount(
        draw,
        needs,
        ids=("out_product_ids", out_product_ids()),
        min_discount_num=2000,
        max_fee=20_000,
        # A006/A007: at most 80 % of the threshold, i.e. price ≥ fee × 1.25.
        price_range=lambda fee: (-(-fee * 5 // 4), 1_000_000),
    )
    for name, values in _OPEN_CONDITIONS.items():
        if case.is_open(f"discount_condition/{name}") and draw(BOOLEANS):
            condition[name] = draw(values)
    if "discount_condition/tradein_info" in needs:
        condition["tradein_info"] = {
            "out_product_id": draw(out_product_ids(1, 1))[0],
            "price": draw(fen_amounts(0, 100_000)),
        }
    if "discount_condition/buyget_info" in needs:
        buy, get = draw(out_product_ids(2, 2))
        condition["buyget_info"] = {
            "buy_out_product_id": buy,
            "buy_product_cnt": draw(st.integers(1, 10)),
            "get_out_product_id": get,
            "get_product_cnt": draw(st.integers(1, 5)),
        }
    return discount_info(condition, info)


@st.composite
def _shop_coupon(
    draw: Draw[Any], coupon_types: st.SearchStrategy[int], valid_types: st.SearchStrategy[int]
) -> Payload:
    coupon_type = draw(coupon_types)
    valid_type = draw(valid_types)
    receive_info = draw_receive_info(draw)
    # A003: the members this valid_type requires (a window, days or seconds).
    valid_info = draw_valid_info(draw, valid_type, _VALID_CASES[valid_type].required, receive_info)
    coupon_info: Payload = {
        "name": draw(chinese_names(10, KIND_NAMES[coupon_type])),
        "promote_info": {"promote_type": 4, "finder": {"nickname": draw(words(_NICKNAMES, 20))}},
        "discount_info": _shop_discount_info(draw, coupon_type),
        "receive_info": receive_info,
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
        choose(coupon_type, SHOP_COUPON_TYPES, "coupon_type"),
        choose(valid_type, SHOP_VALID_TYPES, "valid_type"),
    )


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean shop-coupon-add body: every coupon type and valid_type."""
    return shop_coupon_add()
