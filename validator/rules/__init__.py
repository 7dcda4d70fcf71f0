"""Rule functions: what a JSON Schema cannot say (comparisons, time, units, consistency).

Each rule is one small function registered with ``@rule(...)``, whose keyword arguments are also
the rule's catalogue entry: severity, name, summary, explanation, status, sources and the
failing and passing examples (see ``validator.catalogue.model.describe``). So a rule is read in
one place, and a function cannot exist without its entry. The function only decides *whether*
and *where* the rule fires, through a ``RuleContext`` that knows which values are usable (a value
with a wrong type, an unknown enum value, a millisecond or implausible timestamp is not). Rules
never compute positions and never raise on odd input: every value they read comes through the
context's typed getters.

The rule modules are ``validator.rules.common`` (the U-codes of every API) and the ``rules``
module of each API package of ``validator.apis.APIS`` (which may import sibling modules of its
own). They are imported on first use, in that order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from validator.catalogue.model import describe
from validator.rules.context import RuleContext

RuleFunction = Callable[[RuleContext], None]

#: Rules that run before the API rules because they decide which values are usable
#: (U001/U002 make a timestamp unusable), and rules that run after them.
EARLY, NORMAL, LATE = 0, 1, 2


class RegisteredRule:
    """A rule function with its code, API (None: every API) and phase.

    ``prefix`` is where the rule's API sits in the document being checked: ``""`` for the
    document's own API, the mount's pointer for a body that another API carries (a rule of
    busifavor-stock-create runs for create-coupon-stock under ``/coupon_data``). The engine
    hands such a rule a context that adds the prefix (``RuleContext.under``), so the rule is
    written once, with pointers from its own body's root.

    A plain class: a dataclass would make every run import ``dataclasses`` and build the class.
    """

    __slots__ = ("api", "carried", "code", "function", "phase", "prefix")

    def __init__(
        self,
        code: str,
        api: str | None,
        phase: int,
        function: RuleFunction,
        prefix: str = "",
        carried: bool = True,
    ) -> None:
        self.code = code
        self.api = api
        self.phase = phase
        self.function = function
        self.prefix = prefix
        #: Whether the rule also runs where another API carries its API's body.
        self.carried = carried

    def __repr__(self) -> str:
        mounted = f", prefix={self.prefix!r}" if self.prefix else ""
        return f"RegisteredRule({self.code!r}, {self.api!r}, {self.phase!r}{mounted})"


_REGISTERED: list[RegisteredRule] = []
#: ``rules_for`` per API, computed on first use: the engine asks once per document.
_BY_API: dict[str, tuple[RegisteredRule, ...]] = {}


def rule(*, phase: int = NORMAL, **entry: Any) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function and describe its code in the catalogue.

    ``entry`` are the keyword arguments of ``validator.catalogue.model.describe``: ``code``,
    ``api`` (the function runs for this API only; None: every API), ``severity``, ``name``,
    ``summary``, ``explanation``, ``status``, ``sources``, ``fail``, ``passing``, ``fix`` and
    ``carried`` (False: the function does not run where another API carries its API's body);
    a missing or unknown one fails at import. ``phase`` is ``EARLY``, ``NORMAL`` or ``LATE``;
    within a phase, rules run in the order they were registered, which decides which of two
    findings at one pointer comes first.
    """
    info = describe(**entry)
    return reports(info.code, api=info.api, phase=phase, carried=info.carried)


def reports(
    code: str, *, api: str | None, phase: int = NORMAL, carried: bool = True
) -> Callable[[RuleFunction], RuleFunction]:
    """Register a rule function for a code whose entry is written elsewhere.

    For an API whose rule function reports a shared code that is described once, where the code
    belongs: an S-code of ``validator.catalogue.schema_rules`` for a bound the API's JSON Schema
    has no keyword for. Every other rule function uses ``rule``, so its entry sits beside it.
    ``carried`` as for ``rule``.
    """

    def register(function: RuleFunction) -> RuleFunction:
        _REGISTERED.append(RegisteredRule(code, api, phase, function, carried=carried))
        _BY_API.clear()
        return function

    return register


def rules_for(api: str) -> list[RegisteredRule]:
    """The rules that apply to one API, in phase order, registration order within a phase.

    They are the rules of every API (U-codes), the API's own, and the own rules of each body
    it mounts (``ApiSpec.mount``, followed through nested mounts), those with the mount's
    pointer as their ``prefix``.
    """
    _load_rule_modules()
    selected = _BY_API.get(api)
    if selected is None:
        chosen = [r for r in _REGISTERED if r.api in (None, api)]
        for mounted, prefix in _mounts(api):
            chosen += [
                RegisteredRule(r.code, r.api, r.phase, r.function, prefix)
                for r in _REGISTERED
                if r.api == mounted and r.carried
            ]
        ordered = sorted(chosen, key=lambda r: r.phase)
        selected = _BY_API[api] = tuple(ordered)
    return list(selected)


def _mounts(api: str) -> list[tuple[str, str]]:
    """(API id, pointer) of every body that ``api`` carries, nested mounts included."""
    from validator.apis import spec_for

    found = []
    mount, prefix = spec_for(api).mount, ""
    while mount is not None:
        prefix += mount.prefix
        found.append((mount.api, prefix))
        mount = spec_for(mount.api).mount
    return found


def all_rules() -> list[RegisteredRule]:
    """Every registered rule (for tests and the catalogue)."""
    _load_rule_modules()
    return list(_REGISTERED)


def rule_modules() -> list[str]:
    """The modules that register rules, in import order: the U-codes, then one per API."""
    from validator.apis import APIS

    return ["validator.rules.common", *(f"{spec.package}.rules" for spec in APIS)]


_loaded = False


def _load_rule_modules() -> None:
    """Import the rule modules once; importing registers their functions."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib

    for name in rule_modules():
        importlib.import_module(name)
