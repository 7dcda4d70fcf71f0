"""A-codes: shop-coupon-add, each rule function with its catalogue entry.

A001–A004 (the requirements that depend on the coupon type and valid_type) are conditional
entries of ``schemas/shop-coupon-add.json``; their entries are in the sibling module
``requirements``, which only the catalogue imports (a check needs only the schema). The rules
below compare fields with each other or test one value against a limit the official page
states in prose: the 2 折 floor of store 满减 coupons, windows that end before they start, a
per-person limit above the whole stock.

Every value is read through the context's typed getters, so a rule is silently skipped when a
value it needs is absent or unusable (wrong type, bad enum, millisecond or implausible
timestamp).
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_A, changed, fails, passes
from validator.json.show import show
from validator.rules import rule
from validator.rules.compare import WHOLE_STOCK, StoreCoupon
from validator.rules.context import RuleContext
from validator.text import Text, message

API = "shop-coupon-add"

CI = "/coupon/coupon_info"
#: The members this API shares with the other WeChat store coupon APIs, under coupon_info.
COUPON = StoreCoupon(CI, "/coupon/type")
NAME = f"{CI}/name"
DISCOUNT_NUM = f"{CI}/discount_info/discount_num"

NO_DISCOUNT = 10_000  # discount_num 10000 = 10 折 = the buyer pays 100 %
STORE_SPEND_AND_SAVE = 102  # 店铺满减券
PRODUCT_SPEND_AND_SAVE = 2  # 商品满减券
NAME_LIMIT = 10  # code points; the sister APIs' limit (this API documents none)
_DI = f"{CI}/discount_info"


_NO_DISCOUNT = message(
    "A005.no-discount",
    "discount_num 10000 is 10 折, i.e. no discount at all: the buyer pays 100 %; "
    "write the price the buyer pays in 1/100 %: 9 折 is 9000, 8.5 折 is 8500",
)
_LARGEST_FEE = message(
    "shop-coupon-add.largest-fee",
    "discount_fee {fee} is more than 80 % of product_price {price}; {floor}, "
    "so the largest discount_fee is {largest}",
)
_STORE_FLOOR = message("A006.store-floor", "a store 满减 coupon (type 102) may not go below 2 折")
_PRODUCT_FLOOR = message(
    "A007.product-floor",
    "a product 满减 coupon (type 2) should not go below 2 折 either "
    "(the sister Channels API enforces this floor for product coupons)",
)
_NAME_TOO_LONG = message(
    "A011.name-too-long",
    "name {name} has {length} characters; sister APIs allow at most {limit} and may truncate "
    "or reject it; shorten it to {limit} or fewer",
)


def _largest_fee(fee: int, price: int, floor: Text) -> Text:
    """The shared A006/A007 message: both values, the 2 折 floor and the largest discount_fee."""
    return _LARGEST_FEE(fee=show(fee), price=show(price), floor=floor, largest=show(price * 4 // 5))


@rule(
    code="A005",
    api=API,
    severity="warning",
    name="discount-num-no-discount",
    summary="discount_num 10000 is 10 折: the buyer pays full price",
    explanation="""
    `discount_info.discount_num` is 10000. The value is 折 × 1000, the share of the price the
    buyer pays: 10000 = 10 折 = 100 %, a discount coupon that gives no discount. The usual mistake
    is to read the number as the discount taken off. 10 % off is 9 折 = `9000`, 15 % off is 8.5 折
    = `8500`, 88 % of the price (八八折) is `8800`. 10000 is inside the hard range 2000–10000, so
    this is a warning.

    Reported at `discount_num`. Fix: write the share the buyer pays, in 折 × 1000.
    """,
    status="INFERRED",
    sources=("A-zh",),
    fail=fails(
        changed(BASE_A, {"/coupon/type": 103, _DI: {"discount_num": 10000}}),
        f"{_DI}/discount_num",
        api=API,
    ),
    passing=passes(changed(BASE_A, {"/coupon/type": 103, _DI: {"discount_num": 8800}}), api=API),
)
def discount_num_without_discount(context: RuleContext) -> None:
    """discount_num 10000 is 10 折: the "discount" coupon takes nothing off.

    The schema allows 10000 (it is the top of the sister APIs' 1000–10000 grid), but a
    coupon that costs the buyer 100 % of the price is almost certainly a typo for 9000 or
    a misunderstanding of the unit (8.5 折 is 8500).
    """
    value = context.integer(DISCOUNT_NUM)
    if value == NO_DISCOUNT:
        context.report("A005", DISCOUNT_NUM, _NO_DISCOUNT())


@rule(
    code="A006",
    api=API,
    severity="error",
    name="store-discount-below-2-zhe",
    summary="Store 满减 coupon: discount_fee over 80 % of product_price (below 2 折)",
    explanation="""
    For a store-wide 满减 coupon (type 102) the reduction may not bring the threshold price below 2
    折 (20 %): `discount_fee` × 5 must not exceed `product_price` × 4, so the largest allowed
    `discount_fee` is floor(`product_price` × 0.8). Both are in fen. With a threshold of 100 yuan
    (`10000`) the reduction can be at most 80 yuan (`8000`, allowed exactly); 90 yuan (`9000`) is
    too much. The rule is in the newer revision of the official page ("不低于2折") and confirmed on
    the sister Channels coupon API; it is an error by decision.

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower
    `discount_fee` or raise `product_price`.
    """,
    status="the newer revision of the official page; SISTER (decided)",
    sources=("A-zh", "CH"),
    fail=fails(
        changed(
            BASE_A,
            {
                f"{_DI}/discount_condition": {"product_price": 10000},
                f"{_DI}/discount_fee": 9000,
            },
        ),
        f"{_DI}/discount_fee",
        api=API,
    ),
    passing=passes(
        changed(
            BASE_A,
            {
                f"{_DI}/discount_condition": {"product_price": 10000},
                f"{_DI}/discount_fee": 8000,
            },
        ),
        api=API,
    ),
)
def store_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A store 满减 coupon (type 102) may not cut the threshold price below 2 折.

    The newer revision of the official page limits store coupons to "不低于2折": with a
    spend threshold P the reduction F may be at most 80 % of P. WeChat rejects the coupon
    otherwise, so this is an error (decided).
    """
    COUPON.report_fee_over_80_percent(
        context,
        "A006",
        STORE_SPEND_AND_SAVE,
        lambda fee, price: _largest_fee(fee, price, _STORE_FLOOR()),
    )


_A007_CONDITION = {"product_price": 10000, "out_product_ids": ["sku-2030-a"]}


@rule(
    code="A007",
    api=API,
    severity="warning",
    name="product-discount-below-2-zhe",
    summary="Product 满减 coupon: discount_fee over 80 % of product_price (below 2 折)",
    explanation="""
    The same limit as A006, for a product 满减 coupon (type 2): `discount_fee` × 5 must not exceed
    `product_price` × 4, i.e. the reduction is at most 80 % of the spend threshold (both in fen;
    with `product_price` 10000 the largest `discount_fee` is 8000). For product coupons the rule is
    only confirmed on the sister API, so this is a warning. (The related rule that the price may
    not fall below 2 折 of the product's original price cannot be checked: the original price is
    not in the body.)

    Only checked when both values are usable. Reported at `discount_fee`. Fix: lower
    `discount_fee` or raise `product_price`.
    """,
    status="SISTER/INFERRED",
    sources=("CH", "A-zh"),
    fail=fails(
        changed(
            BASE_A,
            {
                "/coupon/type": 2,
                _DI: {"discount_condition": _A007_CONDITION, "discount_fee": 9000},
            },
        ),
        f"{_DI}/discount_fee",
        api=API,
    ),
    passing=passes(
        changed(
            BASE_A,
            {
                "/coupon/type": 2,
                _DI: {"discount_condition": _A007_CONDITION, "discount_fee": 8000},
            },
        ),
        api=API,
    ),
)
def product_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A product 满减 coupon (type 2) that cuts the threshold price below 2 折.

    The official page states the 2 折 floor for store coupons only; the sister Channels API
    applies it to product coupons too, so here it is a warning: WeChat may accept it.
    """
    COUPON.report_fee_over_80_percent(
        context,
        "A007",
        PRODUCT_SPEND_AND_SAVE,
        lambda fee, price: _largest_fee(fee, price, _PRODUCT_FLOOR()),
    )


@rule(
    code="A008",
    api=API,
    severity="error",
    name="window-end-not-after-start",
    summary="A claim or validity window ends before (or when) it starts",
    explanation="""
    (a) The claim window `receive_info.start_time` is at or after `receive_info.end_time`; or
    (b) with valid_type 1, the validity window `valid_info.start_time` is at or after
    `valid_info.end_time`. Equal times count too: the window would be empty. Usual causes are
    swapped values or an end computed in another unit. The page states no such rule, but a window
    that ends before it starts cannot work, so it is an error by decision.

    Both times must be usable (integer Unix seconds without U001/U002). Reported at the end time
    of the window: (a) `receive_info/end_time`, (b) `valid_info/end_time`. Fix: make the end later
    than the start.
    """,
    status="INFERRED (decided)",
    sources=("A-zh",),
    fail=fails(
        changed(
            BASE_A,
            {
                f"{CI}/receive_info": {
                    "start_time": 1900086400,
                    "end_time": 1900000000,
                    "limit_num_one_person": 2,
                    "total_num": 500,
                }
            },
        ),
        f"{CI}/receive_info/end_time",
        api=API,
    ),
    passing=passes(BASE_A, api=API),
)
def window_ends_before_it_starts(context: RuleContext) -> None:
    """A claim window or a fixed validity window whose end is not after its start.

    Such a coupon can never be claimed (or used). The validity window is checked only for
    valid_type 1, the only type in which its start_time/end_time are meant.
    """
    COUPON.report_reversed_windows(context, "A008")


@rule(
    code="A009",
    api=API,
    severity="warning",
    name="validity-ends-before-claim-end",
    summary="Coupons expire before the claim window closes",
    explanation="""
    With valid_type 1 (a fixed window), `valid_info.end_time` is earlier than
    `receive_info.end_time`: buyers can still claim the coupon after it has expired, and get a
    coupon they can never use. Both are Unix seconds.

    Only checked when both are usable. Reported at `valid_info/end_time`. Fix: end the validity
    at or after the end of the claim window (or close the claim window earlier).
    """,
    status="INFERRED",
    sources=("A-zh",),
    fail=fails(
        changed(BASE_A, {f"{CI}/valid_info/end_time": 1900050000}),
        f"{CI}/valid_info/end_time",
        api=API,
    ),
    passing=passes(BASE_A, api=API),
)
def expires_before_claiming_ends(context: RuleContext) -> None:
    """A fixed validity window that ends before the claim window does.

    Coupons claimed in the last part of the claim window would already be expired, which
    users see as a broken coupon. Only valid_type 1 has an absolute validity end.
    """
    COUPON.report_expiry_before_claim_end(context, "A009")


@rule(
    code="A010",
    api=API,
    severity="warning",
    name="per-person-limit-exceeds-stock",
    summary="Per-person limit is larger than the total stock",
    explanation="""
    `receive_info.limit_num_one_person` is larger than `receive_info.total_num`: one person could
    claim more coupons than exist. Usually the two values are swapped or one has an extra digit.
    In shop-coupon-add both are for display: the merchant's claim callback enforces the limit and
    the stock, so the wrong value misleads buyers rather than breaking the request.

    Only checked when both are usable. Reported at `limit_num_one_person`. Fix: make the
    per-person limit at most the total stock.
    """,
    status="INFERRED",
    sources=("A-zh", "WxJava"),
    fail=fails(
        changed(BASE_A, {f"{CI}/receive_info/limit_num_one_person": 600}),
        f"{CI}/receive_info/limit_num_one_person",
        api=API,
    ),
    passing=passes(changed(BASE_A, {f"{CI}/receive_info/limit_num_one_person": 5}), api=API),
)
def per_person_limit_above_stock(context: RuleContext) -> None:
    """A per-person limit above the whole stock: no one can ever reach it.

    Usually the two numbers are swapped, or the limit was meant per day.
    """
    COUPON.report_limit_above_stock(context, "A010", WHOLE_STOCK)


@rule(
    code="A011",
    api=API,
    severity="warning",
    name="name-longer-than-10",
    summary="Coupon name longer than 10 characters",
    explanation="""
    `coupon_info.name` has more than 10 characters (Unicode code points: a Chinese character, an
    ASCII letter and an emoji each count 1). shop-coupon-add's page gives no limit, but both
    sister APIs (product-coupon-create and the WeChat Channels coupon) cap the name at 10 and may
    truncate or reject a longer one, so a warning.

    Reported at `name`. Fix: shorten the name to 10 characters, for example "春季满减券" instead of
    "春季店铺满减优惠券限时领取".
    """,
    status="SISTER",
    sources=("B-new", "CH"),
    fail=fails(
        changed(BASE_A, {f"{CI}/name": "春季店铺满减优惠券限时领取"}), f"{CI}/name", api=API
    ),
    passing=passes(BASE_A, api=API),
)
def name_longer_than_sister_limit(context: RuleContext) -> None:
    """A coupon name longer than 10 code points.

    shop-coupon-add documents no limit, but both sister APIs (product-coupon-create and the
    Channels shop coupon) cap the name at 10 characters, so a longer one may be cut or
    rejected. Code points are counted, so an emoji counts 1, like a Chinese character.
    """
    name = context.string(NAME)
    if name is None or len(name) <= NAME_LIMIT:
        return
    context.report(
        "A011", NAME, _NAME_TOO_LONG(name=show(name), length=len(name), limit=NAME_LIMIT)
    )
