"""C016–C020: busifavor-stock-create's conventions for single values, and members not open yet.

Each rule function carries its catalogue entry. WeChat Pay's pages state conventions that the
schema leaves open: colour names (C016), the merchant name's display length (C017), the
``out_request_no`` charset (C018) and the unsupported SELF_CONSUME (C019). C020 reports the
members WeChat Pay documents as not open yet (暂未开放) when they could change something; it
belongs to the bare body only: the vendor model of create-coupon-stock lacks those members
(they are S007 there), so C020 is not carried into that API (``carried=False``).

Imported by ``rules`` after its own rules, so these run after C007–C012 (see there). Like those,
they are written from this body's root and run under ``/coupon_data`` for create-coupon-stock.
"""

from __future__ import annotations

import re

from validator.apis.busifavor_stock_create.rules import (
    API,
    CUR,
    DISPLAY,
    SEND,
    fails,
    passes,
)
from validator.catalogue.bases import BASE_D, changed
from validator.catalogue.bases import fails as fails_on
from validator.catalogue.bases import passes as passes_on
from validator.json.pointer import MISSING
from validator.json.show import show
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import Text, message

#: The ten colour names of the WeChat Pay coupon templates (the list is INFERRED).
COLOUR_NAMES = tuple(f"Color{n:03d}" for n in range(10, 101, 10))
_COLOUR_FORM = re.compile(r"Color[0-9]{3}")
MERCHANT_NAME_SHOWN = 12  # the new doc: "展示上限12个字符"
MERCHANT_NAME_MAX = 16  # the old wiki's hard limit; above it is S005
_OUT_REQUEST_NO_BAD = re.compile(r"[^0-9A-Za-z|_*\-]")


_UNKNOWN_COLOUR = message(
    "C016.unknown-colour-name",
    "background_color {value} is not a known colour name; use one of "
    f"{COLOUR_NAMES[0]}, {COLOUR_NAMES[1]} … {COLOUR_NAMES[-1]} (steps of 10)",
)


@rule(
    code="C016",
    api=API,
    severity="warning",
    name="unknown-colour-name",
    summary="background_color is not one of Color010 … Color100",
    explanation="""
    `display_pattern_info.background_color` has the form `Color` + 3 digits but is not one of the
    ten known names `Color010`, `Color020`, … `Color100` (steps of 10). WeChat Pay asks for a
    colour *name*; the list of ten comes from third-party typings, so an unknown name is a
    warning. A value that is not `Color` + 3 digits at all (a hex value) is S006.

    Reported at `background_color`. Fix: use one of the ten names.
    """,
    status="INFERRED (the list of names)",
    sources=("WPim", "WPwiki"),
    fail=fails({DISPLAY: {"background_color": "Color055"}}, f"{DISPLAY}/background_color"),
    passing=passes({DISPLAY: {"background_color": "Color050"}}),
)
def colour_name(context: RuleContext) -> None:
    """``background_color`` must be one of the ten template colour names (list INFERRED).

    A value that is not ``Color`` + 3 digits at all is S006; this rule catches well-formed
    names that no template has, such as Color055.
    """
    pointer = f"{DISPLAY}/background_color"
    value = context.string(pointer)
    if value is None or _COLOUR_FORM.fullmatch(value) is None or value in COLOUR_NAMES:
        return
    context.report("C016", pointer, _UNKNOWN_COLOUR(value=show(value)))


_MERCHANT_NAME_TOO_LONG = message(
    "C017.merchant-name-over-12",
    "merchant_name {value} has {count} characters; WeChat fills the merchant name from the "
    "brand or short name (不支持商户自定义) and shows at most {shown} characters, so this value "
    "may be ignored or cut; shorten it to {shown} or fewer",
)


@rule(
    code="C017",
    api=API,
    severity="warning",
    name="merchant-name-over-12",
    summary="merchant_name has 13–16 characters; WeChat shows at most 12",
    explanation="""
    `display_pattern_info.merchant_name` has 13 to 16 characters (code points). The current WeChat
    Pay documentation shows at most 12 characters ("展示上限12个字符") and fills the merchant name
    from the brand or short name itself ("不支持商户自定义"), so a longer value may be cut or
    ignored. More than 16 is an S005 error (decided: 16 is the
    old documented limit).

    Reported at `merchant_name`. Fix: shorten it to 12 characters or fewer, or leave it out.
    """,
    status="CONFIRMED text; effect (ignored or shortened, not rejected) INFERRED",
    sources=("WP", "WPwiki"),
    fail=fails(
        {DISPLAY: {"merchant_name": "示例连锁超市华东区第十三分店"}}, f"{DISPLAY}/merchant_name"
    ),
    passing=passes({DISPLAY: {"merchant_name": "示例连锁超市"}}),
)
def merchant_name_display(context: RuleContext) -> None:
    """WeChat shows at most 12 characters of the merchant name, and may ignore it (CONFIRMED).

    The new doc says "展示上限12个字符" and "不支持商户自定义": the name comes from the
    merchant's brand or short name. 13–16 characters pass the old limit (above 16 is S005)
    but will not show as written.
    """
    pointer = f"{DISPLAY}/merchant_name"
    value = context.string(pointer)
    if value is None or not MERCHANT_NAME_SHOWN < len(value) <= MERCHANT_NAME_MAX:
        return
    context.report(
        "C017",
        pointer,
        _MERCHANT_NAME_TOO_LONG(value=show(value), count=len(value), shown=MERCHANT_NAME_SHOWN),
    )


_OUT_REQUEST_NO_CHARSET = message(
    "C018.out-request-no-charset",
    "out_request_no {value} contains {chars}; use letters, digits and | _ * - only, "
    "e.g. merchant id + date + serial (1900012345_20300401_1)",
)


@rule(
    code="C018",
    api=API,
    severity="warning",
    name="out-request-no-charset",
    summary="out_request_no has characters other than letters, digits and | _ * -",
    explanation="""
    `coupon_data.out_request_no`, the merchant's request number that makes the create request
    idempotent, contains a character outside `0-9 A-Z a-z | _ * -`: a space, `#`, `.`, `/`,
    Chinese text. WeChat Pay's voucher documentation restricts request numbers to these
    characters, so such a value may be rejected.

    Reported at `out_request_no`. Fix: build it from letters, digits and `| _ * -` only, for
    example merchant id + date + serial: `1900012345_20300401_1`. (That it is unique per merchant
    cannot be checked offline.)
    """,
    status="INFERRED",
    sources=("WPwiki",),
    fail=fails({"/out_request_no": "1900012345 20300401#1"}, "/out_request_no"),
    passing=passes({"/out_request_no": "1900012345_20300401_1"}),
)
def out_request_no_charset(context: RuleContext) -> None:
    """``out_request_no`` should use letters, digits and ``| _ * -`` only (INFERRED).

    The WeChat Pay voucher docs restrict merchant request numbers to this set; other
    characters risk a PARAM_ERROR.
    """
    pointer = "/out_request_no"
    value = context.string(pointer)
    if value is None:
        return
    bad = list(dict.fromkeys(_OUT_REQUEST_NO_BAD.findall(value)))
    if not bad:
        return
    shown = ", ".join(show(char) for char in bad[:5]) + (" …" if len(bad) > 5 else "")
    context.report("C018", pointer, _OUT_REQUEST_NO_CHARSET(value=show(value), chars=shown))


_SELF_CONSUME = message(
    "C019.self-consume-unsupported",
    'use_method "SELF_CONSUME" (用户自助核销) is not supported by WeChat Pay yet '
    "(当前暂不支持); use OFF_LINE, MINI_PROGRAMS or PAYMENT_CODE; WeChat Pay answers PARAM_ERROR",
)()


@rule(
    code="C019",
    api=API,
    severity="error",
    name="self-consume-unsupported",
    summary="use_method SELF_CONSUME is not supported by WeChat Pay yet",
    explanation="""
    `coupon_use_rule.use_method` is `SELF_CONSUME` (用户自助核销, self-service redemption). The
    value is in WeChat Pay's enumeration, but its documentation says "当前暂不支持用户自助核销" and
    requests with it are answered with PARAM_ERROR: a request the developer community saw
    rejected as a parameter error got the reply "当前暂不支持“SELF_CONSUME”".

    Reported at `use_method`. Fix: use `OFF_LINE` (the shop scans the coupon code),
    `MINI_PROGRAMS` (redeemed in your mini program, with `mini_programs_appid` and
    `mini_programs_path`) or `PAYMENT_CODE` (redeemed with the payment code).
    """,
    status="CONFIRMED",
    sources=("WPwiki", "WP-forum-selfconsume"),
    server_errors=(("PARAM_ERROR", "", "WP-forum-selfconsume"),),
    fail=fails({f"{CUR}/use_method": "SELF_CONSUME"}, f"{CUR}/use_method"),
    passing=passes(),
)
def self_consume(context: RuleContext) -> None:
    """SELF_CONSUME is in WeChat Pay's enum but not supported yet (CONFIRMED).

    The wiki says "当前暂不支持用户自助核销" and WeChat Pay answers PARAM_ERROR.
    """
    pointer = f"{CUR}/use_method"
    if context.string(pointer) == "SELF_CONSUME":
        context.report("C019", pointer, _SELF_CONSUME)


#: The members WeChat Pay documents as not open yet (暂未开放), with what counts as using one
#: (``True`` for a flag whose default is false, None for a member that counts when present)
#: and C020's message for it.
_NOT_OPEN: tuple[tuple[str, bool | None, Text], ...] = (
    (
        "/subsidy",
        True,
        message(
            "C020.subsidy",
            "subsidy (营销补差) is not open yet (该字段暂未开放); WeChat Pay ignores it; remove it",
        )(),
    ),
    (
        f"{SEND}/max_amount",
        None,
        message(
            "C020.max-amount",
            "max_amount (the stock's budget) is not open yet (暂未开放); cap the stock with "
            "max_coupons instead; remove it",
        )(),
    ),
    (
        f"{SEND}/max_amount_by_day",
        None,
        message(
            "C020.max-amount-by-day",
            "max_amount_by_day (a daily budget) is not open yet (暂未开放); cap the days with "
            "max_coupons_by_day instead; remove it",
        )(),
    ),
    (
        f"{SEND}/transferable",
        True,
        message(
            "C020.transferable",
            "transferable (转赠) is not open yet (该字段暂未开放); WeChat Pay ignores it; "
            "remove it",
        )(),
    ),
    (
        f"{SEND}/shareable",
        True,
        message(
            "C020.shareable",
            "shareable (分享) is not open yet (该字段暂未开放); WeChat Pay ignores it; remove it",
        )(),
    ),
)


@rule(
    code="C020",
    api=API,
    carried=False,
    severity="warning",
    name="member-not-open-yet",
    summary="A member WeChat Pay has not opened yet (暂未开放) is used",
    explanation="""
    WeChat Pay documents some members of the stock as not open yet ("该字段暂未开放"): `subsidy`,
    and in `stock_send_rule` the budget `max_amount`, the daily budget `max_amount_by_day`, and
    the flags `transferable` and `shareable`. Such a member has no effect, so a stock that relies
    on it does not behave as written: a budget does not cap anything, and friends cannot
    receive a transferable coupon. A flag is reported only when it is `true` (`false` is the
    documented default, which the official examples send); a budget whenever it is present. A
    stock carrying them was created, so WeChat Pay does not reject them.

    Only for the bare body: the vendor model of create-coupon-stock lacks these members, which are
    unknown members (S007) there. Reported at the member. Fix: remove it (or set the flag to
    `false`); cap the stock with `max_coupons` and `max_coupons_by_day` instead of a budget.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("WPgo", "WPjava", "WP-partner2", "WP-modify", "WP-accepted", "SKIT-bf"),
    fail=fails_on(changed(BASE_D, {"/subsidy": True}), "/subsidy", api=API),
    passing=passes_on(BASE_D, api=API),
)
def not_open_yet(context: RuleContext) -> None:
    """Members marked 暂未开放 are ignored by WeChat Pay (CONFIRMED wording; effect INFERRED).

    A flag counts only when true, a budget whenever it is present (whatever its value). Not
    carried into create-coupon-stock, whose vendor model lacks all five (S007 there).
    """
    for pointer, counts_when, found in _NOT_OPEN:
        value = context.value(pointer)
        if value is MISSING:
            continue
        if counts_when is None or value is counts_when:
            context.report("C020", pointer, found)
