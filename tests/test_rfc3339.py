"""RFC 3339 date-times: the grammar, and comparison by the exact instant.

The reference for the comparison is computed here independently of ``validator.rfc3339``:
``datetime`` for the whole seconds (exact for them: timedelta arithmetic is integer) plus the
fraction as integer nanoseconds. The rules that compare times (C007, C009, U003, F002, F003)
are then checked at 1 ns, 100 ns and 1 µs from their boundaries, which a microsecond
``datetime`` or a float timestamp gets wrong.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import WORKED_NOW
from validator import rfc3339 as _rfc3339
from validator import validate
from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue.bases import BASE_C
from validator.rfc3339 import Instant, Moment, add_one_calendar_year, describe, parse

CAT = "/coupon_data/coupon_use_rule/coupon_available_time"
IRREGULAR = f"{CAT}/irregulary_avaliable_time"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
NS = 10**9

# -- the grammar --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2030-04-01T00:00:00+08:00",
        "2030-04-01T00:00:00Z",
        "2030-04-01T00:00:00.1-23:59",
        "2030-04-01T23:59:59.123456789012+23:59",
        "2028-02-29T00:00:00Z",
        "2000-02-29T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
    ],
)
def test_valid(text: str) -> None:
    assert parse(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "2030-04-01 00:00:00+08:00",  # a space for T
        "2030-04-01t00:00:00z",  # lower case
        "2030-04-01T00:00:00",  # no offset
        "2030-04-01T00:00:00.+08:00",  # a point without digits
        "2030-04-01T00:00:60Z",  # a leap second
        "2030-04-01T24:00:00Z",
        "2030-02-29T00:00:00Z",  # not a leap year
        "1900-02-29T00:00:00Z",
        "2030-13-01T00:00:00Z",
        "2030-04-31T00:00:00Z",
        "2030-04-01T00:00:00+24:00",
        "2030-04-01T00:00:00+08:60",
        "0000-01-01T00:00:00Z",
        "2030-04-01T00:00:00+0800",
        "２０３０-04-01T00:00:00Z",  # digits other than ASCII
        "2030-04-01T00:00:00Z\n",
    ],
)
def test_invalid(text: str) -> None:
    assert parse(text) is None


# -- an independent reference -------------------------------------------------------------------


def reference_nanoseconds(text: str) -> int:
    """Integer nanoseconds since the epoch, computed without ``validator.rfc3339``."""
    body, fraction = text[:19], ""
    rest = text[19:]
    if rest.startswith("."):
        digits = len(rest) - len(rest[1:].lstrip("0123456789")) - 1
        fraction, rest = rest[1 : 1 + digits], rest[1 + digits :]
    offset = timedelta(0)
    if rest != "Z":
        offset = timedelta(hours=int(rest[1:3]), minutes=int(rest[4:6]))
        offset = -offset if rest[0] == "-" else offset
    local = datetime.strptime(body, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone(offset))
    seconds = (local - EPOCH) // timedelta(seconds=1)
    assert len(fraction) <= 9
    return seconds * NS + int(fraction.ljust(9, "0") or "0")


def render(nanoseconds: int, offset_minutes: int, digits: int) -> str:
    """The instant written in an offset with ``digits`` fraction digits (they must suffice)."""
    seconds, fraction = divmod(nanoseconds, NS)
    local = EPOCH + timedelta(seconds=seconds, minutes=offset_minutes)
    written = f"{fraction:09d}"[:digits]
    assert int(written.ljust(9, "0") or "0") == fraction, (fraction, digits)
    if offset_minutes == 0 and digits % 2:
        zone = "Z"
    else:
        sign = "-" if offset_minutes < 0 else "+"
        zone = f"{sign}{abs(offset_minutes) // 60:02d}:{abs(offset_minutes) % 60:02d}"
    return local.strftime("%Y-%m-%dT%H:%M:%S") + (f".{written}" if digits else "") + zone


OFFSETS = st.integers(-(23 * 60 + 59), 23 * 60 + 59)
#: 1900 to 2200 in nanoseconds, well inside the years datetime can show in any offset.
RANGE = (-2_208_988_800 * NS, 7_258_118_400 * NS)


@st.composite
def timestamps(draw: st.DrawFn, near: int | None = None) -> tuple[str, int]:
    """A valid timestamp and its reference nanoseconds: any instant, or one within 2 µs of
    ``near``, written with 0–9 fraction digits (as many as it needs, or more) in any offset."""
    if near is None:
        nanoseconds = draw(st.integers(*RANGE))
    else:
        nanoseconds = near + draw(st.sampled_from([0, 1, -1, 100, -100, 1000, -1000, 2000]))
    if draw(st.booleans()):  # often a coarser instant, so that short fractions occur
        unit = draw(st.sampled_from([NS, 10**6, 10**3, 100, 1]))
        nanoseconds -= nanoseconds % unit
    needed = len(f"{nanoseconds % NS:09d}".rstrip("0"))
    digits = draw(st.integers(needed, 9))
    text = render(nanoseconds, draw(OFFSETS), digits)
    return text, nanoseconds


@st.composite
def pairs(draw: st.DrawFn) -> tuple[tuple[str, int], tuple[str, int]]:
    """Two timestamps: unrelated, or the second close to the first (often the same instant)."""
    first = draw(timestamps())
    second = draw(st.one_of(timestamps(), timestamps(near=first[1])))
    return first, second


@settings(max_examples=400, deadline=None)
@given(pairs())
def test_comparison_agrees_with_integer_nanoseconds(
    pair: tuple[tuple[str, int], tuple[str, int]],
) -> None:
    (a_text, a_ns), (b_text, b_ns) = pair
    assert reference_nanoseconds(a_text) == a_ns and reference_nanoseconds(b_text) == b_ns
    a, b = parse(a_text), parse(b_text)
    assert a is not None and b is not None
    assert (a < b, a == b, a > b) == (a_ns < b_ns, a_ns == b_ns, a_ns > b_ns), (a_text, b_text)
    assert (a <= b, a >= b, a != b) == (a_ns <= b_ns, a_ns >= b_ns, a_ns != b_ns)
    assert (hash(a) == hash(b)) or a != b
    seconds, fraction = divmod(a_ns, NS)
    assert a.instant == Instant(seconds, f"{fraction:09d}".rstrip("0"))


def test_fractions_beyond_nanoseconds_compare_exactly() -> None:
    base = "2030-04-01T00:00:00"
    order = [".0000000000001", ".00000000001", ".000000001", ".0000000010000001", ".1", ".9"]
    moments = [parse(f"{base}{fraction}Z") for fraction in order]
    assert all(m is not None for m in moments)
    assert moments == sorted(moments)  # type: ignore[type-var]
    assert len(set(moments)) == len(moments)
    assert parse(f"{base}.5000Z") == parse(f"{base}.5Z") == parse("2030-04-01T08:00:00.50+08:00")


@settings(max_examples=200, deadline=None)
@given(timestamps())
def test_messages_show_times_as_datetime_did_to_the_microsecond(stamp: tuple[str, int]) -> None:
    """``describe`` and ``isoformat`` keep datetime's text for microsecond values, so existing
    messages do not change; a finer fraction is shown with all its digits."""
    text, nanoseconds = stamp
    moment = parse(text)
    assert moment is not None
    fraction = f"{nanoseconds % NS:09d}".rstrip("0")
    if len(fraction) > 6:
        assert describe(moment).split(" ")[1][8:].startswith(f".{fraction}")
        return
    offset = moment.offset
    as_datetime = EPOCH.astimezone(timezone(timedelta(minutes=offset))) + timedelta(
        microseconds=nanoseconds // 1000
    )
    assert describe(moment) == as_datetime.isoformat(sep=" ")
    assert moment.isoformat() == as_datetime.isoformat()


def test_one_calendar_year_later() -> None:
    def later(text: str) -> str:
        moment = parse(text)
        assert moment is not None
        return add_one_calendar_year(moment).isoformat()

    assert later("2028-02-29T10:00:00.000000001+08:00") == "2029-02-28T10:00:00.000000001+08:00"
    assert later("2030-04-01T00:00:00Z") == "2031-04-01T00:00:00+00:00"
    assert later("9999-12-31T23:59:59-05:00") == "10000-12-31T23:59:59-05:00"
    assert (
        repr(Moment(2030, 4, 1, 0, 0, 0, "25", 480)) == "Moment('2030-04-01T00:00:00.250000+08:00')"
    )


# -- the rules that compare times, at 1 ns, 100 ns and 1 µs -------------------------------------

# The fields hold at most 32 characters: a finer fraction than microseconds fits with "Z" only.
STEPS = {"1 ns": "000000001", "100 ns": "0000001", "1 µs": "000001"}
BEGIN, END = "2030-03-31T16:00:00Z", "2030-06-30T15:59:59Z"  # Base-C's window, in UTC


def stock(**times: Any) -> dict[str, Any]:
    """Base-C with these members of ``coupon_available_time`` replaced or added."""
    document = copy.deepcopy(BASE_C)
    document["coupon_data"]["coupon_use_rule"]["coupon_available_time"].update(times)
    return document


def found(document: dict[str, Any], now: int = WORKED_NOW) -> list[tuple[str, str]]:
    return [(d.code, d.pointer) for d in validate(document, now=now)]


def after(text: str, step: str) -> str:
    """``text`` (whole seconds, UTC) one ``step`` later."""
    return text.replace("Z", f".{step}Z")


def before(text: str, step: str) -> str:
    """``text`` (whole seconds, UTC) one ``step`` earlier."""
    earlier = datetime.fromisoformat(text.replace("Z", "+00:00")) - timedelta(seconds=1)
    return earlier.strftime("%Y-%m-%dT%H:%M:%S") + "." + "9" * len(step) + "Z"


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_c007_order_to_the_nanosecond(step: str) -> None:
    end_pointer = [("C007", f"{CAT}/available_end_time")]
    assert found(stock(available_begin_time=BEGIN, available_end_time=after(BEGIN, step))) == []
    assert found(stock(available_begin_time=after(BEGIN, step), available_end_time=BEGIN)) == (
        end_pointer
    )
    same = stock(
        available_begin_time=after(BEGIN, step), available_end_time=after(BEGIN, step + "0")
    )
    assert found(same) == end_pointer  # the same instant, written differently
    in_china = stock(available_begin_time="2030-04-01T00:00:00+08:00", available_end_time=BEGIN)
    assert found(in_china) == end_pointer  # the same instant in two offsets


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_c007_one_calendar_year_to_the_nanosecond(step: str) -> None:
    begin = after(BEGIN, step)
    year_later = after("2031-03-31T16:00:00Z", step)
    assert found(stock(available_begin_time=begin, available_end_time=year_later)) == []
    too_long = after("2031-03-31T16:00:00Z", str(int(step) * 2).zfill(len(step)))
    assert found(stock(available_begin_time=begin, available_end_time=too_long)) == [
        ("C007", f"{CAT}/available_end_time")
    ]


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_c009_to_the_nanosecond(step: str) -> None:
    window = [("C009", f"{IRREGULAR}/0")]

    def irregular(first: str, last: str) -> list[tuple[str, str]]:
        windows = [{"begin_time": first, "end_time": last}]
        times = {"available_begin_time": BEGIN, "available_end_time": END}
        return found(stock(**times, irregulary_avaliable_time=windows))

    assert irregular(BEGIN, END) == []  # exactly the available window
    assert irregular(BEGIN, after(BEGIN, step)) == []
    assert irregular(after(BEGIN, step), BEGIN) == window  # reversed by one step
    assert irregular(before(BEGIN, step), END) == window  # begins one step early
    assert irregular(BEGIN, after(END, step)) == window  # ends one step late


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_u003_to_the_nanosecond(step: str) -> None:
    now = int(datetime.fromisoformat(END.replace("Z", "+00:00")).timestamp())
    ended = [("U003", f"{CAT}/available_end_time")]
    assert found(stock(available_end_time=END), now=now) == []  # ends exactly now
    assert found(stock(available_end_time=after(END, step)), now=now) == []
    assert found(stock(available_end_time=before(END, step)), now=now) == ended
    assert found(stock(available_end_time=after(END, step)), now=now + 1) == ended


def favor(**times: str) -> dict[str, Any]:
    document = copy.deepcopy(BASE_F)
    document.update(times)
    return document


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_f002_90_days_to_the_nanosecond(step: str) -> None:
    begin = after("2027-02-28T16:00:00Z", step)
    too_long = [("F002", "/available_end_time")]
    days_90 = after("2027-05-29T16:00:00Z", step)  # exactly 90 days later
    assert found(favor(available_begin_time=begin, available_end_time=days_90)) == []
    late = after("2027-05-29T16:00:00Z", str(int(step) * 2).zfill(len(step)))
    assert found(favor(available_begin_time=begin, available_end_time=late)) == too_long
    empty = favor(available_begin_time=begin, available_end_time=begin)
    assert found(empty) == too_long  # not later than the start


@pytest.mark.parametrize("step", STEPS.values(), ids=STEPS.keys())
def test_f003_now_to_the_nanosecond(step: str) -> None:
    begin = "2027-02-28T16:00:00Z"
    now = int(datetime.fromisoformat(begin.replace("Z", "+00:00")).timestamp())
    early = [("F003", "/available_begin_time")]
    assert found(favor(available_begin_time=begin), now=now) == []  # starts exactly now
    assert found(favor(available_begin_time=after(begin, step)), now=now) == []
    assert found(favor(available_begin_time=before(begin, step)), now=now) == early
    year_ahead = now - 365 * 86400  # begin is exactly 365 days after this now
    assert found(favor(available_begin_time=begin), now=year_ahead) == []
    assert found(favor(available_begin_time=after(begin, step)), now=year_ahead) == early


# -- parse remembers what it computed ------------------------------------------------------------

_MEMO_TEXTS = [
    "2030-04-01T00:00:00+08:00",
    "2030-04-01T00:00:00.000+08:00",
    "2031-04-01T00:00:00.5-00:00",
    "2029-02-29T00:00:00Z",
    "2030-04-01T24:00:00Z",
    "2030-04-01T00:00:00." + "1" * 40 + "+08:00",
    "",
]


def test_parse_remembers_exactly_what_it_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_rfc3339, "_PARSED", {})
    for text in [*_MEMO_TEXTS, *_MEMO_TEXTS]:
        fresh = _rfc3339._parse(text)
        remembered = _rfc3339.parse(text)
        if fresh is None:
            assert remembered is None
        else:
            assert remembered is not None
            assert remembered.isoformat() == fresh.isoformat()
            assert remembered.instant == fresh.instant
            assert remembered.offset == fresh.offset


def test_parse_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_rfc3339, "_PARSED", {})
    monkeypatch.setattr(_rfc3339, "_PARSED_LIMIT", 10)
    for second in range(25):
        assert _rfc3339.parse(f"2030-04-01T00:00:{second:02d}Z") is not None
        assert len(_rfc3339._PARSED) <= 10
    long = "2030-04-01T00:00:00." + "5" * 100 + "Z"
    assert _rfc3339.parse(long) is not None
    assert long not in _rfc3339._PARSED  # a long string is parsed, not kept
