"""B-codes: what the product-coupon-create schema cannot say (rules.md §4.5).

B001–B003 (the requirement matrices of §4.4) are conditional entries of
``schemas/product-coupon-create.json``, and B007 (the obsolete ``coupon_info`` wrapper) is
reported by ``validator.apis.product_coupon_create.unwrap``. The rules here see the
*unwrapped* body, so they always use top-level pointers; the engine maps each finding back
to the member's real place in the file (``/coupon_info/receive_info/end_time``).

Every value is read through the context's typed getters, so a rule is silently skipped when a
value it needs is absent or unusable (wrong type, bad enum, millisecond or implausible
timestamp: rules.md §1.5). Severity lives in the registry, not here.
"""

from __future__ import annotations

from validator.json.show import show
from validator.rules import rule
from validator.rules.common import reversed_window
from validator.rules.context import RuleContext

API = "product-coupon-create"

TYPE = "/type"
DISCOUNT_FEE = "/discount_info/discount_fee"
PRODUCT_PRICE = "/discount_info/discount_condition/product_price"
VALID_TIME = "/ext_info/valid_time"
INVALID_TIME = "/ext_info/invalid_time"
PROMOTE_TYPE = "/promote_info/promote_type"
CUSTOMIZE_CHANNEL = "/promote_info/customize_channel"
RECEIVE_START = "/receive_info/start_time"
RECEIVE_END = "/receive_info/end_time"
LIMIT_PER_PERSON = "/receive_info/limit_num_one_person"
TOTAL_NUM = "/receive_info/total_num"
VALID_TYPE = "/valid_info/valid_type"
VALID_START = "/valid_info/start_time"
VALID_END = "/valid_info/end_time"

FIXED_WINDOW = 1  # valid_type 1: the absolute window valid_info.start_time–end_time
CUSTOM_CHANNEL = 2  # promote_type 2: 自定义推广渠道, named in customize_channel
FIXED_AMOUNT_TYPES = (4, 104)  # 商品直减券, 店铺直减券
SPEND_AND_SAVE_TYPES = (2, 102)  # 商品满减券, 店铺满减券
REMINDER_ABOVE_FEN = 500_000  # "超过50w提醒": 5000 yuan


def _fixed_window(context: RuleContext) -> bool:
    """valid_type is usable and 1: only then do valid_info's times mean anything."""
    return context.integer(VALID_TYPE) == FIXED_WINDOW


def _dotted(pointer: str) -> str:
    """A field as messages name it: ``/receive_info/end_time`` → ``receive_info.end_time``."""
    return pointer[1:].replace("/", ".")


def _yuan(fen: int) -> str:
    """An amount of fen as yuan with two decimals (``600000`` → ``6000.00``)."""
    if fen.bit_length() >= 300:  # too long to print usefully; show() summarises it
        return show(fen)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


@rule("B004", api=API)
def ext_info_disagrees_with_valid_info(context: RuleContext) -> None:
    """With valid_type 1, ext_info repeats the validity window and must match it.

    The official example comments say valid_time/invalid_time are the validity start/end;
    WeChat staff confirmed it. Two different windows in one request leave it open which one
    WeChat applies, so each disagreeing ext_info time is an error.
    """
    if not _fixed_window(context):
        return
    pairs = (
        (VALID_TIME, "valid_time", VALID_START, "start_time"),
        (INVALID_TIME, "invalid_time", VALID_END, "end_time"),
    )
    for ext_pointer, ext_name, valid_pointer, valid_name in pairs:
        ext_value = context.integer(ext_pointer)
        valid_value = context.integer(valid_pointer)
        if ext_value is None or valid_value is None or ext_value == valid_value:
            continue
        context.report(
            "B004",
            ext_pointer,
            f"with valid_type 1, ext_info.{ext_name} must equal valid_info.{valid_name} "
            f"({show(valid_value)}), got {show(ext_value)}; set both to the same second",
        )


@rule("B005", api=API)
def window_ends_before_it_starts(context: RuleContext) -> None:
    """A claim, validity or ext_info window whose end is not after its start.

    Such a coupon can never be claimed or used. valid_info's window is checked only for
    valid_type 1; ext_info's window is an absolute one for both valid types (§4.4).
    """
    windows = [("claim window", RECEIVE_START, RECEIVE_END)]
    if _fixed_window(context):
        windows.append(("validity window", VALID_START, VALID_END))
    windows.append(("ext_info window", VALID_TIME, INVALID_TIME))
    for what, start_pointer, end_pointer in windows:
        found = reversed_window(context, start_pointer, end_pointer)
        if found is None:
            continue
        start, end, relation = found
        context.report(
            "B005",
            end_pointer,
            f"{_dotted(end_pointer)} {show(end)} is {relation} {_dotted(start_pointer)} "
            f"{show(start)}: the {what} ends before (or when) it starts; "
            "the end must be later than the start",
        )


@rule("B006", api=API)
def custom_channel_without_name(context: RuleContext) -> None:
    """promote_type 2 (custom channel) with an empty customize_channel.

    customize_channel is required for every promote_type and may be "" (rules.md §11 E5),
    but it only means something for promote_type 2, where the channel is its whole point.
    """
    if context.integer(PROMOTE_TYPE) != CUSTOM_CHANNEL:
        return
    if context.string(CUSTOMIZE_CHANNEL) == "":
        context.report(
            "B006",
            CUSTOMIZE_CHANNEL,
            'customize_channel is "" but promote_type 2 (自定义推广渠道, custom channel) needs '
            "the channel name in it; fill it in, or use promote_type 1 (in-store promotion)",
        )


@rule("B008", api=API)
def fixed_amount_above_reminder(context: RuleContext) -> None:
    """A 直减 coupon (type 4 or 104) worth more than 5000 yuan.

    The official table says WeChat shows a reminder above 50w (500000 fen). Such an amount
    is far more often a unit mistake (yuan × 10000, or cents typed twice) than a real
    5000-yuan coupon, so the message asks to check the unit.
    """
    if context.integer(TYPE) not in FIXED_AMOUNT_TYPES:
        return
    fee = context.integer(DISCOUNT_FEE)
    if fee is None or fee <= REMINDER_ABOVE_FEN:
        return
    context.report(
        "B008",
        DISCOUNT_FEE,
        f"discount_fee {show(fee)} fen is {_yuan(fee)} yuan, more than 5000 yuan (50w fen); "
        "WeChat shows a reminder; check the unit: amounts are integer fen "
        "(60 yuan is 6000)",
    )


@rule("B009", api=API)
def reduction_not_below_threshold(context: RuleContext) -> None:
    """A 满减 coupon (type 2 or 102) whose reduction reaches its spend threshold.

    With discount_fee ≥ product_price the buyer would pay nothing (or less than nothing)
    at the threshold: almost always swapped fields or a unit slip.
    """
    if context.integer(TYPE) not in SPEND_AND_SAVE_TYPES:
        return
    fee = context.integer(DISCOUNT_FEE)
    price = context.integer(PRODUCT_PRICE)
    if fee is None or price is None or fee < price:
        return
    context.report(
        "B009",
        DISCOUNT_FEE,
        f"discount_fee {show(fee)} is not smaller than product_price {show(price)}: the "
        "reduction is not smaller than the spend threshold, so the buyer would pay nothing; "
        "make discount_fee smaller than product_price (or check whether they are swapped)",
    )


@rule("B010", api=API)
def per_person_limit_above_stock(context: RuleContext) -> None:
    """A per-person limit above the total number of coupons: no one can ever reach it.

    Usually the two numbers are swapped.
    """
    limit = context.integer(LIMIT_PER_PERSON)
    total = context.integer(TOTAL_NUM)
    if limit is None or total is None or limit <= total:
        return
    context.report(
        "B010",
        LIMIT_PER_PERSON,
        f"limit_num_one_person {show(limit)} exceeds total_num {show(total)}: the per-person "
        f"limit is larger than the total number of coupons; set it to at most {show(total)} "
        "(or check whether the two numbers are swapped)",
    )
