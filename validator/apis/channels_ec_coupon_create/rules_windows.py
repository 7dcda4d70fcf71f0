"""E008–E011: channels-ec-coupon-create's claim and validity windows.

A window must end after it starts (E008), a fixed validity should not end before claiming does
(E009), a per-person limit above the stock is never reached (E010), and a body without
``valid_info`` leaves the validity to an undocumented default (E011). Each rule function carries
its catalogue entry. Times are Unix seconds read through the context, so a millisecond or
implausible timestamp (U001/U002) is never compared.

Imported by ``rules`` after its own rules and ``rules_amounts``, so these run last (see there).
"""

from __future__ import annotations

from validator.apis.channels_ec_coupon_create.base import BASE_E
from validator.apis.channels_ec_coupon_create.matrix import API, COUPON, VALID_END, VALID_INFO
from validator.catalogue.bases import REMOVE, changed, fails, passes
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import message

RECEIVE_END = COUPON.receive_end
LIMIT_PER_PERSON = COUPON.limit_per_person

#: How E010's message names the stock: ``receive_info.total_num``, 优惠券领用总数.
_STOCK = message("E010.stock", "the total number of coupons")
_MISSING_VALID_INFO = message(
    "E011.missing-valid-info",
    "valid_info is missing: add valid_info with valid_type 1 and start_time/end_time "
    "(Unix seconds), or valid_type 2 and valid_day_num (the update API requires it)",
)


@rule(
    code="E008",
    api=API,
    severity="error",
    name="window-end-not-after-start",
    summary="A claim or validity window ends before (or when) it starts",
    explanation="""
    A window ends before or when it starts: (a) `receive_info.start_time` ≥ `receive_info.end_time`
    (the claim window); (b) with valid_type 1, `valid_info.start_time` ≥ `valid_info.end_time`.
    Equal times count too, since the window would be empty. Usual causes are swapped values or an
    end computed in another unit. No page states it, but such a window cannot work: an error by
    decision.

    All values must be usable (integer Unix seconds without U001/U002). Reported at the end of the
    window: (a) `/receive_info/end_time`, (b) `/valid_info/end_time`. Fix: make the end later than
    the start.
    """,
    status="INFERRED (decided)",
    sources=("CH-update",),
    fail=fails(changed(BASE_E, {RECEIVE_END: 1899990000}), RECEIVE_END, api=API),
    passing=passes(BASE_E, api=API),
)
def window_ends_before_it_starts(context: RuleContext) -> None:
    """A claim window, or a valid_type 1 validity window, whose end is not after its start.

    Such a coupon can never be claimed (or used). valid_info's window means something only
    for valid_type 1.
    """
    COUPON.report_reversed_windows(context, "E008")


@rule(
    code="E009",
    api=API,
    severity="warning",
    name="expires-before-claim-end",
    summary="Validity ends before the claim window ends",
    explanation="""
    With valid_type 1, `valid_info.end_time` is earlier than `receive_info.end_time`: coupons can
    still be claimed after they have expired, which users see as a broken coupon. Both are Unix
    seconds.

    Only checked for valid_type 1 and when both values are usable. Reported at
    `/valid_info/end_time`. Fix: end the validity at or after the end of the claim window.
    """,
    status="INFERRED",
    sources=("CH-update",),
    fail=fails(changed(BASE_E, {VALID_END: 1900050000}), VALID_END, api=API),
    passing=passes(BASE_E, api=API),
)
def expires_before_claiming_ends(context: RuleContext) -> None:
    """A fixed validity window that ends before the claim window does.

    Coupons claimed in the last part of the claim window would already be expired.
    Only valid_type 1 has an absolute validity end.
    """
    COUPON.report_expiry_before_claim_end(context, "E009")


@rule(
    code="E010",
    api=API,
    severity="warning",
    name="per-person-limit-exceeds-stock",
    summary="Per-person limit is larger than the total number of coupons",
    explanation="""
    `receive_info.limit_num_one_person` is larger than `receive_info.total_num`: one person could
    claim more coupons than exist. Usually the two values are swapped or one has an extra digit.

    Only checked when both are usable. Reported at `limit_num_one_person`. Fix: make the per-person
    limit at most the total number.
    """,
    status="INFERRED",
    sources=("CH-update",),
    fail=fails(changed(BASE_E, {LIMIT_PER_PERSON: 400}), LIMIT_PER_PERSON, api=API),
    passing=passes(changed(BASE_E, {LIMIT_PER_PERSON: 2}), api=API),
)
def per_person_limit_above_stock(context: RuleContext) -> None:
    """A per-person limit above the total number of coupons: no one can ever reach it.

    Usually the two numbers are swapped.
    """
    COUPON.report_limit_above_stock(context, "E010", _STOCK())


@rule(
    code="E011",
    api=API,
    severity="warning",
    name="missing-valid-info",
    summary="valid_info is absent",
    explanation="""
    The body has no `valid_info`, so it does not say how long a claimed coupon stays valid. The
    create page marks `valid_info` optional (否), but the update page of the same store API marks it
    required (是) and both SDK models always send it; what WeChat does without it is not documented.
    A warning, because the create page is the only text for this call.

    Reported at `/valid_info`. Fix: add `valid_info` with `valid_type` 1 and `start_time`/`end_time`
    (Unix seconds), or `valid_type` 2 and `valid_day_num`.
    """,
    status="pages disagree (create: optional, update: required); INFERRED",
    sources=("CH", "CH-update2", "WxJava-ch", "SKIT-ch"),
    fail=fails(changed(BASE_E, {VALID_INFO: REMOVE}), VALID_INFO, api=API),
    passing=passes(BASE_E, api=API),
)
def missing_valid_info(context: RuleContext) -> None:
    """No valid_info at all.

    The create page marks valid_info optional, but the update page requires it and both SDKs
    always send it; without it the coupon's validity is left to WeChat's default, which no
    page documents. A warning, because the create page is the only text for this call.
    """
    if not context.present(VALID_INFO):
        context.report("E011", VALID_INFO, _MISSING_VALID_INFO())
