"""Compile JSON Schema documents into ``Node`` trees the walker evaluates.

Why not hand the documents to ``jsonschema``: its errors come as a cascade (every failed
``if/then``, every ``oneOf`` branch), with no notion of "the highest missing member", of a value
that is unusable after a type error, of warnings, or of a rule code per conditional. Mapping
that cascade back to one finding per real problem is fragile, and it costs milliseconds per
document. The schemas use a small, documented subset of draft 2020-12 (``schemas/README.md``);
this module compiles that subset into plain Python objects once per process, and anything
outside it is refused here, so a keyword is never silently ignored. ``jsonschema`` stays the
reference: a test checks the files against the meta-schema and that both engines accept and
reject the same documents.

References (``$ref``, within a file and between the shipped files) and the keywords that may
override a referenced schema are resolved by ``validator.schema.refs``, whose docstring gives
their forms and meaning; every referenced location is compiled once and its ``Node`` shared.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from validator.schema.messages import TYPE_WORDS
from validator.schema.model import SHAPES, Conditional, Node, SchemaError, ThenNode, shape
from validator.schema.refs import DOC_KEYWORDS, Registry, Resource, overrides
from validator.schema.values import same_trigger

_VALUE_KEYWORDS = {
    "type", "enum", "const", "minimum", "maximum", "multipleOf", "minLength", "maxLength",
    "pattern", "format", "minItems", "maxItems", "items", "properties", "required",
    "additionalProperties", "allOf", "$ref",
    "x-soft", "x-unique", "x-hint", "x-enum-hints", "x-unknown-hints", "x-shape",
}  # fmt: skip
_SOFT_KEYWORDS = {"minimum", "maximum", "minLength", "minItems"}
_CONDITIONAL_KEYWORDS = {"if", "then", "x-code", "x-message", "$comment"}
_THEN_KEYWORDS = {"required", "properties", "$comment", "description"}


class Compiler:
    """Turns one document (and what it refers to) into Nodes, each location compiled once."""

    def __init__(self, registry: Registry, root: Resource) -> None:
        self.registry = registry
        self.root = root
        #: id(schema dict) → its node: a location reached inline and through references, or
        #: through several references, is compiled once. The ids stay unique because every
        #: dict stays alive: the registry holds the documents, ``effective`` the overrides'.
        self.compiled: dict[int, Node] = {}
        self.compiling: set[int] = set()
        self.effective: list[dict[str, Any]] = []

    def compile(self) -> Node:
        """The root node of the document."""
        return self.node(self.root.contents, "#", self.root)

    def node(self, schema: dict[str, Any], where: str, resource: Resource) -> Node:
        """The node of ``schema``, a subschema written in ``resource`` (at ``where``)."""
        key = id(schema)
        node = self.compiled.get(key)
        if node is not None:
            return node
        if not isinstance(schema, dict):
            raise SchemaError(f"{where}: a schema must be an object")
        if key in self.compiling:
            raise SchemaError(f"{where} refers to itself (recursion is not supported)")
        self.compiling.add(key)
        if "$id" in schema and schema is not resource.contents:
            embedded = self.registry.embedded(schema)
            if embedded is None:
                raise SchemaError(f"{where}: $id only at the root of a document or a $defs entry")
            resource = embedded
        if "$ref" not in schema:
            node = self._keywords(schema, where, resource)
        elif overrides(schema):
            effective = self.registry.effective(schema, resource, where)
            self.effective.append(effective)
            node = self._keywords(effective, where, resource)
        else:
            node = self.ref(schema["$ref"], where, resource)
        self.compiled[key] = node
        self.compiling.discard(key)
        return node

    def _keywords(self, schema: dict[str, Any], where: str, resource: Resource) -> Node:
        """A node from a schema without ``$ref``."""
        unknown = set(schema) - _VALUE_KEYWORDS - DOC_KEYWORDS
        if unknown:
            raise SchemaError(f"{where}: unsupported keywords {sorted(unknown)}")
        node = Node()
        self._scalars(node, schema, where)
        if "items" in schema:
            node.items = self.node(schema["items"], f"{where}/items", resource)
        node.required = tuple(schema.get("required", ()))
        additional = schema.get("additionalProperties", True)
        if additional not in (True, False):
            raise SchemaError(f"{where}: additionalProperties must be true or false")
        node.closed = additional is False
        for name, sub in schema.get("properties", {}).items():
            if sub is False:
                self._removed(node, name, where)
            else:
                node.properties[name] = self.node(sub, f"{where}/properties/{name}", resource)
        node.unknown_hints = dict(schema.get("x-unknown-hints", {}))
        for index, entry in enumerate(schema.get("allOf", ())):
            node.conditionals.append(self.conditional(entry, node, f"{where}/allOf/{index}"))
        node.prepare()
        return node

    def _removed(self, node: Node, name: str, where: str) -> None:
        """A ``false`` member: reported as unknown (S007), so only a closed object may have
        one, and it cannot be required."""
        if not node.closed:
            raise SchemaError(
                f"{where}/properties/{name}: false needs additionalProperties: false beside it"
            )
        if name in node.required:
            raise SchemaError(f"{where}/properties/{name}: false, but required")

    def ref(self, ref: str, where: str, resource: Resource) -> Node:
        """The node of a referenced location."""
        target = self.registry.resolve(ref, resource, where)
        at = "#" + target.pointer
        if target.resource is not self.root:
            at = (target.resource.file or target.resource.uri) + at
        return self.node(target.schema, at, target.resource)

    def _scalars(self, node: Node, schema: dict[str, Any], where: str) -> None:
        if "type" in schema:
            types = schema["type"]
            node.types = (types,) if isinstance(types, str) else tuple(types)
            for name in node.types:
                if name not in TYPE_WORDS:
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
        if "x-shape" in schema:
            if schema["x-shape"] not in SHAPES:
                raise SchemaError(f"{where}: unknown x-shape {schema['x-shape']!r}")
            if node.types != ("string",):
                raise SchemaError(f"{where}: x-shape needs type string beside it")
            node.shape = shape(schema["x-shape"])

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
            if name in value and not any(same_trigger(value[name], a) for a in allowed):
                return False
        return True

    trigger = tests[0][0] if tests else (required[0] if required else None)
    return holds, trigger
