"""The RFC 3339 date-time subset of rules.md §1.6, checked by hand.

``datetime.fromisoformat`` accepts far more than RFC 3339 (spaces, missing offsets, week dates
on newer Pythons) and differs between Python versions, so the grammar is a strict regular
expression and the calendar is checked explicitly. The parsed value is an aware ``datetime``
so comparisons use the instant (offsets applied).
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta, timezone

_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:(Z)|([+-])(\d{2}):(\d{2}))",
    re.ASCII,
)


def parse(text: str) -> datetime | None:
    """The instant ``text`` denotes, or None when it is not a valid RFC 3339 date-time."""
    match = _DATE_TIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    if match.group(8):
        offset = timezone.utc
    else:
        off_hours, off_minutes = int(match.group(10)), int(match.group(11))
        if off_hours > 23 or off_minutes > 59:
            return None
        delta = timedelta(hours=off_hours, minutes=off_minutes)
        offset = timezone(-delta if match.group(9) == "-" else delta)
    fraction = match.group(7)
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    if year < 1:
        return None
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=offset)


def add_one_calendar_year(moment: datetime) -> datetime:
    """The same local date and time one year later, in the same offset; 29 Feb maps to 28 Feb."""
    year = moment.year + 1
    day = min(moment.day, calendar.monthrange(year, moment.month)[1])
    return moment.replace(year=year, day=day)


def describe(moment: datetime) -> str:
    """A short human form for messages: ``2030-04-01 00:00:00+08:00``."""
    return moment.isoformat(sep=" ")
