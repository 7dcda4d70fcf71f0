"""channels-ec-coupon-create bodies (the WeChat Store's ``POST /channels/ec/coupon/create``): flat
bodies with string product ids, promote_type 1/9/10 and no ``customize_channel``.

Valid bodies cover the eight coupon types and both validity types, always with a ``valid_info``
(its absence is a warning); a 满减 reduction is at most 80 % of its threshold and 200 yuan, a
fixed validity window covers the claim window. A third of them carry what SDK models send for
the members the type does not use, an integer 0, which coupon-validator treats as absent; a 0
``discount_num`` is left out, since a plain JSON Schema validator holds it to its minimum of
2000 and the tools would disagree by design. Every mistake keeps ``type`` and a ``promote_info``
without ``customize_channel``, so the body is still recognised as this API.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import DAY, WINDOWS_FROM, Payload

API = "channels-ec-coupon-create"

_NAMES = (
    "新品满199减30", "会员专享券", "直播间福利", "开卡礼券", "周末折扣券", "店铺满减",
    "爆款直降", "限时八折券", "夏日清凉券", "年货节直减",
)  # fmt: skip
_NOTES = ("每人限领一张", "不与其他优惠同享", "新品上市专享")
_TYPES = (1, 2, 3, 4, 101, 102, 103, 104)


def _product_ids(rng: random.Random) -> list[str]:
    first = rng.randrange(10_000_000_000_000, 90_000_000_000_000)
    return [str(first + 13 * i) for i in range(rng.choice((1, 1, 2, 3, 5, 8)))]


def _discount_info(rng: random.Random, coupon_type: int, zeros: bool) -> Payload:
    """The members the type requires (E001), one threshold at most (E004), and, with ``zeros``,
    a 0 on the integer members it does not use (all but ``discount_num``)."""
    price = rng.choice((5_900, 9_900, 19_900, 29_900, 49_900, 99_900))
    fee = min(price * rng.choice((5, 10, 20, 30)) // 100, 20_000)  # ≤ 80 % (E005/E006)
    condition: Payload = {}
    info: Payload = {}
    if coupon_type < 100:
        condition["product_ids"] = _product_ids(rng)
    if coupon_type in (1, 101):
        condition["product_cnt"] = rng.choice((2, 3, 5))
    elif zeros:
        condition["product_cnt"] = 0
    if coupon_type in (2, 102):
        condition["product_price"] = price
    elif zeros:
        condition["product_price"] = 0
    if condition:
        info["discount_condition"] = condition
    if coupon_type in (1, 3, 101, 103):
        info["discount_num"] = rng.choice((7_000, 7_500, 8_000, 8_500, 9_000, 9_500))
        if zeros:
            info["discount_fee"] = 0
    else:
        info["discount_fee"] = fee
    return info


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean WeChat Store coupon (``index`` is not needed: no member is unique)."""
    coupon_type = rng.choice(_TYPES)
    zeros = rng.random() < 0.3
    claim_start = WINDOWS_FROM + rng.randrange(0, 200) * DAY
    claim_end = claim_start + rng.choice((1, 3, 7, 14, 30)) * DAY
    discount = _discount_info(rng, coupon_type, zeros)
    if rng.random() < 0.5:  # covers the claim window (E009)
        end = claim_end + rng.choice((0, 7, 30)) * DAY
        valid_info: Payload = {"valid_type": 1, "start_time": claim_start, "end_time": end}
        if zeros:
            valid_info["valid_day_num"] = 0
    else:
        valid_info = {"valid_type": 2, "valid_day_num": rng.choice((1, 3, 7, 15, 30))}
        if zeros:
            valid_info.update(start_time=0, end_time=0)
    body: Payload = {
        "type": coupon_type,
        "name": rng.choice(_NAMES),
        "promote_info": {"promote_type": rng.choice((1, 1, 9, 10))},
        "discount_info": discount,
        "receive_info": {
            "start_time": claim_start,
            "end_time": claim_end,
            "limit_num_one_person": rng.choice((1, 1, 2, 5)),
            "total_num": rng.choice((100, 500, 1_000, 5_000, 20_000)),
        },
        "valid_info": valid_info,
    }
    ext_info: Payload = {}
    ids = discount.get("discount_condition", {}).get("product_ids")
    if ids and rng.random() < 0.5:
        ext_info["jump_product_id"] = rng.choice(ids)
    if rng.random() < 0.3:
        ext_info["notes"] = rng.choice(_NOTES)
    if ext_info:
        body["ext_info"] = ext_info
    if rng.random() < 0.3:
        body["auto_valid_info"] = {"auto_valid_type": rng.choice((0, 1))}
    return body


# -- mistakes: each one is detected by any JSON Schema validator and by coupon-validator -----


def _missing_name(body: Payload) -> None:
    del body["name"]  # S001


def _missing_receive_info(body: Payload) -> None:
    del body["receive_info"]  # S001


def _total_as_string(body: Payload) -> None:
    body["receive_info"]["total_num"] = str(body["receive_info"]["total_num"])  # S002


def _integer_product_ids(body: Payload) -> None:
    body["type"] = 4
    body["discount_info"] = {
        "discount_condition": {"product_ids": [10_000_123_456_789]},  # S002: strings here
        "discount_fee": 1_000,
    }


def _type_of_shop_coupon_add(body: Payload) -> None:
    body["type"] = 5  # S003: types 5 and 6 exist only in shop-coupon-add


def _custom_channel_promote_type(body: Payload) -> None:
    body["promote_info"]["promote_type"] = 2  # S003: product-coupon-create only


def _fee_above_200_yuan(body: Payload) -> None:
    body["type"] = 104
    body["discount_info"] = {"discount_fee": 30_000}  # S004 (at most 20000)


def _discount_num_below_2_zhe(body: Payload) -> None:
    body["type"] = 103
    body["discount_info"] = {"discount_num": 1_500}  # S004 (2000-10000, steps of 100)


def _empty_product_ids(body: Payload) -> None:
    body["type"] = 3
    body["discount_info"] = {
        "discount_condition": {"product_ids": []},  # S005 (minItems 1)
        "discount_num": 8_000,
    }


def _name_too_long(body: Payload) -> None:
    body["name"] = "双十一全场满三百减五十"  # S005: 11 code points


def _coupon_id_from_update(body: Payload) -> None:
    body["coupon_id"] = "1000000123"  # S007: a member of /channels/ec/coupon/update


def _window_in_ext_info(body: Payload) -> None:
    ext_info = body.setdefault("ext_info", {})
    ext_info["valid_time"] = body["receive_info"]["start_time"]  # S007: product-coupon-create's


def _store_coupon_without_fee(body: Payload) -> None:
    body["type"] = 102
    body["discount_info"] = {"discount_condition": {"product_price": 9_900}}  # E001


def _days_without_count(body: Payload) -> None:
    body["valid_info"] = {"valid_type": 2}  # E002: valid_day_num


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    _missing_name,
    _missing_receive_info,
    _total_as_string,
    _integer_product_ids,
    _type_of_shop_coupon_add,
    _custom_channel_promote_type,
    _fee_above_200_yuan,
    _discount_num_below_2_zhe,
    _empty_product_ids,
    _name_too_long,
    _coupon_id_from_update,
    _window_in_ext_info,
    _store_coupon_without_fee,
    _days_without_count,
)
