"""Comparisons that the rules of several APIs make, written once.

The three WeChat store coupon APIs (shop-coupon-add, product-coupon-create and
channels-ec-coupon-create) share one body design under different roots: a coupon ``type``, a
``discount_info`` with ``discount_fee`` and a spend threshold, a claim window with a per-person
limit and a stock (``receive_info``), and a validity window that ``valid_type`` chooses
(``valid_info``). ``StoreCoupon`` names those members under one root and holds the checks the
three APIs make of them alike; each API's rule function calls it with its own code, so the
logic and the message cannot drift apart between the APIs. ``reversed_window`` serves the
window rules of every API.

The messages are ``validator.text`` templates under ``store-coupon.``: one wording per check,
whichever API reports it. The parts that vary between the APIs (which window, what the stock is
called, the relation of two times) are fragments, so they are rendered in the reader's language
too. A timestamp is shown with its Beijing time (``timestamp``), the time the APIs and their users
work in.
"""

from __future__ import annotations

from collections.abc import Callable

from validator.json.show import show
from validator.rules.context import RuleContext
from validator.text import Text, message

FIXED_WINDOW = 1  # valid_type 1: the absolute window valid_info.start_time–end_time

#: How an end time relates to a start time it does not follow (``reversed_window``).
BEFORE = message("store-coupon.before", "before")()
SAME_SECOND = message("store-coupon.same-second", "at the same second as")()
#: The two windows of a store coupon, as the window message names them.
CLAIM_WINDOW = message("store-coupon.claim-window", "claim window")()
VALIDITY_WINDOW = message("store-coupon.validity-window", "validity window")()
#: What a per-person limit is compared with, as the APIs name their ``total_num``.
WHOLE_STOCK = message("store-coupon.whole-stock", "the whole stock")()
TOTAL_COUPONS = message("store-coupon.total-coupons", "the total number of coupons")()

_REVERSED = message(
    "store-coupon.window-reversed",
    "{parent}.end_time {end} is {relation} {parent}.start_time {start}: the {what} ends before "
    "(or when) it starts; end_time must be later than start_time",
)
_EXPIRES_BEFORE_CLAIM_END = message(
    "store-coupon.expires-before-claim-end",
    "valid_info.end_time {valid_end} is earlier than receive_info.end_time {receive_end}: "
    "coupons can still be claimed after they expire; end validity at or after the claim end "
    "(valid_info.end_time ≥ {least})",
)
_LIMIT_ABOVE_STOCK = message(
    "store-coupon.limit-above-stock",
    "limit_num_one_person {limit} exceeds total_num {total}: the per-person limit is larger "
    "than {stock}; set it to at most {total} (or check whether the two numbers are swapped)",
)


def timestamp(seconds: int) -> str:
    """A usable Unix-seconds value as messages show it: the number the file has and its Beijing
    time, ``1673110742 (2023-01-08 00:59:02 +08:00)`` (``validator.text.times.timestamp``).

    Imported on first use: only a finding shows a time, and ``validator.text.times`` imports
    ``validator.rfc3339``, which a clean check of these APIs never needs.
    """
    from validator.text.times import timestamp as shown

    return shown(seconds)


def reversed_window(
    context: RuleContext, start_pointer: str, end_pointer: str
) -> tuple[int, int, Text] | None:
    """(start, end, relation) when both integers are usable and the end is not after the start.

    The window rules of several APIs ask this (A008, B005, C008, E008); ``relation`` words the
    end against the start (``BEFORE``, or ``SAME_SECOND`` when they are equal), as a fragment
    for the message.
    """
    start = context.integer(start_pointer)
    end = context.integer(end_pointer)
    if start is None or end is None or start < end:
        return None
    return start, end, SAME_SECOND if start == end else BEFORE


class StoreCoupon:
    """The members a WeChat store coupon body holds under ``root`` (``""`` for the flat bodies,
    ``/coupon/coupon_info`` for shop-coupon-add, whose ``type`` sits outside it at
    ``type_pointer``), and the checks the three APIs make of them alike."""

    __slots__ = (
        "discount_fee",
        "limit_per_person",
        "product_price",
        "receive_end",
        "receive_start",
        "total_num",
        "type",
        "valid_end",
        "valid_start",
        "valid_type",
    )

    def __init__(self, root: str, type_pointer: str) -> None:
        self.type = type_pointer
        self.discount_fee = f"{root}/discount_info/discount_fee"
        self.product_price = f"{root}/discount_info/discount_condition/product_price"
        self.receive_start = f"{root}/receive_info/start_time"
        self.receive_end = f"{root}/receive_info/end_time"
        self.limit_per_person = f"{root}/receive_info/limit_num_one_person"
        self.total_num = f"{root}/receive_info/total_num"
        self.valid_type = f"{root}/valid_info/valid_type"
        self.valid_start = f"{root}/valid_info/start_time"
        self.valid_end = f"{root}/valid_info/end_time"

    def fixed_window(self, context: RuleContext) -> bool:
        """valid_type is usable and 1: only then do valid_info's times mean anything."""
        return context.integer(self.valid_type) == FIXED_WINDOW

    def report_fee_over_80_percent(
        self,
        context: RuleContext,
        code: str,
        coupon_type: int,
        message: Callable[[int, int], str | Text],
    ) -> None:
        """Report ``message(fee, price)`` at ``discount_fee`` when the coupon has this type and
        its reduction F is more than 80 % of its threshold P (below the 2 折 floor).

        Integer arithmetic (F × 5 > P × 4), so that exactly 80 % passes and no float rounding
        can flip the boundary.
        """
        if context.integer(self.type) != coupon_type:
            return
        fee = context.integer(self.discount_fee)
        price = context.integer(self.product_price)
        if fee is None or price is None or fee * 5 <= price * 4:
            return
        context.report(code, self.discount_fee, message(fee, price))

    def report_reversed_windows(self, context: RuleContext, code: str) -> None:
        """The claim window, and with valid_type 1 the validity window, whose end is not after
        its start; reported at the window's end."""
        windows = [(CLAIM_WINDOW, "receive_info", self.receive_start, self.receive_end)]
        if self.fixed_window(context):
            windows.append((VALIDITY_WINDOW, "valid_info", self.valid_start, self.valid_end))
        for what, parent, start_pointer, end_pointer in windows:
            found = reversed_window(context, start_pointer, end_pointer)
            if found is None:
                continue
            start, end, relation = found
            context.report(
                code,
                end_pointer,
                _REVERSED(
                    parent=parent,
                    end=timestamp(end),
                    relation=relation,
                    start=timestamp(start),
                    what=what,
                ),
            )

    def report_expiry_before_claim_end(self, context: RuleContext, code: str) -> None:
        """With valid_type 1, a validity that ends before the claim window does: coupons
        claimed late would already be expired. Reported at valid_info's end."""
        if not self.fixed_window(context):
            return
        valid_end = context.integer(self.valid_end)
        receive_end = context.integer(self.receive_end)
        if valid_end is None or receive_end is None or valid_end >= receive_end:
            return
        context.report(
            code,
            self.valid_end,
            _EXPIRES_BEFORE_CLAIM_END(
                valid_end=timestamp(valid_end),
                receive_end=timestamp(receive_end),
                least=show(receive_end),  # the number to write, already dated just before
            ),
        )

    def report_limit_above_stock(self, context: RuleContext, code: str, stock: Text) -> None:
        """A per-person limit above the total number of coupons (``stock`` names that total in
        the message, a fragment such as ``WHOLE_STOCK`` or ``TOTAL_COUPONS``, so that it reads
        in the message's language): no one can ever reach it. Reported at the limit."""
        limit = context.integer(self.limit_per_person)
        total = context.integer(self.total_num)
        if limit is None or total is None or limit <= total:
            return
        context.report(
            code,
            self.limit_per_person,
            _LIMIT_ABOVE_STOCK(limit=show(limit), total=show(total), stock=stock),
        )
