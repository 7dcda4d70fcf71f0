"""E001, E002: the members each coupon type and valid_type of channels-ec-coupon-create require.

``schemas/channels-ec-coupon-create.json`` checks them (conditional ``allOf`` entries with
``x-code``), so no function reports them; only their catalogue entries are here, for
``validator.catalogue``. ``matrix`` states the same tables for the Python side (E003 and the zero
convention need their other half, the members a type makes irrelevant).
"""

from __future__ import annotations

from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.channels_ec_coupon_create.matrix import API
from validator.catalogue.bases import changed, fails, passes
from validator.catalogue.model import describe

_DI = "/discount_info"

describe(
    code="E001",
    api=API,
    severity="error",
    name="missing-type-member",
    summary="A member required by the coupon type is absent",
    explanation="""
    In channels-ec-coupon-create, `/type` decides which discount members are required (the WeChat
    Store guide's 必填参数): 1 商品条件折券 needs `product_ids`, `product_cnt`, `discount_num`; 2
    商品满减券 needs `product_ids`, `product_price`, `discount_fee`; 3 needs `product_ids`,
    `discount_num`; 4 needs `product_ids`, `discount_fee`; the store-wide 101 needs `product_cnt`,
    `discount_num`; 102 needs `product_price`, `discount_fee`; 103 needs `discount_num`; 104 needs
    `discount_fee`. The `product_*` members live in `discount_info.discount_condition`, the
    `discount_*` members in `discount_info`. Units: `discount_num` is 折 × 1000 (2000–10000,
    8.5 折 = `8500`), amounts are fen and `discount_fee` is at most `20000` (200 yuan), and
    `product_ids` are strings here.

    Reported at each absent member, even when `discount_info` itself is absent (it is not required
    on its own). Fix: add the member, or correct `type`.
    """,
    status="CONFIRMED",
    sources=("CH-guide", "CH", "CH-md"),
    fail=fails(
        changed(BASE_E, {_DI: {"discount_condition": {"product_price": 19900}}}),
        f"{_DI}/discount_fee",
        api=API,
    ),
    passing=passes(BASE_E, api=API),
)

describe(
    code="E002",
    api=API,
    severity="error",
    name="missing-valid-type-member",
    summary="A member required by valid_info.valid_type is absent",
    explanation="""
    `valid_info.valid_type` 1 (COUPON_VALID_TYPE_TIME, a fixed window) requires
    `valid_info.start_time` and `valid_info.end_time` in Unix seconds ("valid_type为1时必填"); 2
    (COUPON_VALID_TYPE_DAY, valid N days after the user claims the coupon) requires
    `valid_info.valid_day_num` ("valid_type为2时必填"). Without them WeChat cannot tell when the
    coupon can be used.

    Reported at the absent member. Fix: add it (for example `"valid_day_num": 15`), or change
    `valid_type`.
    """,
    status="CONFIRMED",
    sources=("CH-update", "CH-getlist"),
    fail=fails(
        changed(BASE_E, {"/valid_info": {"valid_type": 2}}), "/valid_info/valid_day_num", api=API
    ),
    passing=passes(
        changed(BASE_E, {"/valid_info": {"valid_type": 2, "valid_day_num": 15}}), api=API
    ),
)
