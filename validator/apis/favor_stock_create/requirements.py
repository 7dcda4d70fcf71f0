"""F001, F012: members of favor-stock-create that another member requires.

A NORMAL stock needs its rule object, and a button that opens a mini program needs the mini
program. The API's schema checks these through ``x-code``; this module only describes them for
the catalogue.
"""

from __future__ import annotations

from validator.apis.favor_stock_create.base import BASE_F
from validator.catalogue.bases import REMOVE, changed, fails, passes
from validator.catalogue.model import describe

API = "favor-stock-create"
NC = "/coupon_use_rule/fixed_normal_coupon"
PI = "/pattern_info"
_APPID = "wx5a1c9e7f3b2d4e60"
_MINI = {
    "description": "全场满100元可用",
    "jump_target": "MINI_PROGRAM",
    "mini_program_appid": _APPID,
}

describe(
    code="F001",
    api=API,
    severity="error",
    name="missing-fixed-normal-coupon",
    summary="stock_type NORMAL without coupon_use_rule.fixed_normal_coupon",
    explanation="""
    A 代金券 stock of `stock_type` NORMAL (固定面额满减券, a fixed amount off above a spend
    threshold, the only type this endpoint supports) needs `coupon_use_rule.fixed_normal_coupon`
    with `coupon_amount` (the face value) and `transaction_minimum` (the threshold), both in fen:
    "满100减10" is `coupon_amount` 1000 and `transaction_minimum` 10000. WeChat Pay marks it
    "stock_type为NORMAL时必填", and without it the stock has no discount at all.

    Reported at `coupon_use_rule/fixed_normal_coupon`; the budget rule (F004) cannot be checked
    until it is there. Fix: add the object with both amounts.
    """,
    status="CONFIRMED",
    sources=("FVgo", "FV-wiki", "Senparc-fav"),
    fail=fails(changed(BASE_F, {NC: REMOVE}), NC, api=API),
    passing=passes(BASE_F, api=API),
)

describe(
    code="F012",
    api=API,
    severity="error",
    name="mini-program-target-missing",
    summary="jump_target MINI_PROGRAM without mini_program_appid or mini_program_path",
    explanation="""
    `pattern_info.jump_target` is MINI_PROGRAM (跳转至小程序, the coupon's button opens the
    merchant's mini program), but `mini_program_appid` or `mini_program_path` is absent. The
    official SDKs mark both "跳转至小程序时必填", required for this target.

    One finding for each absent member, at its pointer. Fix: add the appid (`wx` followed by 16
    hex characters) and the page path, for example `"mini_program_path": "pages/coupon/index"`,
    or choose another `jump_target`.
    """,
    status="CONFIRMED",
    sources=("FVgo", "FVjava"),
    fail=fails(changed(BASE_F, {PI: _MINI}), f"{PI}/mini_program_path", api=API),
    passing=passes(
        changed(BASE_F, {PI: {**_MINI, "mini_program_path": "pages/coupon/index"}}), api=API
    ),
)
