"""create-coupon-stock: a vendor's wrapper of WeChat Pay merchant coupons (商家券, busifavor).

``POST …/Coupon/CreateCouponStock`` on the vendor's own host. The WeChat Pay body sits in
``coupon_data``, so the spec mounts busifavor-stock-create there: that API's schema and rules
check it, with their pointers under ``/coupon_data``. The vendor adds top-level members that
mirror some of its values (this package's rules). Its times are RFC 3339 strings
(``2030-04-01T00:00:00+08:00``), not Unix seconds.
"""

from __future__ import annotations

from validator.apis import busifavor_stock_create
from validator.apis.spec import ApiSpec, End, Endpoint, Mount, any_member

#: The members that mark a body of this API (its detection signal); a body with one of them is
#: the vendor's, even with the carried body's members at its top level (unknown members here).
MEMBERS = ("coupon_data", "coupon_name", "discount_type", "coupon_type")
_CARRIED = busifavor_stock_create.SPEC
_PREFIX = "/coupon_data"

SPEC = ApiSpec(
    id="create-coupon-stock",
    title="Vendor wrapper of WeChat Pay merchant coupons: create a stock",
    endpoint=Endpoint("POST", "/Coupon/CreateCouponStock"),
    signal=any_member(*MEMBERS),
    # The carried body's times, where the vendor carries it (its own times are free text).
    datetimes=tuple(_PREFIX + pointer for pointer in _CARRIED.datetimes),
    ends=tuple(End(_PREFIX + end.pointer, end.when) for end in _CARRIED.ends),
    mount=Mount(_CARRIED.id, _PREFIX),
)
