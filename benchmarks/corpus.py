"""Benchmark corpus: realistic shop-coupon-add request bodies, about 10 % of them invalid.

Why a generator and not a folder of files: the benchmark needs 10,000 files (and a 200 MB JSONL
file), which do not belong in the repository, and a seeded generator gives every run the same
bytes. Why not ``validator.strategies``: that module needs hypothesis (a test extra), and the
benchmark must run from a fresh clone with nothing but Python.

Each valid body is clean for coupon-validator run with ``--now NOW`` (no error and no warning:
ordered windows between 2030 and 2033, names of at most 10 code points, fees within the 2 折
floor) and valid for any JSON Schema validator given ``coupon-validator schema
shop-coupon-add``. Each invalid body carries exactly one mistake that a plain JSON Schema
validator detects as well (a missing member, a wrong type, a value outside its enum or range,
an unknown member, a member that the coupon type requires or forbids), so check-jsonschema,
ajv-cli and coupon-validator must flag exactly the same files. Mistakes only coupon-validator
sees (a float in an integer field, milliseconds, ``x-unique``) are left out on purpose.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

#: The ``--now`` to run coupon-validator with (2027-01-15): every window lies after it.
NOW = 1_800_000_000
#: Share of invalid bodies.
INVALID_SHARE = 0.10

Payload = dict[str, Any]

_NAMES = (
    "春季满减券", "新人专享券", "直播间福利", "会员折扣券", "周末特惠", "店铺满减",
    "爆款直降", "买一送一", "以旧换新", "限时八折券", "夏日清凉券", "双十一预热",
)  # fmt: skip
_NICKNAMES = ("小店直播间", "好物推荐官", "数码优选", "美妆小铺", "生鲜到家", "宠物乐园")
_PRODUCT_TYPES = (1, 2, 3, 4, 5, 6)
_STORE_TYPES = (101, 102, 103, 104)
_DAY = 86_400


def _product_ids(rng: random.Random) -> list[str]:
    count = rng.choice((1, 1, 2, 3, 5, 8))
    first = rng.randrange(10_000, 90_000)
    return [f"sku-{first + i:05d}" for i in range(count)]


def _discount_info(rng: random.Random, coupon_type: int) -> Payload | None:
    """The members coupon ``type`` requires (rules.md §3.4), and nothing it forbids."""
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
    start = 1_900_000_000 + rng.randrange(0, 200) * _DAY  # 2030-03 … 2030-09
    end = start + rng.choice((1, 3, 7, 14, 30)) * _DAY
    total = rng.choice((100, 500, 1_000, 5_000, 20_000))
    valid_type = rng.choice((1, 1, 2, 3))
    if valid_type == 1:
        valid_info: Payload = {
            "valid_type": 1,
            "start_time": start,
            "end_time": end + rng.choice((0, 7, 30)) * _DAY,
        }
    elif valid_type == 2:
        valid_info = {"valid_type": 2, "valid_day_num": rng.choice((1, 3, 7, 15, 30))}
    else:
        valid_info = {"valid_type": 3, "valid_second": rng.choice((3_600, 7_200, _DAY))}
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


def payloads(count: int, seed: int = 7) -> Iterator[tuple[Payload, bool]]:
    """``count`` bodies with whether each is valid; the same seed gives the same bodies."""
    rng = random.Random(seed)
    for index in range(count):
        body = valid_payload(rng, index)
        invalid = rng.random() < INVALID_SHARE
        if invalid:
            rng.choice(MISTAKES)(body)
        yield body, not invalid


def write_files(folder: Path, count: int, seed: int = 7) -> dict[str, bool]:
    """Write ``count`` pretty-printed files (as people write them); name → valid."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, bool] = {}
    width = max(5, len(str(count)))
    for index, (body, valid) in enumerate(payloads(count, seed)):
        name = f"coupon-{index:0{width}d}.json"
        text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        (folder / name).write_bytes(text.encode("utf-8"))
        expected[name] = valid
    return expected


def write_jsonl(path: Path, megabytes: int, seed: int = 11) -> tuple[int, int]:
    """Write one compact body per line until the file reaches ``megabytes``; (records, invalid).

    Lines are generated in batches of 1,000 and the file is written as it grows, so making a
    200 MB file costs no more memory than checking it should.
    """
    limit = megabytes * 1_000_000
    written = records = invalid = 0
    rng_seed = seed
    with path.open("wb") as stream:
        while written < limit:
            lines = []
            for body, valid in payloads(1_000, rng_seed):
                lines.append(json.dumps(body, ensure_ascii=False, separators=(",", ":")))
                records += 1
                invalid += not valid
            rng_seed += 1
            chunk = ("\n".join(lines) + "\n").encode("utf-8")
            stream.write(chunk)
            written += len(chunk)
    return records, invalid
