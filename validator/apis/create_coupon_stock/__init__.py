"""create-coupon-stock: a vendor's wrapper of WeChat Pay merchant coupons (商家券, busifavor).

``POST …/Coupon/CreateCouponStock`` on the vendor's own host. The WeChat Pay body sits in
``coupon_data``; the vendor adds top-level members that mirror some of its values. Its times
are RFC 3339 strings (``2030-04-01T00:00:00+08:00``), not Unix seconds.
"""

from __future__ import annotations

from validator.apis.spec import EACH, ApiSpec, Carried, End, Endpoint, any_member

_AVAILABLE = "/coupon_data/coupon_use_rule/coupon_available_time"
_IRREGULAR = f"{_AVAILABLE}/irregulary_avaliable_time"

SPEC = ApiSpec(
    id="create-coupon-stock",
    title="Vendor wrapper of WeChat Pay merchant coupons: create a stock",
    package=__name__,
    endpoint=Endpoint("POST", "/Coupon/CreateCouponStock"),
    signal=any_member("coupon_data", "coupon_name", "discount_type", "coupon_type"),
    datetimes=(
        f"{_AVAILABLE}/available_begin_time",
        f"{_AVAILABLE}/available_end_time",
        # Only the array form holds date-times; the object form holds seconds of the day.
        f"{_IRREGULAR}/{EACH}/begin_time",
        f"{_IRREGULAR}/{EACH}/end_time",
    ),
    ends=(End(f"{_AVAILABLE}/available_end_time"),),
    carries=Carried(
        "WeChat Pay busifavor",
        "/coupon_data",
        ("stock_name", "stock_type", "belong_merchant", "coupon_use_rule"),
    ),
)
