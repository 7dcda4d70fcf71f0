"""Property tests: generated payloads are clean, cover every type, and one mutation is caught.

Three properties, each checked against the validator as a whole (schema + rules):

1. Every payload ``validator.strategies.payloads(api)`` generates is clean with the fixed now
   of rules.md §12, both with ``api=`` given and with detection (``api="auto"``).
2. The generated payloads reach every coupon type, valid_type, stock_type and use_method.
3. A clean payload with one documented mistake gets exactly the expected (code, pointer):
   each mutation below is a small function ``(payload, pick) -> (payload, code, pointer)``
   whose docstring names the rule. ``pick`` chooses among equivalent places (which required
   member to drop), so every place is tried over the examples. The requirement tables below
   are copied from rules.md §3.4, §4.4 and §5.5 rather than imported from the strategies, so
   they are an independent oracle.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from validator import validate
from validator.apis.building_blocks import render_rfc3339
from validator.rfc3339 import parse
from validator.strategies import (
    API_IDS,
    FIXED_NOW,
    PRODUCT_COUPON_TYPES,
    PRODUCT_VALID_TYPES,
    SHOP_COUPON_TYPES,
    SHOP_VALID_TYPES,
    STOCK_TYPES,
    USE_METHODS,
    busifavor_stock_create,
    create_coupon_stock,
    payloads,
    product_coupon_create,
    shop_coupon_add,
)

Payload = dict[str, Any]


def found(payload: Payload, api: str) -> list[tuple[str, str]]:
    """(code, pointer) of every diagnostic, for compact assertion messages."""
    return [(d.code, d.pointer) for d in validate(payload, api=api, now=FIXED_NOW)]


# -- 1. clean --------------------------------------------------------------------------------


@pytest.mark.parametrize("api", API_IDS)
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_generated_payloads_are_clean(api: str, data: st.DataObject) -> None:
    payload = data.draw(payloads(api), label="payload")
    diagnostics = validate(payload, api=api, now=FIXED_NOW)
    assert diagnostics == [], "\n".join(
        f"{d.code} {d.severity} {d.pointer}: {d.message}" for d in diagnostics
    )
    # Detection must find the same API on its own: no D001, nothing else either.
    assert found(payload, "auto") == []


# -- 2. coverage -----------------------------------------------------------------------------

COVERAGE: dict[str, dict[str, tuple[Callable[[Payload], Any], tuple[Any, ...]]]] = {
    "shop-coupon-add": {
        "type": (lambda p: p["coupon"]["type"], SHOP_COUPON_TYPES),
        "valid_type": (
            lambda p: p["coupon"]["coupon_info"]["valid_info"]["valid_type"],
            SHOP_VALID_TYPES,
        ),
    },
    "product-coupon-create": {
        "type": (lambda p: p["type"], PRODUCT_COUPON_TYPES),
        "valid_type": (lambda p: p["valid_info"]["valid_type"], PRODUCT_VALID_TYPES),
        "promote_type": (lambda p: p["promote_info"]["promote_type"], (1, 2)),
    },
    "create-coupon-stock": {
        "stock_type": (lambda p: p["coupon_data"]["stock_type"], STOCK_TYPES),
        "use_method": (
            lambda p: p["coupon_data"]["coupon_use_rule"]["use_method"],
            USE_METHODS,
        ),
        "coupon_code_mode": (
            lambda p: p["coupon_data"]["coupon_code_mode"],
            ("WECHATPAY_MODE", "MERCHANT_API", "MERCHANT_UPLOAD"),
        ),
    },
    "busifavor-stock-create": {
        "stock_type": (lambda p: p["stock_type"], STOCK_TYPES),
        "use_method": (lambda p: p["coupon_use_rule"]["use_method"], USE_METHODS),
        "coupon_code_mode": (
            lambda p: p["coupon_code_mode"],
            ("WECHATPAY_MODE", "MERCHANT_API", "MERCHANT_UPLOAD"),
        ),
    },
}


COVERED = [
    (api, field, value)
    for api, fields in COVERAGE.items()
    for field, (_, values) in fields.items()
    for value in values
]


@pytest.mark.parametrize(
    ("api", "field", "value"), COVERED, ids=[f"{a}-{f}={v}" for a, f, v in COVERED]
)
def test_generated_payloads_reach_every_enumeration_value(api: str, field: str, value: Any) -> None:
    """``find`` searches the unrestricted ``payloads(api)`` for one with this value.

    Generation only (no shrinking) and derandomized, so the test is fast and cannot flake;
    hypothesis does not draw enumerations uniformly, so counting a fixed sample is not enough.
    """
    read = COVERAGE[api][field][0]
    example = find(
        payloads(api),
        lambda payload: read(payload) == value,
        settings=settings(
            max_examples=2_000, derandomize=True, database=None, phases=[Phase.generate]
        ),
    )
    assert found(example, api) == []


# -- 3. mutations ----------------------------------------------------------------------------


class Mutation(NamedTuple):
    payload: Payload
    code: str
    pointer: str


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _parent(doc: Any, pointer: str) -> tuple[Any, str]:
    *path, last = _tokens(pointer)
    for token in path:
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc, last


def get(doc: Any, pointer: str) -> Any:
    container, last = _parent(doc, pointer)
    return container[int(last)] if isinstance(container, list) else container[last]


def put(doc: Any, pointer: str, value: Any) -> None:
    container, last = _parent(doc, pointer)
    container[last] = value


def delete(doc: Any, pointer: str) -> None:
    container, last = _parent(doc, pointer)
    del container[last]


def has(doc: Any, pointer: str) -> bool:
    try:
        get(doc, pointer)
    except (KeyError, IndexError, TypeError):
        return False
    return True


# rules.md §3.4 (R = A001), relative to /coupon/coupon_info/discount_info.
_A_REQUIRED = {
    1: ("discount_num", "discount_condition/out_product_ids"),
    2: ("discount_fee", "discount_condition/out_product_ids"),
    3: ("discount_num", "discount_condition/out_product_ids"),
    4: ("discount_fee", "discount_condition/out_product_ids"),
    5: ("discount_condition/tradein_info/out_product_id", "discount_condition/tradein_info/price"),
    6: tuple(
        f"discount_condition/buyget_info/{m}"
        for m in ("buy_out_product_id", "buy_product_cnt", "get_out_product_id", "get_product_cnt")
    ),
    101: ("discount_num",),
    102: ("discount_fee",),
    103: ("discount_num",),
    104: ("discount_fee",),
}
_A_VALID_REQUIRED = {1: ("start_time", "end_time"), 2: ("valid_day_num",), 3: ("valid_second",)}
# rules.md §4.4 (R = B001), relative to /discount_info.
_B_REQUIRED = {
    1: ("discount_condition/product_ids", "discount_condition/product_cnt", "discount_num"),
    2: ("discount_condition/product_ids", "discount_condition/product_price", "discount_fee"),
    3: ("discount_condition/product_ids", "discount_num"),
    4: ("discount_condition/product_ids", "discount_fee"),
    101: ("discount_condition/product_cnt", "discount_num"),
    102: ("discount_condition/product_price", "discount_fee"),
    103: ("discount_num",),
    104: ("discount_fee",),
}
_B_VALID_REQUIRED = {1: ("start_time", "end_time"), 2: ("valid_day_num",)}
# rules.md §5.5 C001: the rule object of each stock type.
_C_RULE_OBJECTS = {
    "NORMAL": "fixed_normal_coupon",
    "DISCOUNT": "discount_coupon",
    "EXCHANGE": "exchange_coupon",
}
A = "/coupon/coupon_info"
CUR = "/coupon_use_rule"
CAT = f"{CUR}/coupon_available_time"


def _stock(payload: Payload) -> tuple[Payload, str]:
    """The merchant-coupon body and its pointer: create-coupon-stock carries it in coupon_data,
    busifavor-stock-create is it."""
    if "coupon_data" in payload:
        return payload["coupon_data"], "/coupon_data"
    return payload, ""


def drop_shop_type_requirement(payload: Payload, pick: int) -> Mutation:
    """A001: remove a member that §3.4 marks R for the coupon's type."""
    members = _A_REQUIRED[payload["coupon"]["type"]]
    pointer = f"{A}/discount_info/{members[pick % len(members)]}"
    delete(payload, pointer)
    return Mutation(payload, "A001", pointer)


def drop_shop_valid_requirement(payload: Payload, pick: int) -> Mutation:
    """A003: remove a member that §3.4 marks R for the valid_type."""
    members = _A_VALID_REQUIRED[get(payload, f"{A}/valid_info/valid_type")]
    pointer = f"{A}/valid_info/{members[pick % len(members)]}"
    delete(payload, pointer)
    return Mutation(payload, "A003", pointer)


def drop_product_type_requirement(payload: Payload, pick: int) -> Mutation:
    """B001: remove a member that §4.4 marks R for the coupon's type."""
    members = _B_REQUIRED[payload["type"]]
    pointer = f"/discount_info/{members[pick % len(members)]}"
    delete(payload, pointer)
    return Mutation(payload, "B001", pointer)


def drop_product_valid_requirement(payload: Payload, pick: int) -> Mutation:
    """B002: remove a member that §4.4 marks R for the valid_type."""
    members = _B_VALID_REQUIRED[payload["valid_info"]["valid_type"]]
    pointer = f"/valid_info/{members[pick % len(members)]}"
    delete(payload, pointer)
    return Mutation(payload, "B002", pointer)


def drop_rule_object(payload: Payload, pick: int) -> Mutation:
    """C001: remove the rule object the stock_type requires."""
    body, at = _stock(payload)
    pointer = f"{at}{CUR}/{_C_RULE_OBJECTS[body['stock_type']]}"
    delete(payload, pointer)
    return Mutation(payload, "C001", pointer)


def drop_mini_program_member(payload: Payload, pick: int) -> Mutation:
    """C005: remove mini_programs_appid or _path from a MINI_PROGRAMS coupon."""
    _, at = _stock(payload)
    pointer = f"{at}{CUR}/{('mini_programs_path', 'mini_programs_appid')[pick % 2]}"
    delete(payload, pointer)
    return Mutation(payload, "C005", pointer)


def _bad_discount_num(value: int, floor: int, pick: int) -> int:
    """Below the floor (1.5 折 written 1500 on shop, 900 on product) or off the 100 grid."""
    return (floor - 500, value + 50, value - 1)[pick % 3]


def shop_discount_num_out_of_range(payload: Payload, pick: int) -> Mutation:
    """S004: discount_num below 2000 (2 折) or not a multiple of 100."""
    pointer = f"{A}/discount_info/discount_num"
    put(payload, pointer, _bad_discount_num(get(payload, pointer), 2000, pick))
    return Mutation(payload, "S004", pointer)


def product_discount_num_out_of_range(payload: Payload, pick: int) -> Mutation:
    """S004: discount_num below 1000 (1 折) or not a multiple of 100."""
    pointer = "/discount_info/discount_num"
    put(payload, pointer, _bad_discount_num(get(payload, pointer), 1000, pick))
    return Mutation(payload, "S004", pointer)


def stock_threshold_out_of_range(payload: Payload, pick: int) -> Mutation:
    """S004: transaction_minimum above 10000000 fen, or 0 (both hard bounds of coupon_data).

    The vendor's mirror ``mini_amount`` is changed too (one setting, C013 stays quiet).
    """
    body, at = _stock(payload)
    stock_type = body["stock_type"]
    pointer = f"{at}{CUR}/{_C_RULE_OBJECTS[stock_type]}/transaction_minimum"
    value = (10_000_001, 0)[pick % 2]
    if stock_type == "NORMAL":
        value = 10_000_001  # 0 would also be C011 (threshold not above the amount)
    put(payload, pointer, value)
    if "mini_amount" in payload:
        payload["mini_amount"] = value
    return Mutation(payload, "S004", pointer)


def _total_pointer(payload: Payload) -> str:
    if "coupon" in payload:
        return f"{A}/receive_info/total_num"
    if "stock_send_rule" in _stock(payload)[0]:
        return f"{_stock(payload)[1]}/stock_send_rule/max_coupons_per_user"
    return "/receive_info/total_num"


def integer_to_float(payload: Payload, pick: int) -> Mutation:
    """S002: an integer count written as a float (5 → 5.0), as a dict from Python code has it."""
    pointer = _total_pointer(payload)
    put(payload, pointer, float(get(payload, pointer)))
    return Mutation(payload, "S002", pointer)


def timestamp_in_milliseconds(payload: Payload, pick: int) -> Mutation:
    """U001: a claim-window timestamp in milliseconds (the cause of errcode 109110)."""
    prefix = A if "coupon" in payload else ""
    pointer = f"{prefix}/receive_info/{('end_time', 'start_time')[pick % 2]}"
    put(payload, pointer, get(payload, pointer) * 1000)
    return Mutation(payload, "U001", pointer)


def unknown_member(payload: Payload, pick: int) -> Mutation:
    """S007: a misspelt member (start_Time), or a WeChat member the vendor model lacks."""
    if "coupon_data" in payload:
        pointer = "/coupon_data/stock_send_rule/max_amount"
        put(payload, pointer, 100_000)
        return Mutation(payload, "S007", pointer)
    if "stock_send_rule" in payload:
        put(payload, "/stock_send_rule/max_coupon", 100_000)
        return Mutation(payload, "S007", "/stock_send_rule/max_coupon")
    receive = f"{A}/receive_info" if "coupon" in payload else "/receive_info"
    put(payload, f"{receive}/start_Time", get(payload, f"{receive}/start_time"))
    return Mutation(payload, "S007", f"{receive}/start_Time")


def reversed_claim_window(payload: Payload, pick: int) -> Mutation:
    """A008 / B005: the claim window's start and end swapped (or equal)."""
    receive = f"{A}/receive_info" if "coupon" in payload else "/receive_info"
    start, end = get(payload, f"{receive}/start_time"), get(payload, f"{receive}/end_time")
    put(payload, f"{receive}/start_time", end)
    put(payload, f"{receive}/end_time", (start, end)[pick % 2])
    return Mutation(payload, "A008" if "coupon" in payload else "B005", f"{receive}/end_time")


def reversed_available_window(payload: Payload, pick: int) -> Mutation:
    """C007: available_begin_time and available_end_time swapped."""
    window = _stock(payload)[1] + CAT
    begin, end = (
        get(payload, f"{window}/available_begin_time"),
        get(payload, f"{window}/available_end_time"),
    )
    put(payload, f"{window}/available_begin_time", end)
    put(payload, f"{window}/available_end_time", begin)
    return Mutation(payload, "C007", f"{window}/available_end_time")


def available_window_over_a_year(payload: Payload, pick: int) -> Mutation:
    """C007: the available window stretched to 367 days (more than one calendar year)."""
    window = _stock(payload)[1] + CAT
    begin = parse(get(payload, f"{window}/available_begin_time"))
    assert begin is not None
    end = begin.instant.plus(86400 * (367 + pick % 30))
    fraction = f".{end.fraction}" if end.fraction else ""
    put(payload, f"{window}/available_end_time", render_rfc3339(end.seconds, "Z", fraction))
    return Mutation(payload, "C007", f"{window}/available_end_time")


def member_not_open_yet(payload: Payload, pick: int) -> Mutation:
    """C020: a member WeChat Pay has not opened (subsidy or a flag true, a budget present)."""
    pointer, value = (
        ("/subsidy", True),
        ("/stock_send_rule/transferable", True),
        ("/stock_send_rule/shareable", True),
        ("/stock_send_rule/max_amount", 500_000),
        ("/stock_send_rule/max_amount_by_day", 0),
    )[pick % 5]
    put(payload, pointer, value)
    return Mutation(payload, "C020", pointer)


def irregular_object_form(payload: Payload, pick: int) -> Mutation:
    """S002: the vendor's object form of irregulary_avaliable_time, which WeChat does not take."""
    pointer = f"{CAT}/irregulary_avaliable_time"
    put(payload, pointer, {"begin_time": 36000, "end_time": 43200})
    return Mutation(payload, "S002", pointer)


def placeholder_image_url(payload: Payload, pick: int) -> Mutation:
    """S010: a documentation placeholder where an image URL belongs."""
    body, at = _stock(payload)
    member = ("merchant_logo_url", "coupon_image_url")[pick % 2]
    body.setdefault("display_pattern_info", {})[member] = "图片 cdn 地址"
    return Mutation(payload, "S010", f"{at}/display_pattern_info/{member}")


def placeholder_appid(payload: Payload, pick: int) -> Mutation:
    """S011: a documentation placeholder where an appid belongs (the notification appid)."""
    body, at = _stock(payload)
    body["notify_config"] = {"notify_appid": ("miniappid", "wx23232232323")[pick % 2]}
    return Mutation(payload, "S011", f"{at}/notify_config/notify_appid")


def too_many_product_ids(payload: Payload, pick: int) -> Mutation:
    """S005: 129 distinct out_product_ids, one more than "最多128个"."""
    pointer = f"{A}/discount_info/discount_condition/out_product_ids"
    put(payload, pointer, [f"sku-{n:05d}" for n in range(129)])
    return Mutation(payload, "S005", pointer)


def _types(builder: Callable[..., Any], **choices: tuple[Any, ...]) -> st.SearchStrategy[Payload]:
    """Payloads of a builder restricted to some values of one argument."""
    [(name, values)] = choices.items()
    return st.sampled_from(values).flatmap(lambda value: builder(**{name: value}))


class Case(NamedTuple):
    api: str
    strategy: st.SearchStrategy[Payload]
    mutate: Callable[[Payload, int], Mutation]
    #: Codes that follow from the mutation by the catalogue's own definition.
    consequences: frozenset[str] = frozenset()


SHOP, PRODUCT, STOCK = API_IDS[:3]
BUSIFAVOR = "busifavor-stock-create"
CASES = [
    Case(SHOP, payloads(SHOP), drop_shop_type_requirement),
    Case(SHOP, payloads(SHOP), drop_shop_valid_requirement),
    Case(
        SHOP, _types(shop_coupon_add, coupon_type=(1, 3, 101, 103)), shop_discount_num_out_of_range
    ),
    Case(SHOP, payloads(SHOP), integer_to_float),
    Case(SHOP, payloads(SHOP), timestamp_in_milliseconds),
    Case(SHOP, payloads(SHOP), unknown_member),
    Case(SHOP, payloads(SHOP), reversed_claim_window),
    Case(SHOP, _types(shop_coupon_add, coupon_type=(1, 2, 3, 4, 5, 6)), too_many_product_ids),
    Case(PRODUCT, payloads(PRODUCT), drop_product_type_requirement),
    Case(PRODUCT, payloads(PRODUCT), drop_product_valid_requirement),
    Case(
        PRODUCT,
        _types(product_coupon_create, coupon_type=(1, 3, 101, 103)),
        product_discount_num_out_of_range,
    ),
    Case(PRODUCT, payloads(PRODUCT), integer_to_float),
    Case(PRODUCT, payloads(PRODUCT), timestamp_in_milliseconds),
    Case(PRODUCT, payloads(PRODUCT), unknown_member),
    Case(PRODUCT, payloads(PRODUCT), reversed_claim_window),
    Case(STOCK, payloads(STOCK), drop_rule_object),
    Case(STOCK, create_coupon_stock(use_method="MINI_PROGRAMS"), drop_mini_program_member),
    Case(STOCK, payloads(STOCK), stock_threshold_out_of_range),
    Case(STOCK, payloads(STOCK), integer_to_float),
    Case(STOCK, payloads(STOCK), unknown_member),
    # An empty (reversed) available window leaves no room for irregular windows inside it.
    Case(STOCK, payloads(STOCK), reversed_available_window, frozenset({"C009"})),
    Case(STOCK, payloads(STOCK), available_window_over_a_year),
    Case(STOCK, payloads(STOCK), placeholder_image_url),
    Case(STOCK, payloads(STOCK), placeholder_appid),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), drop_rule_object),
    Case(BUSIFAVOR, busifavor_stock_create(use_method="MINI_PROGRAMS"), drop_mini_program_member),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), stock_threshold_out_of_range),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), integer_to_float),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), unknown_member),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), reversed_available_window, frozenset({"C009"})),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), available_window_over_a_year),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), member_not_open_yet),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), irregular_object_form),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), placeholder_image_url),
    Case(BUSIFAVOR, payloads(BUSIFAVOR), placeholder_appid),
]


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case.api}-{case.mutate.__name__}" for case in CASES]
)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_one_mutation_is_caught_with_its_code_and_pointer(case: Case, data: st.DataObject) -> None:
    original = data.draw(case.strategy, label="payload")
    pick = data.draw(st.integers(0, 11), label="pick")
    mutated, code, pointer = case.mutate(copy.deepcopy(original), pick)
    result = found(mutated, case.api)
    assert (code, pointer) in result, json.dumps(mutated, ensure_ascii=False)
    others = [(c, p) for c, p in result if (c, p) != (code, pointer) and c not in case.consequences]
    assert others == [], json.dumps(mutated, ensure_ascii=False)
