"""A generated fast path for the schema walker: plain Python source per object node.

Why: most documents of a large run are valid, and for a valid document the walker in
``validator.schema.walker`` spends its time on calls (``value`` → ``object`` → ``value`` →
``number`` for every member), not on checks. This module writes one function per object node of a
compiled schema, with the members' tests inlined (``type(member) is int and member >= 1``),
and compiles it once per process. It is used only after a few dozen documents
(``CompiledSchema.FAST_AFTER``), so a one-file run never pays for generating it.

It never reports anything itself, so it cannot report anything differently: wherever a value
is not certainly clean, it hands that value to the walker, which produces the findings exactly
as before. The generated function for a node is equivalent to ``Walker.object`` on it:

- a required member is absent → the whole object goes to ``Walker.object`` (S001 first, then
  everything else in the walker's order);
- members in document order: a scalar that passes its ``CleanSpec`` is skipped (the walker
  would find nothing in it); an object whose node walks objects goes to that node's generated
  function (induction); anything else goes to ``Walker.value``; an unknown member of a closed
  object goes to ``Walker.unknown``;
- then the conditionals, through ``Walker.conditionals``, as ``Walker.object`` ends.

``tests/schema/test_schema_fast.py`` checks both paths against each other on every fixture,
sample and registry example, and on mutated documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from validator.schema.model import Node, ThenNode, clean_spec
from validator.schema.values import PYTHON_TYPES, all_distinct

if TYPE_CHECKING:
    from validator.schema.walker import Walker

#: A generated function: checks a dict at a pointer, handing the walker what is not clean.
FastFunction = Callable[[dict[str, Any], str, "Walker"], None]


def walks_objects(node: Node) -> bool:
    """Whether ``Walker.value`` hands a dict at this node straight to ``Walker.object``."""
    return node.enum is None and (node.accepts is None or dict in node.accepts)


def _walks_arrays(node: Node) -> bool:
    """Whether ``Walker.value`` hands a list at this node straight to ``Walker.array``, and
    only a list (a node that also takes objects is left to the walker)."""
    return node.enum is None and node.accepts == PYTHON_TYPES["array"]


def generate(root: Node, shipped: str | None = None) -> FastFunction | None:
    """The fast function for ``root`` (called with a dict, its pointer and a walker), or None
    when the root does not walk objects.

    ``shipped`` names the API whose shipped schema ``root`` was compiled from: its source was
    compiled ahead of time (``validator.schema.shipped``), and that bytecode is used when it
    matches the source written here.
    """
    if not walks_objects(root):
        return None
    writer = _Writer()
    name = writer.function(root)
    namespace = dict(writer.constants)
    text = writer.source()
    code = None
    if shipped is not None:
        from validator.schema.shipped import code_for

        code = code_for(shipped, text)
    if code is None:
        code = compile(text, "<coupon-validator schema fast path>", "exec")
    exec(code, namespace)
    for table, entries in writer.tables.items():  # the functions exist only now
        namespace[table] = {key: namespace[function] for key, function in entries.items()}
    return namespace[name]


def source(root: Node) -> str:
    """The Python source ``generate`` compiles for ``root`` (to read it, and for the test that
    it calls nothing but the walker's public methods)."""
    writer = _Writer()
    writer.function(root)
    return writer.source()


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.constants: dict[str, Any] = {}
        self.names: dict[int, str] = {}  # id(node) → function name (shared $defs, recursion)
        # switch tables: name → {(type, value): name of the function applying what fires}
        self.tables: dict[str, dict[tuple[type, Any], str]] = {}

    def source(self) -> str:
        return "\n".join(self.lines) + "\n"

    def constant(self, value: Any) -> str:
        name = f"K{len(self.constants)}"
        self.constants[name] = value
        return name

    def function(self, node: Node) -> str:
        known = self.names.get(id(node))
        if known is not None:
            return known
        name = self.names[id(node)] = f"_object_{len(self.names)}"
        this = self.constant(node)
        body = [f"def {name}(value, pointer, walker):"]
        if node.required:
            present = " and ".join(f"{n!r} in value" for n in node.required)
            body += [
                f"    if not ({present}):",
                f"        walker.object({this}, value, pointer)",
                "        return",
            ]
        branches = []
        for member, (child, token, _) in node.members.items():
            branches.append((member, self.member(child, repr(token))))
        unknown = f"walker.unknown({this}, name, pointer)" if node.closed else None
        if len(branches) > self.CHAIN_UP_TO:
            body += self.dispatch(branches, unknown)
        elif branches or unknown:
            body.append("    for name, member in value.items():")
            keyword = "if"
            for member, lines in branches:
                body.append(f"        {keyword} name == {member!r}:")
                body += [f"            {line}" for line in lines]
                keyword = "elif"
            if unknown and branches:
                body += ["        else:", f"            {unknown}"]
            elif unknown:
                body.append(f"        {unknown}")
        body += self.conditionals(node, this)
        if len(body) == 1:
            body.append("    return")
        self.lines += [*body, ""]
        return name

    #: Up to this many known members, a chain of ``name == …`` tests finds a member's lines;
    #: beyond it, a chain costs more than one dict lookup and a few integer tests.
    CHAIN_UP_TO = 16

    def dispatch(self, branches: list[tuple[str, list[str]]], unknown: str | None) -> list[str]:
        """The member loop of an object with many known members: the name's index in the
        schema's order (one dict lookup), then a binary search over the index to its lines.
        The same lines run for the same names as in the chain, in document order."""
        index = self.constant({member: number for number, (member, _) in enumerate(branches)})
        lines = [
            "    for name, member in value.items():",
            f"        known = {index}.get(name)",
            "        if known is None:",
            f"            {unknown or 'continue'}",
            "        else:",
        ]
        return lines + self._search(branches, 0, len(branches), "            ")

    def _search(
        self, branches: list[tuple[str, list[str]]], low: int, high: int, indent: str
    ) -> list[str]:
        if high - low == 1:
            return [f"{indent}{line}" for line in branches[low][1]]
        middle = (low + high) // 2
        return [
            f"{indent}if known < {middle}:",
            *self._search(branches, low, middle, indent + "    "),
            f"{indent}else:",
            *self._search(branches, middle, high, indent + "    "),
        ]

    def conditionals(self, node: Node, this: str) -> list[str]:
        """``Walker.conditionals``: a switch whose entries call one generated function per
        trigger value, or the walker itself for other shapes of ``if``."""
        if not node.conditionals:
            return []
        if node.switch is None:
            return [f"    walker.conditionals({this}, value, pointer)"]
        trigger, table = node.switch
        name = f"T{len(self.tables)}"
        self.tables[name] = {key: self.fired(fired) for key, fired in table.items()}
        return [
            f"    if {trigger!r} in value:",
            f"        found = value[{trigger!r}]",
            "        try:",
            f"            fired = {name}.get((type(found), found))",
            "        except TypeError:",
            "            fired = None",
            "        if fired is not None:",
            "            fired(value, pointer, walker)",
        ]

    def fired(self, conditionals: tuple[Any, ...]) -> str:
        """One function applying every conditional that holds for one trigger value, in schema
        order, each ``then`` inlined (see ``then``)."""
        name = f"_fired_{len(self.names)}"
        self.names[id(conditionals)] = name
        body = [f"def {name}(value, pointer, walker):"]
        for conditional in conditionals:
            body += self.then(self.constant(conditional), conditional.then, "value", "pointer", 1)
        if len(body) == 1:
            body.append("    return")
        self.lines += [*body, ""]
        return name

    def then(
        self, conditional: str, then: ThenNode, value: str, pointer: str, depth: int
    ) -> list[str]:
        """Lines equivalent to ``Walker.then`` on the present object ``value`` at ``then``.

        When every member whose absence would be reported is present and no forbidden member
        is, the walker's loop can only recurse into the members' objects, so that is all these
        lines do (one level deeper for each); otherwise they hand the object to
        ``Walker.then`` from the start. The owner is always the function's ``value``.
        """
        indent = "    " * depth
        this = self.constant(then)
        base_required = then.base.required if then.base is not None else ()
        tests = []
        for member, _ in then.names:
            child = then.children.get(member)
            owes = member in then.required or (child is not None and child.owes_when_absent)
            if owes and member not in base_required:
                tests.append(f"{member!r} in {value}")
        tests += [f"{member!r} not in {value}" for member in then.forbidden]
        lines = []
        inner = indent
        if tests:
            lines.append(f"{indent}if {' and '.join(tests)}:")
            inner = indent + "    "
        body = []
        for member, token in then.names:
            child = then.children.get(member)
            if child is None:
                continue
            sub = f"m{depth}"
            sub_pointer = f"p{depth}"
            body += [
                f"{inner}{sub} = {value}.get({member!r})",
                f"{inner}if type({sub}) is dict:",
                f"{inner}    {sub_pointer} = {pointer} + {token!r}",
                *self.then(conditional, child, sub, sub_pointer, depth + 2 if tests else depth + 1),
            ]
        lines += body or [f"{inner}pass"]
        if tests:
            lines += [
                f"{indent}else:",
                f"{indent}    walker.then({conditional}, {this}, {value}, {pointer}, value)",
            ]
        return lines

    def member(self, child: Node, token: str) -> list[str]:
        """Lines that check ``member`` (a member value) against ``child``."""
        node = self.constant(child)
        walk = f"walker.value({node}, member, pointer + {token})"
        if walks_objects(child):
            function = self.function(child)
            return [
                "if type(member) is dict:",
                f"    {function}(member, pointer + {token}, walker)",
                "else:",
                f"    {walk}",
            ]
        if _walks_arrays(child):
            return self.array(child, token, walk)
        test = self.clean(child)
        if test is None:
            return [walk]
        return [f"if not ({test}):", f"    {walk}"]

    def array(self, child: Node, token: str, walk: str) -> list[str]:
        """Lines equivalent to ``Walker.array`` on ``member`` at ``child``: when the count is
        within every bound (hard and ``x-soft``) and the items are distinct where they must
        be, only the items remain, each checked like a member (an object item by its node's
        function, a clean scalar skipped, anything else to ``Walker.value``); otherwise the
        whole array goes to the walker, which reports in its own order."""
        tests = ["type(member) is list"]
        lows = [b for b in (child.min_items, child.soft.get("minItems")) if b is not None]
        if lows:
            tests.append(f"len(member) >= {max(lows)!r}")
        if child.max_items is not None:
            tests.append(f"len(member) <= {child.max_items!r}")
        if child.unique:
            tests.append(f"{self.constant(all_distinct)}(member)")
        lines = [f"if {' and '.join(tests)}:"]
        items = child.items
        if items is None:
            lines.append("    pass")
        else:
            node = self.constant(items)
            item_walk = f'walker.value({node}, item, f"{{base}}/{{index}}")'
            lines += [
                f"    base = pointer + {token}",
                "    for index, item in enumerate(member):",
            ]
            if walks_objects(items):
                function = self.function(items)
                lines += [
                    "        if type(item) is dict:",
                    f'            {function}(item, f"{{base}}/{{index}}", walker)',
                    "        else:",
                    f"            {item_walk}",
                ]
            else:
                test = self.clean(items, "item")
                if test is None:
                    lines.append(f"        {item_walk}")
                else:
                    lines += [f"        if not ({test}):", f"            {item_walk}"]
        return [*lines, "else:", f"    {walk}"]

    def clean(self, child: Node, var: str = "member") -> str | None:
        """``CleanSpec`` as an inline expression over the variable ``var``."""
        spec = clean_spec(child)
        if spec is None:
            if child.enum is None and child.accepts == PYTHON_TYPES["boolean"]:
                return f"type({var}) is bool"  # ``Walker.value`` checks nothing else in one
            return self.date_time(child, var)
        kind = "int" if spec.kind is int else "str"
        parts = [f"type({var}) is {kind}"]
        if spec.allowed is not None:
            parts.append(f"{var} in {self.constant(spec.allowed)}")
            return " and ".join(parts)
        measure = var if spec.kind is int else f"len({var})"
        if spec.low is not None:
            parts.append(f"{measure} >= {spec.low!r}")
        if spec.high is not None:
            parts.append(f"{measure} <= {spec.high!r}")
        if spec.step is not None:
            parts.append(f"{var} % {spec.step!r} == 0")
        if spec.pattern is not None:
            parts.append(f"{self.constant(spec.pattern)}.search({var}) is not None")
        if spec.shape is not None:
            parts.append(f"{self.constant(spec.shape)}.search({var}) is not None")
        return " and ".join(parts)

    def date_time(self, child: Node, var: str) -> str | None:
        """The test that a ``format: date-time`` string is clean, as an inline expression over
        ``var``, or None for another node.

        ``Walker.string`` on such a node checks the length bounds (hard and ``x-soft``), the
        ``x-shape``, then the date-time itself, and not the ``pattern`` (the format already says
        more). Most date-times of a run are well-formed, so testing them here, with the same
        ``rfc3339.parse`` the walker and the rules use (whose memo the rules then hit), spares
        the walker's calls; a value that fails goes to the walker, which reports it.
        """
        if not child.date_time or child.accepts != PYTHON_TYPES["string"]:
            return None
        if child.enum is not None or child.items is not None:
            return None
        if child.properties or child.conditionals:
            return None
        from validator.rfc3339 import parse  # only a schema with date-times gets here

        parts = [f"type({var}) is str"]
        lows = [b for b in (child.min_length, child.soft.get("minLength")) if b is not None]
        if lows:
            parts.append(f"len({var}) >= {max(lows)!r}")
        if child.max_length is not None:
            parts.append(f"len({var}) <= {child.max_length!r}")
        if child.shape is not None:
            parts.append(f"{self.constant(child.shape.clean)}.search({var}) is not None")
        parts.append(f"{self.constant(parse)}({var}) is not None")
        return " and ".join(parts)
