"""D001: the detection rule (reported by ``validator.apis.detect`` under ``--api auto``).

It has no rule function, so its entry is written here. The explanation lists every API's
signal, so an API added to the registry must add its own here.
"""

from __future__ import annotations

from validator.catalogue.bases import BASE_B, changed, fails, passes
from validator.catalogue.model import describe

describe(
    code="D001",
    severity="error",
    name="api-not-detected",
    summary="Cannot tell which API the document targets (no signal, or several)",
    explanation="""
    With `--api auto` the validator decides for each document which API it targets from one
    signal per API, which looks only at the members of the top-level object (a member counts
    whatever its value, unless an object is asked for). shop-coupon-add: `coupon`.
    product-coupon-create: `type` with a `promote_info` object containing `customize_channel`,
    or `type` with an `ext_info` object containing `valid_time` or `invalid_time` while
    `promote_info` is absent or not an object; or `coupon_info` without `coupon` (the obsolete
    wrapper). channels-ec-coupon-create (WeChat Store): `type` without `coupon_info`, together with
    `auto_valid_info` or with a `promote_info` object that has no `customize_channel`.
    create-coupon-stock: any of `coupon_data`, `coupon_name`, `discount_type`, `coupon_type`.
    busifavor-stock-create (a bare WeChat Pay merchant-coupon, 商家券, body): none of
    create-coupon-stock's members, and any of `stock_send_rule`, `coupon_code_mode`,
    `goods_name`, `display_pattern_info`, `custom_entrance`, `notify_config`, or any of
    `stock_name`, `stock_type`, `coupon_use_rule` without a cash-coupon marker.
    favor-stock-create (a WeChat Pay cash-coupon, 代金券, body): none of create-coupon-stock's
    members, and any of the cash-coupon markers `stock_use_rule`, `no_cash`, `pattern_info`,
    `available_begin_time`, `available_end_time`.

    Exactly one signal must be true. D001 is reported when none is (`{}`, or a body whose key
    members are misspelt), or when two or more are: a product-coupon-create body with the WeChat
    Store's `auto_valid_info` added, or a merchant-coupon body with a cash-coupon marker such as
    `stock_use_rule`. Nothing is guessed: checked against the wrong API, a body would get a wall
    of findings about members that API does not have. `customize_channel` tells the two Mini
    Store/WeChat Store bodies apart, since every product-coupon-create body has it and the WeChat
    Store does not. A member of create-coupon-stock wins over both WeChat Pay bodies, so a vendor
    body with a cash-coupon marker is create-coupon-stock, where the marker is an unknown member.

    Reported with pointer "" at the top-level `{`; the message names the APIs whose signals were
    found, or says that none was. The document is not validated further (J002 and J005 findings
    from loading are still shown). Never reported with an explicit `--api`. Fix: remove the
    members that mix two APIs, or name the API with `--api`.
    """,
    status="INFERRED (decided: the tool does not guess)",
    sources=(),
    # Base-B (product-coupon-create) with the WeChat Store's auto_valid_info: both signals.
    fail=fails(changed(BASE_B, {"/auto_valid_info": {"auto_valid_type": 1}}), ""),
    passing=passes(BASE_B),
)
