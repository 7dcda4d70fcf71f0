"""What the body builders share: the clock the corpus is clean at, and realistic values.

Every builder takes a ``random.Random`` and draws from it alone, so that a seed gives the same
bytes on every machine and every Python (``random``'s sequences for ``choice``, ``randrange``
and ``random`` are stable across versions).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

Payload = dict[str, Any]

#: The ``--now`` to run coupon-validator with (2027-01-15): every window of the WeChat Store and
#: WeChat Pay bodies lies after it, and the 代金券 stocks start within the year after it (a
#: 代金券 stock may not start in the past nor more than 365 days ahead).
NOW = 1_800_000_000

MINUTE = 60
HOUR = 3_600
DAY = 86_400
#: The claim and usable windows of every API but favor-stock-create start here (2030-03).
WINDOWS_FROM = 1_900_000_000

_HEX = "0123456789abcdef"
#: Offsets people write RFC 3339 times with: China's first, since that is what most bodies use.
OFFSETS = ("+08:00", "+08:00", "+08:00", "Z", "+00:00")
_ZONES = {"Z": timezone.utc, "+00:00": timezone.utc, "+08:00": timezone(timedelta(hours=8))}


def rfc3339(seconds: int, offset: str = "+08:00") -> str:
    """The instant ``seconds`` as an RFC 3339 date-time in ``offset`` (one of ``OFFSETS``)."""
    local = datetime.fromtimestamp(seconds, tz=_ZONES[offset])
    return local.strftime("%Y-%m-%dT%H:%M:%S") + offset


def appid(rng: random.Random) -> str:
    """A WeChat appid: ``wx`` and 16 hex digits (any other shape is a warning)."""
    return "wx" + "".join(rng.choice(_HEX) for _ in range(16))


def merchant_id(rng: random.Random) -> str:
    """A WeChat Pay merchant id (商户号): ten digits."""
    return str(rng.randrange(1_900_000_000, 2_000_000_000))


def day_slots(rng: random.Random, count: int) -> list[tuple[int, int]]:
    """``count`` ordered, disjoint (begin, end) slots in seconds of the day (0-86399)."""
    hours = sorted(rng.sample(range(6, 23), 2 * count))
    return [(hours[i] * HOUR, hours[i + 1] * HOUR - 1) for i in range(0, 2 * count, 2)]


def week_days(rng: random.Random) -> list[int]:
    """Distinct days of the week (0 = Sunday … 6 = Saturday), as a weekend or a few weekdays."""
    return list(rng.choice(((6, 0), (1, 2, 3, 4, 5), (5, 6), (3,))))
