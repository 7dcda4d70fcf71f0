"""Hypothesis strategies of clean channels-ec-coupon-create bodies (WeChat Store 微信小店).

Which members a coupon type and a valid_type call for is read from the schema's coded
conditionals (E001, E002; ``validator.apis.requirements``); every other member of the same
group is irrelevant for that type. This module decides what realistic values the members hold:

- string product ids (distinct, at most 200), ``discount_num`` 2000–9900 (10000 is E007),
  ``discount_fee`` at most 20000 fen and, for 满减 coupons, at most 80 % of the threshold
  (E005/E006); conditional and 满减 coupons carry one threshold each, never both (E004);
- always a ``valid_info`` (its absence is E011): a fixed window that covers the claim window
  (E009) or a number of days; optionally ``ext_info`` (a ``jump_product_id`` among the coupon's
  products, notes) and ``auto_valid_info``;
- optionally, as SDK models send them, an integer ``0`` on every member the type or valid_type
  does not use: such a 0 counts as absent, so the body stays clean.
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
    draw_ext_extras,
    draw_receive_info,
    draw_valid_info,
)
from validator.apis.requirements import cases, enum_of

_API = "channels-ec-coupon-create"
#: Per coupon type, the members of ``discount_info`` it requires.
_TYPE_CASES = cases(_API, "", "type", under="discount_info")
#: Per valid_type, the members of ``valid_info`` it requires.
_VALID_CASES = cases(_API, "/valid_info", "valid_type")
#: The integer members a type decides about, as SDK models send them when unused.
_ZERO_MEMBERS = (
    "discount_condition/product_cnt",
    "discount_condition/product_price",
    "discount_num",
    "discount_fee",
)
_VALID_MEMBERS = ("start_time", "end_time", "valid_day_num")

#: Enumerations the builders cover (every value that can be part of a clean payload).
CHANNELS_COUPON_TYPES: tuple[int, ...] = enum_of(_API, "/type")
CHANNELS_VALID_TYPES: tuple[int, ...] = enum_of(_API, "/valid_info/valid_type")
#: 1 小店内推广, 9 会员券, 10 会员开卡礼券.
CHANNELS_PROMOTE_TYPES: tuple[int, ...] = enum_of(_API, "/promote_info/promote_type")

_MOST_FEN = 20_000  # "不可超过200元"
_NOTES = ("每人限领一张", "不与其他优惠同享", "新品上市专享")


@lru_cache(maxsize=16)
def channels_product_ids(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """WeChat Store product ids: distinct strings of digits (S008), at most 200 (S009)."""
    if not 1 <= min_size <= max_size <= 200:
        raise ValueError("product ids need 1 ≤ min_size ≤ max_size ≤ 200 for a clean body")
    digits = st.integers(10**9, 10**14 - 1).map(str)
    return st.lists(digits, min_size=min_size, max_size=max_size, unique=True)


def _put_zero(discount: Payload, member: str) -> None:
    """Set ``discount_info``'s ``member`` (``discount_condition/…`` or a direct one) to 0."""
    if member.startswith("discount_condition/"):
        discount.setdefault("discount_condition", {}).setdefault(member.split("/")[1], 0)
    else:
        discount.setdefault(member, 0)


def _channels_discount_info(draw: Draw[Any], coupon_type: int) -> Payload:
    """discount_info with exactly the members this type requires (E001), and either nothing
    else or an SDK model's zeros on every member the type does not use (no E003)."""
    needs = _TYPE_CASES[coupon_type].required
    condition, info = draw_discount(
        draw,
        needs,
        ids=("product_ids", channels_product_ids()),
        min_discount_num=2000,
        max_fee=_MOST_FEN,
        # E005/E006: the reduction is at most 80 % of the threshold (price ≥ fee × 1.25).
        price_range=lambda fee: (-(-fee * 5 // 4), 1_000_000),
    )
    discount = discount_info(condition, info)
    if draw(BOOLEANS):
        for member in _ZERO_MEMBERS:
            if member not in needs:
                _put_zero(discount, member)
    return discount


@st.composite
def _channels_coupon(
    draw: Draw[Any],
    coupon_types: st.SearchStrategy[int],
    valid_types: st.SearchStrategy[int],
    promote_types: st.SearchStrategy[int],
) -> Payload:
    coupon_type = draw(coupon_types)
    valid_type = draw(valid_types)
    promote_type = draw(promote_types)
    receive_info = draw_receive_info(draw)
    discount = _channels_discount_info(draw, coupon_type)
    # E009: a fixed validity window covers the claim window.
    valid_info = draw_valid_info(draw, valid_type, _VALID_CASES[valid_type].required, receive_info)
    if draw(BOOLEANS):  # an SDK model's zeros on the validity members this type does not use
        for member in _VALID_MEMBERS:
            valid_info.setdefault(member, 0)
    payload: Payload = {
        "type": coupon_type,
        "name": draw(chinese_names(10, KIND_NAMES[coupon_type])),
        "promote_info": {"promote_type": promote_type},
        "discount_info": discount,
        "receive_info": receive_info,
        "valid_info": valid_info,
    }
    ext_info = draw_ext_extras(draw, {}, discount, _NOTES)
    if ext_info:
        payload["ext_info"] = ext_info
    if draw(BOOLEANS):
        payload["auto_valid_info"] = {"auto_valid_type": draw(st.sampled_from((0, 1)))}
    return payload


def channels_ec_coupon_create(
    coupon_type: int | None = None,
    valid_type: int | None = None,
    promote_type: int | None = None,
) -> st.SearchStrategy[Payload]:
    """Clean ``channels-ec-coupon-create`` bodies, optionally of one coupon type (1–4,
    101–104), valid_type (1 window, 2 days) and promote_type (1 in the shop, 9 members only,
    10 membership gift)."""
    return _channels_coupon(
        choose(coupon_type, CHANNELS_COUPON_TYPES, "coupon_type"),
        choose(valid_type, CHANNELS_VALID_TYPES, "valid_type"),
        choose(promote_type, CHANNELS_PROMOTE_TYPES, "promote_type"),
    )


def payloads() -> st.SearchStrategy[Payload]:
    """Any clean channels-ec-coupon-create body: every type, valid_type and promote_type."""
    return channels_ec_coupon_create()
