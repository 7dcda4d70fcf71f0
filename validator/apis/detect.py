"""Which API a document targets under ``--api auto`` (rules.md §2).

Detection is deliberately dumb: three signals on top-level member names, and anything other
than exactly one signal is D001. A validator that guesses would report a wall of S007s for the
wrong API; asking for ``--api`` is cheaper for the user.
"""

from __future__ import annotations

from typing import Any

from validator.finding import Finding

_SC_MEMBERS = ("coupon_data", "coupon_name", "discount_type", "coupon_type")
_BUSIFAVOR_MEMBERS = ("stock_name", "stock_type", "belong_merchant", "coupon_use_rule")


def signals(document: dict[str, Any]) -> list[str]:
    """The API ids whose signal is true for this top-level object, in catalogue order."""
    found = []
    if "coupon" in document:
        found.append("shop-coupon-add")
    promote = document.get("promote_info")
    channel = isinstance(promote, dict) and "customize_channel" in promote
    if ("type" in document and ("ext_info" in document or channel)) or (
        "coupon_info" in document and "coupon" not in document
    ):
        found.append("product-coupon-create")
    if any(name in document for name in _SC_MEMBERS):
        found.append("create-coupon-stock")
    return found


def detect(document: dict[str, Any]) -> tuple[str | None, Finding | None]:
    """The detected API, or None with the D001 finding that explains why not."""
    found = signals(document)
    if len(found) == 1:
        return found[0], None
    if found:
        message = (
            f"cannot tell which API this file targets (signals: {' and '.join(found)}); pass --api"
        )
    else:
        message = "cannot tell which API this file targets (signals: none); pass --api"
        if any(name in document for name in _BUSIFAVOR_MEMBERS):
            message += (
                ". This looks like a bare WeChat Pay busifavor body: wrap it in "
                '{"coupon_data": …} for create-coupon-stock'
            )
    return None, Finding("D001", "", message)
