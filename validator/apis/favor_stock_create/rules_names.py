"""F010, F011: how many Chinese characters favor-stock-create's names have.

Each rule function carries its catalogue entry. WeChat Pay limits each name twice: ``stock_name``
to 9 Chinese characters or 20 letters (and forbids ``_ , ; |`` in it), ``merchant_name`` to 12 or
36. Over a Chinese limit is F010 (the text says so); a name that mixes both kinds over its share
of the two limits is F011, a warning, since the page does not say how a mixed name counts.
Chinese characters are counted as the Unicode script Han (``han.py``).

Imported by ``rules`` after its own rules (see there).
"""

from __future__ import annotations

from validator.apis.favor_stock_create.base import BASE_F
from validator.apis.favor_stock_create.han import count_han
from validator.apis.favor_stock_create.rules import API, PI
from validator.catalogue.bases import changed, fails, passes
from validator.rules import rule
from validator.rules.context import RuleContext
from validator.text import Text, message

STOCK_NAME_HAN = 9  # 最多9个中文汉字
STOCK_NAME_OTHER = 20  # 最多20个字母
STOCK_NAME_FORBIDDEN = "_,;|"  # 不能包含特殊字符 _ , ; |
MERCHANT_NAME_HAN = 12  # 最多12个中文汉字
MERCHANT_NAME_OTHER = 36  # 最多36个英文字符
_MERCHANT_NAME = f"{PI}/merchant_name"

_STOCK_NAME_HAN = message(
    "F010.stock-name-han",
    "stock_name has {han} Chinese characters; at most {limit} (批次名称最多9个中文汉字): "
    "shorten it",
)
_FORBIDDEN = message(
    "F010.stock-name-forbidden",
    "stock_name may not contain {characters} (不能包含特殊字符 _ , ; |): remove or replace it",
)
_BOTH = message("F010.both", "{first}; {second}")
_MERCHANT_NAME_HAN = message(
    "F010.merchant-name-han",
    "merchant_name has {han} Chinese characters; at most {limit} (最多12个中文汉字): shorten it",
)
_MIXED = message(
    "F011.mixed-name",
    "{member} mixes {chinese} and {others}; the limits are {han_limit} Chinese or "
    "{other_limit} letters, so it may be too long: shorten it",
)
_ONE_HAN = message("F011.one-chinese-character", "{n} Chinese character")
_HAN = message("F011.chinese-characters", "{n} Chinese characters")
_ONE_OTHER = message("F011.one-other", "{n} other")
_OTHERS = message("F011.others", "{n} others")


def _name(context: RuleContext, pointer: str, max_length: int) -> tuple[str, int, int] | None:
    """(name, Han count, other count) of a usable name of 1 to ``max_length`` code points."""
    value = context.string(pointer)
    if value is None or not 1 <= len(value) <= max_length:
        return None
    han = count_han(value)
    return value, han, len(value) - han


def _stock_name_problems(name: str, han: int) -> list[Text]:
    problems = []
    if han > STOCK_NAME_HAN:
        problems.append(_STOCK_NAME_HAN(han=han, limit=STOCK_NAME_HAN))
    forbidden = [char for char in STOCK_NAME_FORBIDDEN if char in name]
    if forbidden:
        problems.append(_FORBIDDEN(characters=" ".join(forbidden)))
    return problems


@rule(
    code="F010",
    api=API,
    severity="error",
    name="name-too-many-chinese-characters",
    summary="stock_name over 9 汉字 or with _ , ; |, or merchant_name over 12 汉字",
    explanation="""
    WeChat Pay limits the stock name `stock_name` to 9 Chinese characters
    ("批次名称最多9个中文汉字", besides 20 characters in all) and forbids `_ , ; |` in it
    ("不能包含特殊字符"), and limits `pattern_info.merchant_name` to 12 Chinese characters
    (besides 36 in all). Chinese characters are the code points of the Unicode script Han;
    full-width punctuation counts as another character.

    Reported at the name; longer names are S005. Fix: shorten the name ("春季满100减10" has 4
    Chinese characters) and remove the forbidden characters.
    """,
    status="CONFIRMED",
    sources=("FV", "WP-favorstock", "FV-wiki"),
    fail=fails(changed(BASE_F, {"/stock_name": "春季全场满一百减十元券"}), "/stock_name", api=API),
    passing=passes(BASE_F, api=API),
)
def name_limits(context: RuleContext) -> None:
    """Chinese characters over a name's limit, or a forbidden character in ``stock_name``."""
    stock = _name(context, "/stock_name", STOCK_NAME_OTHER)
    if stock is not None:
        problems = _stock_name_problems(stock[0], stock[1])
        if len(problems) == 2:
            context.report("F010", "/stock_name", _BOTH(first=problems[0], second=problems[1]))
        elif problems:
            context.report("F010", "/stock_name", problems[0])
    merchant = _name(context, _MERCHANT_NAME, MERCHANT_NAME_OTHER)
    if merchant is not None and merchant[1] > MERCHANT_NAME_HAN:
        context.report(
            "F010", _MERCHANT_NAME, _MERCHANT_NAME_HAN(han=merchant[1], limit=MERCHANT_NAME_HAN)
        )


@rule(
    code="F011",
    api=API,
    severity="warning",
    name="mixed-name-may-be-too-long",
    summary="A name mixing Chinese and other characters may be too long",
    explanation="""
    The page gives two limits for a name, 9 Chinese characters or 20 letters for `stock_name`,
    12 or 36 for `pattern_info.merchant_name`, but not how a name that mixes both is counted.
    Taking each Chinese character as 1/9 (1/12) of the name and each other character as 1/20
    (1/36), this name is over budget: "春季满减券SPRING2027" has 5 Chinese characters and 10
    others, 5/9 + 10/20 > 1. The rule is inferred, so a warning.

    Reported at the name, only when it has no S005 or F010. Fix: shorten it ("春季满减券SP2027"
    fits).
    """,
    status="INFERRED",
    sources=("FV", "FV-wiki"),
    fail=fails(changed(BASE_F, {"/stock_name": "春季满减券SPRING2027"}), "/stock_name", api=API),
    passing=passes(changed(BASE_F, {"/stock_name": "春季满减券SP2027"}), api=API),
)
def mixed_name_length(context: RuleContext) -> None:
    """A mixed name over its share of both limits (names over one limit are S005 or F010)."""
    stock = _name(context, "/stock_name", STOCK_NAME_OTHER)
    if stock is not None and not _stock_name_problems(stock[0], stock[1]):
        _, han, other = stock
        if STOCK_NAME_OTHER * han + STOCK_NAME_HAN * other > STOCK_NAME_HAN * STOCK_NAME_OTHER:
            context.report("F011", "/stock_name", _mixed_message("stock_name", han, other, 9, 20))
    merchant = _name(context, _MERCHANT_NAME, MERCHANT_NAME_OTHER)
    if merchant is not None and merchant[1] <= MERCHANT_NAME_HAN:
        _, han, other = merchant
        if 3 * han + other > MERCHANT_NAME_OTHER:  # 36 / 12 = 3 others per Chinese character
            context.report(
                "F011", _MERCHANT_NAME, _mixed_message("merchant_name", han, other, 12, 36)
            )


def _mixed_message(member: str, han: int, other: int, han_limit: int, other_limit: int) -> Text:
    return _MIXED(
        member=member,
        chinese=(_ONE_HAN if han == 1 else _HAN)(n=han),
        others=(_ONE_OTHER if other == 1 else _OTHERS)(n=other),
        han_limit=han_limit,
        other_limit=other_limit,
    )
