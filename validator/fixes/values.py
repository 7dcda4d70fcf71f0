"""Text edits for findings on a loaded document: S002, U001, S007 and B007.

Each function turns one finding into at most one ``TextEdit`` on the original text, found
through the position map (``validator.json.positions``), or into nothing when the repair is not
certain. The rules of "certain" are the point of this module, so each function's docstring says
which cases it leaves alone and why. Every edit replaces exactly the token (or member) the
finding is about: the rest of the text, its indentation and line endings, stays as it was.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from validator.apis import spec_for
from validator.apis.product_coupon_create import unwrap_body
from validator.apis.product_coupon_create.unwrap import WRAPPER
from validator.finding import Finding, Span
from validator.fixes.syntax import TextEdit
from validator.json.lexer import line_starts
from validator.json.loader import LoadedDocument
from validator.json.pointer import last_token, parent, resolve, split
from validator.json.positions import PositionMap
from validator.rules.common import MILLISECONDS_FROM, PLAUSIBLE_FROM, PLAUSIBLE_UNTIL
from validator.schema import Node, compiled

#: Integers beyond 2**53 are not exact as IEEE doubles, which is how most JSON consumers
#: (JavaScript, many Java and Go decoders into float64) read numbers: no fix writes one.
_EXACT_INTEGER_LIMIT = 2**53
_MISSING = object()


class Located:
    """A loaded, valid document with the few facts the fixers need about it."""

    def __init__(self, text: str, loaded: LoadedDocument, api: str | None) -> None:
        self.text = text
        self.value: dict[str, Any] = loaded.value
        self.api = api
        self._loaded = loaded
        self._line_starts: list[int] | None = None

    @property
    def positions(self) -> PositionMap:
        """Built on first use: most findings are ruled out before their place is needed (the
        text report asks the fixers about every finding of a fixable code)."""
        return self._loaded.positions()

    def offsets(self, span: Span | None) -> tuple[int, int] | None:
        """A span (1-based lines, code-point columns) as ``text`` offsets."""
        if span is None:
            return None
        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        start = self._line_starts[span.line - 1] + span.column - 1
        end = self._line_starts[span.end_line - 1] + span.end_column - 1
        return start, end

    def value_offsets(self, pointer: str) -> tuple[int, int] | None:
        return self.offsets(self.positions.value_span(pointer))

    def key_offsets(self, pointer: str) -> tuple[int, int] | None:
        return self.offsets(self.positions.key_span(pointer))

    def wrapped(self) -> dict[str, Any] | None:
        """The obsolete ``coupon_info`` object, if this API's transform unwraps it and the
        document has one (product-coupon-create)."""
        if self.api is None or spec_for(self.api).transform is not unwrap_body:
            return None
        inner = self.value.get(WRAPPER)
        return inner if isinstance(inner, dict) else None

    def effective_pointer(self, pointer: str) -> str:
        """The pointer the schema knows: ``/coupon_info/x/…`` is ``/x/…`` after unwrapping
        (the engine checks a wrapped body as if unwrapped), unless ``x`` also exists outside
        and the inner copy is ignored."""
        inner = self.wrapped()
        prefix = "/" + WRAPPER
        if inner is None or not pointer.startswith(prefix):
            return pointer
        if pointer == prefix:
            return ""
        if not pointer.startswith(prefix + "/"):
            return pointer
        first = split(pointer)[1]
        if first in self.value:
            return pointer
        return pointer[len(prefix) :]

    def node(self, pointer: str) -> Node | None:
        """The compiled schema node that checks the value at ``pointer`` (None if unknown)."""
        if self.api is None:
            return None
        node: Node | None = compiled(self.api).root
        for token in split(self.effective_pointer(pointer)):
            if node is None:
                return None
            if token.isdigit() and node.items is not None:
                node = node.items
            else:
                node = node.properties.get(token)
        return node


# -- S002 --------------------------------------------------------------------------------------


def is_money(node: Node) -> bool:
    """Amount fields carry the schema hint "amounts are integer fen: 9.9 yuan is 990" (or a
    variant naming yuan); their floats are never rewritten."""
    return node.hint is not None and "yuan" in node.hint


def whole_float(doc: Located, finding: Finding) -> TextEdit | None:
    """S002: ``100.0`` or ``1e2`` where an integer is expected becomes ``100``.

    Only when all of this holds: the value is a float literal whose exact decimal value is a
    whole number (``Decimal`` of the token, so ``100.0000000000000001`` is not rounded into
    one); it is at most 2**53 in size; the field's schema type is integer; the integer passes
    the field's hard bounds (enum, minimum, maximum, multipleOf); and the field is not an
    amount of money. Why not money: a float amount may have been meant in yuan (``10.0`` for
    ten yuan is 1000 fen), and writing it as ``10`` would silence the only sign of that. The
    S002 message of such a value already names both readings. A value with a fraction
    (``9.9``) is never touched either: there is no integer it obviously means.
    """
    value = resolve(doc.value, finding.pointer, _MISSING)
    if type(value) is not float or not math.isfinite(value):
        return None
    node = doc.node(finding.pointer)
    if node is None or node.types is None or "integer" not in node.types or is_money(node):
        return None
    where = doc.value_offsets(finding.pointer)
    if where is None:
        return None
    token = doc.text[where[0] : where[1]]
    try:
        exact = Decimal(token)
    except InvalidOperation:
        return None
    if not exact.is_finite() or exact != exact.to_integral_value():
        return None
    number = int(exact)
    if abs(number) > _EXACT_INTEGER_LIMIT or not _within_bounds(node, number):
        return None
    return TextEdit(
        where[0], where[1], str(number), "S002", finding.pointer, f"wrote {token} as {number}"
    )


def _within_bounds(node: Node, number: int) -> bool:
    if node.enum is not None and not any(type(a) is int and a == number for a in node.enum):
        return False
    if node.minimum is not None and number < node.minimum:
        return False
    if node.maximum is not None and number > node.maximum:
        return False
    return not (node.multiple_of is not None and number % node.multiple_of)


# -- U001 --------------------------------------------------------------------------------------


def milliseconds(doc: Located, finding: Finding) -> TextEdit | None:
    """U001: a millisecond timestamp becomes seconds by integer division by 1000.

    The sub-second part is dropped (``1610523300173`` → ``1610523300``), not rounded: both APIs
    take whole seconds, so the milliseconds cannot be sent at all, and truncation is what every
    conversion does (``Math.floor(Date.now() / 1000)``, ``time.time()`` → ``int``). Two fields
    that were equal in milliseconds stay equal, and a field in seconds compared with one in
    milliseconds (B004) compares as the sender meant.

    Only when the result is a plausible time (2015-01-01 to 2100-01-01, the U002 range): a
    value of 1e11 divided by 1000 is 1973, and a 16-digit value is microseconds, for which
    dividing by 1000 would be wrong. Such values are left for a person.
    """
    value = resolve(doc.value, finding.pointer, _MISSING)
    if type(value) is not int or value < MILLISECONDS_FROM:
        return None
    seconds = value // 1000
    if not PLAUSIBLE_FROM <= seconds <= PLAUSIBLE_UNTIL:
        return None
    where = doc.value_offsets(finding.pointer)
    if where is None or doc.text[where[0] : where[1]] != str(value):
        return None
    return TextEdit(
        where[0],
        where[1],
        str(seconds),
        "U001",
        finding.pointer,
        f"milliseconds {value} to seconds {seconds}",
    )


# -- S007 --------------------------------------------------------------------------------------


def wrong_case(doc: Located, finding: Finding) -> TextEdit | None:
    """S007: a member name that differs from a known one only in case gets the real name.

    ``start_Time`` → ``start_time`` when exactly one known member of that object matches it
    case-insensitively, no other member of the object spells the same name in another case,
    and the real member is absent from the object (for the members of ``coupon_info``: absent
    from the unwrapped body, so renaming never creates a duplicate). Misspellings beyond case
    (``star_time``) are left alone: the closest name is only a guess.
    """
    name = last_token(finding.pointer)
    holder_pointer = parent(finding.pointer)
    holder = resolve(doc.value, holder_pointer, _MISSING)
    if not isinstance(holder, dict) or name not in holder:
        return None
    node = doc.node(holder_pointer)
    if node is None or not node.closed:
        return None
    folded = name.casefold()
    matches = [known for known in node.properties if known.casefold() == folded]
    if len(matches) != 1 or matches[0] == name:
        return None
    real = matches[0]
    siblings = set(holder)
    inner = doc.wrapped()
    if inner is not None and holder_pointer == "/" + WRAPPER:
        siblings |= set(doc.value)  # coupon_info's members end up beside the top level's
    elif inner is not None and holder_pointer == "":
        siblings |= set(inner)
    if real in siblings or sum(1 for s in siblings if s.casefold() == folded) != 1:
        return None
    where = doc.key_offsets(finding.pointer)
    if where is None:
        return None
    return TextEdit(
        where[0],
        where[1],
        json.dumps(real, ensure_ascii=False),
        "S007",
        finding.pointer,
        f"renamed {name} to {real}",
    )


# -- B007 --------------------------------------------------------------------------------------


def unwrap_coupon_info(doc: Located, finding: Finding) -> TextEdit | None:
    """B007: move the members of ``coupon_info`` to the top level and drop the wrapper.

    Only when the wrapper is an object and none of its members already exists at the top
    level: then the result is exactly the body the validator already checked (it checks a
    wrapped body as if unwrapped), with every member in the same order, at the wrapper's
    place. When a member exists in both places, which one the sender meant is a choice the
    tool does not make.

    The moved text is re-indented by the difference between the wrapper's members and the
    top-level members (whatever the file uses: two spaces, four, tabs). A wrapper written on
    one line is moved as it is.
    """
    inner = doc.wrapped()
    if inner is None or finding.pointer != "/" + WRAPPER:
        return None
    if any(name in doc.value for name in inner):
        return None
    key = doc.key_offsets(finding.pointer)
    value = doc.value_offsets(finding.pointer)
    if key is None or value is None:
        return None
    text = doc.text
    members = text[value[0] + 1 : value[1] - 1]
    if not inner:
        start, end = _member_extent(text, key[0], value[1])
        return TextEdit(start, end, "", "B007", finding.pointer, "removed the empty coupon_info")
    body = _reindent(members, _indent_of_line(text, key[0]))
    count = len(inner)
    what = f"moved the {count} member{'s' if count != 1 else ''} of coupon_info to the top level"
    return TextEdit(key[0], value[1], body, "B007", finding.pointer, what)


def _indent_of_line(text: str, offset: int) -> str:
    line_start = text.rfind("\n", 0, offset) + 1
    end = line_start
    while end < offset and text[end] in " \t":
        end += 1
    return text[line_start:end]


def _reindent(members: str, outer: str) -> str:
    """The members' text, trimmed, with each line's wrapper indentation replaced by ``outer``.

    JSON strings cannot hold a raw line break, so every line break in ``members`` is between
    tokens and every line's leading blanks are indentation.
    """
    body = members.strip(" \t\r\n")
    first_break = members.find("\n")
    if first_break < 0 or members[:first_break].strip(" \t\r"):
        return body  # one line, or members starting on the brace's line: keep as written
    rest = members[first_break + 1 :]
    indent = rest[: len(rest) - len(rest.lstrip(" \t"))]
    if not indent:
        return body
    lines = body.split("\n")
    for index in range(1, len(lines)):
        if lines[index].startswith(indent):
            lines[index] = outer + lines[index][len(indent) :]
    return "\n".join(lines)


def _member_extent(text: str, key_start: int, value_end: int) -> tuple[int, int]:
    """What to delete to remove one member: the member and one adjacent comma."""
    after = value_end
    while after < len(text) and text[after] in " \t\r\n":
        after += 1
    if text[after : after + 1] == ",":
        after += 1
        while after < len(text) and text[after] in " \t\r\n":
            after += 1
        return key_start, after
    before = key_start
    while before > 0 and text[before - 1] in " \t\r\n":
        before -= 1
    if text[before - 1 : before] == ",":
        return before - 1, value_end
    return before, value_end
