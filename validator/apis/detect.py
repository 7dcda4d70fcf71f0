"""Which API a document targets under ``--api auto``.

Detection is deliberately dumb: each API's spec has one signal on top-level member names, and
anything other than exactly one true signal is D001. A validator that guesses would report a
wall of S007s for the wrong API; asking for ``--api`` is cheaper for the user. The signals are
tried in catalogue order (``validator.apis.APIS``), which is also the order D001 names them in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from validator.apis import APIS
from validator.finding import Finding
from validator.text import Text, message

_CONFLICT = message(
    "D001.conflict", "cannot tell which API this file targets: signals of {listed}; pass --api"
)
_NO_SIGNAL = message(
    "D001.no-signal", "cannot tell which API this file targets (no signal); pass --api"
)
# One API and the members that raised its signal ("A (m, n)"), and the list of them ("A (m) and
# B (n)", "A (m), B (n) and C (o)"), built as fragments so that each language joins them its own
# way (Chinese lists with 、 and 和).
_SIGNAL = message("D001.signal", "{api} ({members})")
_LAST_TWO = message("D001.last-two", "{first} and {last}")
_MORE = message("D001.more", "{first}, {rest}")


def raised(document: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
    """Each API whose signal is true for this top-level object, with the members that raised
    it, in catalogue order."""
    found = []
    for spec in APIS:
        members = spec.signal(document)
        if members:
            found.append((spec.id, members))
    return found


def signals(document: dict[str, Any]) -> list[str]:
    """The API ids whose signal is true for this top-level object, in catalogue order."""
    return [api for api, _ in raised(document)]


def detect(document: dict[str, Any]) -> tuple[str | None, Finding | None]:
    """The detected API, or None with the D001 finding that explains why not: for a conflict,
    which members raised each API's signal, so the user sees what to remove."""
    found = raised(document)
    if len(found) == 1:
        return found[0][0], None
    if not found:
        return None, Finding("D001", "", _NO_SIGNAL())
    named = [_SIGNAL(api=api, members=_joined(members)) for api, members in found]
    return None, Finding("D001", "", _CONFLICT(listed=_listed(named)))


def _joined(items: Sequence[str | Text]) -> str | Text:
    """Items as a list without a conjunction: "a, b, c" (``items`` is not empty)."""
    if len(items) == 1:
        return items[0]
    return _MORE(first=items[0], rest=_joined(items[1:]))


def _listed(named: list[Text]) -> Text:
    """Two or more signals as one list: "A, B and C" (``named`` has at least two)."""
    if len(named) == 2:
        return _LAST_TWO(first=named[0], last=named[1])
    return _MORE(first=named[0], rest=_listed(named[1:]))


# -- documents that are not coupon request bodies at all ----------------------------------------

#: Member names any JSON file may carry (package.json's ``name`` and ``version``, a mini
#: program's ``appid``): they do not make a document a coupon body, even where a schema uses
#: them too. One list, so that the decision below stays easy to review.
GENERIC_NAMES = frozenset(
    {
        "app_id",
        "appid",
        "begin_time",
        "bin",
        "code",
        "comment",
        "comments",
        "count",
        "creator",
        "data",
        "description",
        "discount",
        "effective_time",
        "end_datetime",
        "end_time",
        "finder",
        "id",
        "key",
        "name",
        "nickname",
        "note",
        "notes",
        "openid",
        "order_time",
        "price",
        "quantity",
        "reason",
        "start_datetime",
        "start_time",
        "status",
        "store_id",
        "title",
        "type",
        "url",
        "value",
        "version",
        "week_day",
    }
)


def unrelated(document: dict[str, Any]) -> bool:
    """Whether a top-level object is not a coupon request body at all: no detection signal,
    and none of the member names of any supported API (``GENERIC_NAMES`` aside) among its own
    members or the members of the objects directly inside it.

    The command line skips such a document instead of reporting D001: a repository's
    package.json or tsconfig.json is not a body that lost its key member. A body with no
    signal that still carries a coupon member (a misspelt or capitalised ``coupon`` that holds
    ``coupon_info``, a body whose members are written ``couponInfo``) keeps D001, and so does
    a body with conflicting signals.
    """
    if signals(document):
        return False
    names = coupon_member_names()
    for name, value in document.items():
        if _normal(name) in names:
            return False
        if isinstance(value, dict) and any(_normal(inner) in names for inner in value):
            return False
    return True


def _normal(name: str) -> str:
    """A member name as the decision compares it: case, ``_`` and ``-`` aside, so that
    ``discount-fee`` and ``discountFee`` still count as coupon members."""
    return name.lower().replace("_", "").replace("-", "")


_NAMES: list[frozenset[str]] = []


def coupon_member_names() -> frozenset[str]:
    """Every member name the shipped schemas know, at any depth, minus ``GENERIC_NAMES``,
    compared without case, ``_`` and ``-``.

    Read from the schemas on first use, not at import: most runs never meet a document
    without a signal, and a new API's schema adds its names without a list to maintain here.
    """
    if not _NAMES:
        import json

        from validator.apis import API_IDS
        from validator.schema import schema_text

        names: set[str] = set()
        for api in API_IDS:
            _collect_names(json.loads(schema_text(api)), names)
        generic = {_normal(name) for name in GENERIC_NAMES}
        _NAMES.append(frozenset({_normal(name) for name in names} - generic))
    return _NAMES[0]


def _collect_names(schema: Any, names: set[str]) -> None:
    """The names under every ``properties`` and in every ``required`` of a schema."""
    pending = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                names.update(properties)
            required = node.get("required")
            if isinstance(required, list):
                names.update(name for name in required if isinstance(name, str))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
