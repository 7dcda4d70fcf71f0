"""Every time a rule message shows is in Beijing time, in both languages.

A Unix-seconds value of the file keeps its number (the user searches the file for it and writes
the fix in it) and gains its Beijing time: ``1673110742 (2023-01-08 00:59:02 +08:00)``. An RFC
3339 value of the file is shown in Beijing time alone, whatever offset it was written with, so
that the two times of a message, and now, compare at a glance; only a message about the raw text
(S006) quotes it. The fixtures snapshot one case per code; these check the rule across the APIs
that share it, with offsets other than +08:00, and that a clean check pays for none of it.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from typing import Any

import pytest

from tests.conftest import REPO, WORKED_NOW
from validator import validate
from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue.bases import BASE_A, BASE_B, BASE_D
from validator.text.times import timestamp

RFC3339_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:")
#: 1900000000 and the times near it that the cases below write, with their Beijing time.
T0 = "1900000000 (2030-03-18 01:46:40 +08:00)"
T_DAY = "1900086400 (2030-03-19 01:46:40 +08:00)"
T_WEEK = "1900604800 (2030-03-25 01:46:40 +08:00)"
T_HOUR = "1900003600 (2030-03-18 02:46:40 +08:00)"


def put(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``base`` with each ``/a/b`` pointer set to its value."""
    document = copy.deepcopy(base)
    for pointer, value in changes.items():
        *path, last = pointer.split("/")[1:]
        target = document
        for token in path:
            target = target[token]
        target[last] = value
    return document


def both(document: dict[str, Any], api: str, code: str) -> tuple[str, str]:
    """The one ``code`` message of the document, in English and in Chinese."""
    found = []
    for lang in ("en", "zh"):
        diagnostics = validate(document, api=api, now=WORKED_NOW, lang=lang)
        [text] = [d.message for d in diagnostics if d.code == code]
        found.append(text)
    return found[0], found[1]


def chinese(shown: str) -> str:
    """A dated timestamp as Chinese writes it: the date in full-width brackets."""
    return shown.replace(" (", "（").replace(")", "）")


def test_a_timestamp_keeps_its_number_beside_its_beijing_time() -> None:
    assert str(timestamp(1673110742)) == "1673110742 (2023-01-08 00:59:02 +08:00)"
    assert timestamp(1673110742).render("zh") == "1673110742（2023-01-08 00:59:02 +08:00）"
    assert str(timestamp(0)) == "0 (1970-01-01 08:00:00 +08:00)"
    assert timestamp(10**15) == str(10**15)  # beyond year 9999: no date to give


CI = "/coupon/coupon_info"

#: (api, document, code, the timestamps as the message must show them).
INTEGER_CASES = {
    "A008": (
        "shop-coupon-add",
        put(BASE_A, {f"{CI}/receive_info/start_time": 1900086400}),  # = the claim end
        "A008",
        [T_DAY, T_DAY],
    ),
    "A009": (
        "shop-coupon-add",
        put(BASE_A, {f"{CI}/valid_info/end_time": 1900003600}),
        "A009",
        [T_HOUR, T_DAY],
    ),
    "B004": (
        "product-coupon-create",
        put(BASE_B, {"/ext_info/valid_time": 1900003600}),
        "B004",
        [T0, T_HOUR],
    ),
    "B005": (
        "product-coupon-create",
        put(BASE_B, {"/ext_info/invalid_time": 1900000000}),
        "B005",
        [T0, T0],
    ),
    "E008": (
        "channels-ec-coupon-create",
        put(BASE_E, {"/valid_info/start_time": 1900604800, "/valid_info/end_time": 1900086400}),
        "E008",
        [T_DAY, T_WEEK],
    ),
    "E009": (
        "channels-ec-coupon-create",
        put(BASE_E, {"/valid_info/end_time": 1900003600}),
        "E009",
        [T_HOUR, T_DAY],
    ),
    "U001": (
        "product-coupon-create",
        put(BASE_B, {"/receive_info/end_time": 1900086400123}),
        "U001",
        [T_DAY],
    ),
}


@pytest.mark.parametrize("case", sorted(INTEGER_CASES))
def test_a_timestamp_is_shown_with_its_beijing_time_in_both_languages(case: str) -> None:
    api, document, code, shown = INTEGER_CASES[case]
    english, in_chinese = both(document, api, code)
    for text, written in ((english, shown), (in_chinese, [chinese(s) for s in shown])):
        at = 0
        for expected in written:  # in this order
            at = text.index(expected, at) + len(expected)
        # every date the message shows belongs to a number of the file
        dates = re.findall(r"[(（]([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8} \+08:00)[)）]", text)
        assert len(dates) == len(shown), text


def test_u001_dates_the_seconds_it_suggests_but_not_the_milliseconds() -> None:
    english, in_chinese = both(INTEGER_CASES["U001"][1], "product-coupon-create", "U001")
    assert english.startswith(
        f"1900086400123 looks like milliseconds; timestamps are Unix "
        f"seconds: {T_DAY}; WeChat answers errcode 109110"
    )
    assert in_chinese.startswith("1900086400123 看起来是毫秒时间戳")
    assert f"应为 {chinese(T_DAY)}；" in in_chinese


def test_the_claim_end_to_reach_is_the_plain_number_to_write() -> None:
    """A009's advice gives the number to write; its date was given when the end was named."""
    english, in_chinese = both(INTEGER_CASES["A009"][1], "shop-coupon-add", "A009")
    assert english.endswith("(valid_info.end_time ≥ 1900086400)")
    assert in_chinese.endswith("（valid_info.end_time ≥ 1900086400）")


CAT = "/coupon_use_rule/coupon_available_time"

#: (api, document, code, the times the message must show, the raw texts it must not quote).
RFC3339_CASES = {
    "C007-reversed": (
        "busifavor-stock-create",
        put(BASE_D, {f"{CAT}/available_end_time": "2030-03-31T15:00:00Z"}),
        "C007",
        ["2030-03-31 23:00:00 +08:00", "2030-04-01 00:00:00 +08:00"],
    ),
    "C007-over-a-year": (
        "busifavor-stock-create",
        put(BASE_D, {f"{CAT}/available_end_time": "2031-06-01T00:00:00-05:00"}),
        "C007",
        [
            "2030-04-01 00:00:00 +08:00",
            "2031-06-01 13:00:00 +08:00",
            "2031-04-01 00:00:00 +08:00",
        ],
    ),
    "C009": (
        "busifavor-stock-create",
        put(
            BASE_D,
            {
                f"{CAT}/irregulary_avaliable_time": [
                    {"begin_time": "2030-03-31T12:00:00Z", "end_time": "2030-03-31T11:00:00Z"}
                ]
            },
        ),
        "C009",
        ["2030-03-31 19:00:00 +08:00", "2030-03-31 20:00:00 +08:00"],
    ),
    "F002-reversed": (
        "favor-stock-create",
        put(BASE_F, {"/available_end_time": "2027-02-28T15:00:00.5Z"}),
        "F002",
        ["2027-02-28 23:00:00.5 +08:00", "2027-03-01 00:00:00 +08:00"],
    ),
    "F002-over-90-days": (
        "favor-stock-create",
        put(BASE_F, {"/available_end_time": "2027-06-01T00:00:00Z"}),
        "F002",
        ["2027-03-01 00:00:00 +08:00", "2027-06-01 08:00:00 +08:00"],
    ),
    "F003-past": (
        "favor-stock-create",
        put(BASE_F, {"/available_begin_time": "2026-12-31T16:00:00Z"}),
        "F003",
        ["2027-01-01 00:00:00 +08:00", "2027-01-15 16:00:00 +08:00"],
    ),
    "F003-ahead": (
        "favor-stock-create",
        put(BASE_F, {"/available_begin_time": "2028-02-01T00:00:00-08:00"}),
        "F003",
        ["2028-02-01 16:00:00 +08:00", "2028-01-15 16:00:00 +08:00"],
    ),
}


@pytest.mark.parametrize("case", sorted(RFC3339_CASES))
def test_an_rfc3339_value_is_shown_in_beijing_time_in_both_languages(case: str) -> None:
    api, document, code, shown = RFC3339_CASES[case]
    for text in both(document, api, code):
        assert RFC3339_TEXT.search(text) is None, text  # no raw RFC 3339 text
        for expected in shown:
            assert expected in text, (expected, text)


def test_a_malformed_rfc3339_value_is_still_quoted_as_written() -> None:
    """S006 is about the text itself: there is no time to show, only what the file wrote."""
    document = put(BASE_D, {f"{CAT}/available_end_time": "2030-06-30 23:59:59+08:00"})
    english, in_chinese = both(document, "busifavor-stock-create", "S006")
    assert '"2030-06-30 23:59:59+08:00"' in english
    assert '"2030-06-30 23:59:59+08:00"' in in_chinese


# -- what a check imports ---------------------------------------------------------------------

_EXAMPLES = {
    "shop-coupon-add": BASE_A,
    "product-coupon-create": BASE_B,
    "channels-ec-coupon-create": BASE_E,
    "busifavor-stock-create": BASE_D,
    "favor-stock-create": BASE_F,
}
_TIMES = ("validator.text.times", "validator.rfc3339")


def _imported(document: dict[str, Any], api: str) -> tuple[list[str], list[str]]:
    """(the codes found, which of ``_TIMES`` a fresh interpreter imported) for one check."""
    script = (
        "import json, sys\n"
        "from validator import validate\n"
        f"document = json.loads({json.dumps(document, ensure_ascii=False)!r})\n"
        f"found = validate(document, api={api!r}, now={WORKED_NOW})\n"
        f"print(json.dumps([sorted({{d.code for d in found}}), "
        f"[m for m in {_TIMES!r} if m in sys.modules]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    codes, modules = json.loads(result.stdout)
    return codes, modules


@pytest.mark.parametrize("api", sorted(_EXAMPLES))
def test_a_clean_check_imports_no_time_formatting(api: str) -> None:
    """A clean body shows no time, so it never imports ``validator.text.times``; the
    Unix-seconds APIs do not need ``validator.rfc3339`` either (the RFC 3339 APIs parse with it)."""
    codes, modules = _imported(_EXAMPLES[api], api)
    assert codes == []
    unix_seconds = api in ("shop-coupon-add", "product-coupon-create", "channels-ec-coupon-create")
    assert modules == ([] if unix_seconds else ["validator.rfc3339"])


def test_a_finding_that_shows_a_time_imports_the_time_formatting() -> None:
    api, document, code, _ = INTEGER_CASES["A008"]
    codes, modules = _imported(document, api)
    assert code in codes
    assert modules == list(_TIMES)
