"""The Simplified Chinese wordings: one module per area, imported only when Chinese is chosen.

Each module has ``MESSAGES`` (template key → Chinese wording, with the English template's
placeholders) and ``RULES`` (rule code → the Chinese ``summary``, ``explanation`` and, for a
fixable code, ``fix`` of the catalogue entry). The English of the code that reports a message
and of the catalogue stays the reference for meaning; the Chinese uses the terms of the official
Chinese pages (分/元, n 折, 满减, 秒级时间戳, 领取时间, 有效期, 商品券/店铺券, 批次).
"""

from __future__ import annotations

import importlib

#: The area modules, one per part of the tool whose texts they translate.
MODULES = (
    "words",
    "loading",
    "schema",
    "detection",
    "units",
    "shop_coupon_add",
    "product_coupon_create",
    "create_coupon_stock",
    "channels_ec_coupon_create",
    "busifavor_stock_create",
    "favor_stock_create",
    "interface",
)


def _areas() -> list[object]:
    return [importlib.import_module(f"{__name__}.{name}") for name in MODULES]


def messages() -> dict[str, str]:
    """Every Chinese message wording, by template key."""
    merged: dict[str, str] = {}
    for area in _areas():
        merged.update(area.MESSAGES)  # type: ignore[attr-defined]
    return merged


def rule_texts() -> dict[str, dict[str, str]]:
    """The Chinese catalogue texts, by rule code: ``summary``, ``explanation``, ``fix``."""
    merged: dict[str, dict[str, str]] = {}
    for area in _areas():
        merged.update(area.RULES)  # type: ignore[attr-defined]
    return merged
