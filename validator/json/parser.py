"""The strict parser for texts that ``json.loads`` rejected or could not judge alone.

It reads the tokens of the shared lexer (``validator.json.lexer``), builds the same value as
``json.loads``, and stops at the first syntax problem, which it locates and classifies as the
J-code users see: a comment (J003), a trailing comma (J004), NaN or Infinity (J006), nesting or
a number beyond the limits (J009), anything else J001 with what was expected and what was found.
On the way it reports every duplicated member name (J002). The loader (``validator.json.loader``)
runs it only when the fast path sends a text here, so its speed matters for broken files only.
"""

from __future__ import annotations

import json
import re
from typing import Any

from validator.finding import Finding
from validator.json.lexer import (
    BEGIN_ARRAY,
    BEGIN_OBJECT,
    COLON,
    COMMA,
    END,
    END_ARRAY,
    END_OBJECT,
    INVALID,
    LITERAL,
    NUMBER,
    STRING,
    StringProblem,
    Token,
    decode_string,
    is_float,
    next_token,
    span_at,
)
from validator.json.limits import MAX_DEPTH, MAX_NUMBER_DIGITS
from validator.json.pointer import escape
from validator.text import Template, Text, message

_CONSTANT = re.compile(r"(?:NaN|-?Infinity)(?![A-Za-z0-9_$])")
_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_LITERALS = {"true": True, "false": False, "null": None}


class _SyntaxProblem(Exception):
    """The first syntax problem: stops the parser and becomes the fatal finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(str(finding.message))
        self.finding = finding


class _Frame:
    """One open container of the parser's explicit stack (no recursion: depth is unbounded)."""

    __slots__ = ("container", "key", "names", "pointer")

    def __init__(self, container: dict[str, Any] | list[Any], pointer: str) -> None:
        self.container = container
        self.pointer = pointer
        self.key = ""  # the member whose value is being read (objects only)
        self.names: dict[str, int] = {}  # member name → offset of its first key (objects only)


class Parser:
    """A strict RFC 8259 parser that reports the first problem with its position and J-code.

    It gives the same values as ``json.loads`` (last duplicate wins, surrogate pairs joined,
    lone surrogates kept, ``1e400`` → inf) and records every duplicate name on the way.
    ``first_line`` only shifts the line numbers written inside messages (JSONL records).
    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.text = text
        self.first_line = first_line
        self.duplicates: list[Finding] = []

    def parse(self) -> tuple[Any, Finding | None]:
        """The value and None, or None and the finding of the first syntax problem."""
        try:
            return self._document(), None
        except _SyntaxProblem as problem:
            return None, problem.finding

    # -- structure ---------------------------------------------------------------------------

    def _document(self) -> Any:
        token = next_token(self.text, 0)
        if token[0] == END:
            raise self._problem("J001", token[1], 0, _EMPTY)
        value, pos = self._value_tree(token)
        kind, start, _ = next_token(self.text, pos)
        if kind != END:
            raise self._unexpected(start, _EXPECTED_END(), after_value=True)
        return value

    def _value_tree(self, token: Token) -> tuple[Any, int]:
        """Read the value that starts with ``token``, containers included, with an explicit
        stack; return it and the offset after it."""
        stack: list[_Frame] = []
        while True:
            value, pos, opened = self._open_or_scalar(token, stack)
            if opened is not None:  # ``value`` is the first token inside
                stack.append(opened)
                if isinstance(opened.container, dict):
                    token = self._member_name(value, opened, comma=-1)
                else:
                    token = value
                continue
            while True:  # a complete value: store it, then a ',' or the closing bracket
                if not stack:
                    return value, pos
                frame = stack[-1]
                self._store(frame, value)
                closed, token = self._after_item(pos, frame)
                if closed:
                    value, pos = stack.pop().container, token[2]
                    continue
                break

    def _open_or_scalar(self, token: Token, stack: list[_Frame]) -> tuple[Any, int, _Frame | None]:
        """A scalar value and the offset after it, an empty container likewise, or the first
        token inside a newly opened container and its frame."""
        kind, start, end = token
        if kind != BEGIN_OBJECT and kind != BEGIN_ARRAY:
            value, end = self._scalar(token)
            return value, end, None
        if len(stack) >= MAX_DEPTH:
            raise self._problem("J009", start, 1, _TOO_DEEP, limit=MAX_DEPTH)
        inner = next_token(self.text, end)
        if kind == BEGIN_OBJECT:
            if inner[0] == END_OBJECT:
                return {}, inner[2], None
            return inner, end, _Frame({}, self._child_pointer(stack))
        if inner[0] == END_ARRAY:
            return [], inner[2], None
        return inner, end, _Frame([], self._child_pointer(stack))

    def _after_item(self, pos: int, frame: _Frame) -> tuple[bool, Token]:
        """After an item: (True, the closing bracket) if the container closes, else (False,
        the first token of the next value)."""
        text = self.text
        token = next_token(text, pos)
        kind, start, end = token
        is_object = isinstance(frame.container, dict)
        if kind == (END_OBJECT if is_object else END_ARRAY):
            return True, token
        if kind != COMMA:
            closing = "}" if is_object else "]"
            raise self._unexpected(start, _EXPECTED_COMMA(closing=closing))
        following = next_token(text, end)
        if following[0] == END_OBJECT or following[0] == END_ARRAY:
            raise self._problem("J004", start, 1, _TRAILING_COMMA, closing=text[following[1]])
        if is_object:
            return False, self._member_name(following, frame, comma=start)
        return False, following

    def _member_name(self, token: Token, frame: _Frame, comma: int) -> Token:
        """Read ``"name":`` from ``token`` on and note duplicates; return the first token of
        the member's value. ``comma`` is where the comma before it is (-1: none)."""
        text = self.text
        start = token[1]
        if text[start : start + 1] != '"':
            raise self._unexpected(start, _EXPECTED_NAME(), comma=comma)
        name, end = self._string(token)
        first = frame.names.get(name)
        if first is None:
            frame.names[name] = start
        elif first >= 0:
            self._duplicate(frame, name, first, start, end)
            frame.names[name] = -1  # report each duplicated name once per object
        frame.key = name
        kind, colon, after = next_token(text, end)
        if kind != COLON:
            raise self._unexpected(colon, _EXPECTED_COLON())
        return next_token(text, after)

    def _duplicate(self, frame: _Frame, name: str, first: int, start: int, end: int) -> None:
        where = span_at(self.text, first)
        first_at = f"{where.line + self.first_line - 1}:{where.column}"
        message = _DUPLICATE(name=_shown(name), first=first_at)
        pointer = f"{frame.pointer}/{escape(name)}"
        span = span_at(self.text, start, end - start)
        self.duplicates.append(Finding("J002", pointer, message, target="key", span=span))

    @staticmethod
    def _store(frame: _Frame, value: Any) -> None:
        container = frame.container
        if isinstance(container, dict):
            container[frame.key] = value
        else:
            container.append(value)

    @staticmethod
    def _child_pointer(stack: list[_Frame]) -> str:
        if not stack:
            return ""
        frame = stack[-1]
        container = frame.container
        if isinstance(container, dict):
            return f"{frame.pointer}/{escape(frame.key)}"
        return f"{frame.pointer}/{len(container)}"

    # -- scalars -----------------------------------------------------------------------------

    def _scalar(self, token: Token) -> tuple[Any, int]:
        """The value of a scalar token and the offset after it."""
        kind, start, end = token
        text = self.text
        if kind == STRING or (kind == INVALID and text[start] == '"'):
            return self._string(token)
        if kind == NUMBER:
            return self._number(text[start:end], start), end
        if kind == LITERAL:
            return _LITERALS[text[start:end]], end
        raise self._unexpected(start, _EXPECTED_VALUE(), value_expected=True)

    def _number(self, token: str, start: int) -> int | float:
        if len(token) > MAX_NUMBER_DIGITS:
            digits = sum(char.isdigit() for char in token)
            if digits > MAX_NUMBER_DIGITS:
                raise self._problem(
                    "J009",
                    start,
                    len(token),
                    _TOO_MANY_DIGITS,
                    digits=digits,
                    limit=MAX_NUMBER_DIGITS,
                )
        return float(token) if is_float(token) else int(token)

    def _string(self, token: Token) -> tuple[str, int]:
        """The value of a string token (or of an ``INVALID`` opening quote, whose problem this
        reports) and the offset after it, decoded as ``json`` decodes it."""
        kind, start, end = token
        if kind == STRING:
            value = self.text[start + 1 : end - 1]
            if "\\" not in value:
                return value, end
        try:
            return decode_string(self.text, start)
        except StringProblem as problem:
            params: dict[str, str] = {}
            if problem.problem == "unterminated":
                wrong = _UNTERMINATED
            elif problem.problem == "control":
                wrong, params = _CONTROL, _control_params(self.text[problem.offset])
            else:
                wrong = _BAD_ESCAPE
            raise self._problem("J001", problem.offset, problem.length, wrong, **params) from None

    # -- problems ----------------------------------------------------------------------------

    def _unexpected(
        self,
        pos: int,
        expected: Text,
        *,
        value_expected: bool = False,
        comma: int = -1,
        after_value: bool = False,
    ) -> _SyntaxProblem:
        """Classify the first problem found at ``pos``: J003, J004, J006, else J001."""
        text = self.text
        if text.startswith(("//", "/*"), pos):
            return self._problem("J003", pos, 2, _COMMENT)
        char = text[pos : pos + 1]
        if comma >= 0 and char in ("}", "]"):
            return self._problem("J004", comma, 1, _TRAILING_COMMA, closing=char)
        if char == "," and not after_value:
            following, at, _ = next_token(text, pos + 1)
            if following in (END_OBJECT, END_ARRAY):
                return self._problem("J004", pos, 1, _TRAILING_COMMA, closing=text[at])
        if value_expected:
            constant = _CONSTANT.match(text, pos)
            if constant is not None:
                word = constant.group()
                return self._problem("J006", pos, len(word), _NOT_A_NUMBER, word=word)
        problem, params = self._j001_message(pos, expected, after_value)
        return self._problem("J001", pos, 1, problem, **params)

    def _j001_message(
        self, pos: int, expected: Text, after_value: bool
    ) -> tuple[Template, dict[str, Any]]:
        """Say what was expected (the line:column is filled in by ``_problem``, shifted to the
        record's line in JSONL), what was found, and a hint."""
        char = self.text[pos : pos + 1]
        if not char:
            return _CUT_OFF, {"expected": expected}
        found = _describe(char)
        if after_value:
            return _AFTER_VALUE, {"found": found}
        hint: Text | str = ""
        if char == "'":
            hint = _HINT_DOUBLE_QUOTES()
        elif char == "\ufeff":
            hint = _HINT_BOM()
        elif expected.key == _EXPECTED_NAME.key and (char.isalpha() or char in "_$"):
            hint = _HINT_QUOTE_NAME()
        return _UNEXPECTED, {"expected": expected, "found": found, "hint": hint}

    def _problem(
        self, code: str, pos: int, length: int, problem: Template, /, **params: Any
    ) -> _SyntaxProblem:
        """The finding at ``pos``: ``problem`` with ``params`` and ``at``, the line:column of
        ``pos`` (shifted to the record's line in JSONL), for the messages that say where."""
        span = span_at(self.text, pos, length)
        at = f"{span.line + self.first_line - 1}:{span.column}"
        return _SyntaxProblem(Finding(code, "", problem(at=at, **params), span=span))


# The messages. ``{at}`` is the line:column of the problem (``Parser._problem`` fills it in).
_EMPTY = message(
    "J001.empty",
    "invalid JSON: expected a value at {at}, but the document is empty; a request body is a "
    'JSON object such as {{"coupon": {{…}}}}',
)
_UNTERMINATED = message(
    "J001.unterminated-string",
    "invalid JSON: unterminated string starting at {at}; add the closing '\"'",
)
_BAD_ESCAPE = message(
    "J001.bad-escape",
    'invalid JSON: invalid escape at {at}; only \\" \\\\ \\/ \\b \\f \\n \\r \\t and '
    "\\uXXXX are allowed (write a backslash as \\\\)",
)
_CONTROL = message(
    "J001.control-character",
    "invalid JSON: control character U+{code} inside a string at {at}; write it as {escaped}",
)
_CUT_OFF = message(
    "J001.cut-off", "invalid JSON: expected {expected} at {at}, but the text ends (cut off?)"
)
_AFTER_VALUE = message(
    "J001.after-value",
    "invalid JSON: unexpected {found} after the end of the JSON value at {at}; "
    "a document holds exactly one value",
)
_UNEXPECTED = message(
    "J001.unexpected", "invalid JSON: expected {expected} at {at}, found {found}{hint}"
)
# The hints ``_UNEXPECTED`` may end with.
_HINT_DOUBLE_QUOTES = message(
    "J001.hint-double-quotes", "; JSON strings and names use double quotes"
)
_HINT_BOM = message("J001.hint-bom", " (a byte-order mark); remove it")
_HINT_QUOTE_NAME = message("J001.hint-quote-name", "; put the member name in double quotes")
# What the parser expected where it stopped (``{expected}`` above).
_EXPECTED_VALUE = message("J001.expected-value", "a value")
_EXPECTED_NAME = message("J001.expected-name", "a member name in double quotes")
_EXPECTED_COLON = message("J001.expected-colon", "':' after the member name")
_EXPECTED_COMMA = message("J001.expected-comma", "',' or '{closing}'")
_EXPECTED_END = message("J001.expected-end", "the end of the document")

_DUPLICATE = message(
    "J002.duplicate",
    "duplicate member {name}; only the last one counts, the one at {first} is ignored: "
    "remove one of them",
)
_COMMENT = message(
    "J003.comment", "comments are not JSON; remove them (doc examples carry `// …` comments)"
)
_TRAILING_COMMA = message(
    "J004.trailing-comma", "trailing comma: remove the ',' before '{closing}'"
)
_NOT_A_NUMBER = message(
    "J006.not-a-number",
    "{word} is not a JSON number (NaN/Infinity are not JSON numbers); "
    "write a number, or leave the member out",
)
_TOO_DEEP = message(
    "J009.too-deep", "nesting too deep: more than {limit} levels of objects and arrays"
)
_TOO_MANY_DIGITS = message(
    "J009.too-many-digits",
    "number too large: {digits} digits (limit {limit}); no coupon field needs that many, "
    "so check the value",
)


def _control_params(char: str) -> dict[str, str]:
    """The values of ``_CONTROL`` for one raw control character: its code point and escape."""
    return {
        "code": f"{ord(char):04X}",
        "escaped": _CONTROL_ESCAPES.get(char, f"\\u{ord(char):04x}"),
    }


def _shown(name: str) -> str:
    """A member name as a message shows it: bare if printable, else as a JSON string."""
    if name and name.isprintable():
        return name
    return json.dumps(name, ensure_ascii=False)


def _describe(char: str) -> str:
    """A character as a message shows it: quoted if printable, else its code point."""
    if char.isprintable() and not ("\ud800" <= char <= "\udfff"):
        return f"'{char}'" if char != "'" else '"\'"'
    return f"U+{ord(char):04X}"
