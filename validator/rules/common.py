"""U-codes: units and time, shared by every API, with their catalogue entries.

The most expensive real mistakes are unit mistakes: a millisecond timestamp (errcode 109110
on product-coupon-create), a window that ended last year. These rules run early (U001/U002
make a timestamp unusable for every later comparison) and late (U003 needs usable values).
Which fields they read is part of each API's description, not of this module: the Unix-second
timestamps (``ApiSpec.seconds``), the RFC 3339 times (``ApiSpec.datetimes``) and the times that
end a window (``ApiSpec.ends``), so a new API gets the U rules by declaring its fields.
The RFC 3339 helpers below are shared with the API rule modules (the comparisons they share
are in ``validator.rules.compare``), among them ``beijing_moment``: how every message shows an
RFC 3339 value of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

from validator.apis import channels_ec_coupon_create, product_coupon_create
from validator.apis.spec import EACH, End, expand
from validator.catalogue.bases import BASE_A, changed, fails, passes
from validator.json.pointer import last_token
from validator.json.show import show
from validator.rules import EARLY, LATE, rule
from validator.rules.context import RuleContext
from validator.text import Text, message

if TYPE_CHECKING:
    from validator.rfc3339 import Instant, Moment

MILLISECONDS_FROM = 100_000_000_000  # 1e11: a seconds value this large is year 5138
PLAUSIBLE_FROM = 1_420_070_400  # 2015-01-01T00:00:00Z
PLAUSIBLE_UNTIL = 4_102_444_800  # 2100-01-01T00:00:00Z

_EACH_TOKEN = f"/{EACH}/"  # how ``expand`` finds the arrays in a pattern

_CI = "/coupon/coupon_info"  # Base-A's coupon_info, for the examples


_MILLISECONDS = message(
    "U001.milliseconds",
    "{value} looks like milliseconds; timestamps are Unix seconds: {seconds}{answer}",
)
_FAR_TOO_LARGE = message(
    "U001.far-too-large",
    "{value} is far too large for Unix seconds; timestamps are 10-digit seconds, e.g. 1900000000",
)
_IMPLAUSIBLE_TIMESTAMP = message(
    "U002.implausible-timestamp",
    "timestamp {value} is {when}; is the unit or the value wrong? "
    "Coupon times are Unix seconds between 2015 and 2100",
)
_OUT_OF_RANGE = message("U002.out-of-range", "out of range")
_IMPLAUSIBLE_DATETIME = message(
    "U002.implausible-datetime", "{moment} is outside 2015–2100; is the year wrong?"
)
_WINDOW_ENDED = message(
    "U003.window-ended",
    "this window ended on {ended} (now is {now}); move the end into the future",
)
_CLAIM_ENDED = message(
    "U003.claim-window-ended",
    "the claim window ended on {ended} (now is {now}); move {member} into the future{answer}",
)
_VALIDITY_ENDED = message(
    "U003.validity-window-ended",
    "the validity window ended on {ended} (now is {now}); move {member} into the future",
)
#: A clause naming what WeChat answers to the mistake (a ``ServerError`` of the rule's entry).
_ANSWER = message("units.server-answer", "; WeChat answers errcode {code} ({text})")

#: What the Mini Store answered to millisecond timestamps: public for product-coupon-create
#: only, so U001 names it there only (``where``: the API, any of its timestamps).
_ERRCODE_109110 = ("109110", "优惠券校验领取时间失败", "B-109110", product_coupon_create.SPEC.id)
#: What the WeChat Store answered to a claim window that had ended (a developer's report).
_ERRCODE_109150 = (
    "109150",
    "券可领取的结束时间应晚于当前时间",
    "CH-109150",
    f"{channels_ec_coupon_create.SPEC.id} /receive_info/end_time",
)


def _answer(error: tuple[str, ...], context: RuleContext, pointer: str) -> Text | str:
    """The clause naming ``error`` for a finding at ``pointer``, where the finding is the case
    the answer was seen for (its ``where``: an API id, then optionally a pointer); else ``""``.

    So the message names a server answer exactly where the catalogue says it is public.
    """
    code, text, _, where = error
    api, _, at = where.partition(" ")
    if context.api != api or (at and pointer != at):
        return ""
    return _ANSWER(code=code, text=text)


def _beijing(seconds: int) -> str:
    """Unix seconds as messages show them, in Beijing time (``validator.text.times``).

    Imported on first use, like ``validator.rfc3339`` (which it uses): only a finding that
    shows a time needs it, and a clean check must not pay for the import.
    """
    from validator.text.times import beijing

    return beijing(seconds)


def _timestamp(seconds: int) -> Text | str:
    """Unix seconds with their Beijing time, ``1610523300 (2021-01-13 15:35:00 +08:00)``
    (``validator.text.times.timestamp``), imported on first use like ``_beijing``."""
    from validator.text.times import timestamp

    return timestamp(seconds)


def beijing_moment(moment: Moment) -> str:
    """An RFC 3339 value as messages show it: Beijing time, whatever offset the file wrote it
    with (``2015-05-20T05:29:35Z`` → ``2015-05-20 13:29:35 +08:00``); as written when Beijing
    time would fall outside years 1–9999 (``0001-01-01T00:00:00+08:00``).

    Imported on first use (``validator.text.times``), like ``_beijing``. Only a message about
    the raw text itself (S006, a malformed value) quotes the value as the file wrote it.
    """
    from validator.text.times import beijing_moment

    shown = beijing_moment(moment)
    return shown if shown.endswith("+08:00") else _rfc3339().describe(moment)


_RFC3339: ModuleType | None = None


def _rfc3339() -> ModuleType:
    """``validator.rfc3339``, imported on first use: only APIs with RFC 3339 times need it
    (``ApiSpec.datetimes``), and importing it would slow down every other run. Kept once
    imported: the rules ask for it several times per document.
    """
    global _RFC3339
    if _RFC3339 is None:
        from validator import rfc3339

        _RFC3339 = rfc3339
    return _RFC3339


def datetime_fields(context: RuleContext) -> list[str]:
    """The pointers of the API's RFC 3339 times in this document (each array element's too).

    What ``expand`` names, with the usual one-level pattern (``/a/*/b``) expanded here: its
    array is read through the context, whose memo usually has it already.
    """
    fields: list[str] = []
    for pattern in context.spec.datetimes:
        head, marker, tail = pattern.partition(_EACH_TOKEN)
        if not marker:
            fields.append(pattern)
        elif _EACH_TOKEN in "/" + tail:  # an array in an array: the general case
            fields += expand(pattern, context.document)
        else:
            array = context.value(head)
            if isinstance(array, list):
                fields += _each(head, tail, len(array))
    return fields


#: (head, tail, length) → the pointers of that many array elements. The same few lengths
#: recur in every document, and reusing the strings spares building them (and hashing them
#: again in every memo they are looked up in). Bounded: emptied when full.
_EACH: dict[tuple[str, str, int], list[str]] = {}
_EACH_LIMIT = 1024


def _each(head: str, tail: str, length: int) -> list[str]:
    key = (head, tail, length)
    pointers = _EACH.get(key)
    if pointers is None:
        if len(_EACH) >= _EACH_LIMIT:
            _EACH.clear()
        pointers = _EACH[key] = [f"{head}/{index}/{tail}" for index in range(length)]
    return pointers


def instant(context: RuleContext, pointer: str) -> Moment | None:
    """A usable RFC 3339 value as a ``Moment``, which compares by its exact instant (None if
    unusable or not parseable)."""
    text = context.string(pointer)
    if text is None:
        return None
    return (_RFC3339 or _rfc3339()).parse(text)


_PLAUSIBLE: tuple[Instant, Instant] | None = None


def _plausible(moment: Moment) -> bool:
    """Whether a moment lies within 2015–2100 (both boundaries included), compared exactly."""
    global _PLAUSIBLE
    if _PLAUSIBLE is None:
        instant_at = _rfc3339().Instant
        _PLAUSIBLE = instant_at(PLAUSIBLE_FROM), instant_at(PLAUSIBLE_UNTIL)
    low, high = _PLAUSIBLE
    return low <= moment.instant <= high


@rule(
    code="U001",
    phase=EARLY,
    severity="error",
    name="milliseconds-timestamp",
    summary="Timestamp in milliseconds where Unix seconds are expected",
    explanation="""
    A timestamp in Unix seconds is an integer of 100000000000 (1e11) or more. Three APIs take
    Unix seconds: shop-coupon-add (`start_time` and `end_time` of `receive_info` and of
    `valid_info`, inside `coupon.coupon_info`), product-coupon-create (the same members at the
    top level, plus `ext_info.valid_time` and `ext_info.invalid_time`) and
    channels-ec-coupon-create (`start_time` and `end_time` of `receive_info` and of
    `valid_info`). Such a value is in milliseconds, as returned by JavaScript's `Date.now()` or
    Java's `System.currentTimeMillis()`, while these APIs take **seconds** ("秒级时间戳").
    On product-coupon-create (the Mini Store, 小商店) WeChat answers errcode 109110, which WeChat
    staff explained as 优惠券校验领取时间失败 and traced to the millisecond times of the body
    ("应该传秒为单位的时间戳"); the finding names that answer on that API's bodies only. The other
    two use the same second-based fields, so the rule applies to them too (decided), but what they
    answer is not public: their findings name no errcode. Checked whenever the field is an integer,
    even where the coupon type or valid_type makes it irrelevant, except a `0` that
    channels-ec-coupon-create counts as absent. create-coupon-stock, busifavor-stock-create and
    favor-stock-create write their times as RFC 3339 strings instead (see U002).

    Reported at the field. The timestamp is then not usable, so the window comparisons (A008,
    A009, B004, B005, E008, E009, U003) skip it. Fix: divide by 1000: `1900000000000` →
    `1900000000`.
    """,
    status="CONFIRMED for B; A and E INFERRED (decided)",
    sources=("B-109110", "B-new", "A-zh", "CH"),
    fail=fails(
        changed(BASE_A, {f"{_CI}/receive_info/start_time": 1900000000000}),
        f"{_CI}/receive_info/start_time",
    ),
    passing=passes(BASE_A),
    fix="divides a millisecond timestamp by 1000, dropping the sub-second part (`1610523300173` "
    "→ `1610523300`), when the result is a plausible time (2015–2100); other values are "
    "left alone",
    server_errors=(_ERRCODE_109110,),
)
def milliseconds(context: RuleContext) -> None:
    """A seconds field holding milliseconds: 13 digits instead of 10."""
    for pointer in context.spec.seconds:
        value = context.integer(pointer)
        if value is not None and value >= MILLISECONDS_FROM:
            context.report("U001", pointer, _milliseconds_message(context, pointer, value))
            context.mark_unusable(pointer)


def _milliseconds_message(context: RuleContext, pointer: str, value: int) -> Text:
    """Suggest value // 1000 only where that is a plausible time; 1e11 ms is 1973, and a
    16-digit value is microseconds, so a blind division would suggest a wrong date.

    The suggestion is dated in Beijing time, so the user sees whether it is the moment meant;
    the millisecond value is shown as the number it is (read as seconds, its date is
    meaningless).

    The Mini Store's errcode 109110 is named only where it was seen (product-coupon-create),
    and only for a value that is plainly milliseconds, the case it was seen with.
    """
    seconds = value // 1000
    if PLAUSIBLE_FROM <= seconds <= PLAUSIBLE_UNTIL:
        answer = _answer(_ERRCODE_109110, context, pointer)
        return _MILLISECONDS(value=value, seconds=_timestamp(seconds), answer=answer)
    return _FAR_TOO_LARGE(value=show(value))


@rule(
    code="U002",
    phase=EARLY,
    severity="warning",
    name="implausible-timestamp",
    summary="Timestamp or RFC 3339 time before 2015 or after 2100",
    explanation="""
    A time is before 2015-01-01T00:00:00Z or after 2100-01-01T00:00:00Z. For a timestamp in
    Unix seconds (an integer without U001) that is below 1420070400 or above 4102444800. The
    timestamps are: in shop-coupon-add `start_time` and `end_time` of `receive_info` and of
    `valid_info`, inside `coupon.coupon_info`; in product-coupon-create the same members at the
    top level, plus `ext_info.valid_time` and `ext_info.invalid_time`; in
    channels-ec-coupon-create `start_time` and `end_time` of `receive_info` and of `valid_info`.
    The RFC 3339 times (a well-formed one, without S006) are: in create-coupon-stock
    `available_begin_time` and `available_end_time` of
    `coupon_data.coupon_use_rule.coupon_available_time`, and `begin_time` and `end_time` of each
    item of its `irregulary_avaliable_time` when that is an array; in busifavor-stock-create the
    same members of `coupon_use_rule.coupon_available_time` (where `irregulary_avaliable_time`
    is always an array); in favor-stock-create the top-level `available_begin_time` and
    `available_end_time`. The two boundary instants themselves are fine. Such a value is almost
    always a unit or typing mistake: minutes or days instead of seconds, a date such as 20300401
    read as seconds (1970-08-23), a digit too few, a year typed as 2300 or 2014.

    Reported at the field; the value is then not usable, so no window rule compares it (nor
    U003). The message shows the time in Beijing time (1300000000 is
    `2011-03-13 15:06:40 +08:00`, that is `2011-03-13 07:06:40 UTC`). Fix: write the intended
    moment in Unix seconds (1900000000 is 2030-03-17) or as an RFC 3339 time with its offset
    (`2030-04-01T00:00:00+08:00`).
    """,
    status="INFERRED",
    sources=("B-109110",),
    fail=fails(
        changed(BASE_A, {f"{_CI}/receive_info/start_time": 1300000000}),
        f"{_CI}/receive_info/start_time",
    ),
    passing=passes(BASE_A),
)
def implausible_time(context: RuleContext) -> None:
    """A timestamp before 2015 or after 2100: the unit or the value is wrong."""
    for pointer in context.spec.seconds:
        value = context.integer(pointer)
        if value is None or not (value < PLAUSIBLE_FROM or value > PLAUSIBLE_UNTIL):
            continue
        shown = _beijing(value)
        when = _OUT_OF_RANGE() if shown == str(value) else shown  # beyond years 1–9999
        context.report("U002", pointer, _IMPLAUSIBLE_TIMESTAMP(value=value, when=when))
        context.mark_unusable(pointer)
    for pointer in datetime_fields(context):
        moment = instant(context, pointer)
        if moment is not None and not _plausible(moment):
            shown = beijing_moment(moment)
            context.report("U002", pointer, _IMPLAUSIBLE_DATETIME(moment=shown))
            context.mark_unusable(pointer)


def _ends(context: RuleContext) -> Iterator[End]:
    """The API's end times that bound a window in this document (their condition holds)."""
    for end in context.spec.ends:
        if end.when is None or context.integer(end.when[0]) == end.when[1]:
            yield end


_U003_NOW = 1900100000  # after the end of Base-A's claim window


@rule(
    code="U003",
    phase=LATE,
    severity="warning",
    name="end-time-in-past",
    summary="An end time is already in the past (relative to --now or the clock)",
    explanation="""
    An end time is earlier than *now* (`--now`, else the system clock; strictly `end < now`).
    The end times are: in shop-coupon-add `receive_info.end_time`, and `valid_info.end_time`
    when valid_type is 1 (both inside `coupon.coupon_info`); in product-coupon-create
    `receive_info.end_time` and `ext_info.invalid_time` (its `valid_info.end_time` must equal
    `invalid_time` when valid_type is 1, so it is not reported twice); in channels-ec-coupon-create
    `receive_info.end_time`, and `valid_info.end_time` when valid_type is 1; in
    create-coupon-stock `available_end_time` of `coupon_data.coupon_use_rule.coupon_available_time`,
    and in busifavor-stock-create the same member of `coupon_use_rule.coupon_available_time`; in
    favor-stock-create the top-level `available_end_time`. A coupon whose claim window or
    validity has already ended is useless to buyers, and WeChat may refuse it: a developer got
    errcode 109150 from channels-ec-coupon-create and found the cause to be a claim window that
    had ended (券可领取的结束时间应晚于当前时间, the developer's own explanation: no page documents
    109150). The finding names that answer at channels-ec-coupon-create's
    `/receive_info/end_time`; for the other end times and APIs no answer is public. This usually
    happens when a body from an earlier campaign or a test fixture is reused. In
    favor-stock-create a start in the past is F003, so a window that has ended gets both.

    Only usable end times are checked (no U001/U002, and no S006 for an RFC 3339 time). Reported
    at the end field. Messages show both times in Beijing time (`2030-03-19 05:33:20 +08:00`,
    which is `2030-03-18 21:33:20 UTC`), the time of the APIs and their users. Fix: move the
    window into the future. In CI, pass a fixed `--now` so that results do not change as time
    passes.
    """,
    status="INFERRED; for channels-ec-coupon-create a developer's report of errcode 109150",
    sources=("CH-109150",),
    server_errors=(_ERRCODE_109150,),
    fail=fails(BASE_A, f"{_CI}/receive_info/end_time", now=_U003_NOW),
    passing=passes(changed(BASE_A, {f"{_CI}/receive_info/end_time": 1900200000}), now=_U003_NOW),
)
def already_ended(context: RuleContext) -> None:
    """An end time earlier than now: the coupon would be created already expired."""
    datetimes = context.spec.datetimes
    for end in _ends(context):
        pointer = end.pointer
        if pointer in datetimes:
            moment = instant(context, pointer)
            if moment is not None and moment.instant < _rfc3339().Instant(context.now):
                ended = beijing_moment(moment)
                now = _beijing(context.now)
                context.report("U003", pointer, _WINDOW_ENDED(ended=ended, now=now))
            continue
        value = context.integer(pointer)
        if value is not None and value < context.now:
            context.report("U003", pointer, _ended_message(context, pointer, value))


def _ended_message(context: RuleContext, pointer: str, value: int) -> Text:
    """U003 for a timestamp: the claim window (``receive_info``) or the validity window.

    The WeChat Store's errcode 109150 is named where a developer saw it: a claim window of
    channels-ec-coupon-create that had ended.
    """
    ended, now, member = _beijing(value), _beijing(context.now), last_token(pointer)
    if "/receive_info/" not in pointer:
        return _VALIDITY_ENDED(ended=ended, now=now, member=member)
    answer = _answer(_ERRCODE_109150, context, pointer)
    return _CLAIM_ENDED(ended=ended, now=now, member=member, answer=answer)
