"""Printing JSON values inside messages, safely.

Messages quote the offending value. Values can be anything a hostile file holds: lone
surrogates (which cannot be encoded to UTF-8 and would crash ``print``), megabyte strings,
floats that overflowed to infinity. Every message goes through ``show``.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_SHOWN = 60


def show(value: Any) -> str:
    """A short JSON-like rendering: strings quoted, long ones cut, containers summarised."""
    if isinstance(value, str):
        text = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "…"
        quoted = json.dumps(text, ensure_ascii=False)
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, float):
        if math.isinf(value):
            return "a number too large for a float" if value > 0 else "a number too small"
        if math.isnan(value):
            return "NaN"
        return repr(value)
    if isinstance(value, int):
        if value.bit_length() < 300:
            return str(value)
        return f"an integer of about {int(value.bit_length() * 0.30103) + 1} digits"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return f"an array of {len(value)} items"
    return repr(value)


def type_name(value: Any) -> str:
    """The JSON type of a Python value, as users know it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number with a fraction or exponent" if math.isfinite(value) else "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
