"""Base-E: the clean WeChat Store body every channels-ec-coupon-create example starts from.

The WeChat Store's coupon is the successor of product-coupon-create's, so Base-E is that API's
Base-B (a store 满减 coupon, 满199减20, with a fixed validity window in 2030) as this API writes
it: without ``ext_info`` (optional here) and with a ``promote_info`` that has no
``customize_channel``, by which it is detected on its own. It passes every rule at the examples'
``now`` (2027-01-15). An example is this body with exactly one change
(``validator.catalogue.bases.changed``); never mutate it (it shares Base-B's members).
"""

from __future__ import annotations

from typing import Any

from validator.catalogue.bases import BASE_B

BASE_E: dict[str, Any] = {
    name: {"promote_type": 1} if name == "promote_info" else value
    for name, value in BASE_B.items()
    if name != "ext_info"
}
