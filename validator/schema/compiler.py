"""Compile the shipped JSON Schemas into a fast evaluator that speaks S-codes.

Why not hand the documents to ``jsonschema``: its errors come as a cascade (every failed
``if/then``, every ``oneOf`` branch), with no notion of "the highest missing member", of a value
that is unusable after a type error, of warnings, or of a rule code per conditional. Mapping
that cascade back to one finding per real problem is fragile, and it costs milliseconds per
document. The schemas use a small, documented subset of draft 2020-12 (``schemas/README.md``);
this module compiles that subset into plain Python objects once per process and walks each
document once. ``jsonschema`` stays the reference: a test checks the files against the
meta-schema and that both engines accept and reject the same documents.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from validator.apis import API_IDS
from validator.finding import Finding
from validator.json.pointer import join
from validator.json.show import show, type_name
from validator.policy.suggest import closest

_DOC_KEYWORDS = {"$schema", "$id", "$defs", "$comment", "title", "description", "examples"}
_VALUE_KEYWORDS = {
    "type", "enum", "const", "minimum", "maximum", "multipleOf", "minLength", "maxLength",
    "pattern", "format", "minItems", "maxItems", "items", "properties", "required",
    "additionalProperties", "allOf", "$ref",
    "x-soft", "x-unique", "x-hint", "x-enum-hints", "x-unknown-hints",
}  # fmt: skip
_SOFT_KEYWORDS = {"minimum", "maximum", "minLength", "minItems"}
_CONDITIONAL_KEYWORDS = {"if", "then", "x-code", "x-message", "$comment"}
_THEN_KEYWORDS = {"required", "properties", "$comment", "description"}

_TYPE_WORDS = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "boolean": "true or false",
    "number": "a number",
}


class SchemaError(Exception):
    """A shipped schema uses something the evaluator does not understand (a bug, not input)."""


# --------------------------------------------------------------------------------------------
# Loading


def schema_text(api: str) -> str:
    """The JSON text of one API's schema, from the installed package (never the CWD).

    The files are looked up next to this module with ``os.path``: ``importlib.resources``
    would find the same files, but importing it (zipfile, tempfile, pathlib…) costs more than
    a one-file run spends on everything else. It stays the fallback for a zipped install.
    """
    if api not in API_IDS:
        raise KeyError(api)
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    packaged = os.path.join(package, "_schemas", f"{api}.json")
    if not os.path.isfile(packaged):
        # Source checkout or editable install: the schemas sit beside the package.
        here = os.path.dirname(os.path.realpath(__file__))
        source = os.path.join(here, os.pardir, os.pardir, "schemas")
        packaged = os.path.join(source, f"{api}.json")
    if os.path.isfile(packaged):
        with open(packaged, encoding="utf-8") as stream:
            return stream.read()
    from importlib import resources

    return resources.files("validator").joinpath("_schemas", f"{api}.json").read_text("utf-8")


def load_raw(api: str) -> dict[str, Any]:
    """One API's schema as a dict."""
    return json.loads(schema_text(api))


@cache
def compiled(api: str) -> CompiledSchema:
    """The compiled schema of an API, built once per process."""
    return CompiledSchema(load_raw(api))


# --------------------------------------------------------------------------------------------
# Value helpers


def json_type_ok(value: Any, expected: str) -> bool:
    """rules.md §1.5: a float is never an integer, a boolean never a number, null never valid."""
    if expected == "integer":
        return type(value) is int
    if expected == "string":
        return type(value) is str
    if expected == "object":
        return type(value) is dict
    if expected == "array":
        return type(value) is list
    if expected == "boolean":
        return type(value) is bool
    if expected == "number":
        return type(value) in (int, float)
    raise SchemaError(f"unknown type {expected!r}")


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality: ``1`` is not ``true`` and a string never equals a number."""
    if type(a) is bool or type(b) is bool:
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return a == b


def _hashable(value: Any) -> Any:
    """A key under which JSON-equal values collide (for S008 duplicate detection)."""
    if type(value) is bool:
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("num", value)
    if isinstance(value, str):
        return ("str", value)
    return ("json", json.dumps(value, sort_keys=True))


def _date_time(text: str) -> Any:
    """``rfc3339.parse``, imported on first use: only create-coupon-stock has date-times, and
    the module (with ``calendar``) costs a one-file run of the other APIs ~7 ms to import."""
    from validator import rfc3339

    return rfc3339.parse(text)


def _all_distinct(items: list[Any]) -> bool:
    """True only when no two items share a ``_hashable`` key, tested in C with a set.

    Items with equal keys are equal in Python too, so a set of them would be smaller; a set
    that is smaller for another reason (``1`` and ``True`` collide in Python, not in JSON) or
    unhashable items (objects, arrays) just mean the exact loop runs.
    """
    try:
        return len(set(items)) == len(items)
    except TypeError:
        return False


def _describe_name(pointer: str) -> str:
    """The member name a message talks about: the last token, or ``name[2]`` for an item."""
    tokens = pointer.rsplit("/", 2)
    last = tokens[-1].replace("~1", "/").replace("~0", "~")
    if last.isdigit() and len(tokens) > 2:
        return f"{tokens[-2].replace('~1', '/').replace('~0', '~')}[{last}]"
    return last or "the document"


def _number(value: float | int) -> str:
    return str(value) if isinstance(value, int) or not value.is_integer() else str(int(value))


#: JSON type name → the Python types ``json_type_ok`` accepts for it (exact types, no
#: subclasses: ``bool`` is not an integer), so the walker tests a type with one set lookup.
_PYTHON_TYPES: dict[str, frozenset[type]] = {
    "object": frozenset({dict}),
    "array": frozenset({list}),
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "number": frozenset({int, float}),
}


def _scalar_key(value: Any) -> tuple[int, Any] | None:
    """A key under which two scalars collide exactly when ``json_equal`` says they are equal.

    Numbers share one class (``1 == 1.0`` in JSON, and Python hashes them alike), a boolean
    is never a number, and containers have no key: they equal no scalar.
    """
    kind = type(value)
    if kind is bool:
        return (1, value)
    if kind is int or kind is float:
        return (2, value)
    if kind is str:
        return (3, value)
    if value is None:
        return (4, None)
    return None


class CleanSpec:
    """When a scalar at a node is certainly clean: ``_Walker.value`` would find nothing in it.

    ``kind`` is ``int`` or ``str``. ``allowed`` (an enum) excludes the bounds; ``low``/``high``
    combine the hard and the soft (``x-soft``) bounds, since crossing either one is reported.
    For strings they bound ``len`` and ``pattern`` must match too. A plain class rather than a
    dataclass: building a dataclass costs start-up time on every run.
    """

    __slots__ = ("allowed", "high", "kind", "low", "pattern", "step")

    def __init__(
        self,
        kind: type,
        allowed: frozenset[Any] | None = None,
        low: int | None = None,
        high: int | None = None,
        step: int | None = None,
        pattern: re.Pattern[str] | None = None,
    ) -> None:
        self.kind = kind
        self.allowed = allowed
        self.low = low
        self.high = high
        self.step = step
        self.pattern = pattern


def clean_spec(node: Node) -> CleanSpec | None:
    """The node's ``CleanSpec``, for the common shapes only (typed integers and strings with
    bounds, a pattern or an enum); None means "always walk". Being conservative is safe: a
    value that fails the test is walked as before, which reports whatever is wrong."""
    if node.accepts is None or node.items is not None or node.properties or node.conditionals:
        return None
    if node.accepts == _PYTHON_TYPES["integer"]:
        return _integer_spec(node)
    if node.accepts == _PYTHON_TYPES["string"] and not node.date_time:
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
        if node.pattern is not None or not all(type(a) is str for a in node.enum):
            return None
        return CleanSpec(str, allowed=frozenset(node.enum))
    lows = [b for b in (node.min_length, node.soft.get("minLength")) if b is not None]
    low = max(lows) if lows else None
    return CleanSpec(str, low=low, high=node.max_length, pattern=node.pattern)


def _clean_test(node: Node) -> Callable[[Any], bool] | None:
    """``CleanSpec`` as a closure: one call replaces the walk through ``value`` and
    ``number``/``string`` for the many plain, valid scalars of a document."""
    spec = clean_spec(node)
    if spec is None:
        return None
    kind, allowed = spec.kind, spec.allowed
    if allowed is not None:
        return lambda value: type(value) is kind and value in allowed
    low, high, step, pattern = spec.low, spec.high, spec.step, spec.pattern
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
    )


def _escape_token(name: str) -> str:
    """``pointer.escape`` for a member name, without the call when there is nothing to escape."""
    if "~" in name or "/" in name:
        return name.replace("~", "~0").replace("/", "~1")
    return name


# --------------------------------------------------------------------------------------------
# Compiled nodes


# These are plain classes, not dataclasses: a dataclass is built by generating and compiling
# its methods at import time, which cost every run about 4 ms (a tenth of what a one-file run
# spends in this package). Attributes are what they were; the identity equality stays.


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
        #: The ``if`` as data (required names; member → allowed values), for ``_switch``.
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
        self.names = tuple((name, "/" + _escape_token(name)) for name in ordered)
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
        "pattern", "pattern_text", "properties", "required", "soft", "switch", "types",
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
            self.accepts = frozenset().union(*(_PYTHON_TYPES[t] for t in self.types))
        if self.enum is not None:
            keys = [_scalar_key(allowed) for allowed in self.enum]
            self.enum_keys = None if None in keys else frozenset(keys)
        self.switch = _switch(self.conditionals)
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
        )
        self.clean = _clean_test(self)
        # Children are prepared before their parent (and a $defs node before its users).
        self.members = {
            name: (child, "/" + _escape_token(name), child.clean)
            for name, child in self.properties.items()
        }


class _Compiler:
    """Turns schema dicts into Nodes, resolving ``#/$defs/…`` references once each."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.defs: dict[str, Any] = root.get("$defs", {})
        self.compiled_defs: dict[str, Node] = {}

    def node(self, schema: dict[str, Any], where: str) -> Node:
        if not isinstance(schema, dict):
            raise SchemaError(f"{where}: a schema must be an object")
        if "$ref" in schema:
            extra = set(schema) - {"$ref"} - _DOC_KEYWORDS
            if extra:
                raise SchemaError(f"{where}: $ref beside {sorted(extra)} is not supported")
            return self.ref(schema["$ref"], where)
        unknown = set(schema) - _VALUE_KEYWORDS - _DOC_KEYWORDS
        if unknown:
            raise SchemaError(f"{where}: unsupported keywords {sorted(unknown)}")
        node = Node()
        self._scalars(node, schema, where)
        if "items" in schema:
            node.items = self.node(schema["items"], f"{where}/items")
        for name, sub in schema.get("properties", {}).items():
            node.properties[name] = self.node(sub, f"{where}/properties/{name}")
        node.required = tuple(schema.get("required", ()))
        additional = schema.get("additionalProperties", True)
        if additional not in (True, False):
            raise SchemaError(f"{where}: additionalProperties must be true or false")
        node.closed = additional is False
        node.unknown_hints = dict(schema.get("x-unknown-hints", {}))
        for index, entry in enumerate(schema.get("allOf", ())):
            node.conditionals.append(self.conditional(entry, node, f"{where}/allOf/{index}"))
        node.prepare()
        return node

    def ref(self, ref: str, where: str) -> Node:
        if not ref.startswith("#/$defs/"):
            raise SchemaError(f"{where}: only #/$defs/ references are supported, not {ref}")
        name = ref[len("#/$defs/") :]
        if name not in self.compiled_defs:
            if name not in self.defs:
                raise SchemaError(f"{where}: {ref} is not defined")
            self.compiled_defs[name] = self.node(self.defs[name], f"#/$defs/{name}")
        return self.compiled_defs[name]

    def _scalars(self, node: Node, schema: dict[str, Any], where: str) -> None:
        if "type" in schema:
            types = schema["type"]
            node.types = (types,) if isinstance(types, str) else tuple(types)
            for name in node.types:
                if name not in _TYPE_WORDS:
                    raise SchemaError(f"{where}: unsupported type {name!r}")
        if "const" in schema:
            node.enum = (schema["const"],)
        if "enum" in schema:
            node.enum = tuple(schema["enum"])
        node.enum_hints = dict(schema.get("x-enum-hints", {}))
        node.minimum = schema.get("minimum")
        node.maximum = schema.get("maximum")
        node.multiple_of = schema.get("multipleOf")
        node.min_length = schema.get("minLength")
        node.max_length = schema.get("maxLength")
        node.min_items = schema.get("minItems")
        node.max_items = schema.get("maxItems")
        if "pattern" in schema:
            node.pattern_text = schema["pattern"]
            node.pattern = re.compile(_ecma_anchors(schema["pattern"]))
        if "format" in schema:
            if schema["format"] != "date-time":
                raise SchemaError(f"{where}: unsupported format {schema['format']!r}")
            node.date_time = True
        soft = dict(schema.get("x-soft", {}))
        if set(soft) - _SOFT_KEYWORDS:
            raise SchemaError(
                f"{where}: unsupported x-soft keys {sorted(set(soft) - _SOFT_KEYWORDS)}"
            )
        node.soft = soft
        node.unique = bool(schema.get("x-unique", False))
        node.hint = schema.get("x-hint")

    def conditional(self, entry: dict[str, Any], base: Node, where: str) -> Conditional:
        if set(entry) - _CONDITIONAL_KEYWORDS or not {"if", "then", "x-code"} <= set(entry):
            raise SchemaError(f"{where}: allOf entries must be {{if, then, x-code}}")
        condition, trigger = _predicate(entry["if"], where)
        then = self.then(entry["then"], base, f"{where}/then")
        if_schema = entry["if"]
        tests = tuple(
            (name, (sub["const"],) if "const" in sub else tuple(sub["enum"]))
            for name, sub in if_schema.get("properties", {}).items()
        )
        return Conditional(
            condition,
            then,
            entry["x-code"],
            entry.get("x-message"),
            trigger,
            tuple(if_schema.get("required", ())),
            tests,
        )

    def then(self, schema: Any, base: Node | None, where: str) -> ThenNode:
        if not isinstance(schema, dict) or set(schema) - _THEN_KEYWORDS:
            raise SchemaError(f"{where}: then may only use required and properties")
        node = ThenNode(base=base, required=tuple(schema.get("required", ())))
        forbidden = []
        for name, sub in schema.get("properties", {}).items():
            if sub is False:
                forbidden.append(name)
            else:
                child_base = base.properties.get(name) if base else None
                node.children[name] = self.then(sub, child_base, f"{where}/properties/{name}")
        node.forbidden = tuple(forbidden)
        node.prepare()
        return node


def _switch(
    conditionals: list[Conditional],
) -> tuple[str, dict[tuple[type, Any], tuple[Conditional, ...]]] | None:
    """A dispatch table for the usual shape of an object's conditionals, else None.

    When every ``if`` is "member M is required and equals one of these scalars" for the same
    M (the schemas' type and valid_type matrices), the conditionals that hold for an object
    are found with one dict lookup on ``(type(value[M]), value[M])`` instead of a call per
    conditional: the key matches exactly when ``_same`` does. Each table entry keeps the
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
            if _scalar_key(value) is None:
                return None
            entry = table.setdefault((type(value), value), [])
            if conditional not in entry:
                entry.append(conditional)
    assert member is not None
    return member, {key: tuple(entry) for key, entry in table.items()}


def _same(value: Any, allowed: Any) -> bool:
    """Equality for triggers: ``1.0`` never matches ``const: 1`` because a float in an integer
    field has S002 and is therefore not usable (rules.md §1.5)."""
    return type(value) is type(allowed) and value == allowed


def _float_repair(value: float, *, money: bool) -> str:
    """The repair a float in an integer field suggests. For money both readings are named,
    because 10.0 may be 10 fen or 10 yuan (1000 fen): the tool never guesses (issue 9)."""
    whole = value.is_integer()
    if money and abs(value) < 1e13 and abs(value * 100 - round(value * 100)) < 1e-6:
        yuan = f"if it means {_number(value)} yuan, write {round(value * 100)} (fen)"
        return f"; {yuan}" + (f", if it is already fen, write {_number(value)}" if whole else "")
    return f"; write {_number(value)} without a fraction" if whole else ""


def _ecma_anchors(pattern: str) -> str:
    """JSON Schema patterns are ECMA-262: ``$`` means the end of the string. In Python ``$``
    also matches before a final newline, so ``"Color010\\n"`` would pass; ``\\Z`` does not."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def _predicate(schema: Any, where: str) -> tuple[Callable[[dict[str, Any]], bool], str | None]:
    """Compile an ``if`` into a function of the object, and name its trigger member.

    Supported: ``required`` and ``properties`` whose members carry only ``const``/``enum``.
    ``const``/``enum`` imply the right type, so a condition never holds for an unusable value.
    """
    if not isinstance(schema, dict) or set(schema) - {"required", "properties"}:
        raise SchemaError(f"{where}/if: only required and properties with const/enum")
    required = tuple(schema.get("required", ()))
    tests: list[tuple[str, tuple[Any, ...]]] = []
    for name, sub in schema.get("properties", {}).items():
        if not isinstance(sub, dict) or set(sub) - {"const", "enum"} or len(sub) != 1:
            raise SchemaError(f"{where}/if/properties/{name}: only const or enum")
        tests.append((name, (sub["const"],) if "const" in sub else tuple(sub["enum"])))

    def holds(value: dict[str, Any]) -> bool:
        for name in required:
            if name not in value:
                return False
        for name, allowed in tests:
            if name in value and not any(_same(value[name], a) for a in allowed):
                return False
        return True

    trigger = tests[0][0] if tests else (required[0] if required else None)
    return holds, trigger


# --------------------------------------------------------------------------------------------
# Evaluation


class SchemaResult:
    """Findings, and the pointers whose values are unusable (S002, S003, S006; rules.md §1.5)."""

    __slots__ = ("findings", "unusable")

    def __init__(
        self, findings: list[Finding] | None = None, unusable: set[str] | None = None
    ) -> None:
        self.findings: list[Finding] = [] if findings is None else findings
        self.unusable: set[str] = set() if unusable is None else unusable

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SchemaResult):
            return NotImplemented
        return self.findings == other.findings and self.unusable == other.unusable

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return f"SchemaResult(findings={self.findings!r}, unusable={self.unusable!r})"


class CompiledSchema:
    """One API's compiled schema; ``evaluate`` walks a document once.

    After ``FAST_AFTER`` documents it generates ``validator.schema.fast``'s fast path, which
    hands the walker only what is not certainly clean: generating costs a few milliseconds,
    which a one-file run should not pay and a many-file run repays within a few dozen files.
    """

    FAST_AFTER = 32

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.root = _Compiler(raw).node(raw, "#")
        self._evaluated = 0
        self._fast: Callable[[dict[str, Any], str, _Walker], None] | None = None

    def evaluate(self, document: Any) -> SchemaResult:
        result = SchemaResult()
        walker = _Walker(result)
        fast = self._fast
        if fast is None and self._evaluated < self.FAST_AFTER:
            self._evaluated += 1
            if self._evaluated == self.FAST_AFTER:
                fast = self._fast = self.fast_path()
        if fast is not None and type(document) is dict:
            fast(document, "", walker)
        else:
            walker.value(self.root, document, "")
        return result

    def fast_path(self) -> Callable[[dict[str, Any], str, _Walker], None] | None:
        """The generated fast path for this schema (None if the root does not take objects)."""
        from validator.schema import fast as schema_fast

        return schema_fast.generate(self.root)


class _Walker:
    def __init__(self, result: SchemaResult) -> None:
        self.findings = result.findings
        self.unusable = result.unusable

    def emit(self, code: str, pointer: str, message: str, node: Node | None = None) -> None:
        if node is not None and node.hint:
            message = f"{message}; {node.hint}"
        self.findings.append(Finding(code, pointer, message, "key" if code == "S007" else "value"))

    def value(self, node: Node, value: Any, pointer: str) -> None:
        """Check one value; the type and enum tests are set lookups prepared by ``Node``."""
        kind = type(value)
        if node.accepts is not None and kind not in node.accepts:
            self.wrong_type(node, value, pointer)
            return
        if node.enum is not None:
            if node.enum_keys is not None:
                allowed = _scalar_key(value) in node.enum_keys
            else:
                allowed = any(json_equal(value, a) for a in node.enum)
            if not allowed:
                self.not_in_enum(node, value, pointer)
                return
        if kind is dict:
            self.object(node, value, pointer)
        elif kind is str:
            if node.checks_string:
                self.string(node, value, pointer)
        elif kind is int or kind is float:
            if node.checks_number:
                self.number(node, value, pointer)
        elif kind is list:
            self.array(node, value, pointer)

    # -- per type ---------------------------------------------------------------------------

    def wrong_type(self, node: Node, value: Any, pointer: str) -> None:
        assert node.types is not None
        expected = " or ".join(_TYPE_WORDS[t] for t in node.types)
        message = f"{_describe_name(pointer)} must be {expected}, got {show(value)}"
        if isinstance(value, (str, bool, dict, list)) or value is None:
            message = f"{_describe_name(pointer)} must be {expected}, got {type_name(value)}"
            if isinstance(value, str):
                message += f" {show(value)}"
        if type(value) is float and "integer" in node.types and math.isfinite(value):
            message += _float_repair(value, money=bool(node.hint and "yuan" in node.hint))
        self.unusable.add(pointer)
        self.emit("S002", pointer, message, node)

    def not_in_enum(self, node: Node, value: Any, pointer: str) -> None:
        assert node.enum is not None
        allowed = ", ".join(show(a) for a in node.enum)
        message = f"{_describe_name(pointer)} {show(value)} is not one of {allowed}"
        specific = node.enum_hints.get(json.dumps(value, ensure_ascii=False))
        if specific:
            message += f"; {specific}"
        elif isinstance(value, str):
            suggestion = closest(value, [a for a in node.enum if isinstance(a, str)])
            if suggestion:
                message += f"; did you mean {suggestion}?"
        self.unusable.add(pointer)
        self.emit("S003", pointer, message, node)

    def number(self, node: Node, value: float, pointer: str) -> None:
        problems = []
        if node.minimum is not None and value < node.minimum:
            problems.append(f"is below {_number(node.minimum)}")
        if node.maximum is not None and value > node.maximum:
            problems.append(f"is above {_number(node.maximum)}")
        if node.multiple_of is not None and value % node.multiple_of:
            problems.append(f"is not a multiple of {_number(node.multiple_of)}")
        if problems:
            name = _describe_name(pointer)
            self.emit("S004", pointer, f"{name} {show(value)} {' and '.join(problems)}", node)
            return
        soft_min, soft_max = node.soft.get("minimum"), node.soft.get("maximum")
        if soft_min is not None and value < soft_min:
            name = _describe_name(pointer)
            self.emit(
                "S009",
                pointer,
                f"{name} {show(value)} is below the expected minimum {soft_min}",
                node,
            )
        elif soft_max is not None and value > soft_max:
            name = _describe_name(pointer)
            self.emit(
                "S009",
                pointer,
                f"{name} {show(value)} is above the expected maximum {soft_max}",
                node,
            )

    def string(self, node: Node, value: str, pointer: str) -> None:
        length = len(value)
        too_short = node.min_length is not None and length < node.min_length
        too_long = node.max_length is not None and length > node.max_length
        if too_short or too_long:
            name = _describe_name(pointer)
            bound = f"at least {node.min_length}" if too_short else f"at most {node.max_length}"
            noun = "character" if length == 1 else "characters"
            self.emit("S005", pointer, f"{name} has {length} {noun}; {bound} (code points)", node)
            if value == "":
                return
        elif node.soft.get("minLength") is not None and length < node.soft["minLength"]:
            self.emit("S009", pointer, f"{_describe_name(pointer)} is empty; give it a value", node)
        if node.date_time and _date_time(value) is None:
            name = _describe_name(pointer)
            self.unusable.add(pointer)
            message = f"{name} {show(value)} is not an RFC 3339 date-time"
            if not node.hint:
                message += " like 2030-04-01T00:00:00+08:00"
            self.emit("S006", pointer, message, node)
        elif node.pattern is not None and node.pattern.search(value) is None:
            name = _describe_name(pointer)
            self.unusable.add(pointer)
            self.emit(
                "S006", pointer, f"{name} {show(value)} does not match {node.pattern_text}", node
            )

    def array(self, node: Node, value: list[Any], pointer: str) -> None:
        count = len(value)
        if node.min_items is not None and count < node.min_items:
            name = _describe_name(pointer)
            self.emit("S005", pointer, f"{name} has {count} items; at least {node.min_items}", node)
        elif node.max_items is not None and count > node.max_items:
            name = _describe_name(pointer)
            self.emit("S005", pointer, f"{name} has {count} items; at most {node.max_items}", node)
        elif node.soft.get("minItems") is not None and count < node.soft["minItems"]:
            name = _describe_name(pointer)
            self.emit(
                "S009",
                pointer,
                f"{name} has {count} items; expected at least {node.soft['minItems']}",
                node,
            )
        if node.unique and not _all_distinct(value):
            name = _describe_name(pointer)
            seen: dict[Any, int] = {}
            for index, item in enumerate(value):
                key = _hashable(item)
                if key in seen:
                    self.emit(
                        "S008",
                        join(pointer, index),
                        f"duplicate item {show(item)} in {name} (first at index {seen[key]})",
                    )
                else:
                    seen[key] = index
        if node.items is not None:
            items, clean = node.items, node.items.clean
            for index, item in enumerate(value):
                if clean is None or not clean(item):
                    self.value(items, item, f"{pointer}/{index}")

    def object(self, node: Node, value: dict[str, Any], pointer: str) -> None:
        for name in node.required:
            if name not in value:
                where = f" in {_describe_name(pointer)}" if pointer else ""
                self.emit(
                    "S001",
                    join(pointer, name),
                    f"missing required member {name}{where}",
                    node.properties.get(name),
                )
        members = node.members
        for name, member in value.items():
            known = members.get(name)
            if known is not None:
                child, token, clean = known
                if clean is None or not clean(member):
                    self.value(child, member, pointer + token)
            elif node.closed:
                self.unknown(node, name, pointer)
        if node.conditionals:
            self.conditionals(node, value, pointer)

    def conditionals(self, node: Node, value: dict[str, Any], pointer: str) -> None:
        """Apply every conditional of ``node`` whose ``if`` holds, in schema order."""
        if node.switch is not None:
            trigger, table = node.switch
            if trigger in value:
                found = value[trigger]
                try:
                    fired = table.get((type(found), found), ())
                except TypeError:  # an object or array: equal to no const or enum scalar
                    fired = ()
                for conditional in fired:
                    self.then(conditional, conditional.then, value, pointer, value)
            return
        for conditional in node.conditionals:
            if conditional.condition(value):
                self.then(conditional, conditional.then, value, pointer, value)

    def unknown(self, node: Node, name: str, pointer: str) -> None:
        hint = node.unknown_hints.get(name)
        message = f"unknown member {name}"
        if hint:
            message += f"; {hint}"
        else:
            suggestion = closest(name, node.properties)
            if suggestion:
                message += f"; did you mean {suggestion}?"
        self.emit("S007", join(pointer, name), message)

    def then(
        self,
        conditional: Conditional,
        then: ThenNode,
        value: dict[str, Any] | None,
        pointer: str,
        owner: dict[str, Any],
    ) -> None:
        """Apply a ``then``; ``value`` None means an absent optional object (counts as empty)."""
        children = then.children
        for name, token in then.names:
            child_then = children.get(name)
            if value is not None and name in value:
                member = value[name]
                if child_then is not None and type(member) is dict:
                    self.then(conditional, child_then, member, pointer + token, owner)
                continue
            if value is not None and then.base is not None and name in then.base.required:
                continue  # S001 already reports it (or a schema-required ancestor is absent)
            if child_then is not None and child_then.owes_when_absent:
                self.then(conditional, child_then, None, pointer + token, owner)
            elif name in then.required:
                self.conditional_finding(conditional, pointer + token, owner, present=False)
        if value is not None:
            for name in then.forbidden:
                if name in value:
                    self.conditional_finding(conditional, join(pointer, name), owner, present=True)

    def conditional_finding(
        self, conditional: Conditional, pointer: str, owner: dict[str, Any], *, present: bool
    ) -> None:
        member = _describe_name(pointer)
        trigger = conditional.trigger
        trigger_value = show(owner.get(trigger)) if trigger and trigger in owner else ""
        if conditional.message:
            message = conditional.message.format(
                member=member, value=trigger_value, pointer=pointer, trigger=trigger or ""
            )
        elif present:
            message = f"{member} is ignored when {trigger} is {trigger_value}; remove it"
        else:
            message = f"{trigger} {trigger_value} requires {member}; add it"
        self.findings.append(Finding(conditional.code, pointer, message))
