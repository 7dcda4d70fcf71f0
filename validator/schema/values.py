"""JSON value semantics that the schema keywords rely on, in Python terms.

Python's equality and types are not JSON's: ``True == 1`` and ``1 == 1.0`` in Python, while in
JSON a boolean is never a number, and a float is never an integer (a value like ``100.0`` in an
integer field is reported, not accepted). Every test the walker makes on a value goes through
the helpers here, so the two meanings never mix.
"""

from __future__ import annotations

import json
from typing import Any

#: JSON type name → the Python types that are values of it (exact types, no subclasses:
#: ``bool`` is not an integer), so the walker tests a type with one set lookup.
PYTHON_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}),
    "array": frozenset({list}),
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "number": frozenset({int, float}),
}

#: Stands for "no value": where a finding has none to give (one reported at a key), unlike
#: ``None``, which is JSON's null.
UNSEEN: Any = object()


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality: ``1`` is not ``true`` and a string never equals a number."""
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return a == b


def scalar_key(value: Any) -> tuple[int, Any] | None:
    """A key under which two scalars collide exactly when ``json_equal`` says they are equal.

    Numbers share one class (``1 == 1.0`` in JSON, and Python hashes them alike), a boolean
    is never a number, and containers have no key: they equal no scalar.
    """
    kind = type(value)
    if kind is bool:
        return (1, value)
    if kind is int or kind is float:
        return (2, value)
    if kind is str:
        return (3, value)
    if value is None:
        return (4, None)
    return None


def same_trigger(value: Any, allowed: Any) -> bool:
    """Equality for the trigger of a conditional: ``1.0`` never matches ``const: 1``, because a
    float in an integer field is a type error and therefore not a usable value."""
    return type(value) is type(allowed) and value == allowed


def duplicate_key(value: Any) -> Any:
    """A key under which JSON-equal values collide (for duplicate items, S008)."""
    if type(value) is bool:
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("num", value)
    if isinstance(value, str):
        return ("str", value)
    return ("json", json.dumps(value, sort_keys=True))


def all_distinct(items: list[Any]) -> bool:
    """True only when no two items share a ``duplicate_key``, tested in C with a set.

    Items with equal keys are equal in Python too, so a set of them would be smaller; a set
    that is smaller for another reason (``1`` and ``True`` collide in Python, not in JSON) or
    unhashable items (objects, arrays) just mean the exact loop runs.
    """
    try:
        return len(set(items)) == len(items)
    except TypeError:
        return False


def escape_token(name: str) -> str:
    """``pointer.escape`` for a member name, without the call when there is nothing to escape."""
    if "~" in name or "/" in name:
        return name.replace("~", "~0").replace("/", "~1")
    return name
