"""D001: the detection rule (reported by ``validator.apis.detect`` under ``--api auto``).

It has no rule function, so its entry is written here.
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_C, fails, passes
from validator.catalogue.model import describe

describe(
    code="D001",
    severity="error",
    name="api-not-detected",
    summary="Cannot tell which API the document targets (no signal, or several)",
    explanation="""
    With `--api auto` the validator decides for each document which API it targets, looking only
    at the members of the top-level object: `coupon` means shop-coupon-add; `type` together with
    `ext_info` (or with a `promote_info` object containing `customize_channel`), or `coupon_info`
    without `coupon`, means product-coupon-create; any of `coupon_data`, `coupon_name`,
    `discount_type`, `coupon_type` means create-coupon-stock; without those, any of the WeChat
    Pay cash-coupon (代金券) members `stock_use_rule`, `no_cash`, `pattern_info`,
    `available_begin_time`, `available_end_time` means favor-stock-create, unless a
    merchant-coupon (商家券) member such as `stock_send_rule` or `goods_name` is there too. D001
    is reported when no signal is found, or when signals of two or more APIs are found: nothing
    is guessed.

    The common case is a bare WeChat Pay merchant-coupon (busifavor) body with `stock_name`,
    `stock_type`, … at the top level: the vendor endpoint expects that body inside `coupon_data`.
    Reported with pointer "" at the top-level `{`. The document is not validated further (J002
    and J005 findings from loading are still shown). Never reported with an explicit `--api`.
    Fix: wrap a busifavor body in `{"coupon_data": …}`, remove the members that mix two APIs, or
    name the API with `--api`.
    """,
    status="INFERRED (decided: the tool does not guess)",
    sources=(),
    fail=fails(BASE_C["coupon_data"], ""),
    passing=passes(BASE_C),
)
