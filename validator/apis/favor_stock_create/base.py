"""Base-F: the clean 代金券 body every favor-stock-create example starts from.

500 coupons of 10 yuan off 100 yuan, usable in March 2027 by the creating merchant. It passes
every rule at the examples' ``now`` (2027-01-15): unlike the other APIs' bases it starts in
2027, because a 代金券 stock may not start more than 365 days ahead (F003). An example is this
body with exactly one change (``validator.catalogue.bases.changed``); never mutate it.
"""

from __future__ import annotations

from typing import Any

BASE_F: dict[str, Any] = {
    "stock_name": "春季满100减10",
    "belong_merchant": "1900012345",
    "available_begin_time": "2027-03-01T00:00:00+08:00",
    "available_end_time": "2027-03-31T23:59:59+08:00",
    "stock_use_rule": {
        "max_coupons": 500,
        "max_amount": 500000,
        "max_coupons_per_user": 2,
        "natural_person_limit": False,
        "prevent_api_abuse": True,
    },
    "coupon_use_rule": {
        "fixed_normal_coupon": {"coupon_amount": 1000, "transaction_minimum": 10000},
        "available_merchants": ["1900012345"],
    },
    "no_cash": False,
    "stock_type": "NORMAL",
    "out_request_no": "1900012345-20270301-0001",
}
