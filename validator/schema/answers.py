"""The server answer a schema finding names: what the real API returned for the same mistake.

The catalogue records, on a rule's entry, the answers public material shows
(``RuleInfo.server_errors``), each narrowed by ``where`` to the case it was seen for: an API id,
optionally followed by a space and a pointer (``"product-coupon-create /valid_info/valid_type"``).
A finding the schema stage reports (an S-code, or the code of a coded conditional) names every
answer of its code whose ``where`` matches it, as a clause after its message: "…; WeChat answers
errcode 109110 (优惠券校验领取时间失败)". So the entry is the only place an answer is written,
and a user who searches for the errcode finds the finding.

A ``where`` matches a finding of the same API when it has no pointer, when its pointer is the
finding's, or, for a finding about an absent member (S001, a conditional's "requires"), when its
pointer is the object the member is missing from. A third part, a JSON value, narrows the case to
that value: the value at the finding's pointer, or for an absent member the object it is missing
from (``"busifavor-stock-create /coupon_use_rule/fixed_normal_coupon {}"``: an empty rule
object, for which each missing amount gets S001). An empty ``where`` means every case of the
code. A ``where`` of another form matches nothing, so no finding names an answer that was not
seen for its case.

Numeric codes are WeChat errcodes ("WeChat answers errcode 109110"), others WeChat Pay codes
("WeChat Pay answers PARAM_ERROR"). The table is built from the catalogue on the first finding
of an API, never for a document without findings (the engine assembles the catalogue for the
findings' severities anyway).
"""

from __future__ import annotations

import json
from typing import Any

from validator.schema.values import UNSEEN, json_equal
from validator.text import Text, message

_ERRCODE = message("schema.wechat-answers", "WeChat answers errcode {code}{text}")
_PAY_CODE = message("schema.wechat-pay-answers", "WeChat Pay answers {code}{text}")
_SERVER_TEXT = message("schema.server-text", " ({text})")

_ANY: Any = object()

#: One recorded case: the pointer (None: any), the value (``_ANY``: any) and the answer.
_Case = tuple[str | None, Any, Text]
#: API id → code → its cases, built on first use.
_TABLES: dict[str, dict[str, list[_Case]]] = {}


def _answer(code: str, text: str) -> Text:
    said = _SERVER_TEXT(text=text) if text else ""
    if code.isdigit():
        return _ERRCODE(code=code, text=said)
    return _PAY_CODE(code=code, text=said)


def _case(where: str) -> tuple[str, str | None, Any] | None:
    """``where`` as (API id, pointer or None, value or ``_ANY``); None when it is not of the
    form ``API [POINTER [JSON]]`` (``""`` is every API)."""
    api, _, rest = where.partition(" ")
    pointer, _, shown = rest.partition(" ")
    if pointer and not pointer.startswith("/"):
        return None
    value = _ANY
    if shown:
        try:
            value = json.loads(shown)
        except ValueError:
            return None
    return api, pointer or None, value


def _table(api: str) -> dict[str, list[_Case]]:
    table = _TABLES.get(api)
    if table is None:
        from validator.catalogue import RULES

        table = {}
        for info in RULES.values():
            for error in info.server_errors:
                case = _case(error.where)
                if case is None or (case[0] and case[0] != api):
                    continue
                answer = _answer(error.code, error.text)
                table.setdefault(info.code, []).append((case[1], case[2], answer))
        _TABLES[api] = table
    return table


def answers(
    api: str, code: str, pointer: str, value: Any = UNSEEN, *, absent: bool = False
) -> list[Text]:
    """The answers a finding of ``code`` at ``pointer`` in a body of ``api`` names. ``value`` is
    the value at ``pointer`` or, with ``absent`` (the finding is about a missing member), the
    object the member is missing from; ``UNSEEN`` when the caller does not know it."""
    cases = _table(api).get(code)
    if not cases:
        return []
    parent = pointer.rpartition("/")[0] if absent else None
    found = []
    for where, wanted, answer in cases:
        if where is not None and where != pointer and not (absent and where == parent):
            continue
        if wanted is not _ANY and (value is UNSEEN or not json_equal(value, wanted)):
            continue
        found.append(answer)
    return found
