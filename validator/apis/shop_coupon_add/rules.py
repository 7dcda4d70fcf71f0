"""A-codes: what the shop-coupon-add schema cannot say (rules.md §3.5).

A001–A004 (the per-type and per-valid_type requirement matrices of §3.4) are conditional
entries of ``schemas/shop-coupon-add.json``. The rules here compare fields with each other or
test one value against a limit the official page states in prose: the 2 折 floor of store 满减
coupons, windows that end before they start, a per-person limit above the whole stock.

Every value is read through the context's typed getters, so a rule is silently skipped when a
value it needs is absent or unusable (wrong type, bad enum, millisecond or implausible
timestamp: rules.md §1.5). Severity lives in the registry, not here.
"""

from __future__ import annotations

from validator.json.show import show
from validator.rules import rule
from validator.rules.common import reversed_window
from validator.rules.context import RuleContext

API = "shop-coupon-add"

TYPE = "/coupon/type"
CI = "/coupon/coupon_info"
NAME = f"{CI}/name"
DISCOUNT_NUM = f"{CI}/discount_info/discount_num"
DISCOUNT_FEE = f"{CI}/discount_info/discount_fee"
PRODUCT_PRICE = f"{CI}/discount_info/discount_condition/product_price"
RECEIVE_START = f"{CI}/receive_info/start_time"
RECEIVE_END = f"{CI}/receive_info/end_time"
LIMIT_PER_PERSON = f"{CI}/receive_info/limit_num_one_person"
TOTAL_NUM = f"{CI}/receive_info/total_num"
VALID_TYPE = f"{CI}/valid_info/valid_type"
VALID_START = f"{CI}/valid_info/start_time"
VALID_END = f"{CI}/valid_info/end_time"

NO_DISCOUNT = 10_000  # discount_num 10000 = 10 折 = the buyer pays 100 %
FIXED_WINDOW = 1  # valid_type 1: the absolute window valid_info.start_time–end_time
STORE_SPEND_AND_SAVE = 102  # 店铺满减券
PRODUCT_SPEND_AND_SAVE = 2  # 商品满减券
NAME_LIMIT = 10  # code points; the sister APIs' limit (rules.md §11 E2)


def _fee_over_80_percent(context: RuleContext, coupon_type: int) -> tuple[int, int] | None:
    """(F, P) when the coupon has this type and F > 0.8 × P, else None.

    Integer arithmetic (F × 5 > P × 4) so that exactly 80 % passes and no float rounding can
    flip the boundary.
    """
    if context.integer(TYPE) != coupon_type:
        return None
    fee = context.integer(DISCOUNT_FEE)
    price = context.integer(PRODUCT_PRICE)
    if fee is None or price is None or fee * 5 <= price * 4:
        return None
    return fee, price


def _largest_fee(fee: int, price: int, floor: str) -> str:
    """The shared A006/A007 message: both values, the 2 折 floor and the largest discount_fee."""
    return (
        f"discount_fee {show(fee)} is more than 80 % of product_price {show(price)}; "
        f"{floor}, so the largest discount_fee is {show(price * 4 // 5)}"
    )


def _fixed_window(context: RuleContext) -> bool:
    """valid_type is usable and 1: only then do valid_info.start_time/end_time mean anything."""
    return context.integer(VALID_TYPE) == FIXED_WINDOW


@rule("A005", api=API)
def discount_num_without_discount(context: RuleContext) -> None:
    """discount_num 10000 is 10 折: the "discount" coupon takes nothing off.

    The schema allows 10000 (it is the top of the sister APIs' 1000–10000 grid), but a
    coupon that costs the buyer 100 % of the price is almost certainly a typo for 9000 or
    a misunderstanding of the unit (8.5 折 is 8500).
    """
    value = context.integer(DISCOUNT_NUM)
    if value == NO_DISCOUNT:
        context.report(
            "A005",
            DISCOUNT_NUM,
            "discount_num 10000 is 10 折, i.e. no discount at all: the buyer pays 100 %; "
            "write the price the buyer pays in 1/100 %: 9 折 is 9000, 8.5 折 is 8500",
        )


@rule("A006", api=API)
def store_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A store 满减 coupon (type 102) may not cut the threshold price below 2 折.

    The newer revision of the official page limits store coupons to "不低于2折": with a
    spend threshold P the reduction F may be at most 80 % of P. WeChat rejects the coupon
    otherwise, so this is an error (decided, rules.md §3.5).
    """
    found = _fee_over_80_percent(context, STORE_SPEND_AND_SAVE)
    if found is not None:
        fee, price = found
        context.report(
            "A006",
            DISCOUNT_FEE,
            _largest_fee(fee, price, "a store 满减 coupon (type 102) may not go below 2 折"),
        )


@rule("A007", api=API)
def product_spend_and_save_below_20_percent(context: RuleContext) -> None:
    """A product 满减 coupon (type 2) that cuts the threshold price below 2 折.

    The official page states the 2 折 floor for store coupons only; the sister Channels API
    applies it to product coupons too, so here it is a warning: WeChat may accept it.
    """
    found = _fee_over_80_percent(context, PRODUCT_SPEND_AND_SAVE)
    if found is not None:
        fee, price = found
        context.report(
            "A007",
            DISCOUNT_FEE,
            _largest_fee(
                fee,
                price,
                "a product 满减 coupon (type 2) should not go below 2 折 either "
                "(the sister Channels API enforces this floor for product coupons)",
            ),
        )


@rule("A008", api=API)
def window_ends_before_it_starts(context: RuleContext) -> None:
    """A claim window or a fixed validity window whose end is not after its start.

    Such a coupon can never be claimed (or used). The validity window is checked only for
    valid_type 1, the only type in which its start_time/end_time are meant.
    """
    windows = [("claim window", "receive_info", RECEIVE_START, RECEIVE_END)]
    if _fixed_window(context):
        windows.append(("validity window", "valid_info", VALID_START, VALID_END))
    for what, parent, start_pointer, end_pointer in windows:
        found = reversed_window(context, start_pointer, end_pointer)
        if found is None:
            continue
        start, end, relation = found
        context.report(
            "A008",
            end_pointer,
            f"{parent}.end_time {show(end)} is {relation} {parent}.start_time {show(start)}: "
            f"the {what} ends before (or when) it starts; end_time must be later than "
            "start_time",
        )


@rule("A009", api=API)
def expires_before_claiming_ends(context: RuleContext) -> None:
    """A fixed validity window that ends before the claim window does.

    Coupons claimed in the last part of the claim window would already be expired, which
    users see as a broken coupon. Only valid_type 1 has an absolute validity end.
    """
    if not _fixed_window(context):
        return
    valid_end = context.integer(VALID_END)
    receive_end = context.integer(RECEIVE_END)
    if valid_end is None or receive_end is None or valid_end >= receive_end:
        return
    context.report(
        "A009",
        VALID_END,
        f"valid_info.end_time {show(valid_end)} is earlier than receive_info.end_time "
        f"{show(receive_end)}: coupons can still be claimed after they expire; end validity "
        f"at or after the claim end (valid_info.end_time ≥ {show(receive_end)})",
    )


@rule("A010", api=API)
def per_person_limit_above_stock(context: RuleContext) -> None:
    """A per-person limit above the whole stock: no one can ever reach it.

    Usually the two numbers are swapped, or the limit was meant per day.
    """
    limit = context.integer(LIMIT_PER_PERSON)
    total = context.integer(TOTAL_NUM)
    if limit is None or total is None or limit <= total:
        return
    context.report(
        "A010",
        LIMIT_PER_PERSON,
        f"limit_num_one_person {show(limit)} exceeds total_num {show(total)}: the per-person "
        f"limit is larger than the whole stock; set it to at most {show(total)} "
        "(or check whether the two numbers are swapped)",
    )


@rule("A011", api=API)
def name_longer_than_sister_limit(context: RuleContext) -> None:
    """A coupon name longer than 10 code points.

    shop-coupon-add documents no limit, but both sister APIs (product-coupon-create and the
    Channels shop coupon) cap the name at 10 characters, so a longer one may be cut or
    rejected. Code points are counted, so an emoji counts 1 (rules.md §1.4).
    """
    name = context.string(NAME)
    if name is None or len(name) <= NAME_LIMIT:
        return
    context.report(
        "A011",
        NAME,
        f"name {show(name)} has {len(name)} characters; sister APIs allow at most "
        f"{NAME_LIMIT} and may truncate or reject it; shorten it to {NAME_LIMIT} or fewer",
    )
