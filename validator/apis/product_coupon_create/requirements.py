"""B001–B003: the members product-coupon-create's type and valid_type require or make moot.

Checked by the API's JSON Schema through ``x-code``; no function reports them, so this module
holds only their catalogue entries (``validator.catalogue`` imports it).
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_B, changed, fails, passes
from validator.catalogue.model import describe

API = "product-coupon-create"

describe(
    code="B001",
    api=API,
    severity="error",
    name="missing-type-member",
    summary="A member required by the coupon type is absent",
    explanation="""
    In product-coupon-create, `/type` decides which members are required (the official table):
    1 商品条件折券 needs `product_ids`, `product_cnt`, `discount_num`; 2 商品满减券 needs
    `product_ids`, `product_price`, `discount_fee`; 3 needs `product_ids`, `discount_num`; 4 needs
    `product_ids`, `discount_fee`; the store-wide 101 needs `product_cnt`, `discount_num`; 102
    needs `product_price`, `discount_fee`; 103 needs `discount_num`; 104 needs `discount_fee`. The
    `product_*` members live in `discount_info.discount_condition`, the `discount_*` members in
    `discount_info`. Units: `discount_num` is 折 × 1000 (1000–10000, 8.5 折 = `8500`), amounts are
    fen (20 yuan = `2000`), and `product_ids` are integer ids, unlike shop-coupon-add's string
    `out_product_ids`.

    Reported at each absent member, even when `discount_info` itself is absent (it is not required
    on its own, so the exact inner member is named). Fix: add the member, or correct `type`.
    """,
    status="CONFIRMED",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/discount_info": {"discount_condition": {"product_price": 19900}}}),
        "/discount_info/discount_fee",
        api=API,
    ),
    passing=passes(BASE_B, api=API),
)

describe(
    code="B002",
    api=API,
    severity="error",
    name="missing-valid-type-member",
    summary="A member required by valid_info.valid_type is absent",
    explanation="""
    `valid_info.valid_type` 1 (指定时间范围生效, a fixed window) requires `valid_info.start_time`
    and `valid_info.end_time` in Unix seconds; 2 (生效天数, valid N days after the user claims
    the coupon) requires `valid_info.valid_day_num`. The page marks `valid_day_num` "是" and
    "二选一" with `start_time`; its example comment "valid_type=2时必填" settles that it is
    required only for type 2. `ext_info.valid_time`/`invalid_time` are required for both
    valid types (S001).

    Reported at the absent member. Fix: add it (for example `"valid_day_num": 15`), or change
    `valid_type`.
    """,
    status="CONFIRMED",
    sources=("B-new", "B-109110"),
    fail=fails(
        changed(BASE_B, {"/valid_info": {"valid_type": 2}}), "/valid_info/valid_day_num", api=API
    ),
    passing=passes(
        changed(BASE_B, {"/valid_info": {"valid_type": 2, "valid_day_num": 15}}), api=API
    ),
)

describe(
    code="B003",
    api=API,
    severity="warning",
    name="irrelevant-member",
    summary="A member is present that the coupon type or valid_type makes irrelevant",
    explanation="""
    A member is present although `/type` or `valid_type` makes it irrelevant:
    for example `discount_fee` on a discount coupon (1, 3, 101, 103), `discount_num` on a 满减 or
    fixed-amount coupon, `product_ids` on a store-wide coupon (101–104), `product_price` where the
    condition is an item count, `valid_day_num` with valid_type 1, or `start_time`/`end_time`
    with valid_type 2 (the page's "二选一": one or the other). Any value counts.

    The member has no effect, and it often means the type is not the one intended. Reported at
    the present member. Fix: remove it, or correct `type`/`valid_type`.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/valid_info/valid_day_num": 30}), "/valid_info/valid_day_num", api=API
    ),
    passing=passes(BASE_B, api=API),
)
