"""B-codes: product-coupon-create, each rule function with its catalogue entry.

B001–B003 (the requirements that depend on the coupon type and valid_type) are conditional
entries of ``schemas/product-coupon-create.json``; their entries are in the sibling module
``requirements``, which only the catalogue imports (a check needs only the schema). B007 (the
obsolete ``coupon_info`` wrapper) is reported by ``validator.apis.product_coupon_create.unwrap``;
its entry is below, in code order. The rules here see the *unwrapped* body, so they always use
top-level pointers; the engine maps each finding back to the member's real place in the file
(``/coupon_info/receive_info/end_time``).

Every value is read through the context's typed getters, so a rule is silently skipped when a
value it needs is absent or unusable (wrong type, bad enum, millisecond or implausible
timestamp).
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_B, changed, fails, passes
from validator.catalogue.model import describe
from validator.json.show import show
from validator.rules import rule
from validator.rules.compare import (
    CLAIM_WINDOW,
    TOTAL_COUPONS,
    VALIDITY_WINDOW,
    StoreCoupon,
    reversed_window,
    timestamp,
)
from validator.rules.context import RuleContext
from validator.text import Text, message

API = "product-coupon-create"

#: The members this API shares with the other WeChat store coupon APIs, at the top level.
COUPON = StoreCoupon("", "/type")
VALID_TIME = "/ext_info/valid_time"
INVALID_TIME = "/ext_info/invalid_time"
PROMOTE_TYPE = "/promote_info/promote_type"
CUSTOMIZE_CHANNEL = "/promote_info/customize_channel"

CUSTOM_CHANNEL = 2  # promote_type 2: 自定义推广渠道, named in customize_channel
FIXED_AMOUNT_TYPES = (4, 104)  # 商品直减券, 店铺直减券
SPEND_AND_SAVE_TYPES = (2, 102)  # 商品满减券, 店铺满减券
REMINDER_ABOVE_FEN = 500_000  # "超过50w提醒": 5000 yuan

_EXT_TIME_DIFFERS = message(
    "B004.ext-time-differs",
    "with valid_type 1, ext_info.{ext_name} must equal valid_info.{valid_name} {expected}, "
    "got {got}; set both to the same second",
)
_WINDOW_REVERSED = message(
    "B005.window-reversed",
    "{end_name} {end} is {relation} {start_name} {start}: the {what} ends before (or when) it "
    "starts; the end must be later than the start",
)
_EXT_INFO_WINDOW = message("B005.ext-info-window", "ext_info window")()
_CHANNEL_WITHOUT_NAME = message(
    "B006.channel-without-name",
    'customize_channel is "" but promote_type 2 (自定义推广渠道, custom channel) needs '
    "the channel name in it; fill it in, or use promote_type 1 (in-store promotion)",
)
_ABOVE_REMINDER = message(
    "B008.above-reminder",
    "discount_fee {fee} fen is {yuan} yuan, more than 5000 yuan (50w fen); WeChat shows a "
    "reminder; check the unit: amounts are integer fen (60 yuan is 6000)",
)
_REDUCTION_NOT_BELOW = message(
    "B009.reduction-not-below-threshold",
    "discount_fee {fee} is not smaller than product_price {price}: the reduction is not smaller "
    "than the spend threshold, so the buyer would pay nothing; make discount_fee smaller than "
    "product_price (or check whether they are swapped)",
)


def _dotted(pointer: str) -> str:
    """A field as messages name it: ``/receive_info/end_time`` → ``receive_info.end_time``."""
    return pointer[1:].replace("/", ".")


def _yuan(fen: int) -> str | Text:
    """An amount of fen as yuan with two decimals (``600000`` → ``6000.00``)."""
    if fen.bit_length() >= 300:  # too long to print usefully; show() summarises it
        return show(fen)
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole}.{cents:02d}"


@rule(
    code="B004",
    api=API,
    severity="error",
    name="ext-info-times-mismatch",
    summary="With valid_type 1, ext_info times differ from the valid_info window",
    explanation="""
    With valid_type 1 the official example sets `ext_info.valid_time` equal to
    `valid_info.start_time` and `ext_info.invalid_time` equal to `valid_info.end_time`. Note that
    `valid_time` is the **start** of validity (优惠券有效时间; an English translation's "Expiration
    Date" is wrong) and `invalid_time` its end. A body where they differ describes two different
    validity windows. All four are Unix seconds.

    Only checked when the values are usable. Reported at the `ext_info` member that differs: (a)
    `/ext_info/valid_time`, (b) `/ext_info/invalid_time`. Fix: copy the same values into both
    places.
    """,
    status="CONFIRMED",
    sources=("B-new", "B-times"),
    fail=fails(
        changed(BASE_B, {"/ext_info": {"valid_time": 1900003600, "invalid_time": 1900604800}}),
        "/ext_info/valid_time",
        api=API,
    ),
    passing=passes(BASE_B, api=API),
)
def ext_info_disagrees_with_valid_info(context: RuleContext) -> None:
    """With valid_type 1, ext_info repeats the validity window and must match it.

    The official example comments say valid_time/invalid_time are the validity start/end;
    WeChat staff confirmed it. Two different windows in one request leave it open which one
    WeChat applies, so each disagreeing ext_info time is an error.
    """
    if not COUPON.fixed_window(context):
        return
    pairs = (
        (VALID_TIME, "valid_time", COUPON.valid_start, "start_time"),
        (INVALID_TIME, "invalid_time", COUPON.valid_end, "end_time"),
    )
    for ext_pointer, ext_name, valid_pointer, valid_name in pairs:
        ext_value = context.integer(ext_pointer)
        valid_value = context.integer(valid_pointer)
        if ext_value is None or valid_value is None or ext_value == valid_value:
            continue
        context.report(
            "B004",
            ext_pointer,
            _EXT_TIME_DIFFERS(
                ext_name=ext_name,
                valid_name=valid_name,
                expected=timestamp(valid_value),
                got=timestamp(ext_value),
            ),
        )


@rule(
    code="B005",
    api=API,
    severity="error",
    name="window-end-not-after-start",
    summary="A claim, validity or ext_info window ends before (or when) it starts",
    explanation="""
    A window ends before or when it starts: (a) `receive_info.start_time` ≥
    `receive_info.end_time` (the claim window); (b) with valid_type 1, `valid_info.start_time` ≥
    `valid_info.end_time`; (c) `ext_info.valid_time` ≥ `ext_info.invalid_time`. Equal times count
    too, since the window would be empty. Usual causes are swapped values or an end computed in
    another unit. No official text states it, but such a window cannot work: error by decision.

    All values must be usable (integer Unix seconds without U001/U002). Reported at the end of the
    window: (a) `/receive_info/end_time`, (b) `/valid_info/end_time`, (c) `/ext_info/invalid_time`.
    Fix: make the end later than the start.
    """,
    status="INFERRED (decided)",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/receive_info/end_time": 1899990000}), "/receive_info/end_time", api=API
    ),
    passing=passes(BASE_B, api=API),
)
def window_ends_before_it_starts(context: RuleContext) -> None:
    """A claim, validity or ext_info window whose end is not after its start.

    Such a coupon can never be claimed or used. valid_info's window is checked only for
    valid_type 1; ext_info's window is an absolute one for both valid types.
    """
    windows = [(CLAIM_WINDOW, COUPON.receive_start, COUPON.receive_end)]
    if COUPON.fixed_window(context):
        windows.append((VALIDITY_WINDOW, COUPON.valid_start, COUPON.valid_end))
    windows.append((_EXT_INFO_WINDOW, VALID_TIME, INVALID_TIME))
    for what, start_pointer, end_pointer in windows:
        found = reversed_window(context, start_pointer, end_pointer)
        if found is None:
            continue
        start, end, relation = found
        context.report(
            "B005",
            end_pointer,
            _WINDOW_REVERSED(
                end_name=_dotted(end_pointer),
                end=timestamp(end),
                relation=relation,
                start_name=_dotted(start_pointer),
                start=timestamp(start),
                what=what,
            ),
        )


@rule(
    code="B006",
    api=API,
    severity="warning",
    name="empty-customize-channel",
    summary="promote_type 2 (custom channel) with an empty customize_channel",
    explanation="""
    `promote_info.promote_type` is 2 (自定义推广渠道, a custom promotion channel) but
    `promote_info.customize_channel` is `""`, so the channel has no name. `customize_channel` is
    required for every promote_type and may be empty, but the get documentation says it only means
    something for 2; with 1 (店铺内推广, in-store promotion) `""` is normal.

    Reported at `customize_channel`. Fix: put the channel's name in `customize_channel`, or use
    promote_type 1 if the coupon is promoted in the store only.
    """,
    status="INFERRED",
    sources=("B-get", "B-new"),
    fail=fails(
        changed(BASE_B, {"/promote_info": {"promote_type": 2, "customize_channel": ""}}),
        "/promote_info/customize_channel",
        api=API,
    ),
    passing=passes(
        changed(BASE_B, {"/promote_info": {"promote_type": 2, "customize_channel": "live-room-7"}}),
        api=API,
    ),
)
def custom_channel_without_name(context: RuleContext) -> None:
    """promote_type 2 (custom channel) with an empty customize_channel.

    customize_channel is required for every promote_type and may be "" (the official table
    marks it required), but it only means something for promote_type 2, where the channel is
    its whole point.
    """
    if context.integer(PROMOTE_TYPE) != CUSTOM_CHANNEL:
        return
    if context.string(CUSTOMIZE_CHANNEL) == "":
        context.report("B006", CUSTOMIZE_CHANNEL, _CHANNEL_WITHOUT_NAME())


_B007_WRAPPED = {
    "type": BASE_B["type"],
    "coupon_info": {k: v for k, v in BASE_B.items() if k != "type"},
}

describe(
    code="B007",
    api=API,
    severity="error",
    name="obsolete-coupon-info-wrapper",
    summary="Obsolete coupon_info wrapper: the body must be flat",
    explanation="""
    The top level has a member `coupon_info`. An old revision of the product-coupon-create page
    wrapped every member except `type` in `"coupon_info": {…}` (it also gave valid_type as 0/1);
    WeChat staff confirmed that no such field exists, and the current page has a flat body. Sent
    wrapped, the server does not find `name`, `discount_info`, `ext_info` and the rest.

    Reported at `/coupon_info`, for any value. If the value is an object, the validator then
    checks its content as if it were unwrapped, so the other mistakes show at once; their
    pointers name the real location (`/coupon_info/valid_info/valid_type`). A member present both
    inside and outside the wrapper: the top-level one counts and the inner one gets S007. Fix:
    move the members of `coupon_info` to the top level and delete `coupon_info`.
    """,
    status="CONFIRMED",
    sources=("B-wrapper", "B-new", "B-old"),
    fail=fails(_B007_WRAPPED, "/coupon_info", api=API),
    passing=passes(BASE_B, api=API),
    fix="moves the members of `coupon_info` to the top level at its place, re-indented, and "
    "removes the wrapper, when none of them already exists at the top level",
)


@rule(
    code="B008",
    api=API,
    severity="warning",
    name="discount-fee-over-5000-yuan",
    summary="Fixed-amount coupon worth more than 5000 yuan (500000 fen): check the unit",
    explanation="""
    For a fixed-amount coupon (4 商品直减券, 104 店铺直减券) `discount_info.discount_fee` is more
    than 500000 fen (50w fen, 5000 yuan). The page says WeChat shows a reminder above 50w
    ("超过50w提醒") rather than rejecting it. A reduction that large is nearly always a unit
    mistake: yuan multiplied by 100 twice, or by 10000.

    Reported at `discount_fee`. Fix: check the unit; amounts are fen, so 600 yuan is `60000`.
    """,
    status="CONFIRMED text; unit INFERRED",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/type": 104, "/discount_info": {"discount_fee": 600000}}),
        "/discount_info/discount_fee",
        api=API,
    ),
    passing=passes(
        changed(BASE_B, {"/type": 104, "/discount_info": {"discount_fee": 60000}}), api=API
    ),
)
def fixed_amount_above_reminder(context: RuleContext) -> None:
    """A 直减 coupon (type 4 or 104) worth more than 5000 yuan.

    The official table says WeChat shows a reminder above 50w (500000 fen). Such an amount
    is far more often a unit mistake (yuan × 10000, or cents typed twice) than a real
    5000-yuan coupon, so the message asks to check the unit.
    """
    if context.integer(COUPON.type) not in FIXED_AMOUNT_TYPES:
        return
    fee = context.integer(COUPON.discount_fee)
    if fee is None or fee <= REMINDER_ABOVE_FEN:
        return
    context.report("B008", COUPON.discount_fee, _ABOVE_REMINDER(fee=show(fee), yuan=_yuan(fee)))


@rule(
    code="B009",
    api=API,
    severity="warning",
    name="reduction-not-below-threshold",
    summary="满减 reduction is not smaller than the spend threshold",
    explanation="""
    For a 满减 coupon (2 商品满减券, 102 店铺满减券), `discount_info.discount_fee` is greater than
    or equal to `discount_info.discount_condition.product_price`: the reduction is at least the
    amount the buyer must spend, so the goods would be free. Usually the two values are swapped or
    one is in the wrong unit (both are fen: "满199减20" is `product_price` 19900, `discount_fee`
    2000).

    Only checked when both are usable. Reported at `discount_fee`. Fix: make the reduction smaller
    than the threshold.
    """,
    status="INFERRED",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/discount_info/discount_fee": 19900}),
        "/discount_info/discount_fee",
        api=API,
    ),
    passing=passes(BASE_B, api=API),
)
def reduction_not_below_threshold(context: RuleContext) -> None:
    """A 满减 coupon (type 2 or 102) whose reduction reaches its spend threshold.

    With discount_fee ≥ product_price the buyer would pay nothing (or less than nothing)
    at the threshold: almost always swapped fields or a unit slip.
    """
    if context.integer(COUPON.type) not in SPEND_AND_SAVE_TYPES:
        return
    fee = context.integer(COUPON.discount_fee)
    price = context.integer(COUPON.product_price)
    if fee is None or price is None or fee < price:
        return
    context.report(
        "B009", COUPON.discount_fee, _REDUCTION_NOT_BELOW(fee=show(fee), price=show(price))
    )


@rule(
    code="B010",
    api=API,
    severity="warning",
    name="per-person-limit-exceeds-stock",
    summary="Per-person limit is larger than the total number of coupons",
    explanation="""
    `receive_info.limit_num_one_person` is larger than `receive_info.total_num`: one person could
    claim more coupons than exist. Usually the two values are swapped or one has an extra digit.

    Only checked when both are usable. Reported at `limit_num_one_person`. Fix: make the
    per-person limit at most the total number.
    """,
    status="INFERRED",
    sources=("B-new",),
    fail=fails(
        changed(BASE_B, {"/receive_info/limit_num_one_person": 400}),
        "/receive_info/limit_num_one_person",
        api=API,
    ),
    passing=passes(changed(BASE_B, {"/receive_info/limit_num_one_person": 2}), api=API),
)
def per_person_limit_above_stock(context: RuleContext) -> None:
    """A per-person limit above the total number of coupons: no one can ever reach it.

    Usually the two numbers are swapped.
    """
    COUPON.report_limit_above_stock(context, "B010", TOTAL_COUPONS)
