"""Times as messages show them: Beijing time, ``2021-01-20 15:35:00 +08:00``.

The coupon APIs and the people who use them work in Beijing time (Asia/Shanghai), whatever zone
a file writes its RFC 3339 values in and whatever zone the machine running the check is in. China
has had no daylight saving time since 1991, so a fixed +08:00 offset is exact for every time a
coupon can have. Unix seconds are converted with the integer arithmetic of
``validator.rfc3339``; a value outside years 1–9999 is shown as the number it is.

A Unix-seconds value of the file keeps its number beside its Beijing time (``timestamp``), since
the number is what the user finds in the file and types in the fix; an RFC 3339 value is shown in
Beijing time alone (``beijing_moment``), whatever offset the file wrote it with, so that two
times of a message, and "now", compare at a glance. Imported only when a message shows a time:
it imports ``validator.rfc3339``, which a check of a Unix-seconds API otherwise never needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from validator.rfc3339 import civil_from_days
from validator.text import Text, message

if TYPE_CHECKING:
    from validator.rfc3339 import Moment

BEIJING_OFFSET = 8 * 3600
_DATED = message("times.dated", "{seconds} ({date})")
_FIRST, _LAST = -62_135_596_800, 253_402_300_799  # 0001-01-01 and 9999-12-31 (UTC)


def beijing(seconds: int) -> str:
    """Unix ``seconds`` as Beijing time: ``2021-01-20 15:35:00 +08:00``."""
    if not _FIRST <= seconds <= _LAST:
        return str(seconds)
    days, of_day = divmod(seconds + BEIJING_OFFSET, 86400)
    year, month, day = civil_from_days(days)
    return (
        f"{year:04d}-{month:02d}-{day:02d} "
        f"{of_day // 3600:02d}:{of_day // 60 % 60:02d}:{of_day % 60:02d} +08:00"
    )


def timestamp(seconds: int) -> Text | str:
    """A Unix-seconds value of the file as a message shows it: the number as the file has it
    (the user searches for it and writes the fix in it) and its Beijing time,
    ``1673110742 (2023-01-08 00:59:02 +08:00)`` (full-width brackets in Chinese); the number
    alone outside years 1–9999."""
    shown = beijing(seconds)
    if not shown.endswith("+08:00"):
        return shown
    return _DATED(seconds=str(seconds), date=shown)


def beijing_moment(moment: Moment) -> str:
    """An RFC 3339 value as Beijing time; a fraction of a second is kept after the seconds."""
    shown = beijing(moment.instant.seconds)
    fraction = moment.instant.fraction
    return f"{shown[:19]}.{fraction}{shown[19:]}" if fraction and shown[19:] else shown


def utc(seconds: int) -> str:
    """Unix ``seconds`` as UTC (``explain`` texts only): ``2021-01-20 07:35:00 UTC``."""
    shown = beijing(seconds - BEIJING_OFFSET)
    return shown[:19] + " UTC" if shown.endswith("+08:00") else shown
