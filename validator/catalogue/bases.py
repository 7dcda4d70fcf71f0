"""The base documents every example starts from, and the helpers that make examples.

A base is one clean, realistic request body per API: Base-A for shop-coupon-add, Base-B for
product-coupon-create, Base-C for create-coupon-stock, Base-D for busifavor-stock-create (the
body that Base-C carries in ``coupon_data``, the same object). It passes every rule at
``WORKED_NOW``.
An example is a base with exactly one change (``changed``), so a base stays written once and
every example shows only what its rule is about. ``fails``/``passes`` wrap a document as an
``Example``; a document that is not text yet is rendered when first read (see
``validator.catalogue.model`` for why), so importing a module full of examples stays cheap.

The bases and every change value are shared by reference: never mutate them (copy a base
first, as the tests do).
"""

from __future__ import annotations

from typing import Any

from validator.catalogue.model import REMOVE, WORKED_NOW, Changed, Example, render

__all__ = [
    "BASE_A",
    "BASE_B",
    "BASE_C",
    "BASE_D",
    "REMOVE",
    "changed",
    "edit",
    "fails",
    "passes",
    "text",
]

BASE_A: dict[str, Any] = {
    "coupon": {
        "out_coupon_id": "spring-2030-01",
        "type": 102,
        "promote_type": 4,
        "coupon_info": {
            "name": "春季满减券",
            "promote_info": {"promote_type": 4, "finder": {"nickname": "小店直播间"}},
            "discount_info": {"discount_condition": {"product_price": 29900}, "discount_fee": 3000},
            "receive_info": {
                "start_time": 1900000000,
                "end_time": 1900086400,
                "limit_num_one_person": 2,
                "total_num": 500,
            },
            "valid_info": {"valid_type": 1, "start_time": 1900000000, "end_time": 1900604800},
        },
    }
}

BASE_B: dict[str, Any] = {
    "type": 102,
    "name": "周末满减",
    "discount_info": {"discount_condition": {"product_price": 19900}, "discount_fee": 2000},
    "ext_info": {"valid_time": 1900000000, "invalid_time": 1900604800},
    "promote_info": {"promote_type": 1, "customize_channel": ""},
    "receive_info": {
        "start_time": 1900000000,
        "end_time": 1900086400,
        "limit_num_one_person": 1,
        "total_num": 300,
    },
    "valid_info": {"valid_type": 1, "start_time": 1900000000, "end_time": 1900604800},
}

BASE_D: dict[str, Any] = {
    "stock_name": "门店满100减10",
    "belong_merchant": "1900012345",
    "goods_name": "全场商品",
    "stock_type": "NORMAL",
    "coupon_use_rule": {
        "coupon_available_time": {
            "available_begin_time": "2030-04-01T00:00:00+08:00",
            "available_end_time": "2030-06-30T23:59:59+08:00",
        },
        "fixed_normal_coupon": {"discount_amount": 1000, "transaction_minimum": 10000},
        "use_method": "OFF_LINE",
    },
    "stock_send_rule": {"max_coupons": 5000, "max_coupons_per_user": 3},
    "out_request_no": "1900012345-20300401-0001",
    "coupon_code_mode": "WECHATPAY_MODE",
}

BASE_C: dict[str, Any] = {
    "coupon_name": "门店满100减10",
    "coupon_type": 1,
    "discount_type": "NORMAL",
    "coupon_data": BASE_D,
}


def changed(base: dict[str, Any], changes: dict[str, Any] | None = None) -> Changed:
    """``base`` with each ``pointer: value`` of ``changes`` applied in order, as a description.

    Nothing is copied or applied here: ``Changed.build`` does it when the example is first read.
    A value of ``REMOVE`` deletes the member.
    """
    return Changed(base, dict(changes) if changes else {})


def text(document: dict[str, Any] | list[Any] | Changed) -> str:
    """The pretty-printed text of a document, rendered now (for examples edited as text)."""
    return render(document)


def edit(document: str | dict[str, Any] | Changed, old: str, new: str) -> str:
    """Replace ``old`` (which must occur exactly once) in a rendered document.

    ``document`` may also be a JSON value or a ``changed`` description; it is rendered first.
    """
    if not isinstance(document, str):
        document = render(document)
    if document.count(old) != 1:
        raise ValueError(f"{old!r} occurs {document.count(old)} times, expected once")
    return document.replace(old, new)


def fails(
    document: str | dict[str, Any] | list[Any] | Changed,
    pointer: str,
    api: str = "auto",
    now: int = WORKED_NOW,
) -> Example:
    """A failing example, reported at ``pointer`` (rendered when first read)."""
    return Example(document, api=api, now=now, pointer=pointer)


def passes(
    document: str | dict[str, Any] | list[Any] | Changed,
    api: str = "auto",
    now: int = WORKED_NOW,
) -> Example:
    """A passing example (rendered when first read)."""
    return Example(document, api=api, now=now)
