"""busifavor-stock-create: the bare WeChat Pay merchant-coupon body (商家券), and its mount.

The worked examples of the bare body: every C example of Base-C applies to Base-D (Base-C's
``coupon_data`` on its own) with ``/coupon_data`` removed from the change and from the pointer;
C020 and the members the vendor model lacks; the array form of ``irregulary_avaliable_time``;
detection; S010 and S011. Then what the API shares with the others: the guard's endpoint,
``--fix``, ``rules --api`` and the self-contained schema of the API that mounts it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from tests.conftest import run_cli
from validator import catalogue, validate
from validator.catalogue.bases import BASE_C, BASE_D
from validator.fixes import fix_text
from validator.guard import api_for

API = "busifavor-stock-create"
NOW = 1800000000
CD = "/coupon_data"
CUR = "/coupon_use_rule"
CAT = f"{CUR}/coupon_available_time"
#: The C codes of the merchant-coupon body; C013–C015 are the vendor's top level only.
CARRIED_CODES = [f"C{n:03d}" for n in (*range(1, 13), *range(16, 20))]


def found(document: Any, api: str = "auto") -> list[tuple[str, str]]:
    return [(d.code, d.pointer) for d in validate(document, api=api, now=NOW)]


def base_d(**changes: Any) -> dict[str, Any]:
    """Base-D with ``pointer: value`` changes (``None`` removes the member)."""
    document = copy.deepcopy(BASE_D)
    for pointer, value in changes.items():
        *parents, last = pointer.strip("/").split("/")
        holder = document
        for name in parents:
            holder = holder.setdefault(name, {})
        if value is None:
            del holder[last]
        else:
            holder[last] = value
    return document


def test_base_d_is_clean_and_detected() -> None:
    assert found(BASE_D) == [] and found(BASE_D, API) == []
    assert found(json.dumps(BASE_D, ensure_ascii=False)) == []


@pytest.mark.parametrize("code", CARRIED_CODES)
def test_every_c_example_applies_to_the_bare_body(code: str) -> None:
    """The catalogue's examples are on Base-C; unwrapped, they report the same code at the
    same pointer without ``/coupon_data``, and nothing else."""
    info = catalogue.get(code)
    assert info.api == API and info.carried
    failing = json.loads(info.fail_example.document)[CD[1:]]
    assert info.fail_example.pointer is not None
    assert found(failing) == [(code, info.fail_example.pointer.removeprefix(CD))]
    passing = json.loads(info.pass_example.document)[CD[1:]]
    assert found(passing) == []


def test_c005_on_the_bare_body() -> None:
    document = base_d(
        **{f"{CUR}/use_method": "MINI_PROGRAMS", f"{CUR}/mini_programs_appid": "wx5a1c9e7f3b2d4e60"}
    )
    assert found(document) == [("C005", f"{CUR}/mini_programs_path")]


@pytest.mark.parametrize(
    ("changes", "pointer"),
    [
        ({"/subsidy": True}, "/subsidy"),
        ({"/stock_send_rule/max_amount": 500000}, "/stock_send_rule/max_amount"),
        ({"/stock_send_rule/max_amount_by_day": 1000}, "/stock_send_rule/max_amount_by_day"),
        ({"/stock_send_rule/transferable": True}, "/stock_send_rule/transferable"),
        ({"/stock_send_rule/shareable": True}, "/stock_send_rule/shareable"),
    ],
)
def test_c020_members_not_open_yet(changes: dict[str, Any], pointer: str) -> None:
    assert found(base_d(**changes)) == [("C020", pointer)]


def test_c020_false_flags_give_nothing() -> None:
    flags = {"/subsidy": False, "/stock_send_rule/transferable": False}
    assert found(base_d(**flags, **{"/stock_send_rule/shareable": False})) == []


def test_c020_is_not_carried_into_create_coupon_stock() -> None:
    """There the members are unknown to the vendor model: S007, never C020."""
    document = copy.deepcopy(BASE_C)
    document["coupon_data"] = base_d(**{"/subsidy": True, "/stock_send_rule/max_amount": 1})
    assert found(document) == [
        ("S007", f"{CD}/stock_send_rule/max_amount"),
        ("S007", f"{CD}/subsidy"),
    ]


def test_finder_info_is_known_here() -> None:
    info = {"finder_id": "sph6Rngt2T4RlUf"}
    assert found(base_d(**{"/display_pattern_info/finder_info": info})) == []
    vendor = copy.deepcopy(BASE_C)
    vendor["coupon_data"] = base_d(**{"/display_pattern_info/finder_info": info})
    assert found(vendor) == [("S007", f"{CD}/display_pattern_info/finder_info")]


def test_irregular_windows_take_only_the_array_form() -> None:
    pointer = f"{CAT}/irregulary_avaliable_time"
    assert found(base_d(**{pointer: {"begin_time": 1, "end_time": 2}})) == [("S002", pointer)]
    window = [{"begin_time": "2030-05-01T10:00:00+08:00", "end_time": "2030-05-01T12:00:00+08:00"}]
    assert found(base_d(**{pointer: window})) == []
    # the vendor's model keeps the object form
    vendor = copy.deepcopy(BASE_C)
    vendor["coupon_data"] = base_d(**{pointer: {"begin_time": 1, "end_time": 2}})
    assert found(vendor) == []


def test_s002_message_asks_for_the_array() -> None:
    pointer = f"{CAT}/irregulary_avaliable_time"
    [diagnostic] = validate(base_d(**{pointer: {"begin_time": 1}}), now=NOW)
    assert "must be an array" in diagnostic.message and "RFC 3339" in diagnostic.message


def test_a_body_with_coupon_data_is_create_coupon_stock() -> None:
    """Base-D with ``"coupon_data": {}`` added: the vendor wins, its members are unknown there."""
    document = {**copy.deepcopy(BASE_D), "coupon_data": {}}
    members = list(BASE_D)
    assert sorted(found(document)) == sorted(
        [("S007", f"/{name}") for name in members] + [("S001", f"{CD}/{name}") for name in members]
    )
    assert {d.api for d in validate(document, now=NOW)} == {"create-coupon-stock"}


def test_u_codes_read_the_times_of_this_body() -> None:
    end = f"{CAT}/available_end_time"
    assert found(BASE_D, API) == []
    ended = [(d.code, d.pointer) for d in validate(BASE_D, now=1930000000)]
    assert ended == [("U003", end)]
    assert found(base_d(**{end: "2101-01-01T00:00:00+08:00"})) == [("U002", end)]


def test_s010_and_s011_worked_examples() -> None:
    logo = "/display_pattern_info/merchant_logo_url"
    assert found(base_d(**{logo: "图片 cdn 地址"})) == [("S010", logo)]
    assert found(base_d(**{logo: "https://wxpaylogo.qpic.cn/wxpaylogo/abc/0"})) == []
    assert found(base_d(**{logo: "https://xxx"})) == []
    mini = {
        f"{CUR}/use_method": "MINI_PROGRAMS",
        f"{CUR}/mini_programs_appid": "miniappid",
        f"{CUR}/mini_programs_path": "pages/coupon/index",
    }
    assert found(base_d(**mini)) == [("S011", f"{CUR}/mini_programs_appid")]
    mini[f"{CUR}/mini_programs_appid"] = "wx5a1c9e7f3b2d4e60"
    assert found(base_d(**mini)) == []
    vendor = {**copy.deepcopy(BASE_C), "app_id": "wx23232232323"}
    assert found(vendor) == [("S011", "/app_id")]
    vendor["app_id"] = "wx5a1c9e7f3b2d4e60"
    assert found(vendor) == []


def test_the_guard_knows_the_endpoint() -> None:
    assert api_for("https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks") == API
    assert api_for("/v3/marketing/busifavor/stocks") == API
    assert api_for("https://api.mch.weixin.qq.com/v3/marketing/busifavor/stocks/123") is None


def test_fix_applies_to_the_bare_body() -> None:
    """S007 (a known member in the wrong case) and S002 (a whole float for a count)."""
    document = base_d(**{"/stock_send_rule/max_coupons_per_user": 3.0})
    text = json.dumps(document, ensure_ascii=False, indent=2).replace(
        '"goods_name"', '"Goods_Name"'
    )
    assert ("S007", "/Goods_Name") in found(text) and (
        "S002",
        "/stock_send_rule/max_coupons_per_user",
    ) in found(text)
    fixed = fix_text(text, "auto", NOW).text
    assert json.loads(fixed) == BASE_D


def test_rules_lists_the_carried_rules_for_both_apis() -> None:
    def listed(api: str) -> set[str]:
        code, out, _ = run_cli("rules", "--api", api)
        assert code == 0
        return {line.split()[0] for line in out.splitlines()}

    bare, vendor = listed(API), listed("create-coupon-stock")
    assert {"C001", "C019", "C020", "S010", "S011", "U003"} <= bare
    assert not {"C013", "C014", "C015"} & bare
    assert {"C001", "C013", "C015", "C019"} <= vendor
    assert "C020" not in vendor


def test_explain_says_where_a_carried_rule_applies() -> None:
    _, out, _ = run_cli("explain", "C007")
    assert "API: busifavor-stock-create; also create-coupon-stock (in /coupon_data)" in out
    _, out, _ = run_cli("explain", "C020")
    assert "API: busifavor-stock-create    " in out


def test_the_vendor_schema_is_printed_self_contained() -> None:
    """``schema create-coupon-stock`` bundles the merchant-coupon file it refers to, and another
    validator reads it as this one does: the vendor's overrides included."""
    code, out, _ = run_cli("schema", "create-coupon-stock")
    assert code == 0
    printed = json.loads(out)
    assert "busifavor-stock-create.json" not in json.dumps(printed["properties"])
    validator = jsonschema.Draft202012Validator(printed)
    assert validator.is_valid(BASE_C)
    unknown = copy.deepcopy(BASE_C)
    unknown["coupon_data"]["subsidy"] = False  # unknown to the vendor model
    assert not validator.is_valid(unknown)
    vendor_form = copy.deepcopy(BASE_C)
    vendor_form["coupon_data"]["coupon_use_rule"]["coupon_available_time"][
        "irregulary_avaliable_time"
    ] = {"begin_time": 1, "end_time": 2}
    assert validator.is_valid(vendor_form)
    code, out, _ = run_cli("schema", API)
    bare = jsonschema.Draft202012Validator(json.loads(out))
    assert bare.is_valid(BASE_D) and bare.is_valid({**BASE_D, "subsidy": False})
    assert not bare.is_valid(vendor_form["coupon_data"])
