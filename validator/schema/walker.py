"""Evaluation: walk a document once against a compiled schema, producing findings.

Each keyword of a ``Node`` maps to one S-code (or, for an ``allOf`` conditional, to the rule
code the entry carries), with one finding per real problem: a value of the wrong type (S002),
not in its enum (S003) or not matching its pattern or format (S006) is *unusable*, gets no other
S-code, and is recorded in ``SchemaResult.unusable`` so that the rules leave it alone. Only the
highest missing member is reported, and a member that is unknown (S007) is not looked into.

``Walker``'s methods are its public interface: the generated fast path
(``validator.schema.fast``) calls ``value``, ``object``, ``unknown``, ``conditionals`` and
``then`` wherever a value is not certainly clean.
"""

from __future__ import annotations

import json
import math
from typing import Any

from validator.finding import Finding
from validator.json.pointer import join
from validator.json.show import show, type_name
from validator.policy.suggest import closest
from validator.schema.messages import (
    TYPE_WORDS,
    describe_name,
    float_repair,
    number_text,
    shape_message,
)
from validator.schema.model import Conditional, Node, ThenNode
from validator.schema.values import all_distinct, duplicate_key, json_equal, scalar_key


def _date_time(text: str) -> Any:
    """``rfc3339.parse``, imported on first use: only some APIs have date-times, and the module
    (with ``calendar``) costs a one-file run of the others a noticeable share of its time.
    Once imported, the module's ``parse`` replaces this function, so later calls skip the
    import statement."""
    global _date_time
    from validator.rfc3339 import parse

    _date_time = parse
    return parse(text)


class SchemaResult:
    """Findings, and the pointers whose values are unusable (S002, S003, S006): a rule reading
    a document must not draw conclusions from a value the schema already rejected."""

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


class Walker:
    """Walks values against nodes and appends what it finds to one ``SchemaResult``.

    Every method is public and takes the node, the value and its pointer, so a caller that has
    already established part of the answer (the generated fast path) can hand over exactly the
    rest, and the findings come out as if the walker had done everything.
    """

    def __init__(self, result: SchemaResult) -> None:
        self.findings = result.findings
        self.unusable = result.unusable

    def emit(self, code: str, pointer: str, message: str, node: Node | None = None) -> None:
        """Record one finding; the node's ``x-hint`` ends every S-message about its value."""
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
                allowed = scalar_key(value) in node.enum_keys
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
        expected = " or ".join(TYPE_WORDS[t] for t in node.types)
        message = f"{describe_name(pointer)} must be {expected}, got {show(value)}"
        if isinstance(value, (str, bool, dict, list)) or value is None:
            message = f"{describe_name(pointer)} must be {expected}, got {type_name(value)}"
            if isinstance(value, str):
                message += f" {show(value)}"
        if type(value) is float and "integer" in node.types and math.isfinite(value):
            message += float_repair(value, money=bool(node.hint and "yuan" in node.hint))
        self.unusable.add(pointer)
        self.emit("S002", pointer, message, node)

    def not_in_enum(self, node: Node, value: Any, pointer: str) -> None:
        assert node.enum is not None
        allowed = ", ".join(show(a) for a in node.enum)
        message = f"{describe_name(pointer)} {show(value)} is not one of {allowed}"
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
            problems.append(f"is below {number_text(node.minimum)}")
        if node.maximum is not None and value > node.maximum:
            problems.append(f"is above {number_text(node.maximum)}")
        if node.multiple_of is not None and value % node.multiple_of:
            problems.append(f"is not a multiple of {number_text(node.multiple_of)}")
        if problems:
            name = describe_name(pointer)
            self.emit("S004", pointer, f"{name} {show(value)} {' and '.join(problems)}", node)
            return
        soft_min, soft_max = node.soft.get("minimum"), node.soft.get("maximum")
        if soft_min is not None and value < soft_min:
            name = describe_name(pointer)
            self.emit(
                "S009",
                pointer,
                f"{name} {show(value)} is below the expected minimum {soft_min}",
                node,
            )
        elif soft_max is not None and value > soft_max:
            name = describe_name(pointer)
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
            name = describe_name(pointer)
            bound = f"at least {node.min_length}" if too_short else f"at most {node.max_length}"
            noun = "character" if length == 1 else "characters"
            self.emit("S005", pointer, f"{name} has {length} {noun}; {bound} (code points)", node)
            if value == "":
                return
        elif node.soft.get("minLength") is not None and length < node.soft["minLength"]:
            self.emit("S009", pointer, f"{describe_name(pointer)} is empty; give it a value", node)
        shape = node.shape  # a warning on a non-empty value of the right length only
        sized = value and not (too_short or too_long)
        if shape is not None and sized and shape.pattern.search(value) is None:
            message = shape_message(shape.code, describe_name(pointer), show(value))
            self.emit(shape.code, pointer, message, node)
        if node.date_time and _date_time(value) is None:
            name = describe_name(pointer)
            self.unusable.add(pointer)
            message = f"{name} {show(value)} is not an RFC 3339 date-time"
            if not node.hint:
                message += " like 2030-04-01T00:00:00+08:00"
            self.emit("S006", pointer, message, node)
        elif node.pattern is not None and node.pattern.search(value) is None:
            name = describe_name(pointer)
            self.unusable.add(pointer)
            self.emit(
                "S006", pointer, f"{name} {show(value)} does not match {node.pattern_text}", node
            )

    def array(self, node: Node, value: list[Any], pointer: str) -> None:
        count = len(value)
        if node.min_items is not None and count < node.min_items:
            name = describe_name(pointer)
            self.emit("S005", pointer, f"{name} has {count} items; at least {node.min_items}", node)
        elif node.max_items is not None and count > node.max_items:
            name = describe_name(pointer)
            self.emit("S005", pointer, f"{name} has {count} items; at most {node.max_items}", node)
        elif node.soft.get("minItems") is not None and count < node.soft["minItems"]:
            name = describe_name(pointer)
            self.emit(
                "S009",
                pointer,
                f"{name} has {count} items; expected at least {node.soft['minItems']}",
                node,
            )
        if node.unique and not all_distinct(value):
            name = describe_name(pointer)
            seen: dict[Any, int] = {}
            for index, item in enumerate(value):
                key = duplicate_key(item)
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
                where = f" in {describe_name(pointer)}" if pointer else ""
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
        member = describe_name(pointer)
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
