"""Hypothesis strategies of clean request bodies for every API the validator checks.

Teams use these in their own test suites: to feed realistic coupons into the code that builds,
stores or sends them, and to check that their own builders agree with the validator. Every
payload these strategies produce is *clean*: ``validate(payload, api=API, now=FIXED_NOW)`` is
``[]`` (no error and no warning), and stays clean for any clock before 2029, because every
window lies between 2029 and 2035 (``WINDOW_FROM``/``WINDOW_UNTIL``). The exception is
favor-stock-create: a WeChat Pay cash-coupon stock must start within 365 days of now, so its
bodies start in the 365 days after ``FIXED_NOW``; each is clean from a year before its start
up to its start, so at ``FIXED_NOW`` for all of them.

The values are the ones real payloads carry: Chinese coupon names within each API's limit
(counted in code points, emoji included), money as integer fen, Unix-second timestamps (and
RFC 3339 strings for the WeChat Pay APIs) with ordered windows, and only the
members that the coupon type, valid_type, stock_type and use_method call for. Those
requirements are read from the schemas' coded conditionals (``validator.apis.requirements``),
not copied here.

Shrinking is meant to end in a small payload a person can read: every enumeration is a
``sampled_from`` (it shrinks to its first, most ordinary value), every optional member is
drawn as "absent" first, and every free-form value is a ``one_of`` whose first branch is a
realistic fixed vocabulary ("春季满减券", "sku-00001", "1900012345").

Composable parts::

    payloads(api)                                   any clean payload of one API
    shop_coupon_add(coupon_type=..., valid_type=...)
    product_coupon_create(coupon_type=..., valid_type=..., promote_type=...)
    create_coupon_stock(stock_type=..., use_method=...)
    channels_ec_coupon_create(coupon_type=..., valid_type=..., promote_type=...)
    busifavor_stock_create(stock_type=..., use_method=...)
    favor_stock_create()                            clean only around FIXED_NOW (see its module)
    fen_amounts(), discount_nums(), second_timestamps(), second_windows(),
    rfc3339_times(), rfc3339_windows(), chinese_names(), out_product_ids(), product_ids()

Each API's builder lives in its package (``validator/apis/<api>/strategies.py``), the shared
values in ``validator.apis.building_blocks``; this module is the one entry point. hypothesis is
a test dependency (the ``test`` extra), so this module is never imported by the validator itself.
"""

from __future__ import annotations

from importlib import import_module

from hypothesis import strategies as st

from validator.apis import API_IDS, spec_for
from validator.apis.building_blocks import (
    FIXED_NOW,
    WINDOW_FROM,
    WINDOW_UNTIL,
    Payload,
    chinese_names,
    discount_nums,
    fen_amounts,
    rfc3339_times,
    rfc3339_windows,
    second_timestamps,
    second_windows,
)
from validator.apis.busifavor_stock_create.strategies import (
    STOCK_TYPES,
    USE_METHODS,
    busifavor_stock_create,
)
from validator.apis.channels_ec_coupon_create.strategies import channels_ec_coupon_create
from validator.apis.create_coupon_stock.strategies import create_coupon_stock
from validator.apis.favor_stock_create.strategies import favor_stock_create
from validator.apis.product_coupon_create.strategies import (
    PRODUCT_COUPON_TYPES,
    PRODUCT_VALID_TYPES,
    product_coupon_create,
    product_ids,
)
from validator.apis.shop_coupon_add.strategies import (
    SHOP_COUPON_TYPES,
    SHOP_VALID_TYPES,
    out_product_ids,
    shop_coupon_add,
)

__all__ = [
    "API_IDS",
    "FIXED_NOW",
    "PRODUCT_COUPON_TYPES",
    "PRODUCT_VALID_TYPES",
    "SHOP_COUPON_TYPES",
    "SHOP_VALID_TYPES",
    "STOCK_TYPES",
    "USE_METHODS",
    "WINDOW_FROM",
    "WINDOW_UNTIL",
    "busifavor_stock_create",
    "channels_ec_coupon_create",
    "chinese_names",
    "create_coupon_stock",
    "discount_nums",
    "favor_stock_create",
    "fen_amounts",
    "out_product_ids",
    "payloads",
    "product_coupon_create",
    "product_ids",
    "rfc3339_times",
    "rfc3339_windows",
    "second_timestamps",
    "second_windows",
    "shop_coupon_add",
]


def payloads(api: str) -> st.SearchStrategy[Payload]:
    """Clean payloads of one API, covering every coupon type, valid_type, stock_type and
    use_method that a clean payload can have (its package's ``strategies.payloads``)."""
    try:
        spec = spec_for(api)
    except KeyError:
        raise ValueError(f"api must be one of {', '.join(API_IDS)}, not {api!r}") from None
    builder: st.SearchStrategy[Payload] = import_module(f"{spec.package}.strategies").payloads()
    return builder
