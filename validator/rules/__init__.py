"""Rule functions: what a JSON Schema cannot say (comparisons, time, units, consistency).

Each rule is one small function registered with ``@rule(code, api)``. Its metadata (severity,
summary, explanation, examples) lives in ``validator.catalogue.registry``; the function only decides
*whether* and *where* the rule fires, through a ``RuleContext`` that knows which values are
usable (rules.md §1.5). Rules never compute positions and never raise on odd input: every
value they read comes through the context's typed getters.
"""

from __future__ import annotations

from collections.abc import Callable

from validator.rules.context import RuleContext

RuleFunction = Callable[[RuleContext], None]

#: Rules that run before the API rules because they decide which values are usable
#: (U001/U002 make a timestamp unusable), and rules that run after them.
EARLY, NORMAL, LATE = 0, 1, 2


class RegisteredRule:
    """A rule function with its code, API (None: every API) and phase.

    A plain class: a dataclass costs every run ~1.5 ms to build at import time.
    """

    __slots__ = ("api", "code", "function", "phase")

    def __init__(self, code: str, api: str | None, phase: int, function: RuleFunction) -> None:
        self.code = code
        self.api = api
        self.phase = phase
        self.function = function

    def __repr__(self) -> str:
        return f"RegisteredRule({self.code!r}, {self.api!r}, {self.phase!r})"


_REGISTERED: list[RegisteredRule] = []
#: ``rules_for`` per API, computed on first use: the engine asks once per document.
_BY_API: dict[str, tuple[RegisteredRule, ...]] = {}


def rule(
    code: str, api: str | None = None, phase: int = NORMAL
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function for one API (or every API when ``api`` is None)."""

    def register(function: RuleFunction) -> RuleFunction:
        _REGISTERED.append(RegisteredRule(code, api, phase, function))
        _BY_API.clear()
        return function

    return register


def rules_for(api: str) -> list[RegisteredRule]:
    """The rules that apply to one API, in phase order, registration order within a phase."""
    _load_rule_modules()
    selected = _BY_API.get(api)
    if selected is None:
        ordered = sorted((r for r in _REGISTERED if r.api in (None, api)), key=lambda r: r.phase)
        selected = _BY_API[api] = tuple(ordered)
    return list(selected)


def all_rules() -> list[RegisteredRule]:
    """Every registered rule (for tests and the ``rules`` command)."""
    _load_rule_modules()
    return list(_REGISTERED)


_loaded = False


def _load_rule_modules() -> None:
    """Import the rule modules once; importing registers their functions."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib

    for name in (
        "validator.rules.common",
        "validator.apis.create_coupon_stock.rules",
        "validator.apis.product_coupon_create.rules",
        "validator.apis.shop_coupon_add.rules",
    ):
        importlib.import_module(name)
