"""busifavor-stock-create: WeChat Pay merchant coupons (商家券), created by one POST.

``POST https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks``. The body is the stock
definition itself: name, merchant, stock type, the rule object of that type, the redemption
and sending rules. The vendor API create-coupon-stock forwards the same body in its
``coupon_data``, so its spec mounts this one there, and the rules of this package (written with
pointers from this body's root) run for both. Times are RFC 3339 strings
(``2030-04-01T00:00:00+08:00``), not Unix seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from validator.apis.spec import EACH, ApiSpec, End, Endpoint

#: Top-level members that only a merchant-coupon (商家券) body has among the checked APIs.
_OWN_MEMBERS = (
    "stock_send_rule",
    "coupon_code_mode",
    "goods_name",
    "display_pattern_info",
    "custom_entrance",
    "notify_config",
)
#: Members it shares with a WeChat Pay cash-coupon (代金券) body: they mark this body only
#: without any of that body's markers.
_SHARED_MEMBERS = ("stock_name", "stock_type", "coupon_use_rule")


def looks_like_merchant_coupon(document: dict[str, Any]) -> tuple[str, ...]:
    """None of create-coupon-stock's members, and a member only a merchant-coupon body has, or
    a member it shares with a cash-coupon body (favor-stock-create) without that body's markers.

    Both neighbours are read from their specs, imported here: each of them imports this
    package's carrier (create-coupon-stock), which imports this package.
    """
    global _NEIGHBOURS
    if _NEIGHBOURS is None:  # once: detection asks this of every document
        from validator.apis import create_coupon_stock, favor_stock_create

        _NEIGHBOURS = create_coupon_stock.SPEC.signal, frozenset(favor_stock_create.MARKERS)
    vendor_signal, cash_markers = _NEIGHBOURS
    if vendor_signal(document):
        return ()
    own = _present(_OWN_MEMBERS, _OWN_SET, document)
    if own or not cash_markers.isdisjoint(document):
        return own
    return _present(_SHARED_MEMBERS, _SHARED_SET, document)


def _present(
    names: tuple[str, ...], members: frozenset[str], document: dict[str, Any]
) -> tuple[str, ...]:
    """The ``names`` that are members of ``document``, in their order; most documents have
    none, which one ``isdisjoint`` over the keys tells."""
    if members.isdisjoint(document):
        return ()
    return tuple(name for name in names if name in document)


_OWN_SET = frozenset(_OWN_MEMBERS)
_SHARED_SET = frozenset(_SHARED_MEMBERS)
#: create-coupon-stock's signal and favor-stock-create's markers, once imported.
_NEIGHBOURS: tuple[Callable[[dict[str, Any]], tuple[str, ...]], frozenset[str]] | None = None


_AVAILABLE = "/coupon_use_rule/coupon_available_time"
_IRREGULAR = f"{_AVAILABLE}/irregulary_avaliable_time"

SPEC = ApiSpec(
    id="busifavor-stock-create",
    title="WeChat Pay merchant coupons (商家券): create a stock",
    endpoint=Endpoint("POST", "/v3/marketing/busifavor/stocks", "api.mch.weixin.qq.com"),
    signal=looks_like_merchant_coupon,
    datetimes=(
        f"{_AVAILABLE}/available_begin_time",
        f"{_AVAILABLE}/available_end_time",
        f"{_IRREGULAR}/{EACH}/begin_time",
        f"{_IRREGULAR}/{EACH}/end_time",
    ),
    ends=(End(f"{_AVAILABLE}/available_end_time"),),
)
