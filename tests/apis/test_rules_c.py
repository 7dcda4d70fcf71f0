"""Edge cases of the create-coupon-stock rules (C007–C019) that the fixtures do not show.

Every test starts from the catalogue's Base-C, which is clean, and changes one thing. Documents are
passed as dicts through the public ``validate``, with the worked examples' ``now``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from tests.conftest import DATA, WORKED_NOW
from validator import Diagnostic, validate
from validator.catalogue.bases import BASE_C

API = "create-coupon-stock"
CD = "/coupon_data"
CUR = f"{CD}/coupon_use_rule"
CAT = f"{CUR}/coupon_available_time"
IRR = f"{CAT}/irregulary_avaliable_time"
DAY_TIME = f"{CAT}/available_week/available_day_time"
SEND = f"{CD}/stock_send_rule"
DISPLAY = f"{CD}/display_pattern_info"


# The rule object of each stock type, filled so that the stock is clean (C013 pairs agree).
RULE_OBJECTS = {
    "NORMAL": ("fixed_normal_coupon", {"discount_amount": 1000, "transaction_minimum": 10000}),
    "DISCOUNT": ("discount_coupon", {"discount_percent": 88, "transaction_minimum": 10000}),
    "EXCHANGE": ("exchange_coupon", {"exchange_price": 990, "transaction_minimum": 10000}),
}


# -- helpers ----------------------------------------------------------------------------------


def _tokens(pointer: str) -> list[str]:
    return pointer.split("/")[1:]


def changed(*edits: tuple[str, Any]) -> dict[str, Any]:
    """Base-C with each (pointer, value) set; a value of ``DROP`` removes the member."""
    document = copy.deepcopy(BASE_C)
    for pointer, value in edits:
        *path, last = _tokens(pointer)
        target: Any = document
        for token in path:
            target = target[int(token)] if isinstance(target, list) else target[token]
        if value is DROP:
            del target[last]
        else:
            target[last] = value
    return document


DROP = object()


def of_stock_type(stock_type: str, *edits: tuple[str, Any]) -> dict[str, Any]:
    """Base-C turned into a clean stock of another type (its own rule object, nothing else)."""
    name, rule_object = RULE_OBJECTS[stock_type]
    return changed(
        (f"{CUR}/fixed_normal_coupon", DROP),
        (f"{CUR}/{name}", copy.deepcopy(rule_object)),
        (f"{CD}/stock_type", stock_type),
        ("/discount_type", stock_type),
        *edits,
    )


def check(document: dict[str, Any] | str, now: int = WORKED_NOW) -> list[Diagnostic]:
    return validate(document, api=API, now=now)


def found(document: dict[str, Any] | str, code: str) -> list[str]:
    """The pointers at which ``code`` fires, sorted."""
    return sorted(d.pointer for d in check(document) if d.code == code)


def codes_at(document: dict[str, Any], pointer: str) -> set[str]:
    return {d.code for d in check(document) if d.pointer == pointer}


def window(begin: str, end: str) -> dict[str, Any]:
    return changed((f"{CAT}/available_begin_time", begin), (f"{CAT}/available_end_time", end))


def test_base_c_is_clean() -> None:
    assert check(BASE_C) == []
    for stock_type in RULE_OBJECTS:
        assert check(of_stock_type(stock_type)) == [], stock_type


# -- C007: the available window ---------------------------------------------------------------

END = f"{CAT}/available_end_time"


@pytest.mark.parametrize(
    ("begin", "end", "fires"),
    [
        # exactly one calendar year is allowed; one second more is not
        ("2030-04-01T00:00:00+08:00", "2031-04-01T00:00:00+08:00", False),
        ("2030-04-01T00:00:00+08:00", "2031-04-01T00:00:01+08:00", True),
        ("2030-04-01T00:00:00.5+08:00", "2031-04-01T00:00:00.5+08:00", False),
        ("2030-04-01T00:00:00.5+08:00", "2031-04-01T00:00:00.6+08:00", True),
        # 29 February: one year later is 28 February, same local time
        ("2028-02-29T00:00:00+08:00", "2029-02-28T00:00:00+08:00", False),
        ("2028-02-29T00:00:00+08:00", "2029-02-28T00:00:01+08:00", True),
        ("2028-02-29T00:00:00+08:00", "2029-03-01T00:00:00+08:00", True),
        # 28 February in a leap year is not special
        ("2028-02-28T12:00:00+08:00", "2029-02-28T12:00:00+08:00", False),
        # the instant counts: the same limit written in UTC
        ("2030-04-01T00:00:00+08:00", "2031-03-31T16:00:00Z", False),
        ("2030-04-01T00:00:00+08:00", "2031-03-31T16:00:01Z", True),
        ("2030-04-01T00:00:00-05:00", "2031-04-01T13:00:00+08:00", False),
        ("2030-04-01T00:00:00-05:00", "2031-04-01T13:00:01+08:00", True),
        # the year is counted in begin's own offset: 29 Feb 02:00 +08:00 is 28 Feb 18:00 UTC,
        # so the limit is 2029-02-28T02:00+08:00 (= 27 Feb 18:00 UTC), not 28 Feb 18:00 UTC
        ("2028-02-29T02:00:00+08:00", "2029-02-28T02:00:00+08:00", False),
        ("2028-02-29T02:00:00+08:00", "2029-02-27T18:00:01Z", True),
        ("2028-02-29T02:00:00+08:00", "2029-02-28T12:00:00Z", True),
        # order: end must be strictly later than begin (instants, not text)
        ("2030-04-01T00:00:00+08:00", "2030-04-01T00:00:00+08:00", True),
        ("2030-04-01T00:00:00+08:00", "2030-03-31T16:00:00Z", True),
        ("2030-04-01T00:00:00+08:00", "2030-03-31T17:00:00Z", False),
        ("2030-04-01T00:00:00+08:00", "2030-03-31T23:59:59+08:00", True),
    ],
)
def test_c007_span_and_order(begin: str, end: str, fires: bool) -> None:
    assert found(window(begin, end), "C007") == ([END] if fires else [])


def test_c007_message_gives_the_latest_allowed_end() -> None:
    [diagnostic] = check(window("2028-02-29T10:00:00+08:00", "2029-06-01T00:00:00Z"))
    assert diagnostic.code == "C007"
    assert diagnostic.severity == "error"
    assert "end it at 2029-02-28 10:00:00 +08:00 at the latest" in diagnostic.message


def test_c007_latest_allowed_end_is_shown_in_beijing_time() -> None:
    """The year is counted in the begin time's own offset; the limit is shown in Beijing time."""
    [diagnostic] = check(window("2030-04-01T20:00:00-05:00", "2031-06-01T00:00:00Z"))
    assert "end it at 2031-04-02 09:00:00 +08:00 at the latest" in diagnostic.message


def test_c007_message_for_a_reversed_window_names_both_times() -> None:
    [diagnostic] = check(window("2030-04-01T00:00:00+08:00", "2030-03-01T00:00:00+08:00"))
    assert "2030-03-01" in diagnostic.message and "2030-04-01" in diagnostic.message


def test_c007_and_c009_show_the_times_in_beijing_time() -> None:
    """Whatever offset the file writes, the messages show Beijing time (a fraction kept), never
    the raw text: the two times of a message then compare at a glance."""
    begin, end = "2030-04-01T00:00:00.250+08:00", "2031-03-31T17:00:00.000Z"
    document = changed(
        (f"{CAT}/available_begin_time", begin),
        (f"{CAT}/available_end_time", end),
        (IRR, [{"begin_time": end, "end_time": begin}]),
    )
    messages = {d.code: d.message for d in check(document)}
    shown_begin, shown_end = "2030-04-01 00:00:00.25 +08:00", "2031-04-01 01:00:00 +08:00"
    assert messages["C007"] == (
        f"the available window from {shown_begin} to {shown_end} lasts more than one year "
        "(有效期最长为1年); end it at 2031-04-01 00:00:00.25 +08:00 at the latest"
    )
    assert messages["C009"] == (
        f"irregular window 0: it ends ({shown_begin}) before or when it begins ({shown_end}); "
        "make it a non-empty window inside the available window"
    )
    for message in messages.values():
        assert begin not in message and end not in message


def test_c009_shows_the_available_window_in_beijing_time() -> None:
    document = changed(
        (f"{CAT}/available_begin_time", "2030-03-31T16:00:00Z"),
        (f"{CAT}/available_end_time", "2030-06-30T15:59:59Z"),
        (IRR, [{"begin_time": "2030-03-31T10:00:00Z", "end_time": "2030-07-01T00:00:00-04:00"}]),
    )
    [message] = [d.message for d in check(document) if d.code == "C009"]
    assert message == (
        "irregular window 0: it begins (2030-03-31 18:00:00 +08:00) before available_begin_time "
        "(2030-04-01 00:00:00 +08:00); it ends (2030-07-01 12:00:00 +08:00) after "
        "available_end_time (2030-06-30 23:59:59 +08:00); make it a non-empty window inside the "
        "available window"
    )


def test_c009_object_form_shows_its_integers_as_they_are() -> None:
    """The vendor object's integers have no known unit: no date is made of them."""
    vendor = changed((IRR, {"begin_time": 1900003600, "end_time": 1900000000}))
    messages = [d.message for d in check(vendor) if d.code == "C009"]
    assert messages == [
        "irregular window is reversed: begin_time 1900003600 is not before end_time 1900000000; "
        "swap them"
    ]


@pytest.mark.parametrize(
    ("begin", "end", "other"),
    [
        ("2030-04-01 00:00:00", "2032-01-01T00:00:00+08:00", "S006"),  # begin not RFC 3339
        ("2030-04-01T00:00:00+08:00", "2032-02-30T00:00:00+08:00", "S006"),  # no 30 Feb
        ("2030-04-01T00:00:00+08:00", "2030-04-01T24:00:00+08:00", "S006"),  # hour 24
        ("2014-12-01T00:00:00+08:00", "2030-06-30T00:00:00+08:00", "U002"),  # before 2015
        ("2030-04-01T00:00:00+08:00", "2101-01-01T00:00:00+08:00", "U002"),  # after 2100
    ],
)
def test_c007_skips_unusable_times(begin: str, end: str, other: str) -> None:
    diagnostics = check(window(begin, end))
    assert "C007" not in {d.code for d in diagnostics}
    assert other in {d.code for d in diagnostics}


# -- C008: daily slots ------------------------------------------------------------------------


def _slots(*slots: dict[str, Any]) -> dict[str, Any]:
    return changed((f"{CAT}/available_week", {"week_day": [1], "available_day_time": list(slots)}))


def test_c008_reports_only_the_reversed_item() -> None:
    document = _slots({"begin_time": 0, "end_time": 86399}, {"begin_time": 50000, "end_time": 100})
    assert found(document, "C008") == [f"{DAY_TIME}/1"]


def test_c008_skips_slots_with_unusable_or_missing_members() -> None:
    document = _slots(
        {"begin_time": "72000", "end_time": 36000},  # S002
        {"begin_time": 72000},
        {"end_time": 36000},
    )
    assert found(document, "C008") == []
    assert found(document, "S002") == [f"{DAY_TIME}/0/begin_time"]


def test_c008_message_shows_clock_times() -> None:
    [diagnostic] = check(_slots({"begin_time": 72000, "end_time": 36000}))
    assert "20:00:00" in diagnostic.message and "10:00:00" in diagnostic.message


# -- C009: irregular windows, object form vs array form ---------------------------------------


def _irregular(value: Any) -> dict[str, Any]:
    return changed((IRR, value))


@pytest.mark.parametrize(
    ("value", "fires"),
    [
        ({"begin_time": 20, "end_time": 10}, True),
        ({"begin_time": 10, "end_time": 10}, True),
        ({"begin_time": 10, "end_time": 20}, False),
        ({"begin_time": 20}, False),
        ({}, False),
        # the unit is unknown: huge or tiny numbers are never compared with the window
        ({"begin_time": 1, "end_time": 99999999999999}, False),
    ],
)
def test_c009_object_form_checks_only_the_order(value: dict[str, Any], fires: bool) -> None:
    assert found(_irregular(value), "C009") == ([IRR] if fires else [])


def test_c009_object_form_skips_unusable_members() -> None:
    document = _irregular({"begin_time": 20.0, "end_time": 10})
    assert found(document, "C009") == []
    assert found(document, "S002") == [f"{IRR}/begin_time"]


def _item(begin: str, end: str) -> dict[str, str]:
    return {"begin_time": begin, "end_time": end}


INSIDE = _item("2030-05-01T10:00:00+08:00", "2030-05-01T12:00:00+08:00")


@pytest.mark.parametrize(
    ("item", "fires"),
    [
        (INSIDE, False),
        # the whole available window is allowed, bounds included
        (_item("2030-04-01T00:00:00+08:00", "2030-06-30T23:59:59+08:00"), False),
        (_item("2030-03-31T16:00:00Z", "2030-06-30T15:59:59Z"), False),
        # reversed or empty
        (_item("2030-05-01T12:00:00+08:00", "2030-05-01T10:00:00+08:00"), True),
        (_item("2030-05-01T12:00:00+08:00", "2030-05-01T12:00:00+08:00"), True),
        # outside the available window, by one second, offsets applied
        (_item("2030-03-31T23:59:59+08:00", "2030-05-01T12:00:00+08:00"), True),
        (_item("2030-03-31T15:59:59Z", "2030-05-01T12:00:00+08:00"), True),
        (_item("2030-05-01T10:00:00+08:00", "2030-07-01T00:00:00+08:00"), True),
        (_item("2030-05-01T10:00:00+08:00", "2030-06-30T16:00:00Z"), True),
    ],
)
def test_c009_array_form(item: dict[str, str], fires: bool) -> None:
    assert found(_irregular([item]), "C009") == ([f"{IRR}/0"] if fires else [])


def test_c009_array_form_reports_each_bad_item_once() -> None:
    reversed_and_outside = _item("2030-08-02T00:00:00+08:00", "2030-08-01T00:00:00+08:00")
    document = _irregular([INSIDE, reversed_and_outside, INSIDE])
    diagnostics = [d for d in check(document) if d.code == "C009"]
    assert [d.pointer for d in diagnostics] == [f"{IRR}/1"]
    assert "before or when it begins" in diagnostics[0].message
    assert "after available_end_time" in diagnostics[0].message


@pytest.mark.parametrize(
    ("item", "other"),
    [
        (_item("2030-05-01 12:00:00", "2030-05-01T10:00:00+08:00"), "S006"),
        (_item("2030-05-01T12:00:00+08:00", "2101-05-01T10:00:00+08:00"), "U002"),
        ({"begin_time": "2030-07-01T12:00:00+08:00"}, None),  # both members are needed
        ({"begin_time": 1, "end_time": 2}, "S002"),  # integers belong to the object form
    ],
)
def test_c009_array_form_skips_items_without_two_usable_times(
    item: dict[str, Any], other: str | None
) -> None:
    diagnostics = check(_irregular([item]))
    assert "C009" not in {d.code for d in diagnostics}
    if other is not None:
        assert other in {d.code for d in diagnostics}


def test_c009_array_form_without_a_usable_available_window_checks_only_the_order() -> None:
    late = _item("2031-05-01T10:00:00+08:00", "2031-05-01T12:00:00+08:00")
    document = changed(
        (f"{CAT}/available_begin_time", "2030-04-01"),  # S006
        (f"{CAT}/available_end_time", "tomorrow"),  # S006
        (IRR, [late]),
    )
    assert found(document, "C009") == []


@pytest.mark.parametrize("value", ["2030-05-01", 7, True])
def test_c009_other_types_are_only_s002(value: Any) -> None:
    document = _irregular(value)
    assert found(document, "C009") == []
    assert found(document, "S002") == [IRR]


def test_c009_empty_array_is_accepted() -> None:
    assert check(_irregular([])) == []


# -- C010, C011, C012: send rule and thresholds -----------------------------------------------


def test_c010_fires_on_presence_whatever_the_value() -> None:
    document = changed((f"{SEND}/max_coupons_by_day", "200"))
    assert codes_at(document, f"{SEND}/max_coupons_by_day") == {"C010", "S002"}


@pytest.mark.parametrize("stock_type", ["DISCOUNT", "EXCHANGE"])
def test_c010_not_for_discount_and_exchange(stock_type: str) -> None:
    document = of_stock_type(stock_type, (f"{SEND}/max_coupons_by_day", 200))
    assert check(document) == []


def test_c010_skipped_when_stock_type_is_unusable() -> None:
    document = changed((f"{CD}/stock_type", "normal"), (f"{SEND}/max_coupons_by_day", 200))
    assert found(document, "C010") == []
    assert found(document, "S003") == [f"{CD}/stock_type"]


@pytest.mark.parametrize(("minimum", "fires"), [(999, True), (1000, True), (1001, False)])
def test_c011_threshold_must_exceed_the_discount(minimum: int, fires: bool) -> None:
    document = changed((f"{CUR}/fixed_normal_coupon/transaction_minimum", minimum))
    pointer = f"{CUR}/fixed_normal_coupon/transaction_minimum"
    assert found(document, "C011") == ([pointer] if fires else [])


def test_c011_only_for_normal_stocks() -> None:
    document = of_stock_type(
        "DISCOUNT", (f"{CUR}/discount_coupon", {"discount_percent": 88, "transaction_minimum": 50})
    )
    assert found(document, "C011") == []


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"max_coupons": 3, "max_coupons_per_user": 3}, []),
        ({"max_coupons": 2, "max_coupons_per_user": 3}, [f"{SEND}/max_coupons_per_user"]),
        ({"max_coupons_per_user": 3}, []),  # max_coupons is optional (选填)
        ({"max_coupons": "2", "max_coupons_per_user": 3}, []),  # S002: not usable
    ],
)
def test_c012(rule: dict[str, Any], expected: list[str]) -> None:
    assert found(changed((SEND, rule)), "C012") == expected


def test_c012_per_day_branch() -> None:
    document = of_stock_type(
        "DISCOUNT",
        (SEND, {"max_coupons": 10, "max_coupons_per_user": 3, "max_coupons_by_day": 11}),
    )
    assert found(document, "C012") == [f"{SEND}/max_coupons_by_day"]


# -- C013: the nine vendor / coupon_data pairs ------------------------------------------------

# vendor member, a value that differs from Base-C's counterpart, counterpart pointer, a value
# that makes the counterpart unusable (S002/S003/S006).
PAIRS = [
    ("discount_type", "DISCOUNT", f"{CD}/stock_type", "normal"),
    ("coupon_name", "门店满200减20", f"{CD}/stock_name", 12),
    ("mini_amount", 9900, f"{CUR}/fixed_normal_coupon/transaction_minimum", "10000"),
    ("discount", 900, f"{CUR}/fixed_normal_coupon/discount_amount", 10.0),
    ("total_num", 4000, f"{SEND}/max_coupons", None),
    ("person_num", 2, f"{SEND}/max_coupons_per_user", True),
    ("day_num", 50, f"{SEND}/max_coupons_by_day", "100"),
    ("back_color", "Color010", f"{DISPLAY}/background_color", "#ff8800"),
    ("code_mode", "MERCHANT_API", f"{CD}/coupon_code_mode", "merchant_api"),
]
SAME = {
    "discount_type": "NORMAL",
    "coupon_name": "门店满100减10",
    "mini_amount": 10000,
    "discount": 1000,
    "total_num": 5000,
    "person_num": 3,
    "day_num": 100,
    "back_color": "Color020",
    "code_mode": "WECHATPAY_MODE",
}
# Base-C lacks these two counterparts; each pair test adds them.
EXTRA_COUNTERPARTS = (
    (f"{SEND}/max_coupons_by_day", 100),
    (DISPLAY, {"background_color": "Color020"}),
)
IDS = [pair[0] for pair in PAIRS]


def _pair_document(*edits: tuple[str, Any]) -> dict[str, Any]:
    """Base-C with every counterpart present and agreeing, then ``edits``."""
    return changed(*EXTRA_COUNTERPARTS, *edits)


@pytest.mark.parametrize(("member", "differs", "counterpart", "bad"), PAIRS, ids=IDS)
def test_c013_pair_differs(member: str, differs: Any, counterpart: str, bad: Any) -> None:
    diagnostics = [d for d in check(_pair_document((f"/{member}", differs))) if d.code == "C013"]
    assert [d.pointer for d in diagnostics] == [f"/{member}"]
    assert diagnostics[0].severity == "warning"
    assert json.dumps(differs, ensure_ascii=False) in diagnostics[0].message
    assert "make them equal" in diagnostics[0].message


@pytest.mark.parametrize(("member", "differs", "counterpart", "bad"), PAIRS, ids=IDS)
def test_c013_pair_equal(member: str, differs: Any, counterpart: str, bad: Any) -> None:
    assert found(_pair_document((f"/{member}", SAME[member])), "C013") == []


@pytest.mark.parametrize(("member", "differs", "counterpart", "bad"), PAIRS, ids=IDS)
def test_c013_pair_skipped_when_counterpart_unusable(
    member: str, differs: Any, counterpart: str, bad: Any
) -> None:
    document = _pair_document((f"/{member}", differs), (counterpart, bad))
    assert found(document, "C013") == []
    assert codes_at(document, counterpart) & {"S002", "S003", "S006"}


@pytest.mark.parametrize(("member", "differs", "counterpart", "bad"), PAIRS, ids=IDS)
def test_c013_pair_skipped_when_counterpart_absent(
    member: str, differs: Any, counterpart: str, bad: Any
) -> None:
    document = _pair_document((f"/{member}", differs), (counterpart, DROP))
    assert found(document, "C013") == []


@pytest.mark.parametrize(("member", "differs", "counterpart", "bad"), PAIRS, ids=IDS)
def test_c013_pair_skipped_when_vendor_value_unusable(
    member: str, differs: Any, counterpart: str, bad: Any
) -> None:
    wrong_type = 1 if isinstance(differs, str) else str(differs)
    document = _pair_document((f"/{member}", wrong_type))
    assert found(document, "C013") == []
    assert found(document, "S002") == [f"/{member}"]


def test_c013_vendor_enum_value_is_unusable() -> None:
    document = changed(("/discount_type", "FIXED"))
    assert found(document, "C013") == []
    assert found(document, "S003") == ["/discount_type"]


@pytest.mark.parametrize("member", ["person_num", "day_num"])
def test_c013_zero_means_unlimited(member: str) -> None:
    """0 is the vendor's "no limit"; it is not compared with WeChat's limit."""
    assert found(_pair_document((f"/{member}", 0)), "C013") == []
    assert found(_pair_document((f"/{member}", 1)), "C013") == [f"/{member}"]


def test_c013_person_day_num_has_no_counterpart() -> None:
    assert found(_pair_document(("/person_day_num", 7)), "C013") == []


@pytest.mark.parametrize(
    ("stock_type", "discount", "minimum"),
    [
        ("NORMAL", 1000, 10000),  # discount_amount (fen)
        ("DISCOUNT", 88, 10000),  # discount_percent
        ("EXCHANGE", 990, 10000),  # exchange_price (fen)
    ],
)
def test_c013_discount_and_mini_amount_follow_the_stock_type(
    stock_type: str, discount: int, minimum: int
) -> None:
    agree = of_stock_type(stock_type, ("/discount", discount), ("/mini_amount", minimum))
    assert found(agree, "C013") == []
    disagree = of_stock_type(stock_type, ("/discount", discount + 1), ("/mini_amount", minimum - 1))
    assert found(disagree, "C013") == ["/discount", "/mini_amount"]


def test_c013_discount_ignores_the_rule_objects_of_other_stock_types() -> None:
    # A DISCOUNT stock that also carries fixed_normal_coupon (C002): discount is compared with
    # discount_percent only, whatever fixed_normal_coupon says.
    document = of_stock_type(
        "DISCOUNT",
        (f"{CUR}/fixed_normal_coupon", {"discount_amount": 88, "transaction_minimum": 10000}),
        ("/discount", 88),
    )
    assert found(document, "C013") == []
    assert found(document, "C002") == [f"{CUR}/fixed_normal_coupon"]


def test_c013_discount_and_mini_amount_skipped_without_a_usable_stock_type() -> None:
    document = changed(
        (f"{CD}/stock_type", "normal"),
        ("/discount", 1),
        ("/mini_amount", 1),
        ("/discount_type", "NORMAL"),
    )
    assert found(document, "C013") == []


def test_c013_back_color_compared_with_a_usable_unknown_colour() -> None:
    # Color055 gets C016 but stays usable (only S002/S003/S006 make a value unusable).
    document = changed((DISPLAY, {"background_color": "Color055"}), ("/back_color", "Color050"))
    assert found(document, "C013") == ["/back_color"]
    assert found(document, "C016") == [f"{DISPLAY}/background_color"]


# -- C014: output-only members ----------------------------------------------------------------

OUTPUT_ONLY = {
    "stock_id": "1290000000000042",
    "status": "running",
    "can_sale_num": 0,
    "reason": "",
    "saled_num": 0,
    "send_num": 0,
    "used_num": 0,
    "group_buy_finished": 0,
    "group_buy_list": [],
    "qr_img_url": "https://example.com/qr.png",
    "coupon_type_name": "商家券",
}


@pytest.mark.parametrize("member", sorted(OUTPUT_ONLY))
def test_c014_each_output_only_member(member: str) -> None:
    document = changed((f"/{member}", OUTPUT_ONLY[member]))
    assert [(d.code, d.pointer) for d in check(document)] == [("C014", f"/{member}")]


def test_c014_counts_any_value_and_status_has_no_enum() -> None:
    document = changed(("/stock_id", None), ("/status", "whatever"))
    assert codes_at(document, "/stock_id") == {"C014", "S002"}
    assert codes_at(document, "/status") == {"C014"}


# -- C015: coupon_type ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ((("/coupon_type", 1),), []),
        ((("/coupon_type", 2),), ["/coupon_type"]),
        ((("/coupon_type", 3),), ["/coupon_type", "/group_item_list"]),
        ((("/coupon_type", 3), ("/group_item_list", [])), ["/coupon_type", "/group_item_list"]),
        (
            (("/coupon_type", 3), ("/group_item_list", [{"stock_id": "1", "quantity": 1}])),
            ["/coupon_type"],
        ),
        # a present list of the wrong type is S002, not "absent or []"
        ((("/coupon_type", 3), ("/group_item_list", {})), ["/coupon_type"]),
        # group_item_list alone (coupon_type 1 or absent) is not C015
        ((("/group_item_list", []),), []),
        ((("/coupon_type", DROP), ("/group_item_list", [])), []),
        # unusable coupon_type: S002 / S003 only
        ((("/coupon_type", "3"),), []),
        ((("/coupon_type", 4),), []),
    ],
)
def test_c015(edits: tuple[tuple[str, Any], ...], expected: list[str]) -> None:
    assert found(changed(*edits), "C015") == expected


def test_c015_b_missing_list_is_shown_at_the_top_level_object() -> None:
    text = json.dumps(changed(("/coupon_type", 3)), indent=2, ensure_ascii=False)
    [diagnostic] = [d for d in check(text) if d.pointer == "/group_item_list"]
    assert (diagnostic.line, diagnostic.column) == (1, 1)


# -- C016 vs S006: background_color -----------------------------------------------------------


@pytest.mark.parametrize(
    ("colour", "code"),
    [
        *[(f"Color{n:03d}", None) for n in range(10, 101, 10)],
        ("Color055", "C016"),
        ("Color000", "C016"),
        ("Color110", "C016"),
        ("Color999", "C016"),
        ("#ff8800", "S006"),
        ("color050", "S006"),  # case-sensitive
        ("COLOR050", "S006"),
        ("Color50", "S006"),
        ("Color0500", "S006"),
        (" Color050", "S006"),
        ("Color050 ", "S006"),
        ("Color05５", "S006"),  # a full-width digit is not [0-9]
    ],
)
def test_c016_and_s006_split(colour: str, code: str | None) -> None:
    document = changed((DISPLAY, {"background_color": colour}))
    got = codes_at(document, f"{DISPLAY}/background_color")
    assert got == ({code} if code else set())


# -- C017: merchant_name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "code"),
    [(1, None), (12, None), (13, "C017"), (16, "C017"), (17, "S005"), (30, "S005")],
)
def test_c017_lengths(length: int, code: str | None) -> None:
    document = changed((DISPLAY, {"merchant_name": "店" * length}))
    assert codes_at(document, f"{DISPLAY}/merchant_name") == ({code} if code else set())


def test_c017_counts_code_points() -> None:
    """Lengths count code points: an emoji (outside the BMP) counts 1, ASCII counts 1."""
    thirteen = "😀" * 6 + "abcdefg"
    assert found(changed((DISPLAY, {"merchant_name": thirteen})), "C017") == [
        f"{DISPLAY}/merchant_name"
    ]
    assert found(changed((DISPLAY, {"merchant_name": "😀" * 12})), "C017") == []


# -- C018: out_request_no ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "a|b_c*d-e", "|_*-"],
)
def test_c018_allowed_characters(value: str) -> None:
    assert found(changed((f"{CD}/out_request_no", value)), "C018") == []


@pytest.mark.parametrize(
    "bad", [" ", "#", ".", "/", "+", "~", "\\", '"', "中", "Ａ", "１", "\t", "\n", "😀"]
)
def test_c018_other_characters(bad: str) -> None:
    pointer = f"{CD}/out_request_no"
    [diagnostic] = [d for d in check(changed((pointer, f"1900012345{bad}1"))) if d.code == "C018"]
    assert diagnostic.pointer == pointer
    assert json.dumps(bad, ensure_ascii=False) in diagnostic.message


def test_c018_empty_string_is_only_s005() -> None:
    assert codes_at(changed((f"{CD}/out_request_no", "")), f"{CD}/out_request_no") == {"S005"}


def test_c018_lone_surrogate_is_reported_escaped() -> None:
    text = json.dumps(BASE_C, ensure_ascii=False).replace(
        '"1900012345-20300401-0001"', '"1900012345\\ud800"'
    )
    [diagnostic] = [d for d in check(text) if d.code == "C018"]
    assert "\\ud800" in diagnostic.message
    diagnostic.message.encode("utf-8")  # printable


# -- C019 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "codes"),
    [("SELF_CONSUME", {"C019"}), ("self_consume", {"S003"}), ("PAYMENT_CODE", set())],
)
def test_c019(method: str, codes: set[str]) -> None:
    assert codes_at(changed((f"{CUR}/use_method", method)), f"{CUR}/use_method") == codes


# -- The vendor sample: "Not reported, and why" (tests/data/samples/README.md) -------------

VENDOR_SAMPLE = "vendor_create_coupon_stock__liankeonline-help__1.json"


@pytest.fixture
def vendor_sample() -> dict[str, Any]:
    path = DATA / "samples" / VENDOR_SAMPLE
    return json.loads(path.read_text(encoding="utf-8"))


def _vendor(document: dict[str, Any]) -> list[Diagnostic]:
    return validate(document, api="auto", now=1420070400)


def test_vendor_sample_coupon_name_equals_stock_name(vendor_sample: dict[str, Any]) -> None:
    assert vendor_sample["coupon_name"] == vendor_sample["coupon_data"]["stock_name"]
    assert "/coupon_name" not in {d.pointer for d in _vendor(vendor_sample)}


def test_vendor_sample_pairs_with_an_unusable_side_are_skipped(
    vendor_sample: dict[str, Any],
) -> None:
    c013 = {d.pointer for d in _vendor(vendor_sample) if d.code == "C013"}
    assert c013 == {"/total_num", "/person_num", "/day_num"}
    # discount_type (S003), mini_amount and discount (stock_type S003), back_color
    # (background_color S006), code_mode (coupon_code_mode S003): never compared.


def test_vendor_sample_rules_on_unusable_values_do_not_fire(vendor_sample: dict[str, Any]) -> None:
    codes = {d.code for d in _vendor(vendor_sample)}
    assert codes.isdisjoint({"C001", "C002", "C005", "C006", "C007", "C009", "C010", "C011"})


def test_vendor_sample_skips_are_caused_by_unusable_values(vendor_sample: dict[str, Any]) -> None:
    """Make stock_type usable, and the rules that read it wake up."""
    vendor_sample["coupon_data"]["stock_type"] = "NORMAL"
    got = {(d.code, d.pointer) for d in _vendor(vendor_sample)}
    assert ("C002", f"{CUR}/discount_coupon") in got
    assert ("C002", f"{CUR}/exchange_coupon") in got
    assert ("C010", f"{SEND}/max_coupons_by_day") in got
    assert ("C013", "/mini_amount") in got  # 20 vs transaction_minimum 2
    assert ("C013", "/discount") in got  # 22 vs discount_amount 1
    assert ("C011", f"{CUR}/fixed_normal_coupon/transaction_minimum") not in got  # 2 > 1


def test_vendor_sample_status_is_not_enum_checked(vendor_sample: dict[str, Any]) -> None:
    assert {d.code for d in _vendor(vendor_sample) if d.pointer == "/status"} == {"C014"}


def test_vendor_sample_irregular_object_form_is_accepted(vendor_sample: dict[str, Any]) -> None:
    pointers = {d.pointer for d in _vendor(vendor_sample)}
    assert not any(p.startswith(IRR) for p in pointers)


def test_vendor_sample_times_stay_unusable_with_a_later_now(
    vendor_sample: dict[str, Any],
) -> None:
    early = {(d.code, d.pointer) for d in _vendor(vendor_sample)}
    late = {(d.code, d.pointer) for d in validate(vendor_sample, now=1900000000)}
    assert early == late
