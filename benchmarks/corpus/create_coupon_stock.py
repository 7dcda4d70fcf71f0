"""create-coupon-stock bodies (a vendor's ``Coupon/CreateCouponStock``): the vendor's top-level
members around a WeChat Pay 商家券 stock in ``coupon_data``.

Valid bodies mirror some ``coupon_data`` members at the top level with equal values (a
disagreement is a warning), send ``coupon_type`` 1 and no output-only member. The mistakes are
the stock's own (``wechat_pay_stock``), made inside ``coupon_data``, and two of the vendor's;
``coupon_data`` stays, so every body is still recognised as this API.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import Payload
from .wechat_pay_stock import RULE_OBJECTS, STOCK_MISTAKES, stock

API = "create-coupon-stock"

_CREATORS = ("张三", "运营小李", "店长")


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean create-coupon-stock body; ``index`` makes ``out_request_no`` unique."""
    data = stock(rng, index, array_only=False)
    stock_type = data["stock_type"]
    rule_name, discount_name = RULE_OBJECTS[stock_type]
    rule_object = data["coupon_use_rule"][rule_name]
    send = data["stock_send_rule"]
    mirrors: list[tuple[str, object]] = [
        ("coupon_name", data["stock_name"]),
        ("coupon_type", 1),  # a merchant coupon (C015)
        ("discount_type", stock_type),
        ("mini_amount", rule_object["transaction_minimum"]),
        ("discount", rule_object[discount_name]),
        ("person_num", send["max_coupons_per_user"]),
        ("code_mode", data["coupon_code_mode"]),
    ]
    if "max_coupons" in send:
        mirrors.append(("total_num", send["max_coupons"]))
    body: Payload = {name: value for name, value in mirrors if rng.random() < 0.6}
    if rng.random() < 0.4:
        body["creator"] = rng.choice(_CREATORS)
    if rng.random() < 0.3:
        first = rng.randrange(1, 9_000)
        body["store_list"] = [f"store-{first + i:04d}" for i in range(rng.choice((1, 2, 4)))]
    if rng.random() < 0.3:
        body["sell_price"] = rng.choice((0, 100, 990))
        body["show_area"] = rng.choice((0, 1, 2))
    body["coupon_data"] = data
    return body


def _in_coupon_data(mistake: Callable[[Payload], None]) -> Callable[[Payload], None]:
    def apply(body: Payload) -> None:
        mistake(body["coupon_data"])

    apply.__name__ = mistake.__name__
    return apply


def _coupon_bundle_type(body: Payload) -> None:
    body["coupon_type"] = 4  # S003: 1 merchant coupon, 2 cash coupon, 3 bundle


def _store_list_as_text(body: Payload) -> None:
    body["store_list"] = "store-0001,store-0002"  # S002: an array of strings


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    *(_in_coupon_data(mistake) for mistake in STOCK_MISTAKES),
    _coupon_bundle_type,
    _store_list_as_text,
)
