"""Hypothesis building blocks shared by the APIs' strategies (``validator/apis/*/strategies.py``).

Values (money in fen, discount_num, Unix seconds, RFC 3339 times, Chinese names), the window
bounds every generated time lies in, and the small ``draw_*`` helpers the builders use. The
public ones are re-exported by ``validator.strategies``, the module users import.

hypothesis is a test dependency (the ``test`` extra), so the validator itself never imports
this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "validator.strategies needs hypothesis: pip install 'coupon-validator[test]' "
        "(or pip install hypothesis)"
    ) from error

T = TypeVar("T")
Payload = dict[str, Any]
Draw = Callable[[st.SearchStrategy[T]], T]


#: The ``now`` the project's own tests validate with (the worked examples of the rule
#: reference use it too).
FIXED_NOW = 1_800_000_000  # 2027-01-15T08:00:00Z
#: Every generated time lies in [WINDOW_FROM, WINDOW_UNTIL]: after any realistic test clock
#: (so U003 "already ended" cannot fire before 2029) and far from the U002 bounds (2015, 2100).
WINDOW_FROM = 1_861_920_000  # 2029-01-01T00:00:00Z
WINDOW_UNTIL = 2_051_222_400  # 2035-01-01T00:00:00Z

MINUTE = 60
HOUR = 3_600
DAY = 86_400
#: Claim windows start early enough that a validity window of up to a year still ends
#: before WINDOW_UNTIL, so no builder ever has to clip a window.
CLAIM_UNTIL = WINDOW_UNTIL - 366 * DAY

#: What each coupon type of the two WeChat coupon APIs is called in a name, so "春季满减券"
#: really is a 满减 coupon.
KIND_NAMES = {
    1: "折扣券",
    2: "满减券",
    3: "折扣券",
    4: "直减券",
    5: "换购券",
    6: "买赠券",
    101: "折扣券",
    102: "满减券",
    103: "折扣券",
    104: "直减券",
}
_NAME_PREFIXES = (
    "春季",
    "周末",
    "新人",
    "会员",
    "店庆",
    "限时",
    "夏日",
    "开学季",
    "年货节",
    "直播间专享",
)
#: Free-form names draw from common coupon characters plus two characters outside the BMP, so
#: that code-point counting (an emoji counts 1, not 2 UTF-16 units) is exercised as well.
_NAME_ALPHABET = "优惠券满减折扣店铺商品新人专享会员周末春夏秋冬节日限时特价立减直降换购买赠送🎉𠮷"
OFFSETS = ("+08:00", "Z", "+00:00", "+09:00", "-05:00", "+05:30")
FRACTIONS = ("", ".000", ".250")
BOOLEANS = st.booleans()  # False first: an optional member shrinks to "absent"


# Building a strategy object costs far more than drawing from it, so the factories below are
# cached (strategies are immutable) and the builders draw values whose bounds depend on an
# earlier draw through small ``draw_*`` helpers instead of building a strategy per example.


# -- values ----------------------------------------------------------------------------------


@lru_cache(maxsize=64)
def fen_amounts(min_value: int = 1, max_value: int = 1_000_000) -> st.SearchStrategy[int]:
    """Money as integer fen (分) in [min_value, max_value].

    Whole yuan (multiples of 100) come first because that is what most coupons use, and it
    is what a shrunk example shows; any fen value follows, so 9.90 yuan (990) appears too.
    """
    if min_value > max_value:
        raise ValueError(f"min_value {min_value} is above max_value {max_value}")
    any_fen = st.integers(min_value, max_value)
    low_yuan, high_yuan = -(-min_value // 100), max_value // 100
    if low_yuan > high_yuan:
        return any_fen
    whole_yuan = st.integers(low_yuan, high_yuan).map(lambda yuan: yuan * 100)
    return st.one_of(whole_yuan, any_fen)


def draw_fen(draw: Draw[Any], min_value: int, max_value: int) -> int:
    """``draw(fen_amounts(min_value, max_value))`` for bounds that change with every example."""
    low_yuan, high_yuan = -(-min_value // 100), max_value // 100
    if low_yuan <= high_yuan and not draw(BOOLEANS):
        return draw(st.integers(low_yuan, high_yuan)) * 100
    return draw(st.integers(min_value, max_value))


@lru_cache(maxsize=8)
def discount_nums(min_value: int = 2000, max_value: int = 9900) -> st.SearchStrategy[int]:
    """discount_num values: 折 × 1000 in steps of 100 (8.5 折 = 8500).

    The default range is shop-coupon-add's (2 折 floor); product-coupon-create allows 1000.
    10000 (10 折, no discount) is left out on purpose: it is A005 on shop-coupon-add.
    """
    if min_value % 100 or max_value % 100 or min_value > max_value:
        raise ValueError("discount_num bounds must be multiples of 100 with min ≤ max")
    return st.integers(min_value // 100, max_value // 100).map(lambda n: n * 100)


def second_timestamps(
    min_value: int = WINDOW_FROM, max_value: int = WINDOW_UNTIL
) -> st.SearchStrategy[int]:
    """Unix timestamps in seconds (never milliseconds), by default between 2029 and 2035."""
    return st.integers(min_value, max_value)


def second_windows(
    min_value: int = WINDOW_FROM,
    max_value: int = WINDOW_UNTIL,
    min_length: int = HOUR,
    max_length: int = 90 * DAY,
) -> st.SearchStrategy[tuple[int, int]]:
    """Ordered (start, end) pairs of Unix seconds with start < end, both inside the bounds.

    Drawn as a start and a length rather than two timestamps, so that the window is ordered
    by construction and shrinks to (min_value, min_value + min_length).
    """
    if min_length < 1 or min_value + min_length > max_value:
        raise ValueError("the bounds leave no room for a window of min_length")
    return _windows(min_value, max_value, min_length, max_length)


def draw_window(
    draw: Draw[Any], min_value: int, max_value: int, min_length: int, max_length: int
) -> tuple[int, int]:
    start = draw(st.integers(min_value, max_value - min_length))
    length = draw(st.integers(min_length, max(min_length, min(max_length, max_value - start))))
    return start, start + length


@st.composite
def _windows(
    draw: Draw[Any], min_value: int, max_value: int, min_length: int, max_length: int
) -> tuple[int, int]:
    return draw_window(draw, min_value, max_value, min_length, max_length)


def render_rfc3339(seconds: int, offset: str, fraction: str) -> str:
    """The instant ``seconds`` written in ``offset`` ("Z" or "+08:00"), with a fraction."""
    if offset == "Z":
        zone = timezone.utc
    else:
        sign = -1 if offset[0] == "-" else 1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    local = datetime.fromtimestamp(seconds, tz=zone)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + fraction + offset


def rfc3339_times(
    min_value: int = WINDOW_FROM, max_value: int = WINDOW_UNTIL
) -> st.SearchStrategy[str]:
    """RFC 3339 date-time strings (``2030-04-01T00:00:00+08:00``) for an instant in
    [min_value, max_value].

    China's +08:00 comes first (that is what the vendor's users write), then Z and other
    offsets; fractional seconds (.000, .250) are rarer but valid. A fraction only adds to the
    instant, so keep ``max_value`` one second below a hard limit.
    """
    return st.builds(
        render_rfc3339,
        st.integers(min_value, max_value),
        st.sampled_from(OFFSETS),
        st.sampled_from(FRACTIONS),
    )


def rfc3339_windows(
    min_value: int = WINDOW_FROM,
    max_value: int = WINDOW_UNTIL,
    min_length: int = DAY,
    max_length: int = 365 * DAY,
) -> st.SearchStrategy[tuple[str, str]]:
    """Ordered (begin, end) RFC 3339 pairs that last at most one calendar year (C007).

    365 days is never more than one calendar year, not even from 29 February (which maps to
    28 February). Both ends share one fraction, so the fraction cannot stretch the window;
    the end may be written in another offset, since C007 compares instants.
    """
    return st.builds(
        lambda window, begin_offset, end_offset, fraction: (
            render_rfc3339(window[0], begin_offset, fraction),
            render_rfc3339(window[1], end_offset, fraction),
        ),
        second_windows(min_value, max_value, min_length, min(max_length, 365 * DAY)),
        st.sampled_from(OFFSETS),
        st.sampled_from(OFFSETS),
        st.sampled_from(FRACTIONS),
    )


@lru_cache(maxsize=64)
def chinese_names(
    max_length: int = 10, kind: str = "优惠券", min_length: int = 1
) -> st.SearchStrategy[str]:
    """Chinese names of min_length to max_length code points.

    First a realistic name ("春季" + kind, "春季满减券"); then free text from common coupon
    characters and two characters outside the BMP (🎉, 𠮷), which count 1 each.
    """
    realistic = [
        prefix + kind for prefix in _NAME_PREFIXES if min_length <= len(prefix + kind) <= max_length
    ]
    free = st.text(alphabet=_NAME_ALPHABET, min_size=min_length, max_size=max_length)
    return st.one_of(st.sampled_from(realistic), free) if realistic else free


@lru_cache(maxsize=64)
def words(vocabulary: Sequence[str], max_length: int) -> st.SearchStrategy[str]:
    """A word from a realistic vocabulary, else free Chinese text, within max_length."""
    fitting = [word for word in vocabulary if len(word) <= max_length]
    free = st.text(alphabet=_NAME_ALPHABET, min_size=1, max_size=max_length)
    return st.one_of(st.sampled_from(fitting), free) if fitting else free


def draw_receive_info(draw: Draw[Any]) -> Payload:
    """receive_info of the two WeChat coupon APIs: a claim window of an hour to 90 days that
    ends by ``CLAIM_UNTIL``, and 1 ≤ limit_num_one_person ≤ total_num (A010/B010)."""
    start, end = draw_window(draw, WINDOW_FROM, CLAIM_UNTIL, HOUR, 90 * DAY)
    total = draw(st.integers(1, 100_000))
    limit = draw(st.integers(1, min(total, 10)))
    return {"start_time": start, "end_time": end, "limit_num_one_person": limit, "total_num": total}


def draw_discount(
    draw: Draw[Any],
    needs: frozenset[str],
    *,
    ids: tuple[str, st.SearchStrategy[list[Any]]],
    min_discount_num: int,
    max_fee: int,
    price_range: Callable[[int], tuple[int, int]],
) -> tuple[Payload, Payload]:
    """The discount members the two WeChat coupon APIs share, those of them in ``needs``:
    (discount_condition, the rest of discount_info).

    ``ids`` names the API's product-id list and its strategy; ``price_range(fee)`` bounds the
    spend threshold of a reduction of ``fee`` (each API has its own rule for how far apart the
    two must be).
    """
    condition: Payload = {}
    info: Payload = {}
    ids_member, id_lists = ids
    if f"discount_condition/{ids_member}" in needs:
        condition[ids_member] = draw(id_lists)
    if "discount_condition/product_cnt" in needs:
        condition["product_cnt"] = draw(st.integers(1, 10))
    if "discount_num" in needs:
        info["discount_num"] = draw(discount_nums(min_discount_num))
    if "discount_fee" in needs:
        fee = draw(fen_amounts(1, max_fee))
        if "discount_condition/product_price" in needs:
            condition["product_price"] = draw_fen(draw, *price_range(fee))
        info["discount_fee"] = fee
    return condition, info


def discount_info(condition: Payload, info: Payload) -> Payload:
    """discount_info: the condition first, and only when it has members."""
    return {"discount_condition": condition, **info} if condition else info


def choose(value: Any, allowed: Sequence[Any], what: str) -> st.SearchStrategy[Any]:
    """A sampled_from over ``allowed``, or just ``value`` after checking it is allowed."""
    if value is None:
        return st.sampled_from(allowed)
    if value not in allowed:
        raise ValueError(
            f"{what} must be one of {list(allowed)} for a clean payload, not {value!r}"
        )
    return st.just(value)


def fixed_validity(draw: Draw[Any], claim_start: int, claim_end: int) -> tuple[int, int]:
    """A validity window around the claim window: it starts at or before the claim start and
    ends at or after the claim end (A009), so every claimed coupon can still be used."""
    start = claim_start - draw(st.integers(0, min(7 * DAY, claim_start - WINDOW_FROM)))
    end = claim_end + draw(st.integers(0, 180 * DAY))
    return start, end


def draw_valid_info(
    draw: Draw[Any], valid_type: int, needs: frozenset[str], receive_info: Payload
) -> Payload:
    """valid_info of the WeChat store coupon APIs with the members this valid_type requires
    (``needs``): a fixed window around the claim window (``fixed_validity``), a number of days,
    or (shop-coupon-add's valid_type 3) a number of seconds."""
    valid_info: Payload = {"valid_type": valid_type}
    if "start_time" in needs:
        valid_info["start_time"], valid_info["end_time"] = fixed_validity(
            draw, receive_info["start_time"], receive_info["end_time"]
        )
    elif "valid_day_num" in needs:
        valid_info["valid_day_num"] = draw(st.integers(1, 90))
    elif "valid_second" in needs:
        valid_info["valid_second"] = draw(st.integers(HOUR, 30 * DAY))
    return valid_info


def draw_ext_extras(
    draw: Draw[Any], ext_info: Payload, discount: Payload, notes: Sequence[str]
) -> Payload:
    """``ext_info`` of a flat store coupon with, each optionally, a ``jump_product_id`` among
    the coupon's ``product_ids`` and free ``notes`` (at most 30 characters)."""
    ids = discount.get("discount_condition", {}).get("product_ids")
    if ids and draw(BOOLEANS):
        ext_info["jump_product_id"] = draw(st.sampled_from(ids))
    if draw(BOOLEANS):
        ext_info["notes"] = draw(words(notes, 30))
    return ext_info
