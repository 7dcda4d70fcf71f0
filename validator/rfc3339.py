"""RFC 3339 date-times, checked by hand and compared exactly.

The accepted grammar is ``YYYY-MM-DDTHH:MM:SS[.F](Z|+HH:MM|-HH:MM)`` and nothing around it:
``T`` and ``Z`` upper case, a valid Gregorian date, hours 00–23, minutes and seconds 00–59 (no
leap second), offsets up to ±23:59, and a fraction of any number of digits.
``datetime.fromisoformat`` accepts far more (spaces, missing offsets, week dates on newer
Pythons) and differs between Python versions, so the grammar is a strict regular expression and
the calendar is checked explicitly.

Why not ``datetime``: it keeps microseconds, and the RFC allows any number of fraction digits.
Two instants 100 ns apart would compare equal, or in the wrong order once offsets differ, so a
correct window could be reported reversed and a reversed one pass. A ``Moment`` keeps what was
written and the exact ``Instant`` it denotes (whole seconds since the epoch and the fraction's
digits), and compares by that instant, offsets applied. Only integers and digit strings are
involved: no float, no rounding.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))",
    re.ASCII,
)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class Instant(NamedTuple):
    """A point in time, exactly: whole seconds since 1970-01-01T00:00:00Z and the digits of
    the fraction of a second, without trailing zeros (``""`` for none).

    Tuple order is time order: the seconds decide, then the fraction digits, whose string order
    is their numeric order once trailing zeros are gone ("05" < "1" < "12" < "2").
    """

    seconds: int
    fraction: str = ""

    def plus(self, seconds: int) -> Instant:
        """The instant ``seconds`` whole seconds later (earlier when negative)."""
        return Instant(self.seconds + seconds, self.fraction)


_new_tuple = tuple.__new__


class Moment:
    """An RFC 3339 date-time: the local date and time, fraction and offset as written, and
    the ``instant`` they denote. Moments compare (and hash) by their instant only, so
    ``2030-04-01T00:00:00+08:00`` equals ``2030-03-31T16:00:00Z``.
    """

    __slots__ = (
        "day",
        "fraction",
        "hour",
        "instant",
        "minute",
        "month",
        "offset",
        "second",
        "year",
    )

    def __init__(
        self,
        year: int,
        month: int,
        day: int,
        hour: int,
        minute: int,
        second: int,
        fraction: str = "",
        offset: int = 0,
    ) -> None:
        """``fraction``: the digits after the point; ``offset``: minutes east of UTC."""
        self.year, self.month, self.day = year, month, day
        self.hour, self.minute, self.second = hour, minute, second
        self.fraction = fraction
        self.offset = offset
        local = _days_since_epoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
        # Instant(...) without the named tuple's Python-level __new__: the same object.
        self.instant = _new_tuple(Instant, (local - offset * 60, fraction.rstrip("0")))

    def plus(self, seconds: int) -> Moment:
        """The moment ``seconds`` whole seconds later, written in the same offset."""
        local = self.instant.seconds + self.offset * 60 + seconds
        days, of_day = divmod(local, 86400)
        year, month, day = civil_from_days(days)
        hour, minute, second = of_day // 3600, of_day // 60 % 60, of_day % 60
        return Moment(year, month, day, hour, minute, second, self.fraction, self.offset)

    def isoformat(self, sep: str = "T") -> str:
        """As ``datetime.isoformat`` writes it (``2030-04-01T00:00:00.250000+08:00``, UTC as
        ``+00:00``), except that a fraction finer than microseconds keeps all its digits."""
        digits = self.fraction.rstrip("0")
        fraction = "" if not digits else "." + (digits if len(digits) > 6 else digits.ljust(6, "0"))
        sign = "-" if self.offset < 0 else "+"
        hours, minutes = divmod(abs(self.offset), 60)
        return (
            f"{self.year:04d}-{self.month:02d}-{self.day:02d}{sep}"
            f"{self.hour:02d}:{self.minute:02d}:{self.second:02d}{fraction}"
            f"{sign}{hours:02d}:{minutes:02d}"
        )

    def __repr__(self) -> str:
        return f"Moment({self.isoformat()!r})"

    def __hash__(self) -> int:
        return hash(self.instant)

    def __eq__(self, other: Any) -> bool:
        return self.instant == other.instant if isinstance(other, Moment) else NotImplemented

    def __lt__(self, other: Moment) -> bool:
        return self.instant < other.instant if isinstance(other, Moment) else NotImplemented

    def __le__(self, other: Moment) -> bool:
        return self.instant <= other.instant if isinstance(other, Moment) else NotImplemented

    def __gt__(self, other: Moment) -> bool:
        return self.instant > other.instant if isinstance(other, Moment) else NotImplemented

    def __ge__(self, other: Moment) -> bool:
        return self.instant >= other.instant if isinstance(other, Moment) else NotImplemented


#: Text → what ``parse`` made of it. The same few strings are parsed several times per
#: document (the schema's format check, then each rule that compares the instant), and the
#: same dates recur across the files of a run. Moments are never changed after they are
#: built, so one can be shared. Bounded in count (emptied when full) and in key length, so a
#: long run or a hostile file cannot make it grow without end.
_PARSED: dict[str, Moment | None] = {}
_PARSED_LIMIT = 4096
_PARSED_KEY_LIMIT = 64  # longer than any ordinary date-time: a fraction of 30+ digits
_UNSEEN: Any = object()


def parse(text: str) -> Moment | None:
    """The moment ``text`` denotes, or None when it is not a valid RFC 3339 date-time."""
    moment = _PARSED.get(text, _UNSEEN)
    if moment is not _UNSEEN:
        return moment
    moment = _parse(text)
    if len(text) <= _PARSED_KEY_LIMIT:
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.clear()
        _PARSED[text] = moment
    return moment


def _parse(text: str) -> Moment | None:
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return None
    groups = match.groups()
    year, month, day, hour, minute, second = map(int, groups[:6])
    fraction, zulu, sign, off_h, off_m = groups[6:]
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= _days_in_month(year, month):
        return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    offset = 0
    if not zulu:
        off_hours, off_minutes = int(off_h), int(off_m)
        if off_hours > 23 or off_minutes > 59:
            return None
        offset = off_hours * 60 + off_minutes
        if sign == "-":
            offset = -offset
    return Moment(year, month, day, hour, minute, second, fraction or "", offset)


def add_one_calendar_year(moment: Moment) -> Moment:
    """The same local date and time one year later, in the same offset; 29 Feb maps to 28 Feb."""
    year = moment.year + 1
    day = min(moment.day, _days_in_month(year, moment.month))
    return Moment(
        year,
        moment.month,
        day,
        moment.hour,
        moment.minute,
        moment.second,
        moment.fraction,
        moment.offset,
    )


def elapsed(start: Instant, end: Instant) -> Instant:
    """The time from ``start`` to ``end`` (not earlier), exactly, in an ``Instant``'s two parts:
    whole seconds and the digits of the fraction."""
    width = max(len(start.fraction), len(end.fraction))
    seconds = end.seconds - start.seconds
    fraction = int(end.fraction.ljust(width, "0") or 0) - int(start.fraction.ljust(width, "0") or 0)
    if fraction < 0:
        seconds, fraction = seconds - 1, fraction + 10**width
    return Instant(seconds, str(fraction).zfill(width).rstrip("0") if fraction else "")


def describe(moment: Moment) -> str:
    """A short human form for messages: ``2030-04-01 00:00:00+08:00``."""
    return moment.isoformat(sep=" ")


def _days_in_month(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]


def _days_since_epoch(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 to a proleptic Gregorian date, in integers for any year.

    The year is counted from March, so that the leap day is the last day of its year; then
    every 400 years hold 146,097 days (H. Hinnant's ``days_from_civil``).
    """
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146_097 + day_of_era - 719_468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The proleptic Gregorian date ``days`` days after 1970-01-01: the inverse of
    ``_days_since_epoch`` (H. Hinnant's ``civil_from_days``)."""
    days += 719_468
    era = days // 146_097
    day_of_era = days - era * 146_097
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146_096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    return year_of_era + era * 400 + (month <= 2), month, day
