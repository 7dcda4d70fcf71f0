"""Printing JSON values inside messages, safely.

Messages quote the offending value. Values can be anything a hostile file holds: lone
surrogates (which cannot be encoded to UTF-8 and would crash ``print``), megabyte strings,
floats that overflowed to infinity. Every message goes through ``show``.

A string or a number is shown as JSON writes it, the same in every language; what is described
in words instead ("an object", "an array of 3 items") is a ``validator.text.Text``, which the
message renders in its reader's language.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from validator.text import Text, message

_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_SHOWN = 60

_INFINITE = message("words.too-large", "a number too large for a float")
_NEGATIVE_INFINITE = message("words.too-small", "a number too small")
_HUGE = message("words.huge-integer", "an integer of about {digits} digits")
_OBJECT = message("words.an-object", "an object")
_ARRAY_OF = message("words.array-of", "an array of {count} items")
_TYPE_NAMES = {
    "boolean": message("words.a-boolean", "a boolean"),
    "integer": message("words.an-integer", "an integer"),
    "fraction": message("words.a-fraction", "a number with a fraction or exponent"),
    "number": message("words.a-number", "a number"),
    "string": message("words.a-string", "a string"),
    "array": message("words.an-array", "an array"),
    "object": _OBJECT,
}


def show(value: Any) -> str | Text:
    """A short JSON-like rendering: strings quoted, long ones cut, containers summarised."""
    if isinstance(value, str):
        text = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "…"
        quoted = json.dumps(text, ensure_ascii=False)
        return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, float):
        if math.isinf(value):
            return _INFINITE() if value > 0 else _NEGATIVE_INFINITE()
        if math.isnan(value):
            return "NaN"
        return repr(value)
    if isinstance(value, int):
        if value.bit_length() < 300:
            return str(value)
        return _HUGE(digits=int(value.bit_length() * 0.30103) + 1)
    if isinstance(value, dict):
        return _OBJECT()
    if isinstance(value, list):
        return _ARRAY_OF(count=len(value))
    return repr(value)


def type_name(value: Any) -> str | Text:
    """The JSON type of a Python value, as users know it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        kind = "boolean"
    elif isinstance(value, int):
        kind = "integer"
    elif isinstance(value, float):
        kind = "fraction" if math.isfinite(value) else "number"
    elif isinstance(value, str):
        kind = "string"
    elif isinstance(value, list):
        kind = "array"
    else:
        kind = "object"
    return _TYPE_NAMES[kind]()
