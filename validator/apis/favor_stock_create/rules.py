"""F-codes: favor-stock-create, WeChat Pay's 代金券 (cash coupon) stock.

Each rule function carries its catalogue entry. F001 (NORMAL needs ``fixed_normal_coupon``) and
F012 (``jump_target`` MINI_PROGRAM needs the mini program) are conditional requirements and live
in ``schemas/favor-stock-create.json`` as ``allOf`` entries carrying ``x-code``; their entries
are in the sibling module ``requirements``, which only the catalogue imports. This module holds
the usable window: at most 90 days (F002), and its start against the clock (F003). The siblings
hold the budget and the spend threshold (``rules_budget``, F004–F009), the names (``rules_names``,
F010, F011) and the members that only take effect with another one or are not open yet
(``rules_members``, F013–F019).

Every value is read through the context's typed getters, so a value with S002/S003/S006 (or an
RFC 3339 time with U002) is never compared. Times are compared as exact instants, offsets
applied; "now" is ``--now`` or the clock, and the rule that reads it (F003) is a warning: a file
kept in git must not start failing CI as the clock moves.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue.bases import changed, fails, passes
from validator.json.show import show
from validator.rules import rule
from validator.rules.common import instant
from validator.rules.context import RuleContext

if TYPE_CHECKING:
    from validator.rfc3339 import Instant, Moment

API = "favor-stock-create"
BEGIN = "/available_begin_time"
END = "/available_end_time"
SUR = "/stock_use_rule"
PI = "/pattern_info"
UR = "/coupon_use_rule"
UT = f"{UR}/coupon_available_time"
FT = f"{UT}/fix_available_time"
NC = f"{UR}/fixed_normal_coupon"

#: "批次可用时间范围最长为90天": a day has a fixed length here (China has no daylight saving).
MAX_WINDOW = timedelta(days=90)
#: "不能创建365天后开始的批次".
MAX_LEAD = timedelta(days=365)


def boolean(context: RuleContext, pointer: str) -> bool | None:
    """A usable JSON boolean, else None (the context has getters for the other types)."""
    value = context.value(pointer)
    return value if type(value) is bool and pointer not in context.unusable else None


def _written(context: RuleContext, pointer: str) -> str:
    """A usable RFC 3339 value quoted as the file has it (the parsed instant drops detail)."""
    return show(context.string(pointer))


def _in_offset(seconds: int, like: Moment) -> str:
    """Unix ``seconds`` written as RFC 3339 in the offset of ``like`` ("now" in messages)."""
    try:
        zone = timezone(timedelta(minutes=like.offset))
        return datetime.fromtimestamp(seconds, tz=zone).isoformat()
    except (OverflowError, OSError, ValueError):  # a --now far outside the calendar
        return f"Unix time {seconds}"


def _duration(length: Instant) -> str:
    """``92 days`` or ``90 days, 1 second``: how long a window lasts (whole seconds and the
    digits of a fraction, as ``rfc3339.elapsed`` gives it), for messages."""
    days, rest = divmod(length.seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [(days, "day"), (hours, "hour"), (minutes, "minute"), (seconds, "second")]
    words = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in parts if n]
    if len(length.fraction) > 6:
        words.append(f"0.{length.fraction} seconds")
    elif length.fraction:
        words.append(f"{int(length.fraction.ljust(6, '0'))} microseconds")
    return ", ".join(words) or "no time"


@rule(
    code="F002",
    api=API,
    severity="error",
    name="window-over-90-days",
    summary="The usable window ends before it starts or lasts more than 90 days",
    explanation="""
    `available_begin_time` and `available_end_time` (RFC 3339, at the top level of the body) are
    the window in which the coupons can be used. WeChat Pay requires the end to be later than
    the start ("结束时间需晚于开始时间") and the window to last at most 90 days
    ("批次可用时间范围最长为90天"). The two times are compared as instants, offsets applied, and
    90 days are 90 × 86400 seconds, so exactly 90 days is allowed.

    Reported at `available_end_time`. Fix: end the window at most 90 days after its start (the
    message gives the latest end), or split the campaign into several stocks.
    """,
    status="CONFIRMED",
    sources=("FV", "WP-favorstock", "FV-wiki"),
    fail=fails(changed(BASE_F, {END: "2027-06-01T00:00:00+08:00"}), END, api=API),
    passing=passes(changed(BASE_F, {END: "2027-05-30T00:00:00+08:00"}), api=API),
)
def window_span(context: RuleContext) -> None:
    """The usable window must end after it starts and last at most 90 days."""
    begin, end = instant(context, BEGIN), instant(context, END)
    if begin is None or end is None:
        return
    window = MAX_WINDOW // timedelta(seconds=1)
    if begin >= end:
        begin_text, end_text = _written(context, BEGIN), _written(context, END)
        message = (
            f"available_end_time {end_text} is not later than available_begin_time "
            f"{begin_text}; the usable window must end after it starts (结束时间需晚于开始时间)"
        )
    elif end.instant > begin.instant.plus(window):  # the instant of begin.plus(window)
        from validator import rfc3339  # on first use: see rules.common._rfc3339

        begin_text, end_text = _written(context, BEGIN), _written(context, END)
        latest = begin.plus(window).isoformat()
        length = _duration(rfc3339.elapsed(begin.instant, end.instant))
        message = (
            f"the usable window from {begin_text} to {end_text} lasts {length}; "
            "it must last at most 90 days (批次可用时间范围最长为90天): end it at "
            f"{latest} at the latest"
        )
    else:
        return
    context.report("F002", END, message)


@rule(
    code="F003",
    api=API,
    severity="warning",
    name="start-outside-the-next-year",
    summary="The stock starts in the past or more than 365 days from now",
    explanation="""
    `available_begin_time` is earlier than now, or more than 365 days after now. WeChat Pay
    refuses both when the request is sent: "开始时间不可早于当前时间" and
    "不能创建365天后开始的批次". Exactly now and exactly 365 days ahead are fine.

    A warning although the rejection is documented, because the answer depends on the clock: a
    body kept in a repository must not turn into a failure as time passes. "Now" is `--now`
    (Unix seconds) or the clock, so `--now` makes the result reproducible. Reported at
    `available_begin_time`; a window that has already ended also gets U003 at its end. Fix: move
    the window to start between now and 365 days from now.
    """,
    status="CONFIRMED rejection; a warning because it depends on the clock",
    sources=("FV", "WP-favorstock", "FV-apilist"),
    fail=fails(changed(BASE_F, {BEGIN: "2027-01-01T00:00:00+08:00"}), BEGIN, api=API),
    passing=passes(BASE_F, api=API),
)
def start_against_now(context: RuleContext) -> None:
    """The start may not be in the past or more than 365 days ahead."""
    begin = instant(context, BEGIN)
    if begin is None:
        return
    lead = MAX_LEAD // timedelta(seconds=1)
    # Instant(now) and Instant(now + lead) as plain tuples (an Instant's tuple order is time
    # order), without importing rfc3339 for every document.
    now = (context.now, "")
    if begin.instant < now:
        written = _written(context, BEGIN)
        message = (
            f"available_begin_time {written}: the stock starts in the past "
            f"(开始时间不可早于当前时间; now is {_in_offset(context.now, begin)}); WeChat Pay "
            "refuses it when it is sent, so move the window into the future"
        )
    elif begin.instant > (context.now + lead, ""):
        written = _written(context, BEGIN)
        latest = _in_offset(context.now + lead, begin)
        message = (
            f"available_begin_time {written}: a stock may not start more than 365 days "
            f"ahead (不能创建365天后开始的批次; now is {_in_offset(context.now, begin)}); WeChat "
            f"Pay refuses it when it is sent, so start it on {latest} at the latest"
        )
    else:
        return
    context.report("F003", BEGIN, message)


# The budget, name and member rules run after the window rules (within a phase, rules run in
# registration order). Those modules use the names above, so they are imported last.
from validator.apis.favor_stock_create import rules_budget, rules_members, rules_names  # noqa: E402, F401
