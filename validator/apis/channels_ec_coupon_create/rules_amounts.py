"""E005–E007: channels-ec-coupon-create's amounts against the floors the pages state in prose.

A 满减 coupon may not bring a price below 2 折 (E005 for store coupons against the threshold,
E006 for product coupons, whose floor is measured against a price the body does not hold), and
a discount of 10 折 takes nothing off (E007). Each rule function carries its catalogue entry.

Imported by ``rules`` after its own rules, so these run after E003/E004 (see there).
"""

from __future__ import annotations

from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.channels_ec_coupon_create.matrix import (
    API,
    CONDITION,
    COUPON,
    DISCOUNT_FEE,
    DISCOUNT_INFO,
    DISCOUNT_NUM,
    TYPE,
)
from validator.catalogue.bases import changed, fails, passes
from validator.json.show import show
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import Text, message

STORE_SPEND_AND_SAVE = 102  # 店铺满减券: "不可低于价格门槛的2折" is a rejection rule
PRODUCT_SPEND_AND_SAVE = 2  # 商品满减券: the same floor, against the original price
NO_DISCOUNT = 10_000  # discount_num 10000 = 10 折 = the buyer pays 100 %


def _product_coupon(fee: int) -> dict[str, object]:
    """E006's example changes: type 2, one product, a threshold of 100 yuan, ``fee`` off."""
    return {
        TYPE: 2,
        DISCOUNT_INFO: {
            "discount_condition": {"product_price": 10000, "product_ids": ["1673110742"]},
            "discount_fee": fee,
        },
    }


_STORE_FLOOR = message(
    "E005.below-2-zhe",
    "discount_fee {fee} is more than 80 % of product_price {price}: a store 满减 coupon "
    "(type 102) may not go below 2 折 of its threshold, so the largest discount_fee is "
    "{largest}; lower discount_fee or raise product_price",
)
_PRODUCT_FLOOR = message(
    "E006.below-2-zhe",
    "discount_fee {fee} is more than 80 % of product_price {price}: a product priced at the "
    "threshold would fall below 2 折, which WeChat refuses for product coupons "
    "(不可低于原价2折); lower discount_fee to at most {largest} unless every product costs "
    "more than the threshold",
)
_NO_DISCOUNT = message(
    "E007.ten-zhe",
    "discount_num 10000 is 10 折, i.e. no discount at all: the buyer pays 100 %; "
    "write 折 × 1000: 9 折 is 9000, 8.5 折 is 8500",
)


def _store_floor(fee: int, price: int) -> Text:
    """E005's message: the store coupon's floor is the threshold's 2 折."""
    return _STORE_FLOOR(fee=show(fee), price=show(price), largest=show(price * 4 // 5))


def _product_floor(fee: int, price: int) -> Text:
    """E006's message: the product coupon's floor is the product's price, not in the body."""
    return _PRODUCT_FLOOR(fee=show(fee), price=show(price), largest=show(price * 4 // 5))


@rule(
    code="E005",
    api=API,
    severity="error",
    name="store-discount-below-2-zhe",
    summary="Store 满减 coupon: discount_fee over 80 % of product_price (below 2 折)",
    explanation="""
    For a store-wide 满减 coupon (type 102) the reduction may not bring the threshold price below
    2 折 (20 %): 如果是店铺满减券,不可低于价格门槛的2折. So `discount_fee` × 5 must not exceed
    `product_price` × 4, and the largest allowed `discount_fee` is floor(`product_price` × 0.8).
    Both are in fen: with a threshold of 100 yuan (`10000`) the reduction can be at most 80 yuan
    (`8000`, allowed exactly); 90 yuan (`9000`) is refused.

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower `discount_fee`
    or raise `product_price`.
    """,
    status="CONFIRMED",
    sources=("CH", "CH-update"),
    fail=fails(
        changed(BASE_E, {CONDITION: {"product_price": 10000}, DISCOUNT_FEE: 9000}),
        DISCOUNT_FEE,
        api=API,
    ),
    passing=passes(
        changed(BASE_E, {CONDITION: {"product_price": 10000}, DISCOUNT_FEE: 8000}), api=API
    ),
)
def store_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A store 满减 coupon (type 102) may not go below 2 折 of its spend threshold.

    "如果是店铺满减券,不可低于价格门槛的2折": with a threshold P the reduction F may be at most
    80 % of P, and WeChat rejects the coupon otherwise.
    """
    COUPON.report_fee_over_80_percent(context, "E005", STORE_SPEND_AND_SAVE, _store_floor)


@rule(
    code="E006",
    api=API,
    severity="warning",
    name="product-discount-below-2-zhe",
    summary="Product 满减 coupon: discount_fee over 80 % of product_price",
    explanation="""
    For a product 满减 coupon (type 2) `discount_fee` is more than 80 % of `product_price`. The page
    forbids a product coupon to bring a product below 2 折 of its original price
    (优惠后不可低于原价2折); the original price is not in the body, but a product that costs exactly
    the threshold would fall below 2 折. A warning, because WeChat may accept the coupon when every
    product costs more.

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower `discount_fee`
    to at most 80 % of `product_price`, unless every product of the coupon costs more than the
    threshold.
    """,
    status="INFERRED",
    sources=("CH", "CH-update"),
    fail=fails(changed(BASE_E, _product_coupon(9000)), DISCOUNT_FEE, api=API),
    passing=passes(changed(BASE_E, _product_coupon(8000)), api=API),
)
def product_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A product 满减 coupon (type 2) whose reduction is more than 80 % of its threshold.

    The page's 2 折 floor for product coupons is measured against the product's original
    price, which is not in the body. A product priced at the threshold would fall below
    2 折, so this is a warning: WeChat may still accept it for dearer products.
    """
    COUPON.report_fee_over_80_percent(context, "E006", PRODUCT_SPEND_AND_SAVE, _product_floor)


@rule(
    code="E007",
    api=API,
    severity="warning",
    name="discount-num-no-discount",
    summary="discount_num 10000 is 10 折: no discount",
    explanation="""
    `discount_info.discount_num` is 10000. It is written as 折 × 1000, so 10000 is 10 折: the buyer
    pays 100 % of the price and the discount coupon takes nothing off. The range 2000–10000 allows
    it, but it is almost always a typo or a misread unit (8.5 折 is `8500`, 9 折 `9000`).

    Only checked when the value is usable. Reported at `discount_num`. Fix: write the discount as
    折 × 1000, for example `8800` for 8.8 折.
    """,
    status="INFERRED",
    sources=("CH", "CH-guide"),
    fail=fails(
        changed(BASE_E, {TYPE: 103, DISCOUNT_INFO: {"discount_num": 10000}}), DISCOUNT_NUM, api=API
    ),
    passing=passes(changed(BASE_E, {TYPE: 103, DISCOUNT_INFO: {"discount_num": 8800}}), api=API),
)
def discount_num_without_discount(context: RuleContext) -> None:
    """discount_num 10000 is 10 折: the "discount" coupon takes nothing off.

    The schema allows 10000 (the top of the 2000–10000 range), but a coupon that costs the
    buyer 100 % of the price is almost certainly a typo or a misread unit (8.5 折 is 8500).
    """
    if context.integer(DISCOUNT_NUM) == NO_DISCOUNT:
        context.report("E007", DISCOUNT_NUM, _NO_DISCOUNT())
