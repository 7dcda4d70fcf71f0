"""Hypothesis strategies of clean create-coupon-stock bodies: the vendor's top level around
``coupon_data``, the WeChat Pay merchant-coupon body it carries.

The carried body comes from busifavor-stock-create's builder (drawn as the vendor carries it);
this module adds the vendor's optional top-level members, each equal to its ``coupon_data``
counterpart (C013), never output-only (C014), and ``coupon_type`` only as 1 (C015).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from validator.apis.building_blocks import (
    BOOLEANS,
    Draw,
    Payload,
    choose,
    fen_amounts,
    words,
)
from validator.apis.busifavor_stock_create.strategies import (
    DISCOUNT_MEMBERS,
    RULE_OBJECTS,
    STOCK_TYPES,
    USE_METHODS,
    draw_body,
)
from validator.apis.requirements import enum_of

_SHOW_AREAS: tuple[int, ...] = enum_of("create-coupon-stock", "/show_area")


def _vendor_members(draw: Draw[Any], data: Payload) -> Payload:
    """Optional vendor top-level members, each equal to its coupon_data counterpart (C013),
    never output-only (C014), and coupon_type only as 1 (C015)."""
    stock_type = data["stock_type"]
    use_rule = data["coupon_use_rule"]
    rule_object = use_rule[RULE_OBJECTS[stock_type]]
    send = data["stock_send_rule"]
    display = data.get("display_pattern_info", {})
    mirrors: list[tuple[str, Any]] = [
        ("coupon_name", data["stock_name"]),
        ("coupon_type", 1),
        ("discount_type", stock_type),
        ("mini_amount", rule_object["transaction_minimum"]),
        ("discount", rule_object[DISCOUNT_MEMBERS[stock_type]]),
        ("person_num", send["max_coupons_per_user"]),
        ("day_num", send.get("max_coupons_by_day", 0)),  # 0 = unlimited
        ("code_mode", data["coupon_code_mode"]),
    ]
    if "max_coupons" in send:
        mirrors.append(("total_num", send["max_coupons"]))
    if "background_color" in display:
        mirrors.append(("back_color", display["background_color"]))
    vendor: Payload = {}
    for member, value in mirrors:
        if draw(BOOLEANS):
            vendor[member] = value
    if draw(BOOLEANS):
        vendor["creator"] = draw(words(("张三", "运营小李"), 10))
    if draw(BOOLEANS):
        vendor["store_list"] = draw(
            st.lists(
                st.integers(1, 9999).map(lambda n: f"store-{n:04d}"),
                min_size=1,
                max_size=5,
                unique=True,
            )
        )
    if draw(BOOLEANS):
        vendor["sell_price"] = draw(fen_amounts(0, 100_000))
    if draw(BOOLEANS):
        vendor["show_area"] = draw(st.sampled_from(_SHOW_AREAS))
    return vendor


@st.composite
def _coupon_stock(
    draw: Draw[Any], stock_types: st.SearchStrategy[str], use_methods: st.SearchStrategy[str]
) -> Payload:
    data = draw_body(draw, draw(stock_types), draw(use_methods), carried=True)
    return {**_vendor_members(draw, data), "coupon_data": data}


def create_coupon_stock(
    stock_type: str | None = None, use_method: str | None = None
) -> st.SearchStrategy[Payload]:
    """Clean ``create-coupon-stock`` bodies (vendor top level plus ``coupon_data``), optionally
    of one stock_type (NORMAL, DISCOUNT, EXCHANGE) and/or use_method (OFF_LINE,
    MINI_PROGRAMS, PAYMENT_CODE; SELF_CONSUME is always C019, so it is refused here)."""
    return _coupon_stock(
        choose(stock_type, STOCK_TYPES, "stock_type"),
        choose(use_method, USE_METHODS, "use_method"),
    )


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean create-coupon-stock body: every stock_type and use_method."""
    return create_coupon_stock()
