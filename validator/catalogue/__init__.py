"""The rule catalogue: every code with its severity, texts, sources and examples.

Import from here (``from validator.catalogue import RULES, get, severity_of``); where the
entries are written down is this package's business.
"""

from __future__ import annotations

from validator.catalogue.registry import (
    FAMILIES,
    RULES,
    SOURCES,
    WORKED_NOW,
    Example,
    RuleInfo,
    codes_matching,
    get,
    severity_of,
)

__all__ = [
    "FAMILIES",
    "RULES",
    "SOURCES",
    "WORKED_NOW",
    "Example",
    "RuleInfo",
    "codes_matching",
    "get",
    "severity_of",
]
