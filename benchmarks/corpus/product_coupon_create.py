"""product-coupon-create bodies (the Mini Store's ``POST /product/coupon/create``): flat bodies
with integer product ids, ``ext_info`` and a ``customize_channel``.

Valid bodies cover the eight coupon types, both validity types and both promotion types; they
are clean for coupon-validator: with a fixed window ``ext_info`` repeats it exactly, a 满减
reduction stays below its threshold, a 直减 one below 5000 yuan, a custom channel has a name.
Every mistake keeps ``type`` and ``customize_channel``, so the body is still recognised as this
API, and is one that a JSON Schema validator given its schema detects as well.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import DAY, WINDOWS_FROM, Payload

API = "product-coupon-create"

_NAMES = (
    "周末满减", "新人专享券", "会员折扣券", "店庆特惠", "限时直降", "夏日满减券",
    "开学季折扣", "年货节直减", "春季上新", "爆款满减",
)  # fmt: skip
_CHANNELS = ("公众号推文", "直播间-7", "社群团购", "朋友圈广告", "线下海报")
_NOTES = ("每人限领一张", "不与其他优惠同享", "仅限直播间使用")
_TYPES = (1, 2, 3, 4, 101, 102, 103, 104)


def _product_ids(rng: random.Random) -> list[int]:
    first = rng.randrange(10_000_000_000, 90_000_000_000)
    return [first + 7 * i for i in range(rng.choice((1, 1, 2, 3, 5, 8)))]


def _discount_info(rng: random.Random, coupon_type: int) -> Payload:
    """Exactly the members the type requires (B001), none it ignores (B003)."""
    price = rng.choice((5_900, 9_900, 19_900, 29_900, 49_900, 99_900))
    fee = price * rng.choice((5, 10, 20, 30)) // 100  # below the threshold (B009)
    discount_num = rng.choice((7_000, 7_500, 8_000, 8_500, 9_000, 9_500))
    condition: Payload = {}
    info: Payload = {}
    if coupon_type < 100:
        condition["product_ids"] = _product_ids(rng)
    if coupon_type in (1, 101):
        condition["product_cnt"] = rng.choice((2, 3, 5))
    if coupon_type in (2, 102):
        condition["product_price"] = price
    if condition:
        info["discount_condition"] = condition
    if coupon_type in (1, 3, 101, 103):
        info["discount_num"] = discount_num
    else:
        info["discount_fee"] = fee
    return info


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean product-coupon-create body (``index`` is not needed: no member is unique)."""
    coupon_type = rng.choice(_TYPES)
    claim_start = WINDOWS_FROM + rng.randrange(0, 200) * DAY
    claim_end = claim_start + rng.choice((1, 3, 7, 14, 30)) * DAY
    discount = _discount_info(rng, coupon_type)
    if rng.random() < 0.6:
        end = claim_end + rng.choice((0, 7, 30)) * DAY
        valid_info: Payload = {"valid_type": 1, "start_time": claim_start, "end_time": end}
        ext_info: Payload = {"valid_time": claim_start, "invalid_time": end}  # B004: the same
    else:
        days = rng.choice((1, 3, 7, 15, 30))
        valid_info = {"valid_type": 2, "valid_day_num": days}
        ext_info = {"valid_time": claim_start, "invalid_time": claim_end + days * DAY}
    ids = discount.get("discount_condition", {}).get("product_ids")
    if ids and rng.random() < 0.5:
        ext_info["jump_product_id"] = rng.choice(ids)
    if rng.random() < 0.3:
        ext_info["notes"] = rng.choice(_NOTES)
    promote_type = rng.choice((1, 1, 2))
    channel = rng.choice(_CHANNELS) if promote_type == 2 else ""  # B006
    total = rng.choice((100, 500, 1_000, 5_000, 20_000))
    return {
        "type": coupon_type,
        "name": rng.choice(_NAMES),
        "discount_info": discount,
        "ext_info": ext_info,
        "promote_info": {"promote_type": promote_type, "customize_channel": channel},
        "receive_info": {
            "start_time": claim_start,
            "end_time": claim_end,
            "limit_num_one_person": rng.choice((1, 1, 2, 5)),
            "total_num": total,
        },
        "valid_info": valid_info,
    }


# -- mistakes: each one is detected by any JSON Schema validator and by coupon-validator -----


def _missing_name(body: Payload) -> None:
    del body["name"]  # S001


def _missing_ext_info(body: Payload) -> None:
    del body["ext_info"]  # S001


def _total_as_string(body: Payload) -> None:
    body["receive_info"]["total_num"] = str(body["receive_info"]["total_num"])  # S002


def _product_ids_as_strings(body: Payload) -> None:
    body["type"] = 4
    body["discount_info"] = {
        "discount_condition": {"product_ids": ["sku-10086"]},  # S002: integers here
        "discount_fee": 1_000,
    }


def _type_of_another_api(body: Payload) -> None:
    body["type"] = 5  # S003: types 5 and 6 exist only in shop-coupon-add


def _obsolete_valid_type(body: Payload) -> None:
    body["valid_info"] = {"valid_type": 0, "start_time": 1_900_000_000}  # S003


def _discount_num_in_percent(body: Payload) -> None:
    body["type"] = 103
    body["discount_info"] = {"discount_num": 85}  # S004 (< 1000, not a multiple of 100)


def _name_too_long(body: Payload) -> None:
    body["name"] = "双十一全场满三百减五十"  # S005: 11 code points


def _access_token_in_body(body: Payload) -> None:
    body["access_token"] = "ACCESS_TOKEN"  # S007: it belongs in the query string


def _empty_product_ids(body: Payload) -> None:
    body["type"] = 3
    body["discount_info"] = {
        "discount_condition": {"product_ids": []},  # S005 (minItems 1)
        "discount_num": 8_000,
    }


def _store_coupon_without_fee(body: Payload) -> None:
    body["type"] = 102
    body["discount_info"] = {"discount_condition": {"product_price": 9_900}}  # B001


def _days_without_count(body: Payload) -> None:
    body["valid_info"] = {"valid_type": 2}  # B002: valid_day_num


def _window_with_days(body: Payload) -> None:
    info = body["valid_info"]
    if info["valid_type"] == 1:
        info["valid_day_num"] = 7  # B003: ignored with a fixed window
    else:
        info["start_time"] = body["receive_info"]["start_time"]  # B003: ignored with days


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    _missing_name,
    _missing_ext_info,
    _total_as_string,
    _product_ids_as_strings,
    _type_of_another_api,
    _obsolete_valid_type,
    _discount_num_in_percent,
    _name_too_long,
    _access_token_in_body,
    _empty_product_ids,
    _store_coupon_without_fee,
    _days_without_count,
    _window_with_days,
)
