"""Edge cases of the A and B rules that the one-change fixtures do not show.

Boundaries (the exact limit passes, one past it fires), values made unusable by an earlier
finding (the rule must stay silent rather than pile up on a type or unit error), the
``coupon_info`` unwrap (findings at the member's real place in the file), and messages that
quote the values they complain about. Documents start from the catalogue's Base-A / Base-B.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from validator import Diagnostic, validate
from validator.catalogue.bases import BASE_A, BASE_B

NOW = 1800000000
A = "shop-coupon-add"
B = "product-coupon-create"
CI = "/coupon/coupon_info"


def base_a() -> dict[str, Any]:
    return copy.deepcopy(BASE_A)


def base_b() -> dict[str, Any]:
    return copy.deepcopy(BASE_B)


def info(document: dict[str, Any]) -> dict[str, Any]:
    """Base-A's coupon_info, to edit in place."""
    return document["coupon"]["coupon_info"]


def check(document: dict[str, Any] | str, api: str, now: int = NOW) -> list[Diagnostic]:
    return validate(document, api=api, now=now)


def of(diagnostics: list[Diagnostic], *codes: str) -> set[tuple[str, str, str]]:
    """(code, severity, pointer) of the diagnostics with these codes."""
    return {(d.code, d.severity, d.pointer) for d in diagnostics if d.code in codes}


def message(diagnostics: list[Diagnostic], code: str) -> str:
    [found] = [d for d in diagnostics if d.code == code]
    return found.message


# -- the bases are clean ------------------------------------------------------------------------


@pytest.mark.parametrize(("document", "api"), [(BASE_A, A), (BASE_B, B)], ids=["A", "B"])
def test_worked_example_bases_have_no_findings(document: dict[str, Any], api: str) -> None:
    assert check(document, api) == []
    assert check(document, "auto") == []


# -- A005 -------------------------------------------------------------------------------------


def test_a005_only_for_exactly_10000() -> None:
    document = base_a()
    document["coupon"]["type"] = 103
    info(document)["discount_info"] = {"discount_num": 9900}
    assert of(check(document, A), "A005") == set()
    info(document)["discount_info"] = {"discount_num": 10000}
    diagnostics = check(document, A)
    assert of(diagnostics, "A005") == {("A005", "warning", f"{CI}/discount_info/discount_num")}
    assert "10000" in message(diagnostics, "A005")
    assert "9000" in message(diagnostics, "A005")


# -- A006 / A007: the 2 折 floor ------------------------------------------------------------


def _spend_and_save(coupon_type: int, price: Any, fee: Any) -> dict[str, Any]:
    document = base_a()
    document["coupon"]["type"] = coupon_type
    condition: dict[str, Any] = {"product_price": price}
    if coupon_type == 2:
        condition["out_product_ids"] = ["sku-2030-a"]
    info(document)["discount_info"] = {"discount_condition": condition, "discount_fee": fee}
    return document


FEE = f"{CI}/discount_info/discount_fee"


def test_a006_exactly_80_percent_passes() -> None:
    assert of(check(_spend_and_save(102, 10000, 8000), A), "A006") == set()


def test_a006_one_fen_above_80_percent_fires_and_names_the_largest_fee() -> None:
    diagnostics = check(_spend_and_save(102, 10000, 8001), A)
    assert of(diagnostics, "A006") == {("A006", "error", FEE)}
    text = message(diagnostics, "A006")
    assert "8001" in text and "10000" in text and "8000" in text


@pytest.mark.parametrize(("fee", "fires"), [(23999, False), (24000, True)])
def test_a006_uses_exact_integer_arithmetic(fee: int, fires: bool) -> None:
    # 0.8 × 29999 = 23999.2: 23999 is allowed, 24000 is not; the largest is floor(P × 0.8).
    diagnostics = check(_spend_and_save(102, 29999, fee), A)
    assert bool(of(diagnostics, "A006")) is fires
    if fires:
        assert "largest discount_fee is 23999" in message(diagnostics, "A006")


def test_a006_quotes_the_values_of_the_worked_example() -> None:
    text = message(check(_spend_and_save(102, 10000, 9000), A), "A006")
    assert "discount_fee 9000" in text
    assert "product_price 10000" in text
    assert "8000" in text


def test_a006_is_for_store_coupons_and_a007_for_product_coupons() -> None:
    store = check(_spend_and_save(102, 10000, 9000), A)
    product = check(_spend_and_save(2, 10000, 9000), A)
    assert of(store, "A006", "A007") == {("A006", "error", FEE)}
    assert of(product, "A006", "A007") == {("A007", "warning", FEE)}
    assert of(check(_spend_and_save(2, 10000, 8000), A), "A007") == set()


def test_a006_skipped_when_product_price_is_a_string() -> None:
    diagnostics = check(_spend_and_save(102, "10000", 9000), A)
    price = f"{CI}/discount_info/discount_condition/product_price"
    assert of(diagnostics, "S002") == {("S002", "error", price)}
    assert of(diagnostics, "A006") == set()


def test_a006_skipped_when_discount_fee_is_a_float() -> None:
    diagnostics = check(_spend_and_save(102, 10000, 9000.0), A)
    assert of(diagnostics, "S002") == {("S002", "error", FEE)}
    assert of(diagnostics, "A006") == set()


def test_a006_skipped_when_type_is_unusable() -> None:
    document = _spend_and_save(102, 10000, 9000)
    document["coupon"]["type"] = "102"
    diagnostics = check(document, A)
    assert of(diagnostics, "S002") == {("S002", "error", "/coupon/type")}
    assert of(diagnostics, "A006", "A007") == set()


def test_a006_still_runs_on_a_value_with_only_a_soft_bound_finding() -> None:
    # product_price 0 breaks the INFERRED minimum 1 (S009), which does not make it unusable.
    diagnostics = check(_spend_and_save(102, 0, 1), A)
    assert ("S009", "warning", f"{CI}/discount_info/discount_condition/product_price") in of(
        diagnostics, "S009"
    )
    assert of(diagnostics, "A006") == {("A006", "error", FEE)}


# -- A008 / A009: windows --------------------------------------------------------------------

RECEIVE_START = f"{CI}/receive_info/start_time"
RECEIVE_END = f"{CI}/receive_info/end_time"
VALID_END = f"{CI}/valid_info/end_time"


def test_a008_fires_when_start_equals_end() -> None:
    document = base_a()
    info(document)["receive_info"]["end_time"] = 1900000000
    diagnostics = check(document, A)
    assert of(diagnostics, "A008") == {("A008", "error", RECEIVE_END)}
    text = message(diagnostics, "A008")
    assert text.count("1900000000") == 2


def test_a008_message_quotes_both_times() -> None:
    document = base_a()
    receive = info(document)["receive_info"]
    receive["start_time"], receive["end_time"] = 1900086400, 1900000000
    text = message(check(document, A), "A008")
    assert "1900086400" in text and "1900000000" in text


def test_millisecond_start_gives_u001_and_no_a008() -> None:
    document = base_a()
    info(document)["receive_info"]["start_time"] = 1900000000000  # later than end, as a number
    diagnostics = check(document, A)
    assert of(diagnostics, "U001", "A008") == {("U001", "error", RECEIVE_START)}


def test_millisecond_claim_end_gives_u001_and_no_a009() -> None:
    document = base_a()
    info(document)["receive_info"]["end_time"] = 1900086400000  # later than the validity end
    diagnostics = check(document, A)
    assert of(diagnostics, "U001", "A008", "A009", "U003") == {("U001", "error", RECEIVE_END)}


def test_millisecond_validity_times_give_u001_and_no_a008_or_a009() -> None:
    document = base_a()
    info(document)["valid_info"].update(start_time=1900604800000, end_time=1900000000000)
    diagnostics = check(document, A)
    assert of(diagnostics, "U001", "A008", "A009") == {
        ("U001", "error", f"{CI}/valid_info/start_time"),
        ("U001", "error", VALID_END),
    }


def test_implausible_end_gives_u002_and_no_a008() -> None:
    document = base_a()
    info(document)["receive_info"]["end_time"] = 1300000000  # before start, but 2011
    diagnostics = check(document, A)
    assert of(diagnostics, "U002", "A008", "A009") == {("U002", "warning", RECEIVE_END)}


def test_a008_b_and_a009_need_valid_type_1() -> None:
    document = base_a()
    info(document)["valid_info"] = {
        "valid_type": 2,
        "valid_day_num": 7,
        "start_time": 1900604800,
        "end_time": 1900000000,  # reversed, and before the claim end
    }
    assert of(check(document, A), "A008", "A009") == set()


def test_a008_b_and_a009_skipped_when_valid_type_is_unusable() -> None:
    document = base_a()
    info(document)["valid_info"] = {
        "valid_type": "1",
        "start_time": 1900604800,
        "end_time": 1900000000,
    }
    diagnostics = check(document, A)
    assert of(diagnostics, "S002") == {("S002", "error", f"{CI}/valid_info/valid_type")}
    assert of(diagnostics, "A008", "A009") == set()


def test_a009_equal_ends_pass_and_message_quotes_both() -> None:
    document = base_a()
    info(document)["valid_info"]["end_time"] = 1900086400
    assert of(check(document, A), "A009") == set()
    info(document)["valid_info"]["end_time"] = 1900086399
    diagnostics = check(document, A)
    assert of(diagnostics, "A009") == {("A009", "warning", VALID_END)}
    text = message(diagnostics, "A009")
    assert "1900086399" in text and "1900086400" in text


# -- A010 / A011 ------------------------------------------------------------------------------


def test_a010_equal_passes_and_message_quotes_both() -> None:
    document = base_a()
    info(document)["receive_info"]["limit_num_one_person"] = 500
    assert of(check(document, A), "A010") == set()
    info(document)["receive_info"]["limit_num_one_person"] = 600
    diagnostics = check(document, A)
    pointer = f"{CI}/receive_info/limit_num_one_person"
    assert of(diagnostics, "A010") == {("A010", "warning", pointer)}
    text = message(diagnostics, "A010")
    assert "600" in text and "500" in text


@pytest.mark.parametrize(
    ("name", "fires"),
    [
        ("春季店铺满减优惠券限", False),  # exactly 10 code points
        ("春季店铺满减优惠券限时", True),  # 11
        ("春季店铺满减优惠券🎉", False),  # an emoji counts 1 (it is 2 UTF-16 units, 4 bytes)
        ("🎉" * 10, False),
        ("🎉" * 11, True),
        ("abcdefghij", False),
    ],
)
def test_a011_counts_code_points(name: str, fires: bool) -> None:
    document = base_a()
    info(document)["name"] = name
    assert bool(of(check(document, A), "A011")) is fires


def test_a011_message_quotes_the_name_and_its_length() -> None:
    document = base_a()
    info(document)["name"] = "春季店铺满减优惠券限时领取"
    diagnostics = check(document, A)
    assert of(diagnostics, "A011") == {("A011", "warning", f"{CI}/name")}
    text = message(diagnostics, "A011")
    assert "春季店铺满减优惠券限时领取" in text and "13" in text


def test_a011_lone_surrogate_counts_1_and_prints_escaped() -> None:
    text = json.dumps(base_a(), ensure_ascii=False).replace(
        "春季满减券", "春季店铺满减优惠券\\ud800限"
    )
    diagnostics = check(text, A)  # 11 code points, one of them a lone surrogate
    assert of(diagnostics, "A011") == {("A011", "warning", f"{CI}/name")}
    shown = message(diagnostics, "A011")
    assert "\\ud800" in shown and "11" in shown
    shown.encode("utf-8")  # printable: no raw surrogate left


# -- B004 / B005 ------------------------------------------------------------------------------


def test_b004_message_quotes_both_values() -> None:
    document = base_b()
    document["ext_info"]["valid_time"] = 1900003600
    diagnostics = check(document, B)
    assert of(diagnostics, "B004") == {("B004", "error", "/ext_info/valid_time")}
    text = message(diagnostics, "B004")
    assert "1900003600" in text and "1900000000" in text


def test_b004_and_b005_b_need_valid_type_1() -> None:
    document = base_b()
    document["ext_info"]["valid_time"] = 1900003600
    document["valid_info"] = {"valid_type": 2, "valid_day_num": 15}
    assert of(check(document, B), "B004") == set()
    document["valid_info"] = {
        "valid_type": 2,
        "valid_day_num": 15,
        "start_time": 1900604800,
        "end_time": 1900000000,
    }
    assert of(check(document, B), "B004", "B005") == set()


def test_b005_c_applies_to_ext_info_with_any_valid_type() -> None:
    document = base_b()
    document["ext_info"] = {"valid_time": 1900604800, "invalid_time": 1900604800}
    document["valid_info"] = {"valid_type": 2, "valid_day_num": 15}
    diagnostics = check(document, B)
    assert of(diagnostics, "B005") == {("B005", "error", "/ext_info/invalid_time")}


def test_millisecond_ext_time_gives_u001_and_no_b004_or_b005() -> None:
    document = base_b()
    document["ext_info"]["invalid_time"] = 1900604800000
    diagnostics = check(document, B)
    assert of(diagnostics, "U001", "B004", "B005") == {("U001", "error", "/ext_info/invalid_time")}


# -- B006 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("promote_type", "channel", "fires"),
    [(2, "", True), (2, "live-room-7", False), (1, "", False)],
)
def test_b006_empty_channel_only_matters_for_promote_type_2(
    promote_type: int, channel: str, fires: bool
) -> None:
    document = base_b()
    document["promote_info"] = {"promote_type": promote_type, "customize_channel": channel}
    assert bool(of(check(document, B), "B006")) is fires


# -- B008 / B009 / B010 -----------------------------------------------------------------------


def _fixed_amount(coupon_type: int, fee: Any) -> dict[str, Any]:
    document = base_b()
    document["type"] = coupon_type
    document["discount_info"] = {"discount_fee": fee}
    if coupon_type == 4:
        document["discount_info"]["discount_condition"] = {"product_ids": [1001]}
    return document


@pytest.mark.parametrize("coupon_type", [4, 104])
@pytest.mark.parametrize(("fee", "fires"), [(500000, False), (500001, True)])
def test_b008_boundary(coupon_type: int, fee: int, fires: bool) -> None:
    diagnostics = check(_fixed_amount(coupon_type, fee), B)
    expected = {("B008", "warning", "/discount_info/discount_fee")} if fires else set()
    assert of(diagnostics, "B008") == expected


def test_b008_message_quotes_fen_and_yuan() -> None:
    text = message(check(_fixed_amount(104, 600000), B), "B008")
    assert "600000" in text and "6000.00 yuan" in text and "fen" in text


def test_b008_only_for_fixed_amount_types() -> None:
    document = base_b()
    document["discount_info"] = {
        "discount_condition": {"product_price": 6000000},
        "discount_fee": 600000,
    }
    assert of(check(document, B), "B008") == set()


def test_b008_skipped_for_a_float_fee() -> None:
    diagnostics = check(_fixed_amount(104, 600000.0), B)
    assert of(diagnostics, "S002", "B008") == {("S002", "error", "/discount_info/discount_fee")}


@pytest.mark.parametrize("coupon_type", [2, 102])
@pytest.mark.parametrize(("fee", "fires"), [(19899, False), (19900, True), (19901, True)])
def test_b009_equality_fires(coupon_type: int, fee: int, fires: bool) -> None:
    document = base_b()
    document["type"] = coupon_type
    document["discount_info"]["discount_fee"] = fee
    if coupon_type == 2:
        document["discount_info"]["discount_condition"]["product_ids"] = [1001]
    diagnostics = check(document, B)
    expected = {("B009", "warning", "/discount_info/discount_fee")} if fires else set()
    assert of(diagnostics, "B009") == expected
    if fires:
        text = message(diagnostics, "B009")
        assert str(fee) in text and "19900" in text


def test_b009_skipped_when_product_price_is_a_string() -> None:
    document = base_b()
    document["discount_info"] = {
        "discount_condition": {"product_price": "19900"},
        "discount_fee": 19900,
    }
    diagnostics = check(document, B)
    assert of(diagnostics, "S002", "B009") == {
        ("S002", "error", "/discount_info/discount_condition/product_price")
    }


def test_b010_equal_passes_and_message_quotes_both() -> None:
    document = base_b()
    document["receive_info"]["limit_num_one_person"] = 300
    assert of(check(document, B), "B010") == set()
    document["receive_info"]["limit_num_one_person"] = 400
    diagnostics = check(document, B)
    assert of(diagnostics, "B010") == {("B010", "warning", "/receive_info/limit_num_one_person")}
    text = message(diagnostics, "B010")
    assert "400" in text and "300" in text


# -- the coupon_info unwrap -------------------------------------------------------------------


def _wrapped(document: dict[str, Any], keep_outside: tuple[str, ...] = ("type",)) -> dict:
    outside = {k: v for k, v in document.items() if k in keep_outside}
    inside = {k: v for k, v in document.items() if k not in keep_outside}
    return {**outside, "coupon_info": inside}


def test_unwrapped_findings_point_into_coupon_info() -> None:
    document = base_b()
    document["ext_info"]["valid_time"] = 1900003600
    document["receive_info"]["end_time"] = 1899990000
    document["receive_info"]["limit_num_one_person"] = 400
    document["discount_info"]["discount_fee"] = 19900
    diagnostics = check(_wrapped(document), "auto")
    assert of(diagnostics, "B004", "B005", "B007", "B009", "B010") == {
        ("B007", "error", "/coupon_info"),
        ("B004", "error", "/coupon_info/ext_info/valid_time"),
        ("B005", "error", "/coupon_info/receive_info/end_time"),
        ("B009", "warning", "/coupon_info/discount_info/discount_fee"),
        ("B010", "warning", "/coupon_info/receive_info/limit_num_one_person"),
    }


def test_unwrap_keeps_top_level_pointers_for_members_left_outside() -> None:
    document = base_b()
    document["ext_info"]["valid_time"] = 1900003600
    document["receive_info"]["end_time"] = 1899990000
    diagnostics = check(_wrapped(document, keep_outside=("type", "ext_info")), B)
    assert of(diagnostics, "B004", "B005") == {
        ("B004", "error", "/ext_info/valid_time"),
        ("B005", "error", "/coupon_info/receive_info/end_time"),
    }


def test_unwrap_compares_the_top_level_copy_of_a_duplicated_member() -> None:
    inner = base_b()
    inner["ext_info"] = {"valid_time": 1900003600, "invalid_time": 1900604800}  # ignored copy
    document = {**_wrapped(inner), "ext_info": dict(BASE_B["ext_info"])}
    diagnostics = check(document, B)
    assert of(diagnostics, "S007") == {("S007", "warning", "/coupon_info/ext_info")}
    assert of(diagnostics, "B004") == set()


def test_dict_payload_with_python_float_is_unusable() -> None:
    document = base_b()
    document["discount_info"]["discount_fee"] = 19900.0
    diagnostics = check(document, B)
    assert of(diagnostics, "S002", "B009") == {("S002", "error", "/discount_info/discount_fee")}
