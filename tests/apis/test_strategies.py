"""validator.strategies: the value strategies keep their promises, the builders honour their
arguments, and shrinking ends in payloads a person can read.

The API-wide properties (hundreds of clean payloads, coverage, mutations) are in
tests/apis/test_properties.py; this file checks the composable parts one by one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from validator import validate
from validator.rfc3339 import add_one_calendar_year, parse
from validator.strategies import (
    FIXED_NOW,
    PRODUCT_COUPON_TYPES,
    PRODUCT_VALID_TYPES,
    SHOP_COUPON_TYPES,
    SHOP_VALID_TYPES,
    STOCK_TYPES,
    USE_METHODS,
    WINDOW_FROM,
    WINDOW_UNTIL,
    chinese_names,
    create_coupon_stock,
    discount_nums,
    fen_amounts,
    out_product_ids,
    payloads,
    product_coupon_create,
    product_ids,
    rfc3339_times,
    rfc3339_windows,
    second_timestamps,
    second_windows,
    shop_coupon_add,
)

FEW = settings(max_examples=25, deadline=None)


def clean(payload: dict[str, Any], api: str) -> bool:
    return validate(payload, api=api, now=FIXED_NOW) == []


# -- values ----------------------------------------------------------------------------------


@FEW
@given(fen_amounts(5, 12_345))
def test_fen_amounts_are_integer_fen_in_range(amount: int) -> None:
    assert type(amount) is int and 5 <= amount <= 12_345


@FEW
@given(discount_nums(1000))
def test_discount_nums_are_multiples_of_100_without_10_zhe(value: int) -> None:
    assert value % 100 == 0 and 1000 <= value <= 9900


@FEW
@given(second_timestamps())
def test_second_timestamps_are_seconds_between_2029_and_2035(value: int) -> None:
    assert type(value) is int and WINDOW_FROM <= value <= WINDOW_UNTIL < 10**11


@FEW
@given(second_windows(min_length=60, max_length=3_600))
def test_second_windows_are_ordered_and_bounded(window: tuple[int, int]) -> None:
    start, end = window
    assert WINDOW_FROM <= start < end <= WINDOW_UNTIL
    assert 60 <= end - start <= 3_600


@FEW
@given(rfc3339_times())
def test_rfc3339_times_parse_to_an_instant_in_range(text: str) -> None:
    moment = parse(text)
    assert moment is not None, text
    assert WINDOW_FROM <= moment.instant.seconds <= WINDOW_UNTIL


@settings(max_examples=60, deadline=None)
@given(rfc3339_windows())
def test_rfc3339_windows_last_at_most_one_calendar_year(window: tuple[str, str]) -> None:
    begin, end = (parse(text) for text in window)
    assert begin is not None and end is not None
    assert begin < end <= add_one_calendar_year(begin)


@FEW
@given(chinese_names(max_length=5, kind="满减券"))
def test_chinese_names_count_code_points(name: str) -> None:
    # len() counts code points, which is what every limit in rules.md §1.4 means.
    assert 1 <= len(name) <= 5


@FEW
@given(out_product_ids(1, 128), product_ids())
def test_product_id_lists_have_no_duplicates(skus: list[str], ids: list[int]) -> None:
    assert 1 <= len(skus) <= 128 and len(set(skus)) == len(skus)
    assert all(type(i) is int and i >= 1 for i in ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    "build",
    [
        lambda: shop_coupon_add(coupon_type=7),
        lambda: shop_coupon_add(valid_type=0),
        lambda: product_coupon_create(coupon_type=5),  # 5/6 exist only on shop-coupon-add
        lambda: product_coupon_create(valid_type=3),
        lambda: create_coupon_stock(stock_type="normal"),
        lambda: create_coupon_stock(use_method="SELF_CONSUME"),  # always C019
        lambda: payloads("auto"),
        lambda: fen_amounts(10, 1),
        lambda: discount_nums(1550),
        lambda: second_windows(min_value=10, max_value=20, min_length=60),
        lambda: out_product_ids(1, 129),
    ],
)
def test_arguments_no_clean_payload_can_have_are_refused(build: Callable[[], Any]) -> None:
    with pytest.raises(ValueError):
        build()


# -- builders honour their arguments ---------------------------------------------------------


@pytest.mark.parametrize(
    ("coupon_type", "valid_type"), list(itertools.product(SHOP_COUPON_TYPES, SHOP_VALID_TYPES))
)
@settings(max_examples=5, deadline=None)
@given(data=st.data())
def test_shop_coupon_add_of_each_type(
    coupon_type: int, valid_type: int, data: st.DataObject
) -> None:
    payload = data.draw(shop_coupon_add(coupon_type=coupon_type, valid_type=valid_type))
    assert payload["coupon"]["type"] == coupon_type
    assert payload["coupon"]["coupon_info"]["valid_info"]["valid_type"] == valid_type
    assert clean(payload, "shop-coupon-add")


@pytest.mark.parametrize(
    ("coupon_type", "valid_type", "promote_type"),
    list(itertools.product(PRODUCT_COUPON_TYPES, PRODUCT_VALID_TYPES, (1, 2))),
)
@settings(max_examples=4, deadline=None)
@given(data=st.data())
def test_product_coupon_create_of_each_type(
    coupon_type: int, valid_type: int, promote_type: int, data: st.DataObject
) -> None:
    payload = data.draw(
        product_coupon_create(
            coupon_type=coupon_type, valid_type=valid_type, promote_type=promote_type
        )
    )
    assert payload["type"] == coupon_type
    assert payload["valid_info"]["valid_type"] == valid_type
    assert payload["promote_info"]["promote_type"] == promote_type
    assert clean(payload, "product-coupon-create")


@pytest.mark.parametrize(
    ("stock_type", "use_method"), list(itertools.product(STOCK_TYPES, USE_METHODS))
)
@settings(max_examples=8, deadline=None)
@given(data=st.data())
def test_create_coupon_stock_of_each_stock_type_and_use_method(
    stock_type: str, use_method: str, data: st.DataObject
) -> None:
    payload = data.draw(create_coupon_stock(stock_type=stock_type, use_method=use_method))
    assert payload["coupon_data"]["stock_type"] == stock_type
    assert payload["coupon_data"]["coupon_use_rule"]["use_method"] == use_method
    assert clean(payload, "create-coupon-stock")


@pytest.mark.parametrize("api", ["shop-coupon-add", "product-coupon-create", "create-coupon-stock"])
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_payloads_stay_clean_for_any_clock_before_2029(api: str, data: st.DataObject) -> None:
    """Users validate with their own clock: nothing may have ended (U003) before 2029."""
    payload = data.draw(payloads(api))
    assert validate(payload, api=api, now=WINDOW_FROM) == []


# -- shrinking -------------------------------------------------------------------------------


class _Found(Exception):
    """Raised from inside a hypothesis test so that hypothesis shrinks the example."""


def minimal(strategy: st.SearchStrategy[Any]) -> Any:
    """The example hypothesis shrinks to, exactly as a failing user test would report it.

    The test body fails on every example, so hypothesis shrinks as far as it can and then
    replays the smallest example once more: the last value seen is the shrunk one.
    """
    seen: list[Any] = []

    @settings(
        database=None,
        deadline=None,
        max_examples=10,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(strategy)
    def always_fails(value: Any) -> None:
        seen.append(value)
        raise _Found

    with pytest.raises(_Found):
        always_fails()
    return seen[-1]


def test_a_failing_shop_coupon_add_test_shows_a_small_readable_payload() -> None:
    coupon = minimal(payloads("shop-coupon-add"))["coupon"]
    info = coupon["coupon_info"]
    assert coupon["out_coupon_id"] == "coupon-0001"
    assert info["name"] == "春季折扣券"  # a realistic name, not random characters
    assert info["receive_info"] == {
        "start_time": WINDOW_FROM,  # 2029-01-01T00:00:00Z
        "end_time": WINDOW_FROM + 3_600,
        "limit_num_one_person": 1,
        "total_num": 1,
    }
    assert clean({"coupon": coupon}, "shop-coupon-add")


def test_a_failing_create_coupon_stock_test_shows_only_required_members() -> None:
    payload = minimal(payloads("create-coupon-stock"))
    data = payload["coupon_data"]
    assert list(payload) == ["coupon_data"]  # optional vendor members shrink away
    assert set(data) == {
        "stock_name",
        "belong_merchant",
        "goods_name",
        "stock_type",
        "coupon_use_rule",
        "stock_send_rule",
        "out_request_no",
        "coupon_code_mode",
    }
    assert data["coupon_use_rule"]["coupon_available_time"] == {
        "available_begin_time": "2029-01-01T08:00:00+08:00",
        "available_end_time": "2029-01-02T08:00:00+08:00",
    }
    assert clean(payload, "create-coupon-stock")


def test_a_failing_product_coupon_create_test_shows_a_flat_in_store_coupon() -> None:
    payload = minimal(payloads("product-coupon-create"))
    assert "coupon_info" not in payload  # never the obsolete wrapper (B007)
    assert payload["promote_info"] == {"promote_type": 1, "customize_channel": ""}
    assert payload["receive_info"]["start_time"] == WINDOW_FROM
    assert clean(payload, "product-coupon-create")
