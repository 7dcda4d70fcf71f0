"""Where each value and member name of a JSON text is: pointer → span.

Findings carry JSON Pointers; users need line:column. The map is built by one scan of text that
already parsed, and only for documents that have something to report, so the many clean files
of a large run never pay for it. The tokens come from the shared lexer
(``validator.json.lexer``), which also fixes the conventions: lines and columns are 1-based, a
line break is ``"\\n"`` alone (so CRLF counts once and U+2028 is not a break), columns count
code points of the decoded text, and the end is exclusive. Offsets are stored, not spans: a span
is made only for the few pointers that get looked up.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from contextlib import suppress
from typing import Literal

from validator.finding import Span
from validator.json.lexer import (
    BEGIN_ARRAY,
    BEGIN_OBJECT,
    END_ARRAY,
    END_OBJECT,
    STRING,
    STRUCTURE,
    LineIndex,
    StringProblem,
    decode_string,
)
from validator.json.pointer import escape, parent

ROOT_FALLBACK = Span(1, 1, 1, 1)

Offsets = tuple[int, int]


class PositionMap:
    """pointer -> spans of the value and (for object members) of the key."""

    __slots__ = ("_keys", "_lines", "_values")

    def __init__(self, text: str, values: dict[str, Offsets], keys: dict[str, Offsets]) -> None:
        self._values = values
        self._keys = keys
        self._lines = LineIndex(text)

    def value_span(self, pointer: str) -> Span | None:
        """The whole value at ``pointer`` (brackets and quotes included), if it exists."""
        offsets = self._values.get(pointer)
        return None if offsets is None else self._lines.span(*offsets)

    def key_span(self, pointer: str) -> Span | None:
        """The member name (with its quotes) of an object member, if it exists."""
        offsets = self._keys.get(pointer)
        return None if offsets is None else self._lines.span(*offsets)

    def locate(self, pointer: str, target: Literal["value", "key"] = "value") -> Span:
        """The best span to show for a finding; never fails.

        A key target falls back to the value (array items have no key). A pointer that is not
        in the document is a missing member, shown at the nearest existing ancestor's value:
        the object that should contain it.
        """
        if target == "key":
            span = self.key_span(pointer)
            if span is not None:
                return span
        while True:
            span = self.value_span(pointer)
            if span is not None:
                return span
            if not pointer:
                return ROOT_FALLBACK
            pointer = parent(pointer)

    def start(self, pointer: str, target: Literal["value", "key"] = "value") -> int:
        """The text offset where ``locate``'s span begins, without making the span.

        Offsets order findings as their lines and columns do, so ranking many findings costs
        one integer each.
        """
        if target == "key":
            offsets = self._keys.get(pointer)
            if offsets is not None:
                return offsets[0]
        while True:
            offsets = self._values.get(pointer)
            if offsets is not None:
                return offsets[0]
            if not pointer:
                return 0  # ROOT_FALLBACK
            pointer = parent(pointer)

    def __contains__(self, pointer: object) -> bool:
        return pointer in self._values

    def __len__(self) -> int:
        return len(self._values)


def build_positions(text: str, wanted: Iterable[str] | None = None) -> PositionMap:
    """Scan text that parsed once; odd text gives a partial map, never an exception.

    The tokens come from the lexer's ``STRUCTURE`` pattern, which steps over blanks, commas
    and colons in C: in an object, names and values alternate, so a string is a member name
    exactly when a name is due. Every document with a finding pays for this loop, so it is one
    function with local state (the same loop as small methods is measurably slower).

    ``wanted``: the pointers that will be looked up (None: all of them). A container holding
    none of them is stepped over: ``json``'s C scanner finds its end, only its own span is
    recorded, and the scan goes on after it, so a finding beside a million-item array does not
    pay for a million entries. Inside the containers it enters, only wanted pointers and the
    containers above them are recorded, so a few findings among 10^5 items of one array do
    not pay for 10^5 entries either. ``locate`` answers every wanted pointer (and its key) as
    the full map would.
    """
    values: dict[str, Offsets] = {}
    keys: dict[str, Offsets] = {}
    keep: set[str] | None = None  # the pointers to record (None: every one)
    inside: set[str] | None = None  # the containers to enter (None: every one)
    if wanted is not None:
        keep = set(wanted)
        inside = _ancestors(keep)
        keep |= inside
    stack: list[list] = []  # open containers: [pointer, start offset, is_object, next index]
    member = ""  # pointer of the member whose value comes next
    in_object = False  # whether the innermost open container is an object
    expect_key = False  # whether a member name is due
    match = STRUCTURE.scanner(text).match
    while (token := match()) is not None:
        kind = token.lastindex
        if kind in (END_OBJECT, END_ARRAY):
            if stack:
                frame = stack.pop()
                values[frame[0]] = (frame[1], token.end())
            in_object = expect_key = bool(stack) and stack[-1][2]
            continue
        start, end = token.span(kind)
        if expect_key:
            expect_key = False
            if kind == STRING:
                name = text[start + 1 : end - 1]
                if "\\" in name or "~" in name or "/" in name:
                    member = _member_pointer(stack[-1][0], name, text, start)
                else:
                    member = f"{stack[-1][0]}/{name}"
                if member in keys:
                    _forget_descendants(member, values, keys)
                if keep is None or member in keep:
                    keys[member] = (start, end)
                continue
        if in_object:
            pointer = member
            expect_key = True
        elif not stack:
            pointer = ""
        else:
            frame = stack[-1]
            pointer = f"{frame[0]}/{frame[3]}"
            frame[3] += 1
        if kind in (BEGIN_OBJECT, BEGIN_ARRAY):
            closed = -1 if inside is None or pointer in inside else _end_of(text, start)
            if closed < 0:
                stack.append([pointer, start, kind == BEGIN_OBJECT, 0])
                in_object = expect_key = kind == BEGIN_OBJECT
                continue
            if keep is None or pointer in keep:
                values[pointer] = (start, closed)
            match = STRUCTURE.scanner(text, closed).match
            continue
        if keep is None or pointer in keep:
            values[pointer] = (start, end)
    return PositionMap(text, values, keys)


def _ancestors(wanted: Iterable[str]) -> set[str]:
    """Every container pointer above a wanted pointer: the containers the scan must enter."""
    inside: set[str] = set()
    for pointer in wanted:
        while pointer:
            pointer = parent(pointer)
            if pointer in inside:
                break
            inside.add(pointer)
    return inside


_SKIPPER = json.JSONDecoder()


def _end_of(text: str, start: int) -> int:
    """Where the container opening at ``start`` ends (exclusive), or -1 for odd text, which
    is then scanned the slow way."""
    try:
        return _SKIPPER.raw_decode(text, start)[1]
    except (ValueError, RecursionError):
        return -1


def _member_pointer(container: str, name: str, text: str, start: int) -> str:
    """Decode a member name (only when it has escapes) and append it, RFC 6901 escaped;
    ``start`` is where its opening quote is in ``text``."""
    if "\\" in name:
        with suppress(StringProblem):  # not valid JSON text: keep the raw name rather than fail
            name = decode_string(text, start)[0]
    if "~" in name or "/" in name:
        name = escape(name)
    return f"{container}/{name}"


def _forget_descendants(member: str, values: dict[str, Offsets], keys: dict[str, Offsets]) -> None:
    """A duplicated member: the last occurrence wins, so the earlier value's inner pointers go.

    Without this, ``{"a": {"x": 1}, "a": {}}`` would still place ``/a/x`` in the discarded
    first value, while the loaded document has no ``/a/x``.
    """
    prefix = member + "/"
    for table in (values, keys):
        for pointer in [p for p in table if p.startswith(prefix)]:
            del table[pointer]
