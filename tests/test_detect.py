"""API detection under ``--api auto``: the specs' signals, in catalogue order."""

from __future__ import annotations

import pytest

import validator.apis.detect as detect_module
from validator.apis import APIS, spec_for
from validator.apis.detect import detect, signals
from validator.apis.spec import ApiSpec, Endpoint, any_member


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"coupon": {}}, ["shop-coupon-add"]),
        ({"coupon": 1, "coupon_info": {}}, ["shop-coupon-add"]),
        ({"type": 1, "ext_info": {"valid_time": 1}}, ["product-coupon-create"]),
        ({"type": 1, "ext_info": {"invalid_time": 1}}, ["product-coupon-create"]),
        ({"type": 1, "ext_info": {}}, []),
        ({"type": 1, "ext_info": {"valid_time": 1}, "promote_info": 1}, ["product-coupon-create"]),
        ({"type": 1, "promote_info": {"customize_channel": ""}}, ["product-coupon-create"]),
        ({"type": 1, "promote_info": {"promote_type": 1}}, ["channels-ec-coupon-create"]),
        (
            {"type": 1, "promote_info": {"promote_type": 1}, "ext_info": {"valid_time": 1}},
            ["channels-ec-coupon-create"],
        ),
        ({"type": 1, "auto_valid_info": {}}, ["channels-ec-coupon-create"]),
        (
            {"type": 1, "promote_info": {"customize_channel": ""}, "auto_valid_info": {}},
            ["product-coupon-create", "channels-ec-coupon-create"],
        ),
        ({"type": 1, "promote_info": {}, "coupon_info": {}}, ["product-coupon-create"]),
        ({"auto_valid_info": {}}, []),
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


def test_the_signals_are_the_specs_in_catalogue_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Detection asks each spec, in registry order: a new API is detected by its spec alone."""
    extra = ApiSpec(
        id="extra-api",
        title="a test API",
        package="validator.apis.extra",
        endpoint=Endpoint("POST", "/extra"),
        signal=any_member("extra"),
    )
    monkeypatch.setattr(detect_module, "APIS", (*APIS, extra))
    assert signals({"extra": 1}) == ["extra-api"]
    assert detect({"extra": 1}) == ("extra-api", None)
    assert signals({"coupon": {}, "extra": 1}) == ["shop-coupon-add", "extra-api"]


def test_the_carried_body_hint_comes_from_the_spec() -> None:
    spec = spec_for("create-coupon-stock")
    assert spec.carries is not None
    for member in spec.carries.members:
        _, finding = detect({member: 1})
        assert finding is not None
        assert finding.message == (
            "cannot tell which API this file targets (signals: none); pass --api. "
            "This looks like a bare WeChat Pay busifavor body: wrap it in "
            '{"coupon_data": …} for create-coupon-stock'
        )


def test_no_hint_without_a_carried_member() -> None:
    _, finding = detect({"name": "x"})
    assert finding is not None
    assert finding.message == "cannot tell which API this file targets (signals: none); pass --api"
