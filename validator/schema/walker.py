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
from validator.schema import messages as m
from validator.schema.messages import describe_name, number_text
from validator.schema.model import Conditional, Node, ThenNode
from validator.schema.values import UNSEEN, all_distinct, duplicate_key, json_equal, scalar_key
from validator.text import Template, Text


def _date_time(text: str) -> Any:
    """``rfc3339.parse``, imported on first use: only some APIs have date-times, and the module
    (with ``calendar``) costs a one-file run of the others a noticeable share of its time.
    Once imported, the module's ``parse`` replaces this function, so later calls skip the
    import statement."""
    global _date_time
    from validator.rfc3339 import parse

    _date_time = parse
    return parse(text)


def _sentence(english: str, **params: Any) -> Text:
    """A sentence of a schema file (``validator.schema.texts.text``), its table imported on
    first use: only a finding needs it. The import then replaces this function."""
    global _sentence
    from validator.schema.texts import text

    _sentence = text
    return text(english, **params)


def _answers(api: str, code: str, pointer: str, value: Any, *, absent: bool) -> list[Text]:
    """``validator.schema.answers.answers``, imported on the first finding, as ``_sentence``."""
    global _answers
    from validator.schema.answers import answers

    _answers = answers
    return answers(api, code, pointer, value, absent=absent)


#: A hint as the ``{more}`` of a message, made once per sentence and shared (``m.fragment``).
_HINT_CLAUSES: dict[str, Text] = {}


def _hint_clause(english: str) -> Text:
    clause = _HINT_CLAUSES.get(english)
    if clause is None:
        clause = _HINT_CLAUSES[english] = m.MORE(clause=_sentence(english), more="")
    return clause


#: ``type_name`` of a string, boolean, object or array, made once per type (``m.fragment``).
_KINDS: dict[type, Any] = {}


def _kind(value: Any) -> Any:
    kind = _KINDS.get(type(value))
    if kind is None:
        kind = _KINDS[type(value)] = type_name(value)
    return kind


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

    def __init__(self, result: SchemaResult, api: str | None = None) -> None:
        self.findings = result.findings
        self.unusable = result.unusable
        #: The API whose body is walked: its findings name the server answers the catalogue
        #: records for them (``validator.schema.answers``); None names none.
        self.api = api

    def emit(
        self,
        code: str,
        pointer: str,
        template: Template,
        params: dict[str, Any],
        node: Node | None = None,
        value: Any = UNSEEN,
        *,
        extra: Text | None = None,
        absent: bool = False,
        hint: bool = True,
    ) -> None:
        """Record one finding: ``template`` with ``params``, and after it in its ``{more}``
        slot the ``extra`` clause (a repair, a did-you-mean, a specific hint), the node's
        ``x-hint`` (it ends every S-message about its value, unless ``hint`` is False because
        ``extra`` already says it) and the server answers recorded for the case. ``value`` is
        the value at ``pointer``, or with ``absent`` (a missing member) the object it is
        missing from."""
        more: Text | str = ""
        if self.api is not None:
            for answer in reversed(_answers(self.api, code, pointer, value, absent=absent)):
                more = m.MORE(clause=answer, more=more)
        if node is not None and node.hint and hint:
            if more == "":
                more = _hint_clause(node.hint)
            else:
                more = m.MORE(clause=_sentence(node.hint), more=more)
        if extra is not None:
            more = m.MORE(clause=extra, more=more)
        message = template(**params, more=more)
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
        params = {"name": describe_name(pointer), "expected": m.expected_types(node.types)}
        if isinstance(value, str):
            template = m.WRONG_STRING
            params.update(kind=_kind(value), value=show(value))
        elif value is None:
            template = m.WRONG_NULL
        elif isinstance(value, (bool, dict, list)):
            template = m.WRONG_KIND
            params["kind"] = _kind(value)
        else:
            template = m.WRONG_TYPE
            params["value"] = show(value)
        repair = None
        hint = True
        if type(value) is float and "integer" in node.types and math.isfinite(value):
            money = bool(node.hint and "yuan" in node.hint)
            repair = m.float_repair(value, money=money) or None
            if money and m.reads_as_yuan(value):
                # "if it means 9.9 yuan, write 990 (fen)" says all the generic sentence says
                # ("amounts are integer fen: 9.9 yuan is 990"); a longer hint still follows.
                from validator.schema.texts import TEXTS

                hint = node.hint != TEXTS["schema.hint.fen"]
        self.unusable.add(pointer)
        self.emit("S002", pointer, template, params, node, value, extra=repair, hint=hint)

    def not_in_enum(self, node: Node, value: Any, pointer: str) -> None:
        assert node.enum is not None
        allowed = ", ".join(str(show(a)) for a in node.enum)
        params = {"name": describe_name(pointer), "value": show(value), "allowed": allowed}
        extra = None
        specific = node.enum_hints.get(json.dumps(value, ensure_ascii=False))
        if specific:
            extra = _sentence(specific)
        elif isinstance(value, str):
            suggestion = closest(value, [a for a in node.enum if isinstance(a, str)])
            if suggestion:
                extra = m.fragment(m.DID_YOU_MEAN, suggestion=suggestion)
        self.unusable.add(pointer)
        self.emit("S003", pointer, m.NOT_IN_ENUM, params, node, value, extra=extra)

    def number(self, node: Node, value: float, pointer: str) -> None:
        broken = []
        if node.minimum is not None and value < node.minimum:
            broken.append((m.BELOW, number_text(node.minimum)))
        if node.maximum is not None and value > node.maximum:
            broken.append((m.ABOVE, number_text(node.maximum)))
        if node.multiple_of is not None and value % node.multiple_of:
            broken.append((m.NOT_MULTIPLE, number_text(node.multiple_of)))
        if broken:
            problems = m.problems(*broken)
            params = {"name": describe_name(pointer), "value": show(value), "problems": problems}
            self.emit("S004", pointer, m.OUT_OF_RANGE, params, node, value)
            return
        soft_min, soft_max = node.soft.get("minimum"), node.soft.get("maximum")
        if soft_min is not None and value < soft_min:
            params = {"name": describe_name(pointer), "value": show(value), "bound": soft_min}
            self.emit("S009", pointer, m.SOFT_BELOW, params, node, value)
        elif soft_max is not None and value > soft_max:
            params = {"name": describe_name(pointer), "value": show(value), "bound": soft_max}
            self.emit("S009", pointer, m.SOFT_ABOVE, params, node, value)

    def string(self, node: Node, value: str, pointer: str) -> None:
        length = len(value)
        too_short = node.min_length is not None and length < node.min_length
        too_long = node.max_length is not None and length > node.max_length
        if too_short or too_long:
            if too_short:
                bound = m.fragment(m.AT_LEAST, bound=node.min_length)
            else:
                bound = m.fragment(m.AT_MOST, bound=node.max_length)
            noun = m.fragment(m.CHARACTER if length == 1 else m.CHARACTERS)
            params = {"name": describe_name(pointer), "count": length, "noun": noun, "bound": bound}
            self.emit("S005", pointer, m.LENGTH, params, node, value)
            if value == "":
                return
        elif node.soft.get("minLength") is not None and length < node.soft["minLength"]:
            self.emit("S009", pointer, m.SOFT_EMPTY, {"name": describe_name(pointer)}, node, value)
        shape = node.shape  # a warning on a non-empty value of the right length only
        sized = value and not (too_short or too_long)
        if shape is not None and sized and shape.pattern.search(value) is None:
            params = {"name": describe_name(pointer), "value": show(value)}
            self.emit(shape.code, pointer, m.shape_template(shape.code), params, node, value)
        if node.date_time and _date_time(value) is None:
            self.unusable.add(pointer)
            example = "" if node.hint else m.fragment(m.DATE_TIME_EXAMPLE)
            params = {"name": describe_name(pointer), "value": show(value), "example": example}
            self.emit("S006", pointer, m.NOT_DATE_TIME, params, node, value)
        elif node.pattern is not None and node.pattern.search(value) is None:
            self.unusable.add(pointer)
            params = {
                "name": describe_name(pointer),
                "value": show(value),
                "pattern": node.pattern_text,
            }
            self.emit("S006", pointer, m.NO_MATCH, params, node, value)

    def array(self, node: Node, value: list[Any], pointer: str) -> None:
        count = len(value)
        if node.min_items is not None and count < node.min_items:
            bound = m.fragment(m.AT_LEAST, bound=node.min_items)
            params = {"name": describe_name(pointer), "count": count, "bound": bound}
            self.emit("S005", pointer, m.ITEMS, params, node, value)
        elif node.max_items is not None and count > node.max_items:
            bound = m.fragment(m.AT_MOST, bound=node.max_items)
            params = {"name": describe_name(pointer), "count": count, "bound": bound}
            self.emit("S005", pointer, m.ITEMS, params, node, value)
        elif node.soft.get("minItems") is not None and count < node.soft["minItems"]:
            params = {
                "name": describe_name(pointer),
                "count": count,
                "bound": node.soft["minItems"],
            }
            self.emit("S009", pointer, m.SOFT_ITEMS, params, node, value)
        if node.unique and not all_distinct(value):
            name = describe_name(pointer)
            seen: dict[Any, int] = {}
            for index, item in enumerate(value):
                key = duplicate_key(item)
                if key in seen:
                    params = {"value": show(item), "name": name, "first": seen[key]}
                    self.emit("S008", join(pointer, index), m.DUPLICATE, params, None, item)
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
                if pointer:
                    template, params = (
                        m.MISSING_IN,
                        {"name": name, "parent": describe_name(pointer)},
                    )
                else:
                    template, params = m.MISSING, {"name": name}
                child = node.properties.get(name)
                missing = join(pointer, name)
                self.emit("S001", missing, template, params, child, value, absent=True)
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
        extra = None
        if hint:
            extra = _sentence(hint)
        else:
            suggestion = closest(name, node.properties)
            if suggestion:
                extra = m.fragment(m.DID_YOU_MEAN, suggestion=suggestion)
        self.emit("S007", join(pointer, name), m.UNKNOWN, {"name": name}, extra=extra)

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
        trigger = conditional.trigger or ""
        trigger_value = show(owner.get(trigger)) if trigger and trigger in owner else ""
        params = {"member": member, "value": trigger_value, "trigger": trigger}
        if conditional.message:
            message = _sentence(conditional.message, pointer=pointer, **params)
        elif present:
            message = m.IGNORED_WHEN(**params)
        else:
            message = m.REQUIRES(**params)
        if self.api is not None:
            for answer in _answers(self.api, conditional.code, pointer, UNSEEN, absent=not present):
                message = m.CLAUSE(message=message, clause=answer)
        self.findings.append(Finding(conditional.code, pointer, message))
