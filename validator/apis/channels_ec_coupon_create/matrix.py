"""Which discount and validity members each coupon type and valid_type needs or ignores.

The WeChat Store guide lists the members every type needs (必填参数); every other member of the
same group is irrelevant for that type. The schema states the required half as its E001/E002
conditional entries; this module states both halves for the Python side, which needs the
irrelevant half twice: for E003 (an irrelevant member is present) and for the convention that an
integer ``0`` on an irrelevant member counts as absent (``validator.apis.channels_ec_coupon_create
.zeros``). ``tests/apis/test_channels_ec.py`` checks that the two statements of the required
half agree.
"""

from __future__ import annotations

from typing import Any

from validator.rules.compare import StoreCoupon

API = "channels-ec-coupon-create"
#: The members this API shares with the other WeChat store coupon APIs, at the top level.
COUPON = StoreCoupon("", "/type")

TYPE = "/type"
DISCOUNT_INFO = "/discount_info"
CONDITION = "/discount_info/discount_condition"
PRODUCT_IDS = f"{CONDITION}/product_ids"
PRODUCT_CNT = f"{CONDITION}/product_cnt"
PRODUCT_PRICE = f"{CONDITION}/product_price"
DISCOUNT_NUM = "/discount_info/discount_num"
DISCOUNT_FEE = "/discount_info/discount_fee"
VALID_INFO = "/valid_info"
VALID_TYPE = "/valid_info/valid_type"
VALID_START = "/valid_info/start_time"
VALID_END = "/valid_info/end_time"
VALID_DAY_NUM = "/valid_info/valid_day_num"

#: The members a type decides about, in the order of the official table.
TYPE_MEMBERS = (PRODUCT_IDS, PRODUCT_CNT, PRODUCT_PRICE, DISCOUNT_NUM, DISCOUNT_FEE)
#: The members valid_type decides about.
VALID_TYPE_MEMBERS = (VALID_START, VALID_END, VALID_DAY_NUM)

#: type → the members it requires (the guide's 必填参数); the rest of TYPE_MEMBERS is irrelevant.
REQUIRED_BY_TYPE: dict[int, tuple[str, ...]] = {
    1: (PRODUCT_IDS, PRODUCT_CNT, DISCOUNT_NUM),
    2: (PRODUCT_IDS, PRODUCT_PRICE, DISCOUNT_FEE),
    3: (PRODUCT_IDS, DISCOUNT_NUM),
    4: (PRODUCT_IDS, DISCOUNT_FEE),
    101: (PRODUCT_CNT, DISCOUNT_NUM),
    102: (PRODUCT_PRICE, DISCOUNT_FEE),
    103: (DISCOUNT_NUM,),
    104: (DISCOUNT_FEE,),
}
#: valid_type → the members it requires ("valid_type为1时必填" / "valid_type为2时必填").
REQUIRED_BY_VALID_TYPE: dict[int, tuple[str, ...]] = {
    1: (VALID_START, VALID_END),
    2: (VALID_DAY_NUM,),
}
IRRELEVANT_BY_TYPE: dict[int, tuple[str, ...]] = {
    kind: tuple(m for m in TYPE_MEMBERS if m not in required)
    for kind, required in REQUIRED_BY_TYPE.items()
}
IRRELEVANT_BY_VALID_TYPE: dict[int, tuple[str, ...]] = {
    kind: tuple(m for m in VALID_TYPE_MEMBERS if m not in required)
    for kind, required in REQUIRED_BY_VALID_TYPE.items()
}

#: The names the official table gives each type.
TYPE_NAMES = {
    1: "商品条件折券",
    2: "商品满减券",
    3: "商品统一折扣券",
    4: "商品直减券",
    101: "店铺条件折扣券",
    102: "店铺满减券",
    103: "店铺统一折扣券",
    104: "店铺直减券",
}
STORE_TYPES = (101, 102, 103, 104)


def usable_kind(value: Any, pointer: str, unusable: set[str], table: dict[int, Any]) -> int | None:
    """``value`` as a usable type/valid_type: an integer of ``table`` without a schema finding.

    ``type(value) is int`` keeps out booleans and floats (``1.0`` has S002, so it is not usable).
    """
    if type(value) is int and value in table and pointer not in unusable:
        return value
    return None


def irrelevant_members(coupon_type: int | None, valid_type: int | None) -> tuple[str, ...]:
    """The members marked irrelevant for the usable type and valid_type (None: not usable)."""
    members: tuple[str, ...] = ()
    if coupon_type is not None:
        members += IRRELEVANT_BY_TYPE[coupon_type]
    if valid_type is not None:
        members += IRRELEVANT_BY_VALID_TYPE[valid_type]
    return members


def zero_counts_as_absent(pointer: str, value: Any) -> bool:
    """Whether ``value`` at an irrelevant member is the integer ``0`` that SDK models send for
    members they do not use: only on an integer member (not in place of the product_ids
    array), and not ``0.0``, ``"0"`` or ``false``."""
    return type(value) is int and value == 0 and pointer != PRODUCT_IDS
