"""shop-coupon-add: the WeChat custom trade component's coupon (``POST /shop/coupon/add``).

The body is ``{"coupon": {...}}``; every member of the coupon but its id, type and promotion
sits in ``coupon.coupon_info``. Its timestamps are Unix seconds. WeChat has retired the API;
the validator still checks it because existing integrations still send it.
"""

from __future__ import annotations

from validator.apis.spec import ApiSpec, End, Endpoint, any_member

_INFO = "/coupon/coupon_info"

SPEC = ApiSpec(
    id="shop-coupon-add",
    title="WeChat custom trade component: add a coupon",
    package=__name__,
    endpoint=Endpoint("POST", "/shop/coupon/add", "api.weixin.qq.com"),
    signal=any_member("coupon"),
    seconds=(
        f"{_INFO}/receive_info/start_time",
        f"{_INFO}/receive_info/end_time",
        f"{_INFO}/valid_info/start_time",
        f"{_INFO}/valid_info/end_time",
    ),
    ends=(
        End(f"{_INFO}/receive_info/end_time"),
        # Only a fixed window (valid_type 1) ends at end_time; other types count from claiming.
        End(f"{_INFO}/valid_info/end_time", when=(f"{_INFO}/valid_info/valid_type", 1)),
    ),
)
