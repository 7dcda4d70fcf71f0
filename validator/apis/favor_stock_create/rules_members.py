"""F013–F019: favor-stock-create's members that need another one, or are not open yet.

Each rule function carries its catalogue entry. Some members only take effect beside another:
the mini program beside ``jump_target`` MINI_PROGRAM (F013), ``limit_card`` beside
``limit_pay`` (F016); weekly slots exclude validity counted from the claim (F014) and must end
after they begin (F015). ``ext_info`` and ``unavailable_items`` are not open (F017). The list of
usable merchants should be there (F019) and, for a 免充值 stock, should not list its creator
(F018). All are warnings: the texts say what takes effect, not that WeChat Pay refuses the body.

Imported by ``rules`` after its own rules (see there).
"""

from __future__ import annotations

from typing import Any

from validator.apis.favor_stock_create.base import BASE_F
from validator.apis.favor_stock_create.rules import API, FT, PI, UR, UT, boolean
from validator.catalogue.bases import REMOVE, changed, fails, passes
from validator.json.pointer import MISSING, join, last_token
from validator.json.show import show
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import Text, message

LAST_SECOND = 86399  # 23:59:59, the default end of a daily slot
_MERCHANTS = f"{UR}/available_merchants"
_WEEKLY = {"available_week_day": [6, 0], "begin_time": 36000, "end_time": 79200}

_MINI_PROGRAM_ONLY = message(
    "F013.mini-program-only",
    "{member} is used only with jump_target MINI_PROGRAM, {why}; set jump_target to "
    "MINI_PROGRAM or remove it",
)
_OTHER_TARGET = message("F013.other-target", "not with jump_target {target}")
_NO_TARGET = message("F013.no-target", "and jump_target is absent (DEFAULT_PAGE)")
_NOT_WITH_WEEKLY_SLOTS = message(
    "F014.not-with-weekly-slots",
    "{member} cannot be combined with fix_available_time: fixed weekly slots cannot be "
    "combined with validity counted from the claim (当设置固定时间段可用时不可设置领取后N天有效); "
    "keep one of them",
)
_NEVER_OPEN = message(
    "F015.never-open",
    "the daily slot starts at {begin} ({begin_clock}) but {ends}: it is never open; begin_time "
    "must be earlier than end_time (seconds of the day, 86399 = 23:59:59)",
)
_END_ABSENT = message("F015.end-absent", "end_time is absent, which means 86399 (23:59:59)")
_ENDS_AT = message("F015.ends-at", "it ends at {end} ({end_clock})")
_OUTSIDE_THE_DAY = message("F015.outside-the-day", "outside the day")
_CARD_WITHOUT_PAY = message(
    "F016.card-without-pay",
    "limit_card only takes effect when limit_pay names a bank card "
    '(当批次指定支付方式为某张银行卡时才生效); add limit_pay (e.g. ["ICBC_CREDIT"]) '
    "or remove limit_card",
)
_NOT_OPEN = message(
    "F017.not-open", "{member} is not open yet ({note}); WeChat Pay ignores it: remove it"
)
_CREATOR_LISTED = message(
    "F018.creator-listed",
    "免充值 (no_cash true) with the creator {creator} as a usable merchant: a service provider "
    "(服务商) may list only its authorised sub-merchants, and WeChat Pay answers "
    "INVALID_REQUEST 可用商户不符合规则，请检查 when the creator lists itself; an ordinary "
    "merchant may list itself. Check the merchant type, or use no_cash false",
)
_MERCHANTS_ABSENT = message(
    "F019.merchants-absent",
    "list the merchant ids where the coupon can be used in available_merchants (the older "
    "official page marks it required, and WeChat Pay has answered INVALID_REQUEST "
    '可用商户不符合规则，请检查 to a body without it), e.g. ["1900012345"]',
)


def _pattern(**members: Any) -> dict[str, Any]:
    return {PI: {"description": "全场满100元可用", **members}}


def _slot(**times: int) -> dict[str, Any]:
    return {UT: {"fix_available_time": {"available_week_day": [5], **times}}}


def _clock(seconds: int) -> str | Text:
    """Seconds of the day as HH:MM:SS."""
    if not 0 <= seconds <= LAST_SECOND:
        return _OUTSIDE_THE_DAY()
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@rule(
    code="F013",
    api=API,
    severity="warning",
    name="mini-program-without-jump-target",
    summary="mini_program_appid or mini_program_path without jump_target MINI_PROGRAM",
    explanation="""
    `pattern_info.mini_program_appid` or `mini_program_path` is present, but `jump_target` is
    absent (which means DEFAULT_PAGE) or is another target. The mini program is only used for
    jump_target MINI_PROGRAM ("跳转至小程序时必填"), so the member has no effect and the button
    does not open the mini program you named.

    One finding for each such member, at its pointer. Fix: set `"jump_target": "MINI_PROGRAM"`
    with both mini program members, or remove them.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("FVgo",),
    fail=fails(
        changed(BASE_F, _pattern(mini_program_path="pages/shop/home")),
        f"{PI}/mini_program_path",
        api=API,
    ),
    passing=passes(changed(BASE_F, _pattern()), api=API),
)
def mini_program_without_jump(context: RuleContext) -> None:
    """The mini program members only take effect with ``jump_target`` MINI_PROGRAM; a
    ``jump_target`` with S002/S003 is not usable, so nothing is said then."""
    jump_pointer = f"{PI}/jump_target"
    if context.present(jump_pointer):
        jump = context.string(jump_pointer)
        if jump is None or jump == "MINI_PROGRAM":
            return
        why = _OTHER_TARGET(target=show(jump))
    else:
        why = _NO_TARGET()
    for member in ("mini_program_appid", "mini_program_path"):
        pointer = f"{PI}/{member}"
        if context.present(pointer):
            context.report("F013", pointer, _MINI_PROGRAM_ONLY(member=member, why=why))


@rule(
    code="F014",
    api=API,
    severity="warning",
    name="weekly-slots-with-claim-validity",
    summary="fix_available_time combined with validity counted from the claim",
    explanation="""
    `coupon_use_rule.coupon_available_time` has fixed weekly slots (`fix_available_time`) and
    also `second_day_available` true or `available_time_after_receive` (validity counted from the
    moment the coupon is claimed). WeChat Pay says "当设置固定时间段可用时不可设置领取后N天有效":
    the two cannot be combined. What it does with such a body is not documented, so a warning.

    One finding for each such member, at its pointer. Fix: keep either the weekly slots or the
    validity after the claim.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("FV-wiki", "FVgo"),
    fail=fails(
        changed(
            BASE_F, {UT: {"fix_available_time": _WEEKLY, "available_time_after_receive": 1440}}
        ),
        f"{UT}/available_time_after_receive",
        api=API,
    ),
    passing=passes(changed(BASE_F, {UT: {"fix_available_time": _WEEKLY}}), api=API),
)
def weekly_slots_with_days_after_receipt(context: RuleContext) -> None:
    """Weekly slots with ``second_day_available`` true or ``available_time_after_receive``:
    one finding each."""
    if context.object(FT) is None:
        return
    second_day = f"{UT}/second_day_available"
    if boolean(context, second_day) is True:
        context.report(
            "F014", second_day, _NOT_WITH_WEEKLY_SLOTS(member="second_day_available true")
        )
    after = f"{UT}/available_time_after_receive"
    if context.present(after):
        context.report("F014", after, _NOT_WITH_WEEKLY_SLOTS(member="available_time_after_receive"))


@rule(
    code="F015",
    api=API,
    severity="warning",
    name="daily-slot-reversed",
    summary="fix_available_time ends before it begins in the day",
    explanation="""
    `fix_available_time.begin_time` is not earlier than its `end_time` (seconds of the day:
    36000 = 10:00, 79200 = 22:00; `end_time` is 86399, 23:59:59, when absent). Such a slot is
    never open, or was meant to cross midnight, which seconds of one day cannot express. WeChat
    Pay documents both values but not their order, so a warning.

    Reported at `fix_available_time`. Fix: swap the two values, or make the slot end later in
    the same day.
    """,
    status="INFERRED",
    sources=("FVgo",),
    fail=fails(changed(BASE_F, _slot(begin_time=79200, end_time=36000)), FT, api=API),
    passing=passes(changed(BASE_F, _slot(begin_time=36000, end_time=79200)), api=API),
)
def daily_slot_order(context: RuleContext) -> None:
    """The daily slot must end after it begins; an absent ``end_time`` is 86399, but a present
    one that is not usable is not replaced by the default."""
    begin = context.integer(f"{FT}/begin_time")
    end_pointer = f"{FT}/end_time"
    absent = not context.present(end_pointer)
    end = LAST_SECOND if absent else context.integer(end_pointer)
    if begin is None or end is None or begin < end:
        return
    ends = _END_ABSENT() if absent else _ENDS_AT(end=end, end_clock=_clock(end))
    context.report("F015", FT, _NEVER_OPEN(begin=begin, begin_clock=_clock(begin), ends=ends))


@rule(
    code="F016",
    api=API,
    severity="warning",
    name="card-limit-without-pay-limit",
    summary="limit_card without limit_pay",
    explanation="""
    `coupon_use_rule.limit_card` (the card BINs and the card name shown to the user) is present
    without `limit_pay`. WeChat Pay applies it only "当批次指定支付方式为某张银行卡时", when
    `limit_pay` names a bank card, so on its own it has no effect and the coupon works with any
    payment method.

    Reported at `limit_card`. Fix: add `limit_pay` with the bank card's code (for example
    `["ICBC_CREDIT"]`), or remove `limit_card`.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("FVgo", "FV-wiki"),
    fail=fails(
        changed(BASE_F, {f"{UR}/limit_card": {"name": "白金卡", "bin": ["621700"]}}),
        f"{UR}/limit_card",
        api=API,
    ),
    passing=passes(
        changed(
            BASE_F,
            {
                f"{UR}/limit_card": {"name": "白金卡", "bin": ["621700"]},
                f"{UR}/limit_pay": ["ICBC_CREDIT"],
            },
        ),
        api=API,
    ),
)
def card_limit_without_pay_limit(context: RuleContext) -> None:
    """``limit_card`` takes effect only with ``limit_pay``."""
    pointer = f"{UR}/limit_card"
    if context.present(pointer) and not context.present(f"{UR}/limit_pay"):
        context.report("F016", pointer, _CARD_WITHOUT_PAY())


@rule(
    code="F017",
    api=API,
    severity="warning",
    name="member-not-open",
    summary="ext_info or unavailable_items, which WeChat Pay has not opened",
    explanation="""
    `ext_info` or `coupon_use_rule.unavailable_items` is present. The official texts say
    `ext_info` "暂时无需填写" (not to be filled in for now) and both "该字段暂未开放" (not open
    yet): whatever they hold, WeChat Pay does not use it, so a restriction or a note put there
    silently does nothing.

    Reported at the member, whatever its value. Fix: remove it; restrict the usable products
    with `available_items` instead.
    """,
    status="CONFIRMED wording; effect INFERRED",
    sources=("FVgo", "FV-wiki"),
    fail=fails(changed(BASE_F, {"/ext_info": '{"channel":"mini"}'}), "/ext_info", api=API),
    passing=passes(BASE_F, api=API),
)
def members_not_open(context: RuleContext) -> None:
    """``ext_info`` and ``unavailable_items``, whatever their value."""
    for pointer, note in (
        ("/ext_info", "暂时无需填写"),
        (f"{UR}/unavailable_items", "该字段暂未开放"),
    ):
        if context.present(pointer):
            context.report("F017", pointer, _NOT_OPEN(member=last_token(pointer), note=note))


@rule(
    code="F018",
    api=API,
    severity="warning",
    name="no-cash-creator-as-merchant",
    summary="no_cash true with the creating merchant in available_merchants",
    explanation="""
    A 免充值 stock (`no_cash` true: the discount comes out of the redeeming merchant's takings)
    lists its own creator `belong_merchant` in `coupon_use_rule.available_merchants`. An ordinary
    merchant may do so, but a service provider (服务商) may list only its authorised
    sub-merchants. WeChat Pay answers INVALID_REQUEST "可用商户不符合规则，请检查" (the usable
    merchants break the rules, please check) to such a body: in a developer-community thread
    where a service provider listed the stock's own merchant, in another where a service
    provider was told "只能为子商户" (only sub-merchants), and in the Senparc SDK's test, which
    passes once `no_cash` is false. The merchant type is not in the body, so a warning.

    Reported at the item. Fix: check the merchant type; a service provider lists its
    sub-merchants instead, or the stock uses `no_cash` false (预充值).
    """,
    status=(
        "the official text allows it for ordinary merchants [FV-wiki]; refused in the "
        "[Senparc-fav] test and in [FV-nocash]; so INFERRED"
    ),
    sources=("FV-wiki", "Senparc-fav", "FV-nocash"),
    server_errors=(("INVALID_REQUEST", "可用商户不符合规则，请检查", "FV-nocash-self"),),
    fail=fails(changed(BASE_F, {"/no_cash": True}), f"{_MERCHANTS}/0", api=API),
    passing=passes(BASE_F, api=API),
)
def creator_in_no_cash_merchants(context: RuleContext) -> None:
    """免充值 with the creator among the usable merchants: a warning at each such item."""
    if boolean(context, "/no_cash") is not True:
        return
    creator = context.string("/belong_merchant")
    merchants = context.array(_MERCHANTS)
    if creator is None or merchants is None:
        return
    for index in range(len(merchants)):
        pointer = join(_MERCHANTS, index)
        if context.string(pointer) == creator:
            context.report("F018", pointer, _CREATOR_LISTED(creator=show(creator)))


@rule(
    code="F019",
    api=API,
    severity="warning",
    name="available-merchants-absent",
    summary="coupon_use_rule has no available_merchants",
    explanation="""
    `coupon_use_rule.available_merchants`, the merchant ids (商户号) where the coupon can be used,
    is absent. The official SDKs mark it optional, but the older official page marks it required
    (是), and a stock without it may not be usable where you expect. In a 2019
    developer-community thread WeChat Pay answered INVALID_REQUEST "可用商户不符合规则，请检查"
    (the usable merchants break the rules, please check) to a body without it, and adding the
    list fixed it. The SDKs still call it optional, hence a warning.

    Reported at `available_merchants`. Fix: list the merchant ids, for example `["1900012345"]`
    (1 to 50, digits only).
    """,
    status=(
        "是 [FV-wiki] vs [可选] [FVgo]: required on the older official page, optional in the "
        "official SDKs; so INFERRED"
    ),
    sources=("FV-wiki", "FVgo"),
    server_errors=(("INVALID_REQUEST", "可用商户不符合规则，请检查", "FV-merchants-absent"),),
    fail=fails(changed(BASE_F, {_MERCHANTS: REMOVE}), _MERCHANTS, api=API),
    passing=passes(BASE_F, api=API),
)
def usable_merchants_absent(context: RuleContext) -> None:
    """``available_merchants`` absent while ``coupon_use_rule`` is an object."""
    if context.object(UR) is None:
        return
    if context.value(_MERCHANTS) is MISSING:
        context.report("F019", _MERCHANTS, _MERCHANTS_ABSENT())
