"""E-codes: what the channels-ec-coupon-create schema cannot say.

E001 and E002 (the members each type and valid_type require) are conditional entries of
``schemas/channels-ec-coupon-create.json``; their catalogue entries are in the sibling module
``requirements``, which only the catalogue imports. Each rule function carries its catalogue
entry. This module tests presence against the other half of the same tables (E003) and the two
thresholds that exclude each other (E004), plus two soft bounds the schema compiler has no
keyword for (S009: more than 200 product ids, an empty auto_valid_info). The siblings compare
the amounts (``rules_amounts``, E005–E007) and the claim and validity windows
(``rules_windows``, E008–E011).

Every value is read through the context's typed getters, so a rule is silently skipped when a
value it needs is absent or unusable (wrong type, bad enum, millisecond or implausible
timestamp). An integer ``0`` on a member the type or valid_type makes irrelevant is unusable
too (``validator.apis.channels_ec_coupon_create.zeros``), so it is skipped like an absent one.
Every example is Base-E (``base``) with one change, run with ``--api`` of this API.
"""

from __future__ import annotations

from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.channels_ec_coupon_create.matrix import (
    API,
    CONDITION,
    IRRELEVANT_BY_TYPE,
    IRRELEVANT_BY_VALID_TYPE,
    PRODUCT_CNT,
    PRODUCT_IDS,
    PRODUCT_PRICE,
    STORE_TYPES,
    TYPE,
    TYPE_NAMES,
    VALID_TYPE,
    zero_counts_as_absent,
)
from validator.catalogue.bases import changed, fails, passes
from validator.json.pointer import MISSING, last_token
from validator.json.show import show
from validator.rules import reports, rule
from validator.rules.context import RuleContext
from validator.text import Text, message

AUTO_VALID_INFO = "/auto_valid_info"

MANY_PRODUCTS = 200  # the older 视频号小店 page's limit; the current guide allows 2000
MOST_PRODUCTS = 2000  # beyond it the schema's S005 (a hard bound) reports the array

_NOT_USED_BY_TYPE = message(
    "E003.not-used-by-type", "{member} is not used by {type}; remove it, or correct type"
)
_STORE_TYPE = message("E003.store-type", "type {type} ({name}, a store coupon)")
_PRODUCT_TYPE = message("E003.product-type", "type {type} ({name}, a product coupon)")
_NOT_USED_BY_VALID_TYPE = message(
    "E003.not-used-by-valid-type",
    "{member} is not used when valid_type is {valid_type}; remove it, or correct valid_type",
)
_VALID_TYPE_WORDS = {
    1: message("E003.valid-type-1", "1 (a fixed window)"),
    2: message("E003.valid-type-2", "2 (days after claiming)"),
}
_BOTH_THRESHOLDS = message(
    "E004.both-thresholds",
    "product_cnt {count} and product_price {price} cannot both be set "
    "(件数门槛/价格门槛 二选一); {keep}",
)
_KEEP_EITHER = message("E004.keep-either", "keep the one your coupon type needs")
_KEEP_PRICE = message("E004.keep-price", "type {type} keeps product_price; remove product_cnt")
_KEEP_NEITHER = message("E004.keep-neither", "type {type} uses neither; remove both")
_KEEP_COUNT = message("E004.keep-count", "type {type} keeps product_cnt; remove product_price")
_MANY_PRODUCTS = message(
    "S009.channels-product-ids",
    "product_ids has {count} items; expected at most {most} (the older 视频号小店 page's limit; "
    "the current guide allows 2000): check that the store accepts this many, or use a store "
    "coupon (type 101–104) for the whole shop",
)
_EMPTY_AUTO_VALID_INFO = message(
    "S009.channels-auto-valid-info",
    "auto_valid_info is empty; give it auto_valid_type (0 off, 1 take effect automatically) or "
    "remove it",
)


def _coupon_type(context: RuleContext) -> int | None:
    """The usable type, when it is one the official table knows."""
    value = context.integer(TYPE)
    return value if value in IRRELEVANT_BY_TYPE else None


def _valid_type(context: RuleContext) -> int | None:
    value = context.integer(VALID_TYPE)
    return value if value in IRRELEVANT_BY_VALID_TYPE else None


def _type_words(coupon_type: int) -> Text:
    """``type 103 (店铺统一折扣券, a store coupon)``: how messages name a type (the official
    table's name, which reads the same in both languages)."""
    words = _STORE_TYPE if coupon_type in STORE_TYPES else _PRODUCT_TYPE
    return words(type=coupon_type, name=TYPE_NAMES[coupon_type])


def _both_thresholds(context: RuleContext) -> str | None:
    """E004's pointer when product_cnt and product_price are both usable and both ≥ 1.

    The report goes to the one the usable type marks irrelevant while it requires the other
    (type 2 keeps product_price, so product_cnt is reported); otherwise, when the type needs
    neither or is unusable, to product_price.
    """
    count = context.integer(PRODUCT_CNT)
    price = context.integer(PRODUCT_PRICE)
    if count is None or price is None or count < 1 or price < 1:
        return None
    coupon_type = _coupon_type(context)
    if coupon_type is not None:
        irrelevant = IRRELEVANT_BY_TYPE[coupon_type]
        if PRODUCT_CNT in irrelevant and PRODUCT_PRICE not in irrelevant:
            return PRODUCT_CNT
    return PRODUCT_PRICE


@rule(
    code="E003",
    api=API,
    severity="warning",
    name="irrelevant-member",
    summary="A member is present that the coupon type or valid_type makes irrelevant",
    explanation="""
    A member is present although `/type` or `valid_type` does not use it: `product_ids` on a store
    coupon (101–104; the guide: 店铺级优惠券无需传 product_ids), `discount_fee` on a discount coupon
    (1, 3, 101, 103), `discount_num` on a 满减 or fixed-amount coupon, `product_price` where the
    condition is an item count, `valid_day_num` with valid_type 1, or `start_time`/`end_time` with
    valid_type 2. The member has no effect, and it often means that the type is not the one
    intended.

    An integer `0` does not count: SDK models send `0` for every member they do not use, and
    WeChat's own coupon answers print `0` for unset members, so such a `0` is treated as absent by
    every rule (no range, soft-bound or timestamp finding either). `0.0`, `"0"` or `false` are
    present values. A member that E004 reports (both thresholds set) gets no E003 as well.

    Reported at the present member. Fix: remove it (or send `0`), or correct `type`/`valid_type`.
    """,
    status="wording CONFIRMED; effect INFERRED",
    sources=("CH-guide", "CH-update", "SKIT-ch", "B-get"),
    fail=fails(
        changed(BASE_E, {"/valid_info/valid_day_num": 30}), "/valid_info/valid_day_num", api=API
    ),
    passing=passes(changed(BASE_E, {"/valid_info/valid_day_num": 0}), api=API),
)
def irrelevant_member(context: RuleContext) -> None:
    """A member present although the type or valid_type makes it irrelevant.

    The guide says store coupons take no product_ids ("店铺级…无需传 product_ids"), and
    start_time/end_time and valid_day_num belong to one valid_type each. Any value counts
    except an integer 0, which SDK models send for unused members (it counts as absent), and
    a member E004 already reports.
    """
    reported_by_e004 = _both_thresholds(context)
    coupon_type = _coupon_type(context)
    if coupon_type is not None:
        for pointer in IRRELEVANT_BY_TYPE[coupon_type]:
            if pointer != reported_by_e004 and _present_and_not_zero(context, pointer):
                words = _type_words(coupon_type)
                context.report(
                    "E003", pointer, _NOT_USED_BY_TYPE(member=last_token(pointer), type=words)
                )
    valid_type = _valid_type(context)
    if valid_type is not None:
        for pointer in IRRELEVANT_BY_VALID_TYPE[valid_type]:
            if _present_and_not_zero(context, pointer):
                words = _VALID_TYPE_WORDS[valid_type]()
                context.report(
                    "E003",
                    pointer,
                    _NOT_USED_BY_VALID_TYPE(member=last_token(pointer), valid_type=words),
                )


def _present_and_not_zero(context: RuleContext, pointer: str) -> bool:
    value = context.value(pointer)
    return value is not MISSING and not zero_counts_as_absent(pointer, value)


@rule(
    code="E004",
    api=API,
    severity="error",
    name="count-and-price-threshold",
    summary="product_cnt and product_price are both set (件数门槛/价格门槛 二选一)",
    explanation="""
    `discount_condition.product_cnt` (an item-count threshold, 满 x 件) and
    `discount_condition.product_price` (a price threshold in fen, 满 x 元) are both at least 1. The
    update page says the item count 不能和价格门槛同时设置 and the guide 不可同时设置: a coupon has
    one threshold or the other. Conditional discount coupons (1, 101) use `product_cnt`; 满减
    coupons (2, 102) use `product_price`.

    Reported at the member that the type does not use while it uses the other (type 102:
    `product_cnt`); otherwise, when the type uses neither or is not usable, at `product_price`. That
    member gets no E003 as well. Fix: remove the threshold the type does not use.
    """,
    status="CONFIRMED",
    sources=("CH-update", "CH-guide"),
    fail=fails(changed(BASE_E, {f"{CONDITION}/product_cnt": 2}), PRODUCT_CNT, api=API),
    passing=passes(BASE_E, api=API),
)
def count_and_price_thresholds_together(context: RuleContext) -> None:
    """product_cnt and product_price both set: the two thresholds exclude each other.

    "不能和价格门槛同时设置" (update page), "不可同时设置" (guide): a coupon has either an
    item-count threshold or a price threshold, and WeChat rejects a body with both.
    """
    pointer = _both_thresholds(context)
    if pointer is None:
        return
    count = context.integer(PRODUCT_CNT)
    price = context.integer(PRODUCT_PRICE)
    coupon_type = _coupon_type(context)
    if coupon_type is None:
        keep = _KEEP_EITHER()
    elif pointer == PRODUCT_CNT:
        keep = _KEEP_PRICE(type=coupon_type)
    elif PRODUCT_CNT in IRRELEVANT_BY_TYPE[coupon_type]:  # and product_price too
        keep = _KEEP_NEITHER(type=coupon_type)
    else:
        keep = _KEEP_COUNT(type=coupon_type)
    context.report(
        "E004", pointer, _BOTH_THRESHOLDS(count=show(count), price=show(price), keep=keep)
    )


@reports("S009", api=API)
def soft_bounds_without_a_schema_keyword(context: RuleContext) -> None:
    """Two INFERRED bounds the schema compiler has no keyword for (S009 is described with the
    other schema codes).

    - More than 200 product ids: the older 视频号小店 update page allowed 200, the current
      guide 2000. Above 2000 the schema's hard bound (S005) reports the array instead.
    - An empty auto_valid_info: it switches nothing on; send auto_valid_type or leave it out.
    """
    ids = context.array(PRODUCT_IDS)
    if ids is not None and MANY_PRODUCTS < len(ids) <= MOST_PRODUCTS:
        context.report("S009", PRODUCT_IDS, _MANY_PRODUCTS(count=len(ids), most=MANY_PRODUCTS))
    if context.object(AUTO_VALID_INFO) == {}:
        context.report("S009", AUTO_VALID_INFO, _EMPTY_AUTO_VALID_INFO())


# The amount and window rules run after these (within a phase, rules run in registration
# order). Those modules use the names above, so they are imported last.
from validator.apis.channels_ec_coupon_create import rules_amounts, rules_windows  # noqa: E402, F401
