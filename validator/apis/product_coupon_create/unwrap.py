"""The obsolete ``coupon_info`` wrapper of product-coupon-create (B007): the API's transform.

An old revision of the official page wrapped every member but ``type`` in ``coupon_info``.
WeChat staff confirmed no such field exists, yet real requests still use it. Rather than
reporting one B007 and a wall of S001s, the validator reports B007, validates the members as if
they were at the top level, and reports each inner mistake at its real place in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from validator.finding import Finding
from validator.json.pointer import escape, join
from validator.text import message

WRAPPER = "coupon_info"

_OBSOLETE_WRAPPER = message(
    "B007.obsolete-wrapper",
    "coupon_info is an obsolete wrapper (WeChat staff: no such field); "
    "move its members to the top level",
)
_DUPLICATED_OUTSIDE = message(
    "S007.duplicated-outside-coupon-info",
    "{name} is duplicated outside coupon_info; this inner copy is ignored",
)


def unwrap(document: dict[str, Any]) -> tuple[dict[str, Any], Callable[[str], str], list[Finding]]:
    """The effective body, a map from its pointers to the file's, and B007 (+ S007) findings."""
    if WRAPPER not in document:
        return document, _identity, []
    wrapped = document[WRAPPER]
    findings = [Finding("B007", "/" + WRAPPER, _OBSOLETE_WRAPPER())]
    effective = {name: value for name, value in document.items() if name != WRAPPER}
    if not isinstance(wrapped, dict):
        return effective, _identity, findings
    moved: set[str] = set()
    for name, value in wrapped.items():
        if name in effective:
            findings.append(
                Finding(
                    "S007",
                    join("/" + WRAPPER, name),
                    _DUPLICATED_OUTSIDE(name=name),
                    "key",
                )
            )
        else:
            effective[name] = value
            moved.add(escape(name))

    def to_file_pointer(pointer: str) -> str:
        first = pointer[1:].split("/", 1)[0]
        return "/" + WRAPPER + pointer if pointer and first in moved else pointer

    return effective, to_file_pointer, findings


def _identity(pointer: str) -> str:
    return pointer
