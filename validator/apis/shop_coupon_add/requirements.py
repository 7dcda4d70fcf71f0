"""A001–A004: what the coupon type and valid_type of shop-coupon-add require or rule out.

``schemas/shop-coupon-add.json`` checks them (conditional ``allOf`` entries with ``x-code``), so
no function reports them; only their catalogue entries are here, for ``validator.catalogue``.
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_A, changed, fails, passes
from validator.catalogue.model import describe

API = "shop-coupon-add"
CI = "/coupon/coupon_info"
_DI = f"{CI}/discount_info"

describe(
    code="A001",
    api=API,
    severity="error",
    name="missing-type-member",
    summary="A member required by the coupon type is absent",
    explanation="""
    In shop-coupon-add, `/coupon/type` decides which members a coupon needs. Discount
    coupons (1, 3, 101, 103) need `discount_info.discount_num`, in 折 × 1000 (8.5 折 = `8500`).
    Spend-X-get-Y-off and fixed-amount coupons (2, 4, 102, 104) need `discount_info.discount_fee`
    in fen (30 yuan = `3000`). Product coupons 1–4 also need
    `discount_info.discount_condition.out_product_ids`. The trade-in coupon 5 (换购券) needs
    `tradein_info.out_product_id` and `tradein_info.price` (fen), and the buy-X-get-Y coupon 6
    (买赠券) needs all four `buyget_info` members. WeChat cannot create a coupon without its
    discount.

    Reported at the pointer of each absent member, even when its enclosing `discount_info` or
    `discount_condition` is absent too. A member that is present but invalid is reported by the
    S-codes, not again here. Fix: add the member, or correct `type` if the coupon is meant to be of
    another kind.
    """,
    status="CONFIRMED",
    sources=("A-zh", "A-en"),
    fail=fails(
        changed(BASE_A, {_DI: {"discount_condition": {"product_price": 29900}}}),
        f"{_DI}/discount_fee",
        api=API,
    ),
    passing=passes(BASE_A, api=API),
)

describe(
    code="A002",
    api=API,
    severity="warning",
    name="missing-expected-type-member",
    summary="A member the coupon type expects (its condition or product ids) is absent",
    explanation="""
    A member that the coupon type expects but the page does not clearly require is absent:
    `discount_condition.product_cnt` (the item-count condition) for the conditional discount
    coupons 1 and 101, `discount_condition.product_price` (the spend threshold, in fen) for the
    满减 coupons 2 and 102, and `discount_condition.out_product_ids` for the trade-in and
    buy-X-get-Y coupons 5 and 6. Without its condition a "conditional" or 满减 coupon has no
    threshold, which is rarely what the merchant meant.

    A warning because the requirement is inferred: product-coupon-create's official table uses
    the same type numbers and requires these members, and for 5 and 6 the wording "商品券必需" is
    ambiguous since those types name their products in `tradein_info`/`buyget_info`.
    Reported at the absent member. Fix: add the condition (for example `product_price` 29900 for
    "满299减30"), or the product ids.
    """,
    status="INFERRED",
    sources=("B-new", "A-zh"),
    fail=fails(
        changed(BASE_A, {_DI: {"discount_fee": 3000}}),
        f"{_DI}/discount_condition/product_price",
        api=API,
    ),
    passing=passes(
        changed(
            BASE_A,
            {_DI: {"discount_fee": 3000, "discount_condition": {"product_price": 29900}}},
        ),
        api=API,
    ),
)

describe(
    code="A003",
    api=API,
    severity="error",
    name="missing-valid-type-member",
    summary="A member required by valid_info.valid_type is absent",
    explanation="""
    `valid_info.valid_type` says how the validity period is given, and each kind needs its own
    member: 1 (a fixed window) needs `valid_info.start_time` and `valid_info.end_time` in Unix
    seconds; 2 (valid for N days after claiming) needs `valid_day_num`; 3 (valid for N seconds
    after claiming) needs `valid_second`. The page marks each of them required for its type
    ("有效期类型为2时必需"); without it the coupon has no validity period.

    Reported at the absent member. Fix: add it (for example `"valid_day_num": 7`), or change
    `valid_type` to the kind of period you actually give.
    """,
    status="CONFIRMED",
    sources=("A-zh", "A-en"),
    fail=fails(
        changed(BASE_A, {f"{CI}/valid_info": {"valid_type": 2}}),
        f"{CI}/valid_info/valid_day_num",
        api=API,
    ),
    passing=passes(
        changed(BASE_A, {f"{CI}/valid_info": {"valid_type": 2, "valid_day_num": 7}}), api=API
    ),
)

describe(
    code="A004",
    api=API,
    severity="warning",
    name="irrelevant-member",
    summary="A member is present that the coupon type or valid_type makes irrelevant",
    explanation="""
    A member is present although the coupon type or the valid_type makes it irrelevant (the official
    table gives it no meaning there): `discount_fee` on a discount coupon (1, 3, 101, 103),
    `discount_num` on a 满减 or fixed-amount coupon, `product_price` when the condition is an item
    count (1, 101), `product_cnt` on a 满减 coupon, `out_product_ids` on a store-wide coupon
    (101–104), `tradein_info` or `buyget_info` on a coupon that is not of type 5 or 6 (one finding
    at the object), or `valid_day_num`/`valid_second`/the window times with a valid_type that does
    not use them. Any value counts, even `null`.

    The official example fills every field and is accepted, so WeChat apparently ignores such
    members: the body is not rejected, but the member has no effect. Often the type is not the
    one intended, for example type 101 (a discount) sent for a 满减 coupon. Reported at the
    present member. Fix: remove it, or correct `type`/`valid_type`.
    """,
    status="INFERRED",
    sources=("A-zh",),
    fail=fails(
        changed(BASE_A, {f"{CI}/valid_info/valid_second": 600}),
        f"{CI}/valid_info/valid_second",
        api=API,
    ),
    passing=passes(BASE_A, api=API),
)
