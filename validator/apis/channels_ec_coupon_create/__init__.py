"""channels-ec-coupon-create: the WeChat Store's coupon (``POST /channels/ec/coupon/create``).

The WeChat Store (微信小店, formerly 视频号小店) is the successor of the retired
product-coupon-create: the same flat body with another member set
(string product ids, promote_type 1/9/10 without ``customize_channel``, optional ``valid_info``
and ``ext_info``, a new ``auto_valid_info``). Its timestamps are Unix seconds. SDK models of this
API send ``0`` for every member they do not use, so an integer 0 on a member the coupon's type or
valid_type makes irrelevant counts as absent (``zeros.py``, applied after the schema).
"""

from __future__ import annotations

from typing import Any

from validator.apis.spec import ApiSpec, Endpoint, store_coupon_ends, store_coupon_seconds


def looks_like_channels_coupon(document: dict[str, Any]) -> tuple[str, ...]:
    """``type`` without the ``coupon_info`` wrapper, and ``auto_valid_info`` or a
    ``promote_info`` object without ``customize_channel`` (which every product-coupon-create
    body has and this API does not)."""
    if "type" not in document or "coupon_info" in document:
        return ()
    promote = document.get("promote_info")
    raised = ("auto_valid_info",) if "auto_valid_info" in document else ()
    if isinstance(promote, dict) and "customize_channel" not in promote:
        raised += ("promote_info",)
    return raised


def zeros_count_as_absent(document: Any, result: Any) -> None:
    """``zeros.count_zeros_as_absent``, imported on first use (importing the registry stays
    cheap)."""
    from validator.apis.channels_ec_coupon_create.zeros import count_zeros_as_absent

    count_zeros_as_absent(document, result)


SPEC = ApiSpec(
    id="channels-ec-coupon-create",
    title="WeChat Store: create a coupon",
    endpoint=Endpoint("POST", "/channels/ec/coupon/create", "api.weixin.qq.com"),
    signal=looks_like_channels_coupon,
    seconds=store_coupon_seconds(""),
    ends=store_coupon_ends(""),
    after_schema=zeros_count_as_absent,
)
