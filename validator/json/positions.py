"""Where each value and member name of a JSON text is: pointer → span.

Findings carry JSON Pointers; users need line:column. The map is built by one scan of text that
already parsed, and only for documents that have something to report, so the many clean files
of a large run never pay for it (DESIGN.md, "Speed").

Conventions (rules.md §1.2, interface.md): lines and columns are 1-based, a line break is
``"\\n"`` alone (so CRLF counts once and U+2028 is not a break), columns count code points of
the decoded text (a Python ``str`` index is a code point index), and the end is exclusive.
Offsets are stored, not spans: a span is made only for the few pointers that get looked up.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from contextlib import suppress
from itertools import islice
from typing import Literal

from validator.finding import Span
from validator.json.pointer import escape, parent

ROOT_FALLBACK = Span(1, 1, 1, 1)

_WS = " \t\n\r"
_SCALAR_REST = re.compile(r'[^ \t\n\r,:\[\]{}"]*')
_LINE_TABLE_ABOVE = 1 << 16  # longer texts get a line table; shorter ones just count

Offsets = tuple[int, int]


class PositionMap:
    """pointer -> spans of the value and (for object members) of the key."""

    __slots__ = ("_keys", "_line_starts", "_text", "_values")

    def __init__(self, text: str, values: dict[str, Offsets], keys: dict[str, Offsets]) -> None:
        self._text = text
        self._values = values
        self._keys = keys
        self._line_starts: list[int] | None = None

    def value_span(self, pointer: str) -> Span | None:
        """The whole value at ``pointer`` (brackets and quotes included), if it exists."""
        offsets = self._values.get(pointer)
        return None if offsets is None else self._span(*offsets)

    def key_span(self, pointer: str) -> Span | None:
        """The member name (with its quotes) of an object member, if it exists."""
        offsets = self._keys.get(pointer)
        return None if offsets is None else self._span(*offsets)

    def locate(self, pointer: str, target: Literal["value", "key"] = "value") -> Span:
        """The best span to show for a finding; never fails.

        A key target falls back to the value (array items have no key). A pointer that is not
        in the document is a missing member, shown at the nearest existing ancestor's value:
        the object that should contain it (rules.md §1.2).
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

    def __contains__(self, pointer: object) -> bool:
        return pointer in self._values

    def __len__(self) -> int:
        return len(self._values)

    def _span(self, start: int, end: int) -> Span:
        if len(self._text) < _LINE_TABLE_ABOVE:
            return span_at(self._text, start, end - start)
        line, column = self._from_table(start)
        end_line, end_column = self._from_table(end)
        return Span(line, column, end_line, end_column)

    def _from_table(self, offset: int) -> tuple[int, int]:
        """Line and column by bisection, so many lookups in a big text stay cheap."""
        if self._line_starts is None:
            starts = [0]
            index = self._text.find("\n")
            while index >= 0:
                starts.append(index + 1)
                index = self._text.find("\n", index + 1)
            self._line_starts = starts
        line = bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1


def span_at(text: str, offset: int, length: int = 1) -> Span:
    """The span of ``length`` code points at str index ``offset`` (may point just past the end).

    Counting is done by ``str.count``/``rfind`` in C, which for the loader's single finding
    and for small documents is cheaper than building a line table.
    """
    offset = max(0, min(offset, len(text)))
    length = max(0, length)
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    end = offset + length
    breaks = text.count("\n", offset, end)
    if breaks == 0:
        return Span(line, column, line, column + length)
    return Span(line, column, line + breaks, end - text.rfind("\n", offset, end))


def build_positions(text: str, wanted: Iterable[str] | None = None) -> PositionMap:
    """Scan valid JSON text once; odd text gives a partial map, never an exception.

    The text is split at every ``"`` (in C), so string contents are never looked at character
    by character: parts alternate between gaps of structure (brackets, separators, numbers,
    literals) and string contents, and escaped quotes are glued back. Every document with a
    finding pays for this loop, so it is one function with local state: the same loop as small
    methods was about 15 % slower, and a regex tokenizer about 60 % slower (measured on the
    1.25 KB shop-coupon-add sample).

    ``wanted``: the pointers that will be looked up (None: all of them). A container holding
    none of them is stepped over: ``json``'s C scanner finds its end, only its own span is
    recorded, and the parts it covers are dropped unread, so a finding beside a million-item
    array does not pay for a million entries. ``locate`` answers every wanted pointer (and its
    key) as the full map would.
    """
    values: dict[str, Offsets] = {}
    keys: dict[str, Offsets] = {}
    inside = None if wanted is None else _ancestors(wanted)  # the containers to enter
    stack: list[list] = []  # open containers: [pointer, start offset, is_object, next index]
    member = ""  # pointer of the member whose value comes next
    expect_key = False
    offset = 0  # where the current part starts
    in_string = False
    glued: list[str] | None = None  # pieces of a string that holds escaped quotes
    parts = iter(text.split('"'))
    for part in parts:
        size = len(part)
        if in_string:
            if part.endswith("\\") and (size - len(part.rstrip("\\"))) % 2:
                glued = [*(glued or []), part]  # this quote is escaped: the string goes on
                offset += size + 1
                continue
            end = offset + size + 1
            content = part if glued is None else '"'.join([*glued, part])
            start = end - len(content) - 2
            glued = None
            in_string = False
            offset = end
            if expect_key:
                expect_key = False
                if "\\" in content or "~" in content or "/" in content:
                    member = _member_pointer(stack[-1][0], content)
                else:
                    member = f"{stack[-1][0]}/{content}"
                if member in keys:
                    _forget_descendants(member, values, keys)
                keys[member] = (start, end)
            elif not stack:
                values[""] = (start, end)
            elif stack[-1][2]:
                values[member] = (start, end)
            else:
                frame = stack[-1]
                values[f"{frame[0]}/{frame[3]}"] = (start, end)
                frame[3] += 1
            continue
        in_string = True
        base = offset  # ``part[i]`` is at ``base + i`` in the text
        offset += size + 1
        index, length = 0, len(part.rstrip(_WS))
        while index < length:
            char = part[index]
            index += 1
            if char == ",":
                expect_key = bool(stack) and stack[-1][2]
            elif char == "}" or char == "]":
                expect_key = False
                if stack:
                    frame = stack.pop()
                    values[frame[0]] = (frame[1], base + index)
            elif char != ":" and char not in _WS:
                if not stack:
                    pointer = ""
                elif stack[-1][2]:
                    pointer = member
                else:
                    frame = stack[-1]
                    pointer = f"{frame[0]}/{frame[3]}"
                    frame[3] += 1
                if char == "{" or char == "[":
                    opened = base + index - 1
                    closed = -1 if inside is None or pointer in inside else _end_of(text, opened)
                    if closed < 0:
                        stack.append([pointer, opened, char == "{", 0])
                        expect_key = char == "{"
                        continue
                    values[pointer] = (opened, closed)
                    quotes = text.count('"', opened, closed)
                    if quotes:  # go on in the part where the container ends
                        next(islice(parts, quotes - 1, quotes - 1), None)
                        part = next(parts)
                        base = text.rfind('"', 0, closed) + 1
                        offset = base + len(part) + 1
                        length = len(part.rstrip(_WS))
                    index = closed - base
                else:
                    end = _SCALAR_REST.match(part, index).end()  # type: ignore[union-attr]
                    values[pointer] = (base + index - 1, base + end)
                    index = end
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


def _member_pointer(container: str, content: str) -> str:
    """Decode a member name (only when it has escapes) and append it, RFC 6901 escaped."""
    name = content
    if "\\" in name:
        with suppress(ValueError):  # not valid JSON text: keep the raw name rather than fail
            name = json.loads(f'"{content}"')
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
