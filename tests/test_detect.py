"""API detection (rules.md §2)."""

from __future__ import annotations

import pytest

from validator.apis.detect import detect, signals


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"coupon": {}}, ["shop-coupon-add"]),
        ({"coupon": 1, "coupon_info": {}}, ["shop-coupon-add"]),
        ({"type": 1, "ext_info": {}}, ["product-coupon-create"]),
        ({"type": 1, "promote_info": {"customize_channel": ""}}, ["product-coupon-create"]),
        ({"type": 1, "promote_info": {"promote_type": 1}}, []),
        ({"type": 1, "promote_info": "customize_channel"}, []),
        ({"coupon_info": {}}, ["product-coupon-create"]),
        ({"coupon_data": {}}, ["create-coupon-stock"]),
        ({"discount_type": "NORMAL"}, ["create-coupon-stock"]),
        ({"coupon": {}, "coupon_type": 1}, ["shop-coupon-add", "create-coupon-stock"]),
        ({}, []),
    ],
)
def test_signals(document: dict, expected: list[str]) -> None:
    assert signals(document) == expected


def test_bare_busifavor_body_gets_the_wrapping_hint() -> None:
    api, finding = detect({"stock_name": "x", "stock_type": "NORMAL"})
    assert api is None and finding is not None
    assert finding.code == "D001" and finding.pointer == ""
    assert "coupon_data" in finding.message


def test_conflict_names_the_candidates() -> None:
    _, finding = detect({"coupon": {}, "coupon_data": {}})
    assert finding is not None
    assert "shop-coupon-add and create-coupon-stock" in finding.message
    assert "--api" in finding.message
