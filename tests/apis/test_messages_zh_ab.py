"""The A, B and create-coupon-stock messages in Chinese, beyond what the fixtures snapshot.

The fixtures prove one wording per failing document; these check what varies inside a message:
the fragments of the shared store coupon checks (which window, before or at the same second,
what the stock is called) are rendered in the reader's language, and every quoted value and
member name is the same in both languages.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from validator import validate
from validator.catalogue.bases import BASE_A, BASE_B, BASE_C

NOW = 1800000000
A = "shop-coupon-add"
B = "product-coupon-create"
C = "create-coupon-stock"


def messages(document: dict[str, Any], api: str, code: str, lang: str) -> list[str]:
    found = validate(document, api=api, now=NOW, lang=lang)
    return [d.message for d in found if d.code == code]


def both(document: dict[str, Any], api: str, code: str) -> tuple[str, str]:
    [english] = messages(document, api, code, "en")
    [chinese] = messages(document, api, code, "zh")
    return english, chinese


def numbers(text: str) -> list[str]:
    return re.findall(r"[0-9]+", text)


def test_a008_at_the_same_second_reads_as_equal_in_chinese() -> None:
    document = copy.deepcopy(BASE_A)
    receive = document["coupon"]["coupon_info"]["receive_info"]
    receive["end_time"] = receive["start_time"]
    english, chinese = both(document, A, "A008")
    assert "at the same second as" in english
    assert (
        "receive_info.end_time 1900000000（2030-03-18 01:46:40 +08:00） 等于 "
        "receive_info.start_time 1900000000（2030-03-18 01:46:40 +08:00）"
    ) in chinese
    assert "领取时间" in chinese
    assert numbers(english) == numbers(chinese)


def test_b005_names_the_ext_info_window_in_chinese() -> None:
    document = copy.deepcopy(BASE_B)
    document["ext_info"]["invalid_time"] = document["ext_info"]["valid_time"] - 1
    english, chinese = both(document, B, "B005")
    assert "the ext_info window ends" in english
    assert chinese.startswith("ext_info.invalid_time ")
    assert "ext_info 的时间段" in chinese
    assert "早于" in chinese


def test_the_stock_is_named_per_api_in_both_languages() -> None:
    document_a = copy.deepcopy(BASE_A)
    document_a["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 600
    english, chinese = both(document_a, A, "A010")
    assert "larger than the whole stock" in english
    assert "超过了券的总库存" in chinese
    document_b = copy.deepcopy(BASE_B)
    document_b["receive_info"]["limit_num_one_person"] = 400
    english, chinese = both(document_b, B, "B010")
    assert "larger than the total number of coupons" in english
    assert "超过了券的总数量" in chinese


def test_c013_c014_c015_quote_the_same_values_in_both_languages() -> None:
    document = copy.deepcopy(BASE_C)
    document["mini_amount"] = 9900
    document["used_num"] = 3
    document["coupon_type"] = 2
    for code, word in (("C013", "不一致"), ("C014", "计数"), ("C015", "代金券")):
        english, chinese = both(document, C, code)
        assert word in chinese
        assert numbers(english) == numbers(chinese)
