"""How many Chinese characters (汉字) a name has: the code points of the Unicode script Han.

WeChat Pay limits 代金券 names twice, "最多9个中文汉字" and "最多20个字母" (``stock_name``),
"最多12个中文汉字" and "最多36个英文字符" (``merchant_name``), so the rules need the number
of Chinese characters in a name. "Chinese character" is read as the Unicode script property Han
(``Script=Han``): the CJK unified ideographs of every extension, the compatibility ideographs,
the radicals, 〇 and 々. Full-width punctuation (，。！), kana and hangul are not Han: they
count as "other" characters, like letters and digits.

Python's ``unicodedata`` has no script property and ``re`` has no ``\\p{Han}``, so the ranges
are written out below, copied from Scripts.txt of Unicode 15.1 (the version that added CJK
Extension I). A table rather than the ``regex`` package: no dependency, and the table is short.
"""

from __future__ import annotations

import re
from bisect import bisect_right

#: The code point ranges (first, last), inclusive, of ``Script=Han`` in Unicode 15.1, sorted.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2E99),  # CJK Radicals Supplement
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),  # Kangxi Radicals
    (0x3005, 0x3005),  # 々 IDEOGRAPHIC ITERATION MARK
    (0x3007, 0x3007),  # 〇 IDEOGRAPHIC NUMBER ZERO
    (0x3021, 0x3029),  # Hangzhou numerals 〡…〩
    (0x3038, 0x303A),  # Hangzhou numerals 〸…〺
    (0x303B, 0x303B),  # 〻 VERTICAL IDEOGRAPHIC ITERATION MARK
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFA6D),  # CJK Compatibility Ideographs
    (0xFA70, 0xFAD9),
    (0x16FE2, 0x16FE3),  # OLD CHINESE HOOK MARK, OLD CHINESE ITERATION MARK
    (0x16FF0, 0x16FF1),  # Vietnamese alternate reading marks
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2B739),  # Extension C
    (0x2B740, 0x2B81D),  # Extension D
    (0x2B820, 0x2CEA1),  # Extension E
    (0x2CEB0, 0x2EBE0),  # Extension F
    (0x2EBF0, 0x2EE5D),  # Extension I
    (0x2F800, 0x2FA1D),  # CJK Compatibility Ideographs Supplement
    (0x30000, 0x3134A),  # Extension G
    (0x31350, 0x323AF),  # Extension H
)
_FIRSTS = tuple(first for first, _ in HAN_RANGES)


def is_han(char: str) -> bool:
    """True when the one-character string ``char`` has the Unicode script Han."""
    code = ord(char)
    index = bisect_right(_FIRSTS, code) - 1
    return index >= 0 and code <= HAN_RANGES[index][1]


def count_han(text: str) -> int:
    """The number of Han code points in ``text`` (every other code point is "other"): the
    matches of one character class made of ``HAN_RANGES``, counted in C (two rules ask it of
    two names of every body)."""
    if text.isascii():  # most names are ASCII or start so; skip the table for them
        return 0
    global _HAN
    if _HAN is None:  # compiled on first use: only 代金券 names need it
        _HAN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in HAN_RANGES) + "]")
    return len(_HAN.findall(text))


_HAN: re.Pattern[str] | None = None
