"""C007–C012: busifavor-stock-create, WeChat Pay merchant coupons (商家券): windows and quantities.

Each rule function carries its catalogue entry. C001–C006 are conditional requirements ("this
member needs that one") and live in ``schemas/busifavor-stock-create.json`` as ``allOf`` entries
carrying ``x-code``, so editors and other validators see them too; their entries are in the
sibling module ``requirements``, which only the catalogue imports. This module holds what a
schema cannot say about time and quantities: comparisons between fields (windows, limits,
thresholds) and the one-calendar-year span. The sibling ``rules_conventions`` holds WeChat Pay's
conventions for single values (colour names, merchant-name display length, ``out_request_no``
charset, SELF_CONSUME) and the members that are not open yet (C020).

The rules are written with pointers from this body's root. create-coupon-stock carries the body
in ``coupon_data`` (its spec's ``mount``), and the engine runs the same functions there through
a context that adds that prefix. Their catalogue examples are the worked examples on Base-C,
create-coupon-stock's body, where these rules were first defined; the same changes on the bare
body (Base-D) report the same codes without the prefix.

Every value is read through the context's typed getters, so a value with S002/S003/S006 (or an
RFC 3339 time with U002) is never compared: it is not usable.
"""

from __future__ import annotations

from typing import Any

from validator.apis import spec_for
from validator.catalogue.bases import BASE_C
from validator.catalogue.bases import changed as _changed
from validator.catalogue.bases import fails as _fails
from validator.catalogue.bases import passes as _passes
from validator.catalogue.model import Changed, Example
from validator.json.pointer import join
from validator.rules import rule
from validator.rules.common import beijing_moment, instant
from validator.rules.compare import reversed_window
from validator.rules.context import RuleContext
from validator.text import Text, message

API = "busifavor-stock-create"
CUR = "/coupon_use_rule"
CAT = f"{CUR}/coupon_available_time"
IRREGULAR = f"{CAT}/irregulary_avaliable_time"
SEND = "/stock_send_rule"
DISPLAY = "/display_pattern_info"
DAY_TIME = f"{CAT}/available_week/available_day_time"

#: The rule object of each stock type, and the member that holds its discount (C013).
RULE_OBJECTS = {
    "NORMAL": "fixed_normal_coupon",
    "DISCOUNT": "discount_coupon",
    "EXCHANGE": "exchange_coupon",
}
DISCOUNT_MEMBERS = {
    "NORMAL": "discount_amount",
    "DISCOUNT": "discount_percent",
    "EXCHANGE": "exchange_price",
}

#: The API whose body the examples start from (Base-C), and where it carries this body.
EXAMPLE_API = "create-coupon-stock"
_CARRIED = spec_for(EXAMPLE_API).mount
assert _CARRIED is not None and _CARRIED.api == API
CARRIED = _CARRIED.prefix


def example(changes: dict[str, Any] | None = None) -> Changed:
    """Base-C with ``changes`` (pointers from this body's root) made in its ``coupon_data``."""
    return _changed(
        BASE_C, {CARRIED + pointer: value for pointer, value in (changes or {}).items()}
    )


def fails(changes: dict[str, Any], pointer: str) -> Example:
    """A failing example on Base-C, reported at ``pointer`` (from this body's root)."""
    return _fails(example(changes), CARRIED + pointer, api=EXAMPLE_API)


def passes(changes: dict[str, Any] | None = None) -> Example:
    """A passing example on Base-C."""
    return _passes(example(changes), api=EXAMPLE_API)


def stock_type(context: RuleContext) -> str | None:
    """The stock type: ``/stock_type`` when usable (an S003 makes it None)."""
    value = context.string("/stock_type")
    return value if value in RULE_OBJECTS else None


_OUTSIDE_THE_DAY = message("C008.outside-the-day", "outside the day")()


def _clock(seconds: int) -> str | Text:
    """Seconds of the day as HH:MM:SS, for the messages about ``available_day_time``."""
    if not 0 <= seconds <= 86399:
        return _OUTSIDE_THE_DAY
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


_AVAILABLE_BEGIN = f"{CAT}/available_begin_time"
_AVAILABLE_END = f"{CAT}/available_end_time"
#: A calendar year in one offset lasts at least 365 days (29 February maps to 28 February),
#: so an end at most that long after the begin is within one.
_SHORTEST_YEAR = 365 * 86400

_WINDOW_REVERSED = message(
    "C007.window-reversed",
    "available_end_time {end} is not later than available_begin_time {begin}; "
    "the available window must end after it starts",
)
_WINDOW_OVER_A_YEAR = message(
    "C007.window-over-a-year",
    "the available window from {begin} to {end} lasts more than one year "
    "(有效期最长为1年); end it at {limit} at the latest",
)


@rule(
    code="C007",
    api=API,
    severity="error",
    name="available-window-invalid",
    summary="Available window is reversed or longer than one year",
    explanation="""
    `coupon_available_time.available_end_time` is not after `available_begin_time`, or it is more
    than one calendar year after it ("有效期最长为1年"). The times are RFC 3339 and compared as
    instants (offsets applied). One calendar year after the begin time is the same local date and
    time one year later in the begin time's own offset (29 February maps to 28 February); exactly
    one year is allowed. The latest end the message names is shown in Beijing time.

    Only checked when both times are usable (valid RFC 3339, no U002). Reported at
    `available_end_time`. Fix: end the window after its start and within a year, for example
    `2030-04-01T00:00:00+08:00` to `2031-04-01T00:00:00+08:00` at most.
    """,
    status="span CONFIRMED; order INFERRED (decided)",
    sources=("WPwiki", "WP", "RFC 3339"),
    fail=fails(
        {f"{CAT}/available_end_time": "2031-05-01T00:00:00+08:00"}, f"{CAT}/available_end_time"
    ),
    passing=passes({f"{CAT}/available_end_time": "2031-04-01T00:00:00+08:00"}),
)
def available_window(context: RuleContext) -> None:
    """The available window must end after it starts and last at most one calendar year.

    WeChat Pay: "有效期最长为1年" (CONFIRMED); a reversed window is INFERRED but decided as an
    error. The year is counted in the begin time's own offset, 29 February maps to 28 February,
    and exactly one year is allowed.
    """
    begin_pointer, end_pointer = _AVAILABLE_BEGIN, _AVAILABLE_END
    begin, end = instant(context, begin_pointer), instant(context, end_pointer)
    if begin is None or end is None:
        return
    if begin < end and end.instant <= begin.instant.plus(_SHORTEST_YEAR):
        return  # the usual window: within a year whatever the calendar, no date arithmetic
    if begin >= end:
        found = _WINDOW_REVERSED(end=beijing_moment(end), begin=beijing_moment(begin))
    else:
        from validator import rfc3339  # on first use: see rules.common._rfc3339

        limit = rfc3339.add_one_calendar_year(begin)
        if end <= limit:
            return
        found = _WINDOW_OVER_A_YEAR(
            begin=beijing_moment(begin), end=beijing_moment(end), limit=beijing_moment(limit)
        )
    context.report("C007", end_pointer, found)


_SLOT_REVERSED = message(
    "C008.slot-reversed",
    "daily slot begins at {begin} ({begin_clock}) but ends at {end} ({end_clock}); "
    "end_time must be later than begin_time (seconds of the day, 86399 = 23:59:59); "
    "to cross midnight use two slots",
)


@rule(
    code="C008",
    api=API,
    severity="warning",
    name="daily-slot-reversed",
    summary="A daily time slot ends before (or when) it starts",
    explanation="""
    An item of `available_week.available_day_time` has `begin_time` ≥ `end_time`. Both are
    seconds of the day, 0–86399 (36000 = 10:00, 72000 = 20:00, 86399 = 23:59:59), so the slot is
    empty or reversed, often because the two values were swapped.

    Only checked when both values are usable. Reported at the slot
    (`available_week/available_day_time/N`). Fix: make `end_time` later than `begin_time`.
    """,
    status="INFERRED",
    sources=("WPwiki",),
    fail=fails(
        {
            f"{CAT}/available_week": {
                "week_day": [5],
                "available_day_time": [{"begin_time": 72000, "end_time": 36000}],
            }
        },
        f"{CAT}/available_week/available_day_time/0",
    ),
    passing=passes(
        {
            f"{CAT}/available_week": {
                "week_day": [5],
                "available_day_time": [{"begin_time": 36000, "end_time": 72000}],
            }
        }
    ),
)
def daily_slot_order(context: RuleContext) -> None:
    """Each ``available_day_time`` slot must end after it begins (seconds of the day).

    A slot that ends before it starts is never open, or was meant to cross midnight, which the
    format cannot express; split it into two slots instead (INFERRED).
    """
    slots = context.array(DAY_TIME)
    for index in range(len(slots or ())):
        slot = join(DAY_TIME, index)
        found = reversed_window(context, join(slot, "begin_time"), join(slot, "end_time"))
        if found is None:
            continue
        begin, end, _ = found
        context.report(
            "C008",
            slot,
            _SLOT_REVERSED(begin=begin, begin_clock=_clock(begin), end=end, end_clock=_clock(end)),
        )


def _irregular(day: str) -> list[dict[str, str]]:
    """One irregular window from 10:00 to 12:00 on ``day`` (for C009's examples)."""
    return [{"begin_time": f"{day}T10:00:00+08:00", "end_time": f"{day}T12:00:00+08:00"}]


_IRREGULAR_OBJECT_REVERSED = message(
    "C009.object-reversed",
    "irregular window is reversed: begin_time {begin} is not before end_time {end}; swap them",
)
_IRREGULAR_WINDOW = message(
    "C009.window-outside",
    "irregular window {index}: {problems}; make it a non-empty window inside the available window",
)
_ENDS_BEFORE_IT_BEGINS = message(
    "C009.ends-before-it-begins", "it ends ({end}) before or when it begins ({begin})"
)
_BEGINS_TOO_EARLY = message(
    "C009.begins-too-early", "it begins ({begin}) before available_begin_time ({limit})"
)
_ENDS_TOO_LATE = message("C009.ends-too-late", "it ends ({end}) after available_end_time ({limit})")
_TWO_PROBLEMS = message("C009.two-problems", "{first}; {second}")
_THREE_PROBLEMS = message("C009.three-problems", "{first}; {second}; {third}")


@rule(
    code="C009",
    api=API,
    severity="warning",
    name="irregular-window-invalid",
    summary="Irregular window is reversed or outside the available window",
    explanation="""
    `coupon_available_time.irregulary_avaliable_time` (WeChat's own spelling) is accepted in two
    forms, since the vendor model shows an object and WeChat an array. In the vendor's object form
    `{"begin_time": …, "end_time": …}` with integers of unknown unit, only the order is checked:
    begin ≥ end is reported at the object. In WeChat's array form, each item with RFC 3339
    `begin_time` and `end_time` is reported at `irregulary_avaliable_time/N` when it begins at or
    after its end, begins before `available_begin_time` or ends after `available_end_time`: such a
    window can never apply.

    Only usable values are compared. Fix: put each irregular window inside the available window,
    with its end after its begin.
    """,
    status="INFERRED",
    sources=("WPwiki", "LK-cat"),
    fail=fails({IRREGULAR: _irregular("2030-07-01")}, f"{IRREGULAR}/0"),
    passing=passes({IRREGULAR: _irregular("2030-05-01")}),
)
def irregular_windows(context: RuleContext) -> None:
    """``irregulary_avaliable_time`` windows must be in order and inside the available window.

    Two shapes are accepted (decided): the vendor's object of integers, whose unit is unknown so
    only the order is checked, and WeChat's array of RFC 3339 windows, which are also checked
    against ``available_begin_time``/``available_end_time`` (INFERRED).
    """
    if context.object(IRREGULAR) is not None:
        _irregular_object(context)
    elif context.array(IRREGULAR) is not None:
        _irregular_array(context)


def _irregular_object(context: RuleContext) -> None:
    """The vendor's object form: its integers have no known unit (seconds of the day? Unix
    seconds?), so the message shows them as they are, without a date made up for them."""
    begin = context.integer(join(IRREGULAR, "begin_time"))
    end = context.integer(join(IRREGULAR, "end_time"))
    if begin is not None and end is not None and begin >= end:
        context.report("C009", IRREGULAR, _IRREGULAR_OBJECT_REVERSED(begin=begin, end=end))


def _irregular_array(context: RuleContext) -> None:
    """WeChat's array form: each window against its own order and the available window; the
    message shows every time in Beijing time, so times written with different offsets compare
    at a glance (the window's index names it in the file)."""
    available_begin = instant(context, f"{CAT}/available_begin_time")
    available_end = instant(context, f"{CAT}/available_end_time")
    for index in range(len(context.array(IRREGULAR) or ())):
        window = join(IRREGULAR, index)
        begin = instant(context, join(window, "begin_time"))
        end = instant(context, join(window, "end_time"))
        if begin is None or end is None:
            continue
        reversed_ = begin >= end
        early = available_begin is not None and begin < available_begin
        late = available_end is not None and end > available_end
        if not (reversed_ or early or late):
            continue  # the usual case: no message, so no time to show
        begin_text, end_text = beijing_moment(begin), beijing_moment(end)
        problems: list[Text] = []
        if reversed_:
            problems.append(_ENDS_BEFORE_IT_BEGINS(end=end_text, begin=begin_text))
        if early and available_begin is not None:
            limit = beijing_moment(available_begin)
            problems.append(_BEGINS_TOO_EARLY(begin=begin_text, limit=limit))
        if late and available_end is not None:
            limit = beijing_moment(available_end)
            problems.append(_ENDS_TOO_LATE(end=end_text, limit=limit))
        context.report(
            "C009", window, _IRREGULAR_WINDOW(index=index, problems=_one_after_another(problems))
        )


def _one_after_another(problems: list[Text]) -> Text:
    """One to three problems of an irregular window as one clause, in the reader's language."""
    if len(problems) == 1:
        return problems[0]
    if len(problems) == 2:
        return _TWO_PROBLEMS(first=problems[0], second=problems[1])
    return _THREE_PROBLEMS(first=problems[0], second=problems[1], third=problems[2])


_DAILY_CAP_ON_NORMAL = message(
    "C010.daily-cap-on-normal",
    "max_coupons_by_day only applies to DISCOUNT and EXCHANGE stocks; this stock_type "
    'is "NORMAL", so the daily cap may not apply: remove it',
)()


@rule(
    code="C010",
    api=API,
    severity="warning",
    name="daily-limit-on-normal-stock",
    summary="max_coupons_by_day is set on a NORMAL stock",
    explanation="""
    `stock_send_rule.max_coupons_by_day` (a daily sending limit) is present, with any value, on a
    stock whose `stock_type` is NORMAL. WeChat Pay documents it only for DISCOUNT and EXCHANGE
    stocks, so on a NORMAL stock the limit you expect is probably not applied.

    Reported at `max_coupons_by_day`. Fix: remove it, or enforce the daily limit in your own
    sending logic.
    """,
    status="CONFIRMED text; effect INFERRED",
    sources=("WPwiki",),
    fail=fails({f"{SEND}/max_coupons_by_day": 200}, f"{SEND}/max_coupons_by_day"),
    passing=passes(),
)
def daily_cap_on_normal_stock(context: RuleContext) -> None:
    """``max_coupons_by_day`` is documented for DISCOUNT and EXCHANGE stocks only.

    The WeChat text says so (CONFIRMED); what WeChat does with it on a NORMAL stock is unknown,
    so the cap may silently not apply (INFERRED).
    """
    pointer = f"{SEND}/max_coupons_by_day"
    if stock_type(context) == "NORMAL" and context.present(pointer):
        context.report("C010", pointer, _DAILY_CAP_ON_NORMAL)


_THRESHOLD_NOT_ABOVE_DISCOUNT = message(
    "C011.threshold-not-above-discount",
    "transaction_minimum {minimum} fen is not greater than discount_amount {amount} fen: an "
    "order of {minimum} fen would cost nothing (代金券 require 使用门槛必须大于优惠金额); "
    "raise transaction_minimum above {amount} or lower discount_amount",
)


@rule(
    code="C011",
    api=API,
    severity="warning",
    name="threshold-not-above-discount",
    summary="NORMAL stock: transaction_minimum is not greater than discount_amount",
    explanation="""
    In a NORMAL stock `fixed_normal_coupon.transaction_minimum` (the spend threshold) is less than
    or equal to `fixed_normal_coupon.discount_amount`. For WeChat Pay vouchers the threshold must
    be greater than the amount ("使用门槛必须大于优惠金额"); otherwise the goods would be free.
    Both are fen: "满100减10" is `transaction_minimum` 10000 and `discount_amount` 1000. Usually the
    values are swapped or one is in yuan.

    Only checked when both are usable. Reported at `transaction_minimum`. Fix: make the
    threshold larger than the discount amount.
    """,
    status="INFERRED",
    sources=("WP-favor",),
    fail=fails(
        {f"{CUR}/fixed_normal_coupon": {"discount_amount": 2000, "transaction_minimum": 2000}},
        f"{CUR}/fixed_normal_coupon/transaction_minimum",
    ),
    passing=passes(
        {f"{CUR}/fixed_normal_coupon": {"discount_amount": 2000, "transaction_minimum": 5000}}
    ),
)
def threshold_above_discount(context: RuleContext) -> None:
    """A NORMAL coupon's spend threshold must exceed its discount amount.

    WeChat Pay rejects 代金券 with "使用门槛必须大于优惠金额" ([WP-favor]); the same engine is
    assumed for 商家券 (INFERRED). Equal values would make the coupon free money.
    """
    if stock_type(context) != "NORMAL":
        return
    rule_object = f"{CUR}/fixed_normal_coupon"
    minimum = context.integer(join(rule_object, "transaction_minimum"))
    amount = context.integer(join(rule_object, "discount_amount"))
    if minimum is None or amount is None or minimum > amount:
        return
    context.report(
        "C011",
        join(rule_object, "transaction_minimum"),
        _THRESHOLD_NOT_ABOVE_DISCOUNT(minimum=minimum, amount=amount),
    )


#: The two limits that must not exceed max_coupons, each with its C012 message.
_LIMITS_OVER_STOCK = (
    (
        "max_coupons_per_user",
        message(
            "C012.per-user-over-stock",
            "max_coupons_per_user {limit} exceeds max_coupons {total}: the per-user limit is "
            "larger than the whole stock; lower max_coupons_per_user or raise max_coupons",
        ),
    ),
    (
        "max_coupons_by_day",
        message(
            "C012.per-day-over-stock",
            "max_coupons_by_day {limit} exceeds max_coupons {total}: the per-day limit is "
            "larger than the whole stock; lower max_coupons_by_day or raise max_coupons",
        ),
    ),
)


@rule(
    code="C012",
    api=API,
    severity="warning",
    name="limit-exceeds-stock",
    summary="Per-user or per-day limit is larger than max_coupons",
    explanation="""
    In `stock_send_rule`, (a) `max_coupons_per_user` or (b) `max_coupons_by_day` is larger than
    `max_coupons`, the size of the whole stock. No user or day can ever reach that limit, so one of
    the values is probably wrong (swapped, or a digit lost).

    Only checked when the values are usable (`max_coupons` is optional). Reported at the larger
    limit: (a) `max_coupons_per_user`, (b) `max_coupons_by_day`. Fix: make the limits at most
    `max_coupons`.
    """,
    status="INFERRED",
    sources=("WPwiki",),
    fail=fails(
        {SEND: {"max_coupons": 5, "max_coupons_per_user": 8}}, f"{SEND}/max_coupons_per_user"
    ),
    passing=passes({SEND: {"max_coupons": 5000, "max_coupons_per_user": 8}}),
)
def limits_within_stock(context: RuleContext) -> None:
    """Per-user and per-day limits larger than the whole stock cannot be reached (INFERRED).

    Usually one number is in the wrong field or a digit is missing from ``max_coupons``.
    """
    total = context.integer(f"{SEND}/max_coupons")
    if total is None:
        return
    for member, over_stock in _LIMITS_OVER_STOCK:
        pointer = f"{SEND}/{member}"
        limit = context.integer(pointer)
        if limit is not None and limit > total:
            context.report("C012", pointer, over_stock(limit=limit, total=total))


# WeChat Pay's conventions run after the rules above (within a phase, rules run in
# registration order). That module uses the names above, so it is imported last: whichever of
# the two modules is imported first, this one registers first.
from validator.apis.busifavor_stock_create import rules_conventions  # noqa: E402, F401
