"""product-coupon-create: the WeChat Mini Store's coupon (``POST /product/coupon/create``).

A flat body whose timestamps are Unix seconds. An obsolete revision of the official page
wrapped every member but ``type`` in ``coupon_info``; the spec's ``transform`` unwraps it (B007,
``unwrap.py``) so the members are validated where WeChat expects them. WeChat has retired the
API; the validator still checks it because existing integrations still send it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from validator.apis.spec import ApiSpec, End, Endpoint, store_coupon_seconds
from validator.finding import Finding


def looks_like_product_coupon(document: dict[str, Any]) -> tuple[str, ...]:
    """``type`` with a ``promote_info.customize_channel``, or ``coupon_info`` without
    shop-coupon-add's ``coupon`` (the obsolete wrapper).

    ``type`` with an ``ext_info`` holding ``valid_time``/``invalid_time`` counts only when there is
    no ``promote_info`` object: the WeChat Store SDK models carry those times too, and a body
    that lost its required ``promote_info`` should still be checked here.
    """
    raised: tuple[str, ...] = ()
    if "type" in document:
        promote = document.get("promote_info")
        ext = document.get("ext_info")
        if isinstance(promote, dict):
            if "customize_channel" in promote:
                raised = ("customize_channel",)
        elif isinstance(ext, dict):
            raised = tuple(
                f"ext_info.{name}" for name in ("valid_time", "invalid_time") if name in ext
            )
    if "coupon_info" in document and "coupon" not in document:
        raised += ("coupon_info",)
    return raised


def unwrap_body(
    document: dict[str, Any],
) -> tuple[dict[str, Any], Callable[[str], str], list[Finding]]:
    """``unwrap.unwrap``, imported on first use so that importing the registry stays cheap."""
    from validator.apis.product_coupon_create.unwrap import unwrap

    return unwrap(document)


SPEC = ApiSpec(
    id="product-coupon-create",
    title="WeChat Mini Store: create a coupon",
    endpoint=Endpoint("POST", "/product/coupon/create", "api.weixin.qq.com"),
    signal=looks_like_product_coupon,
    seconds=("/ext_info/valid_time", "/ext_info/invalid_time", *store_coupon_seconds("")),
    ends=(End("/receive_info/end_time"), End("/ext_info/invalid_time")),
    transform=unwrap_body,
)
