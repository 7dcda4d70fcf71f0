"""D001: the detection rule (reported by ``validator.apis.detect`` under ``--api auto``).

It has no rule function, so its entry is written here.
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_A, BASE_C, changed, fails, passes
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
    `discount_type`, `coupon_type` means create-coupon-stock. Without those, any of the WeChat
    Pay cash-coupon (代金券) members `stock_use_rule`, `no_cash`, `pattern_info`,
    `available_begin_time`, `available_end_time` means favor-stock-create, and a bare WeChat Pay
    merchant-coupon (商家券) body means busifavor-stock-create: any of `stock_send_rule`,
    `coupon_code_mode`, `goods_name`, `display_pattern_info`, `custom_entrance`, `notify_config`,
    or `stock_name`, `stock_type`, `coupon_use_rule` without a cash-coupon member. D001 is
    reported when no signal is found, or when signals of two or more APIs are found (a
    merchant-coupon member beside a cash-coupon one, for example): nothing is guessed.

    Reported with pointer "" at the top-level `{`. The document is not validated further (J002
    and J005 findings from loading are still shown). Never reported with an explicit `--api`.
    Fix: remove the members that mix two APIs, or name the API with `--api`.
    """,
    status="INFERRED (decided: the tool does not guess)",
    sources=(),
    fail=fails(changed(BASE_A, {"/coupon_name": "春季满减券"}), ""),
    passing=passes(BASE_C),
)
