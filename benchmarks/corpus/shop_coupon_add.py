"""shop-coupon-add bodies (the custom trade component's ``POST /shop/coupon/add``).

Valid bodies cover all ten coupon types and the three validity types, with Chinese names,
product lists and windows in 2030; they are clean for coupon-validator (ordered windows, names of
at most 10 code points, fees within the 2 折 floor). Each mistake is one that a JSON Schema
validator given ``coupon-validator schema shop-coupon-add`` detects as well: a missing or
unknown member, a wrong type, a value outside its enum or range, a member the coupon type
requires or forbids.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .common import DAY, Payload

API = "shop-coupon-add"

_NAMES = (
    "春季满减券", "新人专享券", "直播间福利", "会员折扣券", "周末特惠", "店铺满减",
    "爆款直降", "买一送一", "以旧换新", "限时八折券", "夏日清凉券", "双十一预热",
)  # fmt: skip
_NICKNAMES = ("小店直播间", "好物推荐官", "数码优选", "美妆小铺", "生鲜到家", "宠物乐园")
_PRODUCT_TYPES = (1, 2, 3, 4, 5, 6)
_STORE_TYPES = (101, 102, 103, 104)


def _product_ids(rng: random.Random) -> list[str]:
    count = rng.choice((1, 1, 2, 3, 5, 8))
    first = rng.randrange(10_000, 90_000)
    return [f"sku-{first + i:05d}" for i in range(count)]


def _discount_info(rng: random.Random, coupon_type: int) -> Payload | None:
    """The members coupon ``type`` requires, and nothing it forbids."""
    price = rng.choice((5_900, 9_900, 19_900, 29_900, 49_900, 99_900))
    fee = min(price * rng.choice((5, 10, 20, 30)) // 100, 20_000)  # discount_fee maximum
    discount_num = rng.choice((7_000, 7_500, 8_000, 8_500, 9_000, 9_500))
    if coupon_type == 1:
        condition = {"product_cnt": rng.choice((1, 2, 3)), "out_product_ids": _product_ids(rng)}
        return {"discount_num": discount_num, "discount_condition": condition}
    if coupon_type == 2:
        condition = {"product_price": price, "out_product_ids": _product_ids(rng)}
        return {"discount_fee": fee, "discount_condition": condition}
    if coupon_type == 3:
        return {
            "discount_num": discount_num,
            "discount_condition": {"out_product_ids": _product_ids(rng)},
        }
    if coupon_type == 4:
        return {"discount_fee": fee, "discount_condition": {"out_product_ids": _product_ids(rng)}}
    if coupon_type == 5:
        tradein = {"out_product_id": f"sku-{rng.randrange(10_000, 99_999)}", "price": fee}
        condition = {"out_product_ids": _product_ids(rng), "tradein_info": tradein}
        return {"discount_condition": condition}
    if coupon_type == 6:
        buyget = {
            "buy_out_product_id": f"sku-{rng.randrange(10_000, 99_999)}",
            "buy_product_cnt": rng.choice((1, 2, 3)),
            "get_out_product_id": f"sku-{rng.randrange(10_000, 99_999)}",
            "get_product_cnt": 1,
        }
        return {"discount_condition": {"out_product_ids": _product_ids(rng), "buyget_info": buyget}}
    if coupon_type == 101:
        return {"discount_num": discount_num, "discount_condition": {"product_cnt": 2}}
    if coupon_type == 102:
        return {"discount_fee": fee, "discount_condition": {"product_price": price}}
    if coupon_type == 103:
        return {"discount_num": discount_num}
    return {"discount_fee": fee}  # 104


def valid_payload(rng: random.Random, index: int) -> Payload:
    """One clean shop-coupon-add body; ``index`` makes ``out_coupon_id`` unique."""
    coupon_type = rng.choice(_PRODUCT_TYPES + _STORE_TYPES)
    start = 1_900_000_000 + rng.randrange(0, 200) * DAY  # 2030-03 … 2030-09
    end = start + rng.choice((1, 3, 7, 14, 30)) * DAY
    total = rng.choice((100, 500, 1_000, 5_000, 20_000))
    valid_type = rng.choice((1, 1, 2, 3))
    if valid_type == 1:
        valid_info: Payload = {
            "valid_type": 1,
            "start_time": start,
            "end_time": end + rng.choice((0, 7, 30)) * DAY,
        }
    elif valid_type == 2:
        valid_info = {"valid_type": 2, "valid_day_num": rng.choice((1, 3, 7, 15, 30))}
    else:
        valid_info = {"valid_type": 3, "valid_second": rng.choice((3_600, 7_200, DAY))}
    coupon_info: Payload = {
        "name": rng.choice(_NAMES),
        "promote_info": {"promote_type": 4, "finder": {"nickname": rng.choice(_NICKNAMES)}},
    }
    discount = _discount_info(rng, coupon_type)
    if discount is not None:
        coupon_info["discount_info"] = discount
    coupon_info["receive_info"] = {
        "start_time": start,
        "end_time": end,
        "limit_num_one_person": rng.choice((1, 1, 2, 5)),
        "total_num": total,
    }
    coupon_info["valid_info"] = valid_info
    return {
        "coupon": {
            "out_coupon_id": f"bench-{index:07d}",
            "type": coupon_type,
            "promote_type": 4,
            "coupon_info": coupon_info,
        }
    }


# -- mistakes: each one is detected by any JSON Schema validator and by coupon-validator -----


def _missing_name(body: Payload) -> None:
    del body["coupon"]["coupon_info"]["name"]  # S001


def _missing_receive_info(body: Payload) -> None:
    del body["coupon"]["coupon_info"]["receive_info"]  # S001


def _total_as_string(body: Payload) -> None:
    receive = body["coupon"]["coupon_info"]["receive_info"]
    receive["total_num"] = str(receive["total_num"])  # S002


def _name_as_number(body: Payload) -> None:
    body["coupon"]["coupon_info"]["name"] = 2030  # S002


def _unknown_type(body: Payload) -> None:
    body["coupon"]["type"] = 7  # S003


def _unknown_valid_type(body: Payload) -> None:
    body["coupon"]["coupon_info"]["valid_info"] = {"valid_type": 4}  # S003


def _promote_type_zero(body: Payload) -> None:
    body["coupon"]["promote_type"] = 0  # S003


def _discount_num_in_percent(body: Payload) -> None:
    body["coupon"]["type"] = 103
    body["coupon"]["coupon_info"]["discount_info"] = {"discount_num": 85}  # S004 (< 2000)


def _unknown_member(body: Payload) -> None:
    body["coupon"]["coupon_info"]["receive_info"]["start_Time"] = 1_900_000_000  # S007


def _empty_product_ids(body: Payload) -> None:
    body["coupon"]["type"] = 3
    body["coupon"]["coupon_info"]["discount_info"] = {
        "discount_num": 8_000,
        "discount_condition": {"out_product_ids": []},  # S005 (minItems 1)
    }


def _store_coupon_without_fee(body: Payload) -> None:
    body["coupon"]["type"] = 102
    body["coupon"]["coupon_info"]["discount_info"] = {
        "discount_condition": {"product_price": 9_900}  # A001: type 102 requires discount_fee
    }


def _window_without_end(body: Payload) -> None:
    body["coupon"]["coupon_info"]["valid_info"] = {
        "valid_type": 1,
        "start_time": 1_900_000_000,  # A003: valid_type 1 requires end_time
    }


def _days_with_fixed_window(body: Payload) -> None:
    body["coupon"]["coupon_info"]["valid_info"] = {
        "valid_type": 1,
        "start_time": 1_900_000_000,
        "end_time": 1_910_000_000,
        "valid_day_num": 7,  # A004: ignored (forbidden) with valid_type 1
    }


MISTAKES: tuple[Callable[[Payload], None], ...] = (
    _missing_name,
    _missing_receive_info,
    _total_as_string,
    _name_as_number,
    _unknown_type,
    _unknown_valid_type,
    _promote_type_zero,
    _discount_num_in_percent,
    _unknown_member,
    _empty_product_ids,
    _store_coupon_without_fee,
    _window_without_end,
    _days_with_fixed_window,
)
