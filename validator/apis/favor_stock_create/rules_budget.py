"""F004–F009: favor-stock-create's budget, limits and spend threshold.

Each rule function carries its catalogue entry. WeChat Pay checks the arithmetic of a 代金券
stock: the budget is the number of coupons times the face value (F004), a daily budget fits in
it (F005) as whole coupons (F006), a user cannot claim more than the stock (F007), and the
spend threshold is above the face value (F008; equal is F009). All amounts are integer fen.

Imported by ``rules`` after its own rules (see there).
"""

from __future__ import annotations

from typing import Any

from validator.apis.favor_stock_create.base import BASE_F
from validator.apis.favor_stock_create.rules import API, NC, SUR
from validator.catalogue.bases import changed, fails, passes
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import message

_DAILY = f"{SUR}/max_amount_by_day"
_MINIMUM = f"{NC}/transaction_minimum"


_NOT_STOCK_TIMES_FACE_VALUE = message(
    "F004.budget-not-product",
    "max_amount {budget} must equal max_coupons × coupon_amount: {count} × {amount} = "
    "{product} (WeChat Pay answers PARAM_ERROR 批次预算等于批次面额乘以发券数); set max_amount "
    "to {product}, or correct max_coupons or coupon_amount",
)
_DAILY_OVER_TOTAL = message(
    "F005.daily-over-total",
    "the daily budget max_amount_by_day {daily} fen exceeds the total budget max_amount "
    "{total} fen (不能大于总预算); lower it, or leave it out for no daily cap",
)
_DAILY_NOT_WHOLE = message(
    "F006.daily-not-whole-coupons",
    "the daily budget {daily} fen is not a whole number of {amount}-fen coupons; WeChat Pay "
    "answers PARAM_ERROR 单天限额必须为面额整数倍: use a multiple of {amount}, e.g. {choices}",
)
_EITHER = message("F006.either", "{lower} or {upper}")
_PER_USER_OVER_STOCK = message(
    "F007.per-user-over-stock",
    "per-user limit max_coupons_per_user {per_user} exceeds the stock size max_coupons "
    "{total} (不能大于发放总个数); one of the two numbers is wrong: check both",
)
_BELOW_FACE_VALUE = message(
    "F008.threshold-below-face-value",
    "transaction_minimum {minimum} fen is below coupon_amount {amount} fen: the spend "
    "threshold must be greater than the face value (使用门槛必须大于优惠金额; WeChat Pay "
    "answers PARAM_ERROR 券面额必须大于0); raise transaction_minimum above {amount} "
    "(满100减10 is coupon_amount 1000, transaction_minimum 10000)",
)
_EQUALS_FACE_VALUE = message(
    "F009.threshold-equals-face-value",
    "transaction_minimum {minimum} fen equals coupon_amount {amount} fen; the page asks for a "
    "threshold greater than the face value (使用门槛必须大于优惠金额): raise "
    "transaction_minimum",
)


def _small_stock(per_user: int) -> dict[str, Any]:
    return {
        SUR: {
            "max_coupons": 5,
            "max_amount": 5000,
            "max_coupons_per_user": per_user,
            "natural_person_limit": False,
            "prevent_api_abuse": True,
        }
    }


@rule(
    code="F004",
    api=API,
    severity="error",
    name="budget-not-stock-times-face-value",
    summary="max_amount is not max_coupons × coupon_amount",
    explanation="""
    The total budget `stock_use_rule.max_amount` (fen) must equal the number of coupons
    `stock_use_rule.max_coupons` times the face value `fixed_normal_coupon.coupon_amount`:
    "max_amount需要等于coupon_amount（面额） * max_coupons（发放总上限）". WeChat Pay answers
    PARAM_ERROR "批次预算等于批次面额乘以发券数" (the budget equals the face value times the number
    of coupons) otherwise, as a developer-community thread shows. A budget off by a factor of 100
    usually means it was written in yuan.

    Reported at `max_amount`; the message shows the product. Fix: set `max_amount` to
    `max_coupons` × `coupon_amount` (500 × 1000 = 500000), or correct the other two.
    """,
    status="CONFIRMED",
    sources=("FV-wiki", "FV-budget"),
    server_errors=(("PARAM_ERROR", "批次预算等于批次面额乘以发券数", "FV-budget"),),
    fail=fails(changed(BASE_F, {f"{SUR}/max_amount": 50000}), f"{SUR}/max_amount", api=API),
    passing=passes(BASE_F, api=API),
)
def budget_is_stock_times_face_value(context: RuleContext) -> None:
    """``max_amount`` must equal ``max_coupons × coupon_amount``."""
    count = context.integer(f"{SUR}/max_coupons")
    budget = context.integer(f"{SUR}/max_amount")
    amount = context.integer(f"{NC}/coupon_amount")
    if count is None or budget is None or amount is None or budget == count * amount:
        return
    context.report(
        "F004",
        f"{SUR}/max_amount",
        _NOT_STOCK_TIMES_FACE_VALUE(
            budget=budget, count=count, amount=amount, product=count * amount
        ),
    )


@rule(
    code="F005",
    api=API,
    severity="error",
    name="daily-budget-over-total",
    summary="max_amount_by_day exceeds max_amount",
    explanation="""
    The optional daily budget `stock_use_rule.max_amount_by_day` (fen) is larger than the total
    budget `stock_use_rule.max_amount`. WeChat Pay says the daily budget "不能大于总预算", may
    not exceed the total. Usually one of the two numbers is in the wrong unit or has a digit too
    many.

    Reported at `max_amount_by_day`. Fix: lower it to at most `max_amount`, or leave it out for
    no daily cap (it may not be 0).
    """,
    status="CONFIRMED",
    sources=("FV-wiki",),
    fail=fails(changed(BASE_F, {_DAILY: 600000}), _DAILY, api=API),
    passing=passes(changed(BASE_F, {_DAILY: 100000}), api=API),
)
def daily_budget_within_total(context: RuleContext) -> None:
    """The daily budget may not exceed the total budget."""
    daily = context.integer(_DAILY)
    total = context.integer(f"{SUR}/max_amount")
    if daily is None or total is None or daily <= total:
        return
    context.report("F005", _DAILY, _DAILY_OVER_TOTAL(daily=daily, total=total))


@rule(
    code="F006",
    api=API,
    severity="warning",
    name="daily-budget-not-whole-coupons",
    summary="max_amount_by_day is not a multiple of coupon_amount",
    explanation="""
    The daily budget `stock_use_rule.max_amount_by_day` (fen) is not a whole number of coupons
    of `fixed_normal_coupon.coupon_amount`: 1500 fen is one and a half 1000-fen coupons.
    A developer-community thread shows WeChat Pay answering PARAM_ERROR "单天限额必须为面额整数倍"
    (the daily limit must be a whole multiple of the face value) to a daily budget of 400 fen for
    5000-fen coupons. No official page states the rule, so this is a warning.

    Reported at `max_amount_by_day`; the message names the nearest multiples. Fix: use a
    multiple of `coupon_amount` (2000 for 1000-fen coupons).
    """,
    status="observed PARAM_ERROR [FV-budget-day]; no official text, so INFERRED",
    sources=("FV-budget-day",),
    server_errors=(("PARAM_ERROR", "单天限额必须为面额整数倍", "FV-budget-day"),),
    fail=fails(changed(BASE_F, {_DAILY: 1500}), _DAILY, api=API),
    passing=passes(changed(BASE_F, {_DAILY: 2000}), api=API),
)
def daily_budget_in_whole_coupons(context: RuleContext) -> None:
    """The daily budget should be a whole number of coupons."""
    daily = context.integer(_DAILY)
    amount = context.integer(f"{NC}/coupon_amount")
    if daily is None or amount is None or amount < 1 or daily % amount == 0:
        return
    lower, upper = daily // amount * amount, (daily // amount + 1) * amount
    choices = _EITHER(lower=lower, upper=upper) if lower else upper
    context.report("F006", _DAILY, _DAILY_NOT_WHOLE(daily=daily, amount=amount, choices=choices))


@rule(
    code="F007",
    api=API,
    severity="error",
    name="per-user-limit-over-stock",
    summary="max_coupons_per_user exceeds max_coupons",
    explanation="""
    The per-user limit `stock_use_rule.max_coupons_per_user` is larger than the whole stock
    `stock_use_rule.max_coupons`. WeChat Pay says the per-user limit "不能大于发放总个数", may
    not exceed the number of coupons. A limit above the stock usually means that one of the two
    numbers is wrong.

    Reported at `max_coupons_per_user`. Fix: check both numbers; lower the per-user limit (at
    most 60) or raise the stock size (and `max_amount` with it, F004).
    """,
    status="CONFIRMED",
    sources=("FV-wiki",),
    fail=fails(changed(BASE_F, _small_stock(8)), f"{SUR}/max_coupons_per_user", api=API),
    passing=passes(changed(BASE_F, _small_stock(5)), api=API),
)
def per_user_within_stock(context: RuleContext) -> None:
    """The per-user limit may not exceed the stock size."""
    pointer = f"{SUR}/max_coupons_per_user"
    per_user = context.integer(pointer)
    total = context.integer(f"{SUR}/max_coupons")
    if per_user is None or total is None or per_user <= total:
        return
    context.report("F007", pointer, _PER_USER_OVER_STOCK(per_user=per_user, total=total))


def _threshold(context: RuleContext) -> tuple[int, int] | None:
    """(coupon_amount, transaction_minimum) when both are usable."""
    amount = context.integer(f"{NC}/coupon_amount")
    minimum = context.integer(_MINIMUM)
    return None if amount is None or minimum is None else (amount, minimum)


@rule(
    code="F008",
    api=API,
    severity="error",
    name="threshold-below-face-value",
    summary="transaction_minimum is below coupon_amount",
    explanation="""
    The spend threshold `fixed_normal_coupon.transaction_minimum` is smaller than the face value
    `fixed_normal_coupon.coupon_amount` (both fen). WeChat Pay requires "使用门槛必须大于优惠金额",
    a threshold greater than the discount. Its answer does not name the threshold: a stock of
    1000-fen coupons with a threshold of 100 fen got PARAM_ERROR "券面额必须大于0" (the face
    value must be above 0), and raising the threshold fixed it. The two values are often
    swapped, or one of them was written in yuan.

    Reported at `transaction_minimum`. Fix: raise it above `coupon_amount`: "满100减10" is
    `coupon_amount` 1000 and `transaction_minimum` 10000.
    """,
    status="CONFIRMED",
    sources=("FV-wiki", "WP-favor", "Senparc-fav"),
    server_errors=(("PARAM_ERROR", "券面额必须大于0", "WP-favor"),),
    fail=fails(
        changed(BASE_F, {NC: {"coupon_amount": 1000, "transaction_minimum": 500}}),
        _MINIMUM,
        api=API,
    ),
    passing=passes(BASE_F, api=API),
)
def threshold_below_face_value(context: RuleContext) -> None:
    """The spend threshold must exceed the face value."""
    found = _threshold(context)
    if found is None or found[0] <= found[1]:
        return
    amount, minimum = found
    context.report("F008", _MINIMUM, _BELOW_FACE_VALUE(minimum=minimum, amount=amount))


@rule(
    code="F009",
    api=API,
    severity="warning",
    name="threshold-equals-face-value",
    summary="transaction_minimum equals coupon_amount",
    explanation="""
    The spend threshold `fixed_normal_coupon.transaction_minimum` equals the face value
    `coupon_amount`. The page asks for a threshold greater than the discount
    ("使用门槛必须大于优惠金额"), but stocks with equal values were accepted, and the official
    SDK's own example has one, so this is a warning: the coupon pays the whole of a purchase of
    exactly that amount.

    Reported at `transaction_minimum`. Fix: raise `transaction_minimum` above `coupon_amount`
    (1001 or more for a 1000-fen coupon).
    """,
    status="CONFIRMED text; accepted in practice, so a warning",
    sources=("FV-wiki", "FVgo", "Senparc-fav"),
    fail=fails(
        changed(BASE_F, {NC: {"coupon_amount": 1000, "transaction_minimum": 1000}}),
        _MINIMUM,
        api=API,
    ),
    passing=passes(
        changed(BASE_F, {NC: {"coupon_amount": 1000, "transaction_minimum": 1001}}), api=API
    ),
)
def threshold_equals_face_value(context: RuleContext) -> None:
    """A threshold equal to the face value: asked against, but accepted in practice."""
    found = _threshold(context)
    if found is None or found[0] != found[1]:
        return
    context.report("F009", _MINIMUM, _EQUALS_FACE_VALUE(minimum=found[1], amount=found[0]))
