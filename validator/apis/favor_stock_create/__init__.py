"""favor-stock-create: WeChat Pay's cash-coupon (代金券) stock
(``POST https://api.mch.weixin.qq.com/v3/marketing/favor/coupon-stocks``).

A flat body: the usable window as RFC 3339 strings at the top level, the issue rules with the
budget (``stock_use_rule``), the display (``pattern_info``) and the redemption rules
(``coupon_use_rule``, whose only rule object is ``fixed_normal_coupon``: the API supports
stock_type NORMAL alone). It is the sister of WeChat Pay's merchant coupon (商家券, busifavor),
with another member set; a body with members of both is not guessed.
"""

from __future__ import annotations

from typing import Any

from validator.apis import create_coupon_stock
from validator.apis.spec import ApiSpec, End, Endpoint

#: Members that only a 代金券 body has at its top level; one of them is enough.
MARKERS = (
    "stock_use_rule",
    "no_cash",
    "pattern_info",
    "available_begin_time",
    "available_end_time",
)


def looks_like_cash_coupon(document: dict[str, Any]) -> tuple[str, ...]:
    """The 代金券 markers present, when none of create-coupon-stock's members is: a vendor body
    that carries a marker is the vendor's (where the marker is an unknown member), not this
    API's."""
    if _MARKER_SET.isdisjoint(document):  # the usual answer, in one pass over the keys in C
        return ()
    if create_coupon_stock.SPEC.signal(document):
        return ()
    return tuple(name for name in MARKERS if name in document)


_MARKER_SET = frozenset(MARKERS)


SPEC = ApiSpec(
    id="favor-stock-create",
    title="WeChat Pay cash coupons (代金券): create a stock",
    endpoint=Endpoint("POST", "/v3/marketing/favor/coupon-stocks", "api.mch.weixin.qq.com"),
    signal=looks_like_cash_coupon,
    datetimes=("/available_begin_time", "/available_end_time"),
    ends=(End("/available_end_time"),),
)
