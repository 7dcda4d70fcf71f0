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

Every message of the four modules is a keyed template (``validator.text.message``), made once at
import; its Chinese wording is in ``validator.text.zh.favor_stock_create``. Every time a message
shows is in Beijing time (``validator.text.times``): the file's own RFC 3339 values, whatever
offset they were written with, and the times the message computes (now, the latest start or
end), so they compare at a glance. Where a developer-community thread shows what WeChat
Pay answers to the mistake, the entry records it (``server_errors``) and the message names it:
some of those answers (系统繁忙, 券面额必须大于0) do not point at the member at fault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue.bases import changed, fails, passes
from validator.rules import rule
from validator.rules.common import beijing_moment, instant
from validator.rules.context import RuleContext
from validator.text import Text, message

if TYPE_CHECKING:
    from validator.rfc3339 import Instant

API = "favor-stock-create"
BEGIN = "/available_begin_time"
END = "/available_end_time"
SUR = "/stock_use_rule"
PI = "/pattern_info"
UR = "/coupon_use_rule"
UT = f"{UR}/coupon_available_time"
FT = f"{UT}/fix_available_time"
NC = f"{UR}/fixed_normal_coupon"

DAY = 86400  # seconds: a day has a fixed length here (China has no daylight saving)
#: "批次可用时间范围最长为90天", in seconds.
MAX_WINDOW = 90 * DAY
#: "不能创建365天后开始的批次", in seconds.
MAX_LEAD = 365 * DAY

_REVERSED = message(
    "F002.not-after-start",
    "available_end_time {end} is not later than available_begin_time {begin}; the usable "
    "window must end after it starts (结束时间需晚于开始时间)",
)
_TOO_LONG = message(
    "F002.over-90-days",
    "the usable window from {begin} to {end} lasts {length}; it must last at most 90 days "
    "(批次可用时间范围最长为90天): end it at {latest} at the latest; WeChat Pay has answered "
    "SYSTEM_ERROR 系统繁忙，请稍后重试 to a longer window",
)
_IN_THE_PAST = message(
    "F003.in-the-past",
    "available_begin_time {written}: the stock starts in the past (开始时间不可早于当前时间; "
    "now is {now}); WeChat Pay refuses it when it is sent, so move the window into the future",
)
_TOO_FAR_AHEAD = message(
    "F003.over-365-days",
    "available_begin_time {written}: a stock may not start more than 365 days ahead "
    "(不能创建365天后开始的批次; now is {now}); WeChat Pay refuses it when it is sent, so "
    "start it on {latest} at the latest",
)
#: How long a window lasts, one unit at a time (``_duration``), singular and plural.
_UNITS = (
    (DAY, message("F002.day", "{n} day"), message("F002.days", "{n} days")),
    (3600, message("F002.hour", "{n} hour"), message("F002.hours", "{n} hours")),
    (60, message("F002.minute", "{n} minute"), message("F002.minutes", "{n} minutes")),
    (1, message("F002.second", "{n} second"), message("F002.seconds", "{n} seconds")),
)
_FINE_FRACTION = message("F002.fraction-seconds", "0.{digits} seconds")
_MICROSECONDS = message("F002.microseconds", "{n} microseconds")
_NO_TIME = message("F002.no-time", "no time")
_AND = message("F002.and", "{first}, {rest}")


def boolean(context: RuleContext, pointer: str) -> bool | None:
    """A usable JSON boolean, else None (the context has getters for the other types)."""
    value = context.value(pointer)
    return value if type(value) is bool and pointer not in context.unusable else None


def _duration(length: Instant) -> Text:
    """``92 days`` or ``90 days, 1 second``: how long a window lasts (whole seconds and the
    digits of a fraction, as ``rfc3339.elapsed`` gives it), in the reader's language."""
    parts: list[Text] = []
    rest = length.seconds
    for size, one, many in _UNITS:
        count, rest = divmod(rest, size)
        if count:
            parts.append((one if count == 1 else many)(n=count))
    if len(length.fraction) > 6:
        parts.append(_FINE_FRACTION(digits=length.fraction))
    elif length.fraction:
        parts.append(_MICROSECONDS(n=int(length.fraction.ljust(6, "0"))))
    if not parts:
        return _NO_TIME()
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = _AND(first=part, rest=joined)
    return joined


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

    The server's answer to a longer window does not say so: a stock of 122 days got
    SYSTEM_ERROR "系统繁忙，请稍后重试" (system busy, try again later), and WeChat Pay's support
    replied in the developer community that the window may not span more than ninety days.

    Reported at `available_end_time`. Fix: end the window at most 90 days after its start (the
    message gives the latest end, in Beijing time), or split the campaign into several stocks.
    """,
    status="CONFIRMED",
    sources=("FV", "WP-favorstock", "FV-wiki"),
    server_errors=(("SYSTEM_ERROR", "系统繁忙，请稍后重试", "FV-window"),),
    fail=fails(changed(BASE_F, {END: "2027-06-01T00:00:00+08:00"}), END, api=API),
    passing=passes(changed(BASE_F, {END: "2027-05-30T00:00:00+08:00"}), api=API),
)
def window_span(context: RuleContext) -> None:
    """The usable window must end after it starts and last at most 90 days."""
    begin, end = instant(context, BEGIN), instant(context, END)
    if begin is None or end is None:
        return
    if begin >= end:
        text = _REVERSED(end=beijing_moment(end), begin=beijing_moment(begin))
    elif end.instant > begin.instant.plus(MAX_WINDOW):  # the instant of begin.plus(MAX_WINDOW)
        from validator import rfc3339  # on first use: see rules.common._rfc3339

        text = _TOO_LONG(
            begin=beijing_moment(begin),
            end=beijing_moment(end),
            length=_duration(rfc3339.elapsed(begin.instant, end.instant)),
            latest=beijing_moment(begin.plus(MAX_WINDOW)),
        )
    else:
        return
    context.report("F002", END, text)


@rule(
    code="F003",
    api=API,
    severity="warning",
    name="start-outside-the-next-year",
    summary="The stock starts in the past or more than 365 days from now",
    explanation="""
    `available_begin_time` is earlier than now, or more than 365 days after now. WeChat Pay
    refuses both when the request is sent: "开始时间不可早于当前时间" and
    "不能创建365天后开始的批次". Exactly now and exactly 365 days ahead are fine. The message
    gives now and the latest start in Beijing time.

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
    # Instant(now) and Instant(now + MAX_LEAD) as plain tuples (an Instant's tuple order is
    # time order), without importing rfc3339 for every document.
    if begin.instant < (context.now, ""):
        from validator.text.times import beijing

        text = _IN_THE_PAST(written=beijing_moment(begin), now=beijing(context.now))
    elif begin.instant > (context.now + MAX_LEAD, ""):
        from validator.text.times import beijing

        text = _TOO_FAR_AHEAD(
            written=beijing_moment(begin),
            now=beijing(context.now),
            latest=beijing(context.now + MAX_LEAD),
        )
    else:
        return
    context.report("F003", BEGIN, text)


# The budget, name and member rules run after the window rules (within a phase, rules run in
# registration order). Those modules use the names above, so they are imported last.
from validator.apis.favor_stock_create import rules_budget, rules_members, rules_names  # noqa: E402, F401
