"""API detection under ``--api auto``: the specs' signals, in catalogue order."""

from __future__ import annotations

import pytest

import validator.apis.detect as detect_module
from validator.apis import APIS
from validator.apis.detect import detect, raised, signals
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
        ({"stock_name": "x", "stock_type": "NORMAL"}, ["busifavor-stock-create"]),
        ({"coupon_use_rule": {}}, ["busifavor-stock-create"]),
        ({"notify_config": {}}, ["busifavor-stock-create"]),
        # a shared member with a cash-coupon (代金券) marker is a cash-coupon body …
        ({"stock_name": "x", "no_cash": False}, ["favor-stock-create"]),
        # … but a member only a merchant-coupon body has beside a marker is both: not guessed
        (
            {"goods_name": "x", "stock_use_rule": {}},
            ["busifavor-stock-create", "favor-stock-create"],
        ),
        # create-coupon-stock wins: the bare members are unknown members there
        ({"coupon_data": {}, "stock_name": "x", "goods_name": "x"}, ["create-coupon-stock"]),
        ({"coupon": {}, "goods_name": "x"}, ["shop-coupon-add", "busifavor-stock-create"]),
        ({"belong_merchant": "1900012345"}, []),
        ({}, []),
    ],
)
def test_signals(document: dict, expected: list[str]) -> None:
    assert signals(document) == expected


def test_bare_busifavor_body_is_its_own_api() -> None:
    """A bare WeChat Pay merchant-coupon body is busifavor-stock-create, not a D001 asking to
    wrap it in create-coupon-stock's coupon_data."""
    assert detect({"stock_name": "x", "stock_type": "NORMAL"}) == ("busifavor-stock-create", None)


def test_merchant_and_cash_coupon_members_are_a_conflict_naming_both() -> None:
    """商家券 and 代金券 members mixed: D001 names busifavor-stock-create and favor-stock-create."""
    api, finding = detect({"stock_send_rule": {}, "stock_use_rule": {}, "no_cash": False})
    assert api is None and finding is not None
    assert finding.message == (
        "cannot tell which API this file targets: signals of busifavor-stock-create "
        "(stock_send_rule) and favor-stock-create (stock_use_rule, no_cash); pass --api"
    )


def test_create_coupon_stock_wins_over_the_bare_bodies() -> None:
    assert detect({"coupon_data": {}, "no_cash": False}) == ("create-coupon-stock", None)
    assert detect({"coupon_data": {}, "goods_name": "x"}) == ("create-coupon-stock", None)


def test_conflict_names_the_candidates() -> None:
    _, finding = detect({"coupon": {}, "coupon_data": {}})
    assert finding is not None
    assert "shop-coupon-add (coupon) and create-coupon-stock (coupon_data)" in finding.message
    assert "--api" in finding.message


def test_conflict_names_the_members_behind_each_signal() -> None:
    """Every candidate is named with the members that raised it, in catalogue order."""
    document = {
        "type": 1,
        "promote_info": {"customize_channel": ""},
        "auto_valid_info": {},
        "coupon": {},
    }
    _, finding = detect(document)
    assert finding is not None
    assert finding.message == (
        "cannot tell which API this file targets: signals of shop-coupon-add (coupon), "
        "product-coupon-create (customize_channel) and channels-ec-coupon-create "
        "(auto_valid_info); pass --api"
    )
    wrapped = {"type": 1, "ext_info": {"valid_time": 1}, "coupon_info": {}}
    assert raised(wrapped) == [("product-coupon-create", ("ext_info.valid_time", "coupon_info"))]


def test_the_signals_are_the_specs_in_catalogue_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Detection asks each spec, in registry order: a new API is detected by its spec alone."""
    extra = ApiSpec(
        id="extra-api",
        title="a test API",
        endpoint=Endpoint("POST", "/extra"),
        signal=any_member("extra"),
    )
    monkeypatch.setattr(detect_module, "APIS", (*APIS, extra))
    assert signals({"extra": 1}) == ["extra-api"]
    assert detect({"extra": 1}) == ("extra-api", None)
    assert signals({"coupon": {}, "extra": 1}) == ["shop-coupon-add", "extra-api"]


def test_no_signal() -> None:
    _, finding = detect({"name": "x"})
    assert finding is not None
    assert finding.message == "cannot tell which API this file targets (no signal); pass --api"
