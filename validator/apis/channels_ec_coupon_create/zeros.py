"""Zero counts as absent: an integer ``0`` on a member the coupon's type makes irrelevant.

SDK models of this API serialise every member they know, so a body built with them carries
``"product_cnt": 0`` and ``"discount_num": 0`` on a 满减 coupon, and WeChat's own coupon/get
answers print ``0`` for members that are not set. Such a ``0`` means "unset". Taken literally it
would be a wall of wrong advice: S004 on ``discount_num`` (below 2000), S009 on ``product_cnt``
(below 1), U002 on a ``valid_info.start_time`` of a valid_type 2 coupon, E003 everywhere.

So for this API, an integer ``0`` on a member marked irrelevant for the usable ``type`` or
``valid_type`` is treated as absent by every rule. The schema cannot say "this bound holds
unless the type makes the member irrelevant and the value is 0", and other validators that use
the schema file still see the plain bounds. The engine therefore adjusts the schema's result
before the rule functions run (``count_zeros_as_absent``):

- the schema's S004/S009 findings on such a ``0`` are withdrawn;
- its pointer is marked unusable, so every rule function (U001–U003, E004–E010) skips it as it
  skips an absent value; E003 skips it explicitly, since E003 is about presence.

Only the integer ``0`` counts: ``0.0``, ``"0"``, ``false`` or a ``0`` in place of the
``product_ids`` array are present values with their usual findings. A ``0`` on a member the type
requires is an ordinary value (S009 on ``discount_fee`` 0 for a 满减 coupon), and no member
counts as irrelevant while ``type``/``valid_type`` are unusable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator.apis.channels_ec_coupon_create.matrix import (
    REQUIRED_BY_TYPE,
    REQUIRED_BY_VALID_TYPE,
    TYPE,
    VALID_TYPE,
    irrelevant_members,
    usable_kind,
    zero_counts_as_absent,
)

if TYPE_CHECKING:
    from validator.schema import SchemaResult

#: The schema codes a present integer can get: below a hard bound, below a soft bound.
_WITHDRAWN = frozenset({"S004", "S009"})


def _member(document: dict[str, Any], pointer: str) -> Any:
    """The value at a constant pointer of this API (no escaping needed), or None."""
    value: Any = document
    for token in pointer[1:].split("/"):
        if type(value) is not dict:
            return None
        value = value.get(token)
    return value


def zero_pointers(document: Any, unusable: set[str]) -> list[str]:
    """The pointers of the integer zeros that count as absent in this document."""
    if type(document) is not dict:
        return []
    coupon_type = usable_kind(document.get("type"), TYPE, unusable, REQUIRED_BY_TYPE)
    valid_info = document.get("valid_info")
    valid_type = None
    if type(valid_info) is dict:
        valid_type = usable_kind(
            valid_info.get("valid_type"), VALID_TYPE, unusable, REQUIRED_BY_VALID_TYPE
        )
    return [
        pointer
        for pointer in irrelevant_members(coupon_type, valid_type)
        if zero_counts_as_absent(pointer, _member(document, pointer))
    ]


def count_zeros_as_absent(document: Any, result: SchemaResult) -> None:
    """Withdraw the schema's findings on the zeros that count as absent; mark them unusable."""
    zeros = zero_pointers(document, result.unusable)
    if not zeros:
        return
    result.findings[:] = [
        finding
        for finding in result.findings
        if finding.code not in _WITHDRAWN or finding.pointer not in zeros
    ]
    result.unusable.update(zeros)
