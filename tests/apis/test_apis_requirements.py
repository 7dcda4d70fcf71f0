"""validator.apis.requirements: the per-type requirements the strategies build from are the
schemas' coded conditionals, not copies.

The requirement tables in tests/apis/test_properties.py are an independent copy (they check the
schema and the strategies together); here the point is the derivation itself.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import find

from validator.apis import requirements
from validator.apis.requirements import Case, cases, enum_of, required_of
from validator.strategies import (
    PRODUCT_COUPON_TYPES,
    PRODUCT_VALID_TYPES,
    SHOP_COUPON_TYPES,
    SHOP_VALID_TYPES,
    STOCK_TYPES,
    USE_METHODS,
)

SHOP, PRODUCT, STOCK = "shop-coupon-add", "product-coupon-create", "create-coupon-stock"
BUSIFAVOR = "busifavor-stock-create"


def test_every_enumerated_value_has_its_case() -> None:
    assert tuple(cases(SHOP, "/coupon", "type")) == SHOP_COUPON_TYPES
    assert tuple(cases(SHOP, "/coupon/coupon_info/valid_info", "valid_type")) == SHOP_VALID_TYPES
    assert tuple(cases(PRODUCT, "", "type")) == PRODUCT_COUPON_TYPES
    assert tuple(cases(PRODUCT, "/valid_info", "valid_type")) == PRODUCT_VALID_TYPES
    assert tuple(cases(STOCK, "/coupon_data", "stock_type")) == STOCK_TYPES
    assert set(USE_METHODS) < set(cases(STOCK, "/coupon_data/coupon_use_rule", "use_method"))
    assert tuple(cases(BUSIFAVOR, "", "stock_type")) == STOCK_TYPES


def test_the_carried_body_has_the_requirements_of_the_file_it_refers_to() -> None:
    """create-coupon-stock's coupon_data is a reference to busifavor-stock-create.json: its
    coded conditionals are read through that reference, with the vendor's overrides."""
    assert cases(STOCK, "/coupon_data", "stock_type") == cases(BUSIFAVOR, "", "stock_type")
    use_rule = "/coupon_use_rule"
    assert cases(STOCK, "/coupon_data" + use_rule, "use_method") == cases(
        BUSIFAVOR, use_rule, "use_method"
    )
    send = requirements.schema_at(STOCK, "/coupon_data/stock_send_rule")["properties"]
    assert send["max_amount"] is False  # the vendor model lacks it
    assert "max_amount" in requirements.schema_at(BUSIFAVOR, "/stock_send_rule")["properties"]


def test_the_strategies_enumerations_are_the_schema_enums() -> None:
    assert enum_of(SHOP, "/coupon/type") == SHOP_COUPON_TYPES
    assert enum_of(PRODUCT, "/valid_info/valid_type") == PRODUCT_VALID_TYPES
    assert enum_of(STOCK, "/coupon_data/coupon_use_rule/use_method") == (
        *USE_METHODS,
        "SELF_CONSUME",
    )


def test_a_case_merges_required_and_expected_members() -> None:
    """Type 1 of shop-coupon-add: discount_num and out_product_ids are A001 (required),
    product_cnt is A002 (expected); discount_fee and the other conditions are A004."""
    case = cases(SHOP, "/coupon", "type")[1].under("coupon_info/discount_info")
    assert {"discount_num", "discount_condition/out_product_ids"} <= case.required
    assert "discount_condition/product_cnt" in case.required
    assert {"discount_fee", "discount_condition/tradein_info"} <= case.forbidden


def test_open_members_are_neither_required_nor_forbidden() -> None:
    case = Case(frozenset({"a", "a/b"}), frozenset({"c", "d/e"}))
    assert not case.is_open("a/b")  # required
    assert not case.is_open("c") and not case.is_open("c/x")  # forbidden, or inside it
    assert case.is_open("d") and not case.is_open("d/e")
    assert case.is_open("a/z")
    assert case.under("a") == Case(frozenset({"b"}), frozenset())


def test_presence_triggered_conditionals_are_not_cases() -> None:
    """C003/C004 are triggered by a member's presence, not by a switch value."""
    available = "/coupon_data/coupon_use_rule/coupon_available_time"
    assert cases(STOCK, available, "wait_days_after_receive") == {}


def test_required_of_reads_the_plain_required_list() -> None:
    assert required_of(STOCK, "/coupon_data/coupon_use_rule/discount_coupon") == (
        "discount_percent",
        "transaction_minimum",
    )


@pytest.fixture
def shop_type_103_wants_a_count(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The shop-coupon-add schema with one more requirement: type 103 expects product_cnt.
    The shop strategies module is rebuilt on it, and rebuilt on the real schema afterwards."""
    original = requirements.schema_at
    coupon = copy.deepcopy(original(SHOP, "/coupon"))
    for entry in coupon["allOf"]:
        if entry["if"]["properties"]["type"].get("const") != 103:
            continue
        then = entry["then"]["properties"]["coupon_info"]
        if "discount_info" in then.get("required", ()):  # the A001 entry
            then["properties"]["discount_info"]["required"].append("discount_condition")
            then["properties"]["discount_info"]["properties"] = {
                "discount_condition": {"required": ["product_cnt"]}
            }
        else:  # the A004 entry no longer forbids it
            del then["properties"]["discount_info"]["properties"]["discount_condition"]
    monkeypatch.setattr(
        requirements,
        "schema_at",
        lambda api, at: coupon if (api, at) == (SHOP, "/coupon") else original(api, at),
    )
    cases.cache_clear()
    module = importlib.import_module("validator.apis.shop_coupon_add.strategies")
    try:
        yield importlib.reload(module)
    finally:
        monkeypatch.undo()
        cases.cache_clear()
        importlib.reload(module)


def test_a_requirement_changed_in_the_schema_changes_the_payloads(
    shop_type_103_wants_a_count: Any,
) -> None:
    payload = find(shop_type_103_wants_a_count.shop_coupon_add(coupon_type=103), lambda _: True)
    discount_info = payload["coupon"]["coupon_info"]["discount_info"]
    assert list(discount_info["discount_condition"]) == ["product_cnt"]
