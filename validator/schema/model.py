"""The compiled form of a schema: plain objects the walker reads without interpreting JSON.

A ``Node`` is one schema location with every keyword turned into an attribute, and with the
lookup tables the walker needs (``prepare``) computed once: documents are many, schema nodes
are few. A ``Conditional`` is one ``allOf`` entry of the conditional form, and a ``ThenNode``
its ``then`` side. ``CleanSpec`` says when a scalar is certainly clean, which both the walker
(as a closure) and the generated fast path (as inline source) use to skip it.

These are plain classes, not dataclasses: a dataclass is built by generating and compiling its
methods at import time, which every run would pay for. The identity equality stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from validator.schema.values import PYTHON_TYPES, escape_token, scalar_key


class SchemaError(Exception):
    """A shipped schema uses something the evaluator does not understand (a bug, not input)."""


class Conditional:
    """One ``allOf`` entry: when ``condition`` holds, ``then`` reports ``code``."""

    __slots__ = ("code", "condition", "if_required", "if_tests", "message", "then", "trigger")

    def __init__(
        self,
        condition: Callable[[dict[str, Any]], bool],
        then: ThenNode,
        code: str,
        message: str | None,
        trigger: str | None,
        if_required: tuple[str, ...] = (),
        if_tests: tuple[tuple[str, tuple[Any, ...]], ...] = (),
    ) -> None:
        self.condition = condition
        self.then = then
        self.code = code
        self.message = message
        self.trigger = trigger
        #: The ``if`` as data (required names; member → allowed values), for ``switch_table``.
        self.if_required = if_required
        self.if_tests = if_tests


class ThenNode:
    """The ``then`` side of a conditional, linked to the base node at the same place."""

    __slots__ = ("base", "children", "forbidden", "names", "owes_when_absent", "required")

    def __init__(
        self,
        base: Node | None,
        required: tuple[str, ...] = (),
        forbidden: tuple[str, ...] = (),
        children: dict[str, ThenNode] | None = None,
    ) -> None:
        self.base = base
        self.required = required
        self.forbidden = forbidden
        self.children: dict[str, ThenNode] = {} if children is None else children
        #: Set by ``prepare`` once the children are known: the members to visit, required
        #: ones first, each with its pointer token, and whether an absent object here owes
        #: anything.
        self.names: tuple[tuple[str, str], ...] = ()
        self.owes_when_absent = False

    def prepare(self) -> None:
        """Derive ``names`` (each with its pointer token) and ``owes_when_absent``."""
        ordered = {**dict.fromkeys(self.required), **dict.fromkeys(self.children)}
        self.names = tuple((name, "/" + escape_token(name)) for name in ordered)
        self.owes_when_absent = self.reports_something_when_absent()

    def reports_something_when_absent(self) -> bool:
        """True when an absent object here would still owe required members."""
        return bool(self.required) or any(
            child.reports_something_when_absent() for child in self.children.values()
        )


class Node:
    """One compiled schema location. Every attribute is None/empty when the keyword is absent."""

    __slots__ = (
        "accepts", "checks_number", "checks_string", "clean", "closed", "conditionals",
        "date_time", "enum", "enum_hints", "enum_keys", "hint", "items", "max_items",
        "max_length", "maximum", "members", "min_items", "min_length", "minimum", "multiple_of",
        "pattern", "pattern_text", "properties", "required", "shape", "soft", "switch", "types",
        "unique", "unknown_hints",
    )  # fmt: skip

    def __init__(self) -> None:
        self.types: tuple[str, ...] | None = None
        self.enum: tuple[Any, ...] | None = None
        self.enum_hints: dict[str, str] = {}
        self.minimum: float | None = None
        self.maximum: float | None = None
        self.multiple_of: int | None = None
        self.min_length: int | None = None
        self.max_length: int | None = None
        self.pattern: re.Pattern[str] | None = None
        self.pattern_text: str | None = None
        self.date_time = False
        self.shape: Shape | None = None
        self.min_items: int | None = None
        self.max_items: int | None = None
        self.soft: dict[str, int] = {}
        self.unique = False
        self.hint: str | None = None
        self.items: Node | None = None
        self.properties: dict[str, Node] = {}
        self.required: tuple[str, ...] = ()
        self.closed = False
        self.unknown_hints: dict[str, str] = {}
        self.conditionals: list[Conditional] = []
        # Derived by ``prepare`` from the keywords above, so the walker does one lookup where
        # it would otherwise loop or call: documents are many, schema nodes are few.
        self.accepts: frozenset[type] | None = None
        self.enum_keys: frozenset[Any] | None = None
        self.members: dict[str, tuple[Node, str, Callable[[Any], bool] | None]] = {}
        self.clean: Callable[[Any], bool] | None = None
        self.switch: tuple[str, dict[tuple[type, Any], tuple[Conditional, ...]]] | None = None
        self.checks_number = False
        self.checks_string = False

    def prepare(self) -> None:
        """Derive the walker's lookup tables; call once the keywords are all set."""
        if self.types is not None:
            self.accepts = frozenset().union(*(PYTHON_TYPES[t] for t in self.types))
        if self.enum is not None:
            keys = [scalar_key(allowed) for allowed in self.enum]
            self.enum_keys = None if None in keys else frozenset(keys)
        self.switch = switch_table(self.conditionals)
        self.checks_number = (
            self.minimum is not None
            or self.maximum is not None
            or self.multiple_of is not None
            or "minimum" in self.soft
            or "maximum" in self.soft
        )
        self.checks_string = (
            self.min_length is not None
            or self.max_length is not None
            or "minLength" in self.soft
            or self.date_time
            or self.pattern is not None
            or self.shape is not None
        )
        self.clean = clean_test(self)
        # Children are prepared before their parent (and a $defs node before its users).
        self.members = {
            name: (child, "/" + escape_token(name), child.clean)
            for name, child in self.properties.items()
        }


class Shape:
    """An ``x-shape``: the form a string member should have, checked as a warning.

    Some members hold a value of a well-known form that no official text gives a pattern for: an
    image or page URL, a WeChat appid. A value of another form is usually a placeholder copied
    from a documentation example ("图片 cdn 地址", "miniappid") that reaches a real request body.
    Since the form is only INFERRED, breaking it is a warning (its own code), never S006, and the
    value stays usable. An empty string is left to the length bounds (S005, S009).
    """

    __slots__ = ("clean", "code", "pattern", "text")

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        #: The pattern as a JSON Schema would write it (ECMA-262), for documentation.
        self.text = text
        body = text.removeprefix("^").removesuffix("$")
        self.pattern = re.compile(f"^{body}\\Z")
        #: Matches exactly the values that get no finding: the shape, or the empty string.
        self.clean = re.compile(f"^(?:{body})?\\Z")


#: The values of ``x-shape``: the code a value of another form gets, and the form.
SHAPES: dict[str, tuple[str, str]] = {
    # An absolute http(s) URL: a scheme, a host without spaces or slashes, no space after it.
    "url": ("S010", r"^https?://[^\s/]+\S*$"),
    # A WeChat appid: "wx" and 16 lower-case hexadecimal digits, the form of every published one.
    "appid": ("S011", r"^wx[0-9a-f]{16}$"),
}
_SHAPES_BUILT: dict[str, Shape] = {}


def shape(name: str) -> Shape:
    """The ``Shape`` of an ``x-shape`` value, its patterns compiled on first use (a run of an
    API without shapes never compiles them); ``KeyError`` for an unknown value."""
    built = _SHAPES_BUILT.get(name)
    if built is None:
        built = _SHAPES_BUILT[name] = Shape(*SHAPES[name])
    return built


class CleanSpec:
    """When a scalar at a node is certainly clean: ``Walker.value`` would find nothing in it.

    ``kind`` is ``int`` or ``str``. ``allowed`` (an enum) excludes the bounds; ``low``/``high``
    combine the hard and the soft (``x-soft``) bounds, since crossing either one is reported.
    For strings they bound ``len``, and ``pattern`` and ``shape`` (``Shape.clean``) must match
    too. A plain class rather than a dataclass: building a dataclass costs start-up time on
    every run.
    """

    __slots__ = ("allowed", "high", "kind", "low", "pattern", "shape", "step")

    def __init__(
        self,
        kind: type,
        allowed: frozenset[Any] | None = None,
        low: int | None = None,
        high: int | None = None,
        step: int | None = None,
        pattern: re.Pattern[str] | None = None,
        shape: re.Pattern[str] | None = None,
    ) -> None:
        self.kind = kind
        self.allowed = allowed
        self.low = low
        self.high = high
        self.step = step
        self.pattern = pattern
        self.shape = shape


def clean_spec(node: Node) -> CleanSpec | None:
    """The node's ``CleanSpec``, for the common shapes only (typed integers and strings with
    bounds, a pattern or an enum); None means "always walk". Being conservative is safe: a
    value that fails the test is walked as before, which reports whatever is wrong."""
    if node.accepts is None or node.items is not None or node.properties or node.conditionals:
        return None
    if node.accepts == PYTHON_TYPES["integer"]:
        return _integer_spec(node)
    if node.accepts == PYTHON_TYPES["string"] and not node.date_time:
        return _string_spec(node)
    return None


def _integer_spec(node: Node) -> CleanSpec | None:
    if node.enum is not None:
        if node.minimum is not None or node.maximum is not None or node.multiple_of is not None:
            return None
        if node.soft or not all(type(a) is int for a in node.enum):
            return None
        return CleanSpec(int, allowed=frozenset(node.enum))
    lows = [b for b in (node.minimum, node.soft.get("minimum")) if b is not None]
    highs = [b for b in (node.maximum, node.soft.get("maximum")) if b is not None]
    step = node.multiple_of
    if not all(type(b) is int for b in (*lows, *highs)):
        return None
    if step is not None and (type(step) is not int or step <= 0):
        return None
    low = max(lows) if lows else None
    high = min(highs) if highs else None
    return CleanSpec(int, low=low, high=high, step=step)


def _string_spec(node: Node) -> CleanSpec | None:
    if node.enum is not None:
        if node.min_length is not None or node.max_length is not None or node.soft:
            return None
        if node.pattern is not None or node.shape is not None:
            return None
        if not all(type(a) is str for a in node.enum):
            return None
        return CleanSpec(str, allowed=frozenset(node.enum))
    lows = [b for b in (node.min_length, node.soft.get("minLength")) if b is not None]
    low = max(lows) if lows else None
    shape = None if node.shape is None else node.shape.clean
    return CleanSpec(str, low=low, high=node.max_length, pattern=node.pattern, shape=shape)


def clean_test(node: Node) -> Callable[[Any], bool] | None:
    """``CleanSpec`` as a closure: one call replaces the walk through ``value`` and
    ``number``/``string`` for the many plain, valid scalars of a document."""
    spec = clean_spec(node)
    if spec is None:
        return None
    kind, allowed = spec.kind, spec.allowed
    if allowed is not None:
        return lambda value: type(value) is kind and value in allowed
    low, high, step, pattern, shape = spec.low, spec.high, spec.step, spec.pattern, spec.shape
    if kind is int:
        return lambda value: (
            type(value) is int
            and (low is None or value >= low)
            and (high is None or value <= high)
            and (step is None or value % step == 0)
        )
    return lambda value: (
        type(value) is str
        and (low is None or len(value) >= low)
        and (high is None or len(value) <= high)
        and (pattern is None or pattern.search(value) is not None)
        and (shape is None or shape.search(value) is not None)
    )


def switch_table(
    conditionals: list[Conditional],
) -> tuple[str, dict[tuple[type, Any], tuple[Conditional, ...]]] | None:
    """A dispatch table for the usual shape of an object's conditionals, else None.

    When every ``if`` is "member M is required and equals one of these scalars" for the same
    M (the schemas' type and valid_type matrices), the conditionals that hold for an object
    are found with one dict lookup on ``(type(value[M]), value[M])`` instead of a call per
    conditional: the key matches exactly when ``same_trigger`` does. Each table entry keeps the
    conditionals in schema order, which is the order the findings must come in.
    """
    if not conditionals:
        return None
    member = conditionals[0].trigger
    table: dict[tuple[type, Any], list[Conditional]] = {}
    for conditional in conditionals:
        if conditional.if_required != (member,) or len(conditional.if_tests) != 1:
            return None
        name, allowed = conditional.if_tests[0]
        if name != member:
            return None
        for value in allowed:
            if scalar_key(value) is None:
                return None
            entry = table.setdefault((type(value), value), [])
            if conditional not in entry:
                entry.append(conditional)
    assert member is not None
    return member, {key: tuple(entry) for key, entry in table.items()}
