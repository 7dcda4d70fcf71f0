"""Base-E: the clean WeChat Store body every channels-ec-coupon-create example starts from.

A store 满减 coupon (满199减20) with a fixed validity window in 2030, detected on its own by its
``promote_info`` without ``customize_channel``. It passes every rule at the examples' ``now``
(2027-01-15). An example is this body with exactly one change
(``validator.catalogue.bases.changed``); never mutate it.
"""

from __future__ import annotations

from typing import Any

BASE_E: dict[str, Any] = {
    "type": 102,
    "name": "周末满减",
    "discount_info": {"discount_condition": {"product_price": 19900}, "discount_fee": 2000},
    "promote_info": {"promote_type": 1},
    "receive_info": {
        "start_time": 1900000000,
        "end_time": 1900086400,
        "limit_num_one_person": 1,
        "total_num": 300,
    },
    "valid_info": {"valid_type": 1, "start_time": 1900000000, "end_time": 1900604800},
}
