"""``--select`` / ``--ignore`` / ``--fail-on``: which diagnostics are shown and which fail the run.

Selection only filters the output (rules.md §1.5): evaluation never changes, so an ignored
S003 still makes its value unusable for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from validator.catalogue import registry
from validator.finding import SEVERITY_RANK, Diagnostic


class SelectionError(ValueError):
    """A selector names no known code (a usage error, exit 2)."""


def parse_codes(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Split ``"A,S00, U001"`` (or a list from configuration) into validated selectors."""
    if text is None:
        return ()
    items = text.split(",") if isinstance(text, str) else list(text)
    selectors = tuple(item.strip().upper() for item in items if item.strip())
    for selector in selectors:
        if not registry.codes_matching(selector):
            raise SelectionError(f"unknown rule code or prefix {selector!r}")
    return selectors


class Selection(NamedTuple):
    """Which codes to show. An empty ``select`` means every code."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    def wants(self, code: str) -> bool:
        if self.select and not any(code.startswith(s) for s in self.select):
            return False
        return not any(code.startswith(s) for s in self.ignore)

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        return [d for d in diagnostics if self.wants(d.code)]


def fails(diagnostics: Iterable[Diagnostic], fail_on: str) -> bool:
    """True when any diagnostic is at or above the ``--fail-on`` severity."""
    threshold = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[d.severity] >= threshold for d in diagnostics)
