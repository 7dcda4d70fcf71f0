"""Which members a coupon type, valid_type, stock_type or use_method requires or forbids, read
from the schemas.

Each API's schema states these requirements once, as ``allOf`` entries that carry a rule code::

    {"if": {"properties": {"type": {"const": 2}}, "required": ["type"]},
     "then": {"required": ["discount_fee"], "properties": {"discount_num": false}},
     "x-code": "A001"}

The schema compiler turns them into findings; the strategies (``validator.strategies``) read them
here to build payloads that meet them, so that a change to a requirement is made in the schema
alone. Only the coded conditionals keyed on one member's value (``const`` or ``enum``) are read;
presence-triggered ones ("available_day_time needs week_day") are left to the strategies, which
always write such members together.

Nothing here is imported by a check: only the strategies (a test dependency) use it.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple


class Case(NamedTuple):
    """What the coded conditionals say for one value of the switch member.

    Members are paths relative to the object holding the switch, tokens joined by ``/``
    (``coupon_info/discount_info/discount_num``); containers that a requirement reaches
    through are required too. ``required`` merges the error and the warning codes (A001 and
    A002 alike): a clean payload carries both.
    """

    required: frozenset[str]
    forbidden: frozenset[str]

    def under(self, prefix: str) -> Case:
        """The same case with members relative to ``prefix`` (members outside it dropped)."""
        start = prefix.rstrip("/") + "/"
        return Case(
            frozenset(m[len(start) :] for m in self.required if m.startswith(start)),
            frozenset(m[len(start) :] for m in self.forbidden if m.startswith(start)),
        )

    def is_open(self, member: str) -> bool:
        """Neither required nor forbidden (nor inside a forbidden member): the member may be
        present or absent in a clean payload."""
        if member in self.required:
            return False
        tokens = member.split("/")
        return not any(
            "/".join(tokens[:end]) in self.forbidden for end in range(1, len(tokens) + 1)
        )


def schema_at(api: str, at: str) -> dict[str, Any]:
    """The schema of the member at pointer ``at`` (``""`` is the root), with references
    followed, those to another schema file included, and overrides applied: create-coupon-stock's
    ``/coupon_data`` is busifavor-stock-create's body as the vendor's schema overrides it."""
    from validator.schema import schema_at as resolved

    return resolved(api, at)


def enum_of(api: str, at: str) -> tuple[Any, ...]:
    """The ``enum`` of the member at ``at``, in the schema's order."""
    return tuple(schema_at(api, at)["enum"])


def required_of(api: str, at: str) -> tuple[str, ...]:
    """The members the object at ``at`` always requires, in the schema's order."""
    return tuple(schema_at(api, at).get("required", ()))


@cache
def cases(api: str, at: str, switch: str, under: str = "") -> dict[Any, Case]:
    """The object at ``at``'s coded conditionals on its member ``switch``, per switch value.

    ``cases("shop-coupon-add", "/coupon", "type")[5].required`` holds
    ``coupon_info/discount_info/discount_condition/tradein_info/price``. Values appear in the
    order the schema first names them. With ``under``, each case is ``Case.under(under)``: only
    the members inside that member, relative to it (what a builder of that member needs).
    """
    node = schema_at(api, at)
    required: dict[Any, list[str]] = {}
    forbidden: dict[Any, list[str]] = {}
    for entry in node.get("allOf", ()):
        if "x-code" not in entry:
            continue
        values = _switch_values(entry.get("if", {}), switch)
        if values is None:
            continue
        needs: list[str] = []
        refuses: list[str] = []
        _members(entry.get("then", {}), "", needs, refuses)
        for value in values:
            required.setdefault(value, []).extend(needs)
            forbidden.setdefault(value, []).extend(refuses)
    found = {
        value: Case(frozenset(required[value]), frozenset(forbidden[value])) for value in required
    }
    return {value: case.under(under) for value, case in found.items()} if under else found


def _switch_values(condition: dict[str, Any], switch: str) -> tuple[Any, ...] | None:
    """The values an ``if`` selects when it tests exactly ``switch`` with ``const``/``enum``."""
    tests = condition.get("properties", {})
    if list(tests) != [switch] or switch not in condition.get("required", ()):
        return None
    test = tests[switch]
    if "const" in test:
        return (test["const"],)
    if "enum" in test:
        return tuple(test["enum"])
    return None


def _members(then: dict[str, Any], prefix: str, needs: list[str], refuses: list[str]) -> None:
    """Collect the required and forbidden member paths of one ``then`` (recursively)."""
    for name in then.get("required", ()):
        needs.append(prefix + name)
    for name, sub in then.get("properties", {}).items():
        if sub is False:
            refuses.append(prefix + name)
        elif isinstance(sub, dict):
            _members(sub, f"{prefix}{name}/", needs, refuses)
