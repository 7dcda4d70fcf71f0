"""channels-ec-coupon-create (WeChat Store 微信小店): worked examples, zeros, detection, properties.

- The worked examples of the E codes (and the S examples on this API) give exactly the findings
  the catalogue lists, from the clean Base-E body, detected on its own.
- An integer 0 on a member the type or valid_type makes irrelevant counts as absent; every
  other 0 (and every other spelling of zero) is an ordinary value.
- The Python requirement tables agree with the schema's E001/E002 entries.
- The E fixtures are detected as this API, and their passing sides are entirely clean.
- Properties: generated bodies are clean and reach every type, valid_type and promote_type; a
  single documented mistake is reported with exactly its code and pointer.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, NamedTuple

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES, run_json
from validator import validate
from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.channels_ec_coupon_create.matrix import (
    IRRELEVANT_BY_TYPE,
    REQUIRED_BY_TYPE,
    REQUIRED_BY_VALID_TYPE,
)
from validator.apis.channels_ec_coupon_create.strategies import (
    CHANNELS_COUPON_TYPES,
    CHANNELS_PROMOTE_TYPES,
    CHANNELS_VALID_TYPES,
    channels_ec_coupon_create,
)
from validator.apis.detect import signals
from validator.guard import api_for
from validator.schema import load_raw
from validator.strategies import FIXED_NOW, payloads

API = "channels-ec-coupon-create"
NOW = 1800000000
DI = "/discount_info"
DC = "/discount_info/discount_condition"
REMOVE = object()

Payload = dict[str, Any]


def changed(changes: dict[str, Any], base: Payload = BASE_E) -> Payload:
    """A deep copy of ``base`` with each ``pointer: value`` set (or removed) in order."""
    document = copy.deepcopy(base)
    for pointer, value in changes.items():
        *parents, last = pointer.split("/")[1:]
        target = document
        for key in parents:
            target = target[key]
        if value is REMOVE:
            del target[last]
        else:
            target[last] = copy.deepcopy(value)
    return document


def findings(document: Any, api: str = "auto", now: int = NOW) -> list[tuple[str, str, str]]:
    return sorted((d.code, d.severity, d.pointer) for d in validate(document, api=api, now=now))


# -- worked examples -----------------------------------------------------------------------

WORKED: list[tuple[str, dict[str, Any], list[tuple[str, str, str]], dict[str, Any]]] = [
    (
        "E001",
        {DI: {"discount_condition": {"product_price": 19900}}},
        [("E001", "error", f"{DI}/discount_fee")],
        {DI: {"discount_condition": {"product_price": 19900}, "discount_fee": 2000}},
    ),
    (
        "E002",
        {"/valid_info": {"valid_type": 2}},
        [("E002", "error", "/valid_info/valid_day_num")],
        {"/valid_info": {"valid_type": 2, "valid_day_num": 15}},
    ),
    (
        "E003",
        {"/valid_info/valid_day_num": 30},
        [("E003", "warning", "/valid_info/valid_day_num")],
        {"/valid_info/valid_day_num": 0},
    ),
    (
        "E004",
        {f"{DC}/product_cnt": 2},
        [("E004", "error", f"{DC}/product_cnt")],
        {},
    ),
    (
        "E005",
        {DC: {"product_price": 10000}, f"{DI}/discount_fee": 9000},
        [("E005", "error", f"{DI}/discount_fee")],
        {DC: {"product_price": 10000}, f"{DI}/discount_fee": 8000},
    ),
    (
        "E006",
        {
            "/type": 2,
            DI: {
                "discount_condition": {"product_price": 10000, "product_ids": ["1673110742"]},
                "discount_fee": 9000,
            },
        },
        [("E006", "warning", f"{DI}/discount_fee")],
        {
            "/type": 2,
            DI: {
                "discount_condition": {"product_price": 10000, "product_ids": ["1673110742"]},
                "discount_fee": 8000,
            },
        },
    ),
    (
        "E007",
        {"/type": 103, DI: {"discount_num": 10000}},
        [("E007", "warning", f"{DI}/discount_num")],
        {"/type": 103, DI: {"discount_num": 8800}},
    ),
    (
        "E008",
        {"/receive_info/end_time": 1899990000},
        [("E008", "error", "/receive_info/end_time")],
        {"/receive_info/end_time": 1900086400},
    ),
    (
        "E009",
        {"/valid_info/end_time": 1900050000},
        [("E009", "warning", "/valid_info/end_time")],
        {"/valid_info/end_time": 1900604800},
    ),
    (
        "E010",
        {"/receive_info/limit_num_one_person": 400},
        [("E010", "warning", "/receive_info/limit_num_one_person")],
        {"/receive_info/limit_num_one_person": 2},
    ),
    ("E011", {"/valid_info": REMOVE}, [("E011", "warning", "/valid_info")], {}),
    (
        "S002",
        {"/type": 2, f"{DC}/product_ids": [1673110742]},
        [("S002", "error", f"{DC}/product_ids/0")],
        {"/type": 2, f"{DC}/product_ids": ["1673110742"]},
    ),
    (
        "S003",
        {"/promote_info": {"promote_type": 2}},
        [("S003", "error", "/promote_info/promote_type")],
        {"/promote_info": {"promote_type": 1}},
    ),
    (
        "S007",
        {"/ext_info": {"valid_time": 1900000000}},
        [("S007", "warning", "/ext_info/valid_time")],
        {},
    ),
]


def test_base_e_is_clean_and_detected_alone() -> None:
    assert signals(BASE_E) == [API]
    assert findings(BASE_E) == []
    assert findings(BASE_E, api=API) == []


@pytest.mark.parametrize(
    ("code", "change", "expected", "fix"), WORKED, ids=[case[0] for case in WORKED]
)
def test_worked_example(
    code: str,
    change: dict[str, Any],
    expected: list[tuple[str, str, str]],
    fix: dict[str, Any],
) -> None:
    document = changed(change)
    assert signals(document) == [API]
    assert findings(document) == expected
    assert findings(changed(fix)) == []


def test_worked_messages_carry_the_hints() -> None:
    by_pointer = {
        d.pointer: d.message
        for change in (
            {"/type": 2, f"{DC}/product_ids": [1673110742]},
            {"/promote_info": {"promote_type": 2}},
            {"/ext_info": {"valid_time": 1900000000}},
        )
        for d in validate(changed(change), now=NOW)
    }
    assert "strings on this API" in by_pointer[f"{DC}/product_ids/0"]
    assert "product-coupon-create used numbers" in by_pointer[f"{DC}/product_ids/0"]
    assert "product-coupon-create only" in by_pointer["/promote_info/promote_type"]
    assert "the validity window is valid_info" in by_pointer["/ext_info/valid_time"]


@pytest.mark.parametrize(
    ("change", "hint"),
    [
        ({"/promote_info/customize_channel": ""}, "product-coupon-create member"),
        ({"/coupon_id": "1001"}, "/channels/ec/coupon/update"),
        ({"/coupon_info": {}}, "no coupon_info wrapper"),
        ({"/ext_info": {"invalid_time": 1900604800}}, "the validity window is valid_info"),
        ({"/promote_info": {"promote_type": 4}}, "shop-coupon-add only"),
        ({"/type": 5, DI: {}}, "only in shop-coupon-add"),
        ({"/valid_info": {"valid_type": 0}}, "an older revision of the Mini Store page"),
        ({"/valid_info": {"valid_type": 3}}, "only in shop-coupon-add"),
    ],
)
def test_members_and_values_from_neighbouring_bodies_get_a_hint(
    change: dict[str, Any], hint: str
) -> None:
    messages = [d.message for d in validate(changed(change), api=API, now=NOW)]
    assert any(hint in message for message in messages), messages


# -- zero counts as absent -----------------------------------------------------------------

ZEROS = [
    # An integer 0 on an irrelevant member: nothing at all.
    ({f"{DI}/discount_num": 0}, []),
    ({f"{DC}/product_cnt": 0}, []),
    ({"/valid_info": {"valid_type": 2, "valid_day_num": 7, "start_time": 0, "end_time": 0}}, []),
    ({"/valid_info/valid_day_num": 0}, []),
    # The same 0 on a member the type requires: an ordinary value.
    ({"/type": 103, DI: {"discount_num": 0}}, [("S004", "error", f"{DI}/discount_num")]),
    ({f"{DI}/discount_fee": 0}, [("S009", "warning", f"{DI}/discount_fee")]),
    (
        {"/valid_info": {"valid_type": 1, "start_time": 0, "end_time": 1900604800}},
        [("U002", "warning", "/valid_info/start_time")],
    ),
    # Other spellings of zero are present values.
    (
        {f"{DI}/discount_num": 0.0},
        [("E003", "warning", f"{DI}/discount_num"), ("S002", "error", f"{DI}/discount_num")],
    ),
    (
        {f"{DI}/discount_num": "0"},
        [("E003", "warning", f"{DI}/discount_num"), ("S002", "error", f"{DI}/discount_num")],
    ),
    (
        {f"{DI}/discount_num": False},
        [("E003", "warning", f"{DI}/discount_num"), ("S002", "error", f"{DI}/discount_num")],
    ),
    (
        {f"{DC}/product_ids": 0},
        [("E003", "warning", f"{DC}/product_ids"), ("S002", "error", f"{DC}/product_ids")],
    ),
    # A non-zero irrelevant value keeps every finding, U-codes included.
    (
        {"/valid_info": {"valid_type": 2, "valid_day_num": 7, "start_time": 1300000000}},
        [
            ("E003", "warning", "/valid_info/start_time"),
            ("U002", "warning", "/valid_info/start_time"),
        ],
    ),
    (
        {f"{DI}/discount_num": 1500},
        [("E003", "warning", f"{DI}/discount_num"), ("S004", "error", f"{DI}/discount_num")],
    ),
]


@pytest.mark.parametrize(("change", "expected"), ZEROS)
def test_zero_counts_as_absent_only_where_irrelevant(
    change: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    assert findings(changed(change), api=API) == sorted(expected)


def test_a_zero_is_not_absent_while_the_type_is_unusable() -> None:
    document = changed({"/type": "102", f"{DI}/discount_num": 0})
    assert findings(document, api=API) == [
        ("S002", "error", "/type"),
        ("S004", "error", f"{DI}/discount_num"),
    ]


def test_sdk_default_body() -> None:
    """The shape SDK models send (a 商品满减券 with ext_info times and zeros everywhere unused):
    detected as this API, the zeros are silent, only the real problems are reported."""
    body = {
        "type": 2,
        "name": "双十二特惠券",
        "discount_info": {
            "discount_condition": {
                "product_cnt": 0,
                "product_ids": ["10000123456789", "10000123456790"],
                "product_price": 9900,
            },
            "discount_fee": 1000,
            "discount_num": 0,
        },
        "ext_info": {
            "jump_product_id": "10000123456789",
            "notes": "备注",
            "valid_time": 1900000000,
            "invalid_time": 1900604800,
        },
        "promote_info": {"promote_type": 1},
        "receive_info": {
            "end_time": 1900086400,
            "limit_num_one_person": 1,
            "start_time": 1900000000,
            "total_num": 100,
        },
        "valid_info": {
            "valid_day_num": 0,
            "valid_type": 1,
            "start_time": 1900000000,
            "end_time": 1900604800,
        },
    }
    assert signals(body) == [API]
    assert findings(body) == [
        ("S007", "warning", "/ext_info/invalid_time"),
        ("S007", "warning", "/ext_info/valid_time"),
    ]
    # The same zeros on members the type needs are ordinary values.
    body["type"] = 101
    del body["discount_info"]["discount_condition"]["product_ids"]
    assert ("S009", "warning", f"{DC}/product_cnt") in findings(body)
    assert ("S004", "error", f"{DI}/discount_num") in findings(body)


# -- detection and wiring ------------------------------------------------------------------


def test_product_coupon_create_bodies_keep_their_api() -> None:
    base_b = changed(
        {
            "/promote_info/customize_channel": "",
            "/ext_info": {"valid_time": 1900000000, "invalid_time": 1900604800},
        }
    )
    assert signals(base_b) == ["product-coupon-create"]
    without_promote = changed({"/promote_info": REMOVE, "/ext_info": {"valid_time": 1}})
    assert signals(without_promote) == ["product-coupon-create"]
    conflict = changed({"/promote_info/customize_channel": "", "/auto_valid_info": {}})
    assert signals(conflict) == ["product-coupon-create", API]
    (diagnostic,) = validate(conflict, now=NOW)
    assert diagnostic.code == "D001" and API in diagnostic.message


def test_guard_knows_the_endpoint() -> None:
    assert api_for("https://api.weixin.qq.com/channels/ec/coupon/create?access_token=x") == API
    assert api_for("/product/coupon/create") == "product-coupon-create"


def test_cli_accepts_the_api_id() -> None:
    _, output = run_json("--api", API, "--now", str(NOW), "-", input=json.dumps(BASE_E).encode())
    assert output["diagnostics"] == []


# -- the schema and the Python tables ------------------------------------------------------


def _entries(schema: dict[str, Any], code: str) -> dict[int, set[str]]:
    """The schema's ``code`` entries: trigger value → the pointers its ``then`` requires."""
    found: dict[int, set[str]] = {}

    def walk(then: dict[str, Any], prefix: str, into: set[str]) -> None:
        for name in then.get("required", ()):
            if name not in then.get("properties", {}):
                into.add(f"{prefix}/{name}")
        for name, sub in then.get("properties", {}).items():
            walk(sub, f"{prefix}/{name}", into)

    def visit(node: Any, prefix: str) -> None:
        if not isinstance(node, dict):
            return
        for entry in node.get("allOf", ()):
            if entry["x-code"] == code:
                (trigger,) = entry["if"]["properties"].values()
                walk(entry["then"], prefix, found.setdefault(trigger["const"], set()))
        for name, sub in node.get("properties", {}).items():
            visit(sub, f"{prefix}/{name}")

    visit(schema, "")
    return found


def test_python_tables_agree_with_the_schema() -> None:
    schema = load_raw(API)
    assert _entries(schema, "E001") == {k: set(v) for k, v in REQUIRED_BY_TYPE.items()}
    assert _entries(schema, "E002") == {k: set(v) for k, v in REQUIRED_BY_VALID_TYPE.items()}
    enum = schema["properties"]["type"]["enum"]
    assert sorted(enum) == sorted(REQUIRED_BY_TYPE)


# -- fixtures ------------------------------------------------------------------------------

E_FOLDERS = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("E"))


def test_every_e_code_has_a_fixture_folder() -> None:
    assert [p.name for p in E_FOLDERS] == [f"E{n:03d}" for n in range(1, 12)]


@pytest.mark.parametrize("folder", E_FOLDERS, ids=[p.name for p in E_FOLDERS])
def test_fixtures_are_detected_and_their_passing_sides_entirely_clean(folder: Any) -> None:
    """test_fixtures checks each snapshot (message included); here every document is also
    detected as this API, and a passing document reports nothing at all."""
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.json")):
        if path.name == "expect.json":
            continue
        _, output = run_json("--now", str(expect["now"]), str(path))
        assert all(d["api"] == API for d in output["diagnostics"]), path.name
        if path.name.startswith("pass"):
            assert output["diagnostics"] == [], path.name
        else:
            assert output["diagnostics"], path.name


# -- properties ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(payload=payloads(API))
def test_generated_payloads_are_clean_and_detected(payload: Payload) -> None:
    assert validate(payload, api=API, now=FIXED_NOW) == []
    assert signals(payload) == [API]


COVERAGE: list[tuple[str, Callable[[Payload], Any], Any]] = [
    *(("type", lambda p: p["type"], value) for value in CHANNELS_COUPON_TYPES),
    *(("valid_type", lambda p: p["valid_info"]["valid_type"], v) for v in CHANNELS_VALID_TYPES),
    *(
        ("promote_type", lambda p: p["promote_info"]["promote_type"], v)
        for v in CHANNELS_PROMOTE_TYPES
    ),
    ("auto_valid_info", lambda p: "auto_valid_info" in p, True),
    ("jump_product_id", lambda p: "jump_product_id" in p.get("ext_info", {}), True),
    ("an SDK zero", lambda p: p["discount_info"].get("discount_fee") == 0, True),
]


@pytest.mark.parametrize(
    ("field", "read", "value"), COVERAGE, ids=[f"{f}={v}" for f, _, v in COVERAGE]
)
def test_generated_payloads_reach_every_value(
    field: str, read: Callable[[Payload], Any], value: Any
) -> None:
    example = find(
        payloads(API),
        lambda payload: read(payload) == value,
        settings=settings(
            max_examples=2_000, derandomize=True, database=None, phases=[Phase.generate]
        ),
    )
    assert validate(example, api=API, now=FIXED_NOW) == []


def test_builder_arguments_are_honoured_and_checked() -> None:
    example = find(
        channels_ec_coupon_create(coupon_type=104, valid_type=2, promote_type=10),
        lambda payload: True,
        settings=settings(database=None, phases=[Phase.generate]),
    )
    assert example["type"] == 104 and example["valid_info"]["valid_type"] == 2
    assert example["promote_info"]["promote_type"] == 10
    with pytest.raises(ValueError, match="promote_type"):
        channels_ec_coupon_create(promote_type=2)


class Mutation(NamedTuple):
    payload: Payload
    expected: list[tuple[str, str]]


def _get(document: Payload, pointer: str) -> Any:
    value: Any = document
    for token in pointer.split("/")[1:]:
        value = value[token]
    return value


def _has(document: Payload, pointer: str) -> bool:
    try:
        _get(document, pointer)
    except (KeyError, TypeError):
        return False
    return True


def _put(document: Payload, pointer: str, value: Any) -> None:
    *parents, last = pointer.split("/")[1:]
    target = document
    for token in parents:
        target = target.setdefault(token, {})
    target[last] = value


def _delete(document: Payload, pointer: str) -> None:
    *parents, last = pointer.split("/")[1:]
    target = document
    for token in parents:
        target = target[token]
    del target[last]


def drop_type_requirement(payload: Payload, pick: int) -> Mutation:
    """E001: remove a member the coupon's type requires."""
    members = REQUIRED_BY_TYPE[payload["type"]]
    pointer = members[pick % len(members)]
    _delete(payload, pointer)
    return Mutation(payload, [("E001", pointer)])


def drop_valid_requirement(payload: Payload, pick: int) -> Mutation:
    """E002: remove a member the valid_type requires."""
    members = REQUIRED_BY_VALID_TYPE[payload["valid_info"]["valid_type"]]
    pointer = members[pick % len(members)]
    _delete(payload, pointer)
    return Mutation(payload, [("E002", pointer)])


_IRRELEVANT_VALUES = {
    f"{DC}/product_ids": ["1673110742"],
    f"{DC}/product_cnt": 2,
    f"{DC}/product_price": 19900,
    f"{DI}/discount_num": 8800,
    f"{DI}/discount_fee": 1000,
}


def add_irrelevant_member(payload: Payload, pick: int) -> Mutation:
    """E003: give a member the type does not use a real value (not the 0 that counts as
    absent), avoiding the threshold pair, which E004 reports instead."""
    coupon_type = payload["type"]
    condition = payload["discount_info"].get("discount_condition", {})
    choices = [
        pointer
        for pointer in IRRELEVANT_BY_TYPE[coupon_type]
        if not (pointer.endswith("product_cnt") and condition.get("product_price", 0) >= 1)
        and not (pointer.endswith("product_price") and condition.get("product_cnt", 0) >= 1)
    ]
    pointer = choices[pick % len(choices)]
    _put(payload, pointer, _IRRELEVANT_VALUES[pointer])
    return Mutation(payload, [("E003", pointer)])


def add_second_threshold(payload: Payload, pick: int) -> Mutation:
    """E004: set the threshold a conditional or 满减 coupon does not use."""
    condition = payload["discount_info"]["discount_condition"]
    if condition.get("product_cnt"):  # types 1 and 101
        condition["product_price"] = 19900
        return Mutation(payload, [("E004", f"{DC}/product_price")])
    condition["product_cnt"] = 2
    return Mutation(payload, [("E004", f"{DC}/product_cnt")])


def fee_over_80_percent(payload: Payload, pick: int) -> Mutation:
    """E005 (type 102) / E006 (type 2): discount_fee above 80 % of product_price."""
    condition = payload["discount_info"]["discount_condition"]
    fee = payload["discount_info"]["discount_fee"]
    condition["product_price"] = max(1, fee - pick % 3)  # a clean body has ≥ fee × 1.25
    code = "E005" if payload["type"] == 102 else "E006"
    return Mutation(payload, [(code, f"{DI}/discount_fee")])


def no_discount(payload: Payload, pick: int) -> Mutation:
    """E007: discount_num 10000 (10 折)."""
    payload["discount_info"]["discount_num"] = 10000
    return Mutation(payload, [("E007", f"{DI}/discount_num")])


def reversed_claim_window(payload: Payload, pick: int) -> Mutation:
    """E008: the claim window's start and end swapped (or equal); a fixed validity window
    stays after both, so E009 stays silent."""
    receive = payload["receive_info"]
    start, end = receive["start_time"], receive["end_time"]
    receive["start_time"], receive["end_time"] = end, (start, end)[pick % 2]
    return Mutation(payload, [("E008", "/receive_info/end_time")])


def expires_before_claim_end(payload: Payload, pick: int) -> Mutation:
    """E009: with valid_type 1, validity ends before the claim window does."""
    valid = payload["valid_info"]
    valid["end_time"] = payload["receive_info"]["end_time"] - 1
    valid["start_time"] = min(valid["start_time"], valid["end_time"] - 1)
    return Mutation(payload, [("E009", "/valid_info/end_time")])


def limit_above_stock(payload: Payload, pick: int) -> Mutation:
    """E010: a per-person limit above total_num."""
    receive = payload["receive_info"]
    receive["limit_num_one_person"] = receive["total_num"] + 1 + pick
    return Mutation(payload, [("E010", "/receive_info/limit_num_one_person")])


def drop_valid_info(payload: Payload, pick: int) -> Mutation:
    """E011: no valid_info."""
    del payload["valid_info"]
    return Mutation(payload, [("E011", "/valid_info")])


def timestamp_in_milliseconds(payload: Payload, pick: int) -> Mutation:
    """U001: a claim-window timestamp in milliseconds."""
    pointer = f"/receive_info/{('end_time', 'start_time')[pick % 2]}"
    _put(payload, pointer, _get(payload, pointer) * 1000)
    return Mutation(payload, [("U001", pointer)])


def numeric_product_id(payload: Payload, pick: int) -> Mutation:
    """S002: a product id written as a number, as product-coupon-create had it."""
    ids = payload["discount_info"]["discount_condition"]["product_ids"]
    index = pick % len(ids)
    ids[index] = int(ids[index])
    return Mutation(payload, [("S002", f"{DC}/product_ids/{index}")])


def fee_above_200_yuan(payload: Payload, pick: int) -> Mutation:
    """S004: discount_fee above 20000 fen on a fixed-amount coupon (type 4 or 104)."""
    payload["discount_info"]["discount_fee"] = 20001 + pick
    return Mutation(payload, [("S004", f"{DI}/discount_fee")])


def copied_customize_channel(payload: Payload, pick: int) -> Mutation:
    """S007: customize_channel copied from a product-coupon-create body."""
    payload["promote_info"]["customize_channel"] = ""
    return Mutation(payload, [("S007", "/promote_info/customize_channel")])


def zeros_everywhere_unused(payload: Payload, pick: int) -> Mutation:
    """No finding: an integer 0 on every member the type and valid_type do not use."""
    for pointer in IRRELEVANT_BY_TYPE[payload["type"]]:
        if not pointer.endswith("product_ids") and not _has(payload, pointer):
            _put(payload, pointer, 0)
    if payload["valid_info"]["valid_type"] == 2:
        payload["valid_info"].update(start_time=0, end_time=0)
    else:
        payload["valid_info"]["valid_day_num"] = 0
    return Mutation(payload, [])


class Case(NamedTuple):
    strategy: st.SearchStrategy[Payload]
    mutate: Callable[[Payload, int], Mutation]


def _of_types(*types: int, **fixed: int) -> st.SearchStrategy[Payload]:
    return st.sampled_from(types).flatmap(
        lambda kind: channels_ec_coupon_create(coupon_type=kind, **fixed)
    )


CASES = [
    Case(payloads(API), drop_type_requirement),
    Case(payloads(API), drop_valid_requirement),
    Case(payloads(API), add_irrelevant_member),
    Case(_of_types(1, 2, 101, 102), add_second_threshold),
    Case(_of_types(2, 102), fee_over_80_percent),
    Case(_of_types(1, 3, 101, 103), no_discount),
    Case(payloads(API), reversed_claim_window),
    Case(_of_types(*CHANNELS_COUPON_TYPES, valid_type=1), expires_before_claim_end),
    Case(payloads(API), limit_above_stock),
    Case(payloads(API), drop_valid_info),
    Case(payloads(API), timestamp_in_milliseconds),
    Case(_of_types(1, 2, 3, 4), numeric_product_id),
    Case(_of_types(4, 104), fee_above_200_yuan),
    Case(payloads(API), copied_customize_channel),
    Case(payloads(API), zeros_everywhere_unused),
]


@pytest.mark.parametrize("case", CASES, ids=[case.mutate.__name__ for case in CASES])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_one_mutation_is_caught_with_its_code_and_pointer(case: Case, data: st.DataObject) -> None:
    original = data.draw(case.strategy, label="payload")
    pick = data.draw(st.integers(0, 11), label="pick")
    mutated, expected = case.mutate(copy.deepcopy(original), pick)
    result = [(d.code, d.pointer) for d in validate(mutated, api=API, now=FIXED_NOW)]
    assert sorted(result) == sorted(expected), json.dumps(mutated, ensure_ascii=False)
