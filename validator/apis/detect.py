"""Which API a document targets under ``--api auto``.

Detection is deliberately dumb: each API's spec has one signal on top-level member names, and
anything other than exactly one true signal is D001. A validator that guesses would report a
wall of S007s for the wrong API; asking for ``--api`` is cheaper for the user. The signals are
tried in catalogue order (``validator.apis.APIS``), which is also the order D001 names them in.
"""

from __future__ import annotations

from typing import Any

from validator.apis import APIS
from validator.apis.spec import any_member
from validator.finding import Finding

#: Members that only a WeChat Pay merchant-coupon (商家券) body has at its top level. That API
#: has no package yet; until it has, a body with one of these beside a cash-coupon (代金券)
#: marker is still a conflict naming both APIs, never a guess.
_BUSIFAVOR_ONLY = any_member(
    "stock_send_rule",
    "coupon_code_mode",
    "goods_name",
    "display_pattern_info",
    "custom_entrance",
    "notify_config",
)


def signals(document: dict[str, Any]) -> list[str]:
    """The API ids whose signal is true for this top-level object, in catalogue order."""
    found = [spec.id for spec in APIS if spec.signal(document)]
    if "favor-stock-create" in found and _BUSIFAVOR_ONLY(document):
        found.insert(found.index("favor-stock-create"), "busifavor-stock-create")
    return found


def detect(document: dict[str, Any]) -> tuple[str | None, Finding | None]:
    """The detected API, or None with the D001 finding that explains why not."""
    found = signals(document)
    if len(found) == 1:
        return found[0], None
    if found:
        message = (
            f"cannot tell which API this file targets (signals: {' and '.join(found)}); pass --api"
        )
    else:
        message = "cannot tell which API this file targets (signals: none); pass --api"
        message += _carried_hint(document)
    return None, Finding("D001", "", message)


def _carried_hint(document: dict[str, Any]) -> str:
    """The D001 hint for a body that an API carries inside itself but that was sent bare."""
    for spec in APIS:
        carried = spec.carries
        if carried is not None and carried.seen_in(document):
            wrapped = "…"
            for token in reversed(carried.prefix.split("/")[1:]):
                wrapped = f'{{"{token}": {wrapped}}}'
            return (
                f". This looks like a bare {carried.name} body: wrap it in {wrapped} for {spec.id}"
            )
    return ""
