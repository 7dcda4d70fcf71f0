"""shop-coupon-add: the WeChat custom trade component's coupon (``POST /shop/coupon/add``).

The body is ``{"coupon": {...}}``; every member of the coupon but its id, type and promotion
sits in ``coupon.coupon_info``. Its timestamps are Unix seconds. WeChat has retired the API;
the validator still checks it because existing integrations still send it.
"""

from __future__ import annotations

from validator.apis.spec import (
    ApiSpec,
    Endpoint,
    any_member,
    store_coupon_ends,
    store_coupon_seconds,
)

_INFO = "/coupon/coupon_info"

SPEC = ApiSpec(
    id="shop-coupon-add",
    title="WeChat custom trade component: add a coupon",
    endpoint=Endpoint("POST", "/shop/coupon/add", "api.weixin.qq.com"),
    signal=any_member("coupon"),
    seconds=store_coupon_seconds(_INFO),
    ends=store_coupon_ends(_INFO),
)
