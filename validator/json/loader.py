"""Bytes → parsed value plus the loading findings (rules.md §6, the J-codes).

Steps, in the catalogue's order: size (J009) → byte-order mark (J005) → UTF-8 (J007) → parsing
(first syntax problem only: J003, J004, J006, J009 or J001; duplicates J002 along the way) →
top-level type (J008). No input makes this module raise.

Speed: almost every file is valid JSON without duplicates, so ``json.loads`` (C) runs first,
with hooks that abort on a duplicate name or a NaN/Infinity constant, and two cheap text checks
(bracket count, long digit runs) that rule out J009. Only when one of those trips does the
pure-Python scanner below run. It is slower, but it knows *where* the problem is and classifies
it. Positions are not computed on the fast path: ``LoadedDocument.positions()`` builds them on
first use, which the engine does only for documents with findings.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

from validator.finding import Finding, Span
from validator.json.pointer import escape
from validator.json.positions import PositionMap, build_positions, span_at
from validator.record import MutableRecord

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_NUMBER_DIGITS = 100

_BOM = b"\xef\xbb\xbf"
_JSON_SPACE = " \t\n\r"
_JSONL_CHUNK = 1 << 16
_START = Span(1, 1, 1, 1)

# A number token has at most three digit runs (integer, fraction, exponent), so more than 100
# digits mean a run of at least 34. Finding such a run in bytes mapped to "0"/" " costs two C
# calls; a regex over the text costs three times as much.
_DIGIT_MAP = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_RUN = b"0" * -(-MAX_NUMBER_DIGITS // 3)
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_CONSTANT = re.compile(r"(?:NaN|-?Infinity)(?![A-Za-z0-9_$])")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_CONTROL_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_LITERALS = (("true", True), ("false", False), ("null", None))


class LoadedDocument(MutableRecord):
    """The outcome of loading one document; ``value`` is None when a fatal finding stopped it.

    A plain class (see ``validator.record`` for why not a dataclass).
    """

    __slots__ = ("_positions", "fatal", "findings", "text", "value")
    _FIELDS = ("value", "findings", "text", "fatal")  # the cached position map does not count

    def __init__(self, value: Any, findings: list[Finding], text: str | None, fatal: bool) -> None:
        self.value = value
        self.findings = findings
        self.text = text
        self.fatal = fatal
        self._positions: PositionMap | None = None

    def positions(self) -> PositionMap:
        """The pointer → span map, built from ``text`` on first call and then cached."""
        if self._positions is None:
            self._positions = build_positions(self.text or "")
        return self._positions

    def positions_for(self, pointers: Iterable[str]) -> PositionMap:
        """A map that locates ``pointers``: the full map if it is built already, else one that
        skips the containers holding none of them (a finding beside a million-item array
        should not pay for a million entries). Not cached: the engine asks once."""
        if self._positions is not None:
            return self._positions
        return build_positions(self.text or "", wanted=pointers)


# -- public entry points ---------------------------------------------------------------------


def load_bytes(data: bytes) -> LoadedDocument:
    """Load a file's bytes: every J-code applies."""
    return _load_bytes(data, first_line=1)


def load_text(text: str) -> LoadedDocument:
    """Load library input that is already a ``str``: no BOM or UTF-8 step (no J005/J007).

    The size limit still applies, measured in UTF-8 bytes, so library and command line agree;
    a text with more code points than the limit has bytes is over it without being encoded.
    """
    if len(text) > MAX_DOCUMENT_BYTES or (
        len(text) * 4 > MAX_DOCUMENT_BYTES and _utf8_size(text) > MAX_DOCUMENT_BYTES
    ):
        return _fatal([], _too_large("document"), None)
    return _parse_document(text, text.encode("utf-8", "surrogatepass"), [], first_line=1)


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes of ``stream``, for inputs that may be endless (a pipe, a device).

    Not ``stream.read(limit)``: that allocates ``limit`` bytes up front however short the file
    is, 10 MiB per file checked. A regular file is asked for its size plus one byte (files in
    /proc report size 0, so reading goes on while data comes), anything else in 64 KiB chunks.
    """
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError):  # no descriptor (an in-memory stream)
        return read_chunks(stream.read, _JSONL_CHUNK, limit)
    return read_chunks(stream.read, first_read_size(status), limit)


def first_read_size(status: os.stat_result) -> int:
    """How much to ask for first: a regular file's size plus one byte (so that one read gets
    it all and the next sees the end), else a 64 KiB chunk."""
    return status.st_size + 1 if stat.S_ISREG(status.st_mode) else _JSONL_CHUNK


def read_chunks(read: Callable[[int], bytes], want: int, limit: int) -> bytes:
    """Call ``read`` (``stream.read``, or ``os.read`` on a descriptor) until it returns nothing
    or ``limit`` bytes have come: ``want`` bytes first, then 64 KiB chunks."""
    chunks: list[bytes] = []
    size = 0
    while size < limit and (chunk := read(min(want, limit - size))):
        chunks.append(chunk)
        size += len(chunk)
        want = _JSONL_CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def oversized_file() -> LoadedDocument:
    """J009 for a file whose size alone is over the limit: the runner need not read it."""
    return _fatal([], _too_large("file"), None)


def iter_jsonl(stream: BinaryIO) -> Iterator[tuple[int, LoadedDocument]]:
    """One document per line; the record number is the 1-based line number.

    Lines are assembled from fixed-size chunks, so a line longer than 10 MiB is never held in
    memory: once it passes the limit its bytes are dropped until the next newline and it yields
    a J009 record. Blank or whitespace-only lines are skipped (rules.md §6).
    """
    line = _LineBuffer()
    record = 0
    while chunk := stream.read(_JSONL_CHUNK):
        start = 0
        while (newline := chunk.find(b"\n", start)) >= 0:
            line.add(chunk[start:newline])
            record += 1
            loaded = line.finish(record)
            if loaded is not None:
                yield record, loaded
            start = newline + 1
        line.add(chunk[start:])
    if not line.empty:
        loaded = line.finish(record + 1)
        if loaded is not None:
            yield record + 1, loaded


class _LineBuffer:
    """The current JSONL line: its pieces while small, only a size and a flag once too large."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.pieces: list[bytes] = []
        self.size = 0
        self.oversized = False
        self.has_content = False

    @property
    def empty(self) -> bool:
        return self.size == 0

    def add(self, piece: bytes) -> None:
        if not piece:
            return
        self.size += len(piece)
        if not self.has_content and piece.strip(b" \t\r"):
            self.has_content = True
        if self.oversized:
            return
        if self.size > MAX_DOCUMENT_BYTES:
            self.oversized = True
            self.pieces = []
        else:
            self.pieces.append(piece)

    def finish(self, record: int) -> LoadedDocument | None:
        """The loaded record, or None for a blank line; then start the next line."""
        try:
            if not self.has_content:
                return None
            if self.oversized:
                return _fatal([], _too_large("record"), None)
            return _load_bytes(b"".join(self.pieces), first_line=record)
        finally:
            self._reset()


# -- bytes → text ----------------------------------------------------------------------------


def _load_bytes(data: bytes, first_line: int) -> LoadedDocument:
    """``first_line`` only shifts the line numbers written inside messages (JSONL records)."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return _fatal([], _too_large("file"), None)
    findings: list[Finding] = []
    if data.startswith(_BOM):
        findings.append(
            Finding(
                "J005",
                "",
                "remove the byte-order mark (EF BB BF) at the start; JSON text is UTF-8 "
                "without a BOM, and some servers reject it",
                span=_START,
            )
        )
        data = data[len(_BOM) :]
    foreign = _foreign_encoding(data)
    if foreign is not None:
        return _fatal(findings, foreign, None)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _fatal(findings, _not_utf8(data, error.start, first_line), None)
    return _parse_document(text, data, findings, first_line)


def _foreign_encoding(data: bytes) -> Finding | None:
    """UTF-16/32 text (with or without its BOM) is J007, named as such to make the fix obvious.

    Without a BOM it shows as a NUL byte among the first two (RFC 4627 §3, as
    ``json.detect_encoding`` reads it), and its length must fit the code unit; a UTF-8 JSON
    text never starts that way, so ``[\\0]`` stays an ordinary syntax error.
    """
    head = data[:4]
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        name, bad = "UTF-32", 0
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        name, bad = "UTF-16", 0
    elif len(data) % 2 == 0 and 0 in head[:2]:
        wide = len(data) % 4 == 0 and (head[:2] == b"\x00\x00" or head[1:] == b"\x00\x00\x00")
        name, bad = ("UTF-32" if wide else "UTF-16"), head.index(0)
    else:
        return None
    message = f"file is not UTF-8: it looks like {name}; save it as UTF-8 (without a BOM)"
    return Finding("J007", "", message, span=Span(1, bad + 1, 1, bad + 2))


def _not_utf8(data: bytes, bad: int, first_line: int) -> Finding:
    """J007 at the first undecodable byte; its column counts the code points before it."""
    before = data[:bad].decode("utf-8")
    span = span_at(before, len(before))
    message = (
        f"file is not UTF-8: byte 0x{data[bad]:02X} at {span.line + first_line - 1}:"
        f"{span.column} cannot be decoded; save the file as UTF-8"
    )
    return Finding("J007", "", message, span=span)


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _too_large(what: str) -> Finding:
    message = f"{what} too large (limit 10 MiB); split it into smaller documents"
    return Finding("J009", "", message, span=_START)


def _fatal(findings: list[Finding], finding: Finding, text: str | None) -> LoadedDocument:
    return LoadedDocument(value=None, findings=[*findings, finding], text=text, fatal=True)


# -- text → value ----------------------------------------------------------------------------


class _Duplicate(Exception):
    """Raised by the fast path's hook: the scanner must find and report the duplicate."""


class _Constant(Exception):
    """Raised by the fast path on NaN/Infinity: the scanner reports J006 at the word."""


def _pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Duplicate
    return result


def _reject_constant(word: str) -> Any:
    raise _Constant(word)


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs_to_dict, parse_constant=_reject_constant)


def _parse_document(
    text: str, raw: bytes, findings: list[Finding], first_line: int
) -> LoadedDocument:
    """Parse ``text`` (``raw`` is the same text in UTF-8, for the cheap byte-level checks)."""
    value = _fast_parse(text, raw)
    if value is _SLOW:
        parser = _Parser(text, first_line)
        value, fatal_finding = parser.parse()
        findings = findings + parser.duplicates
        if fatal_finding is not None:
            return _fatal(findings, fatal_finding, text)
    if not isinstance(value, dict):
        return _fatal(findings, _not_an_object(text, value), text)
    return LoadedDocument(value=value, findings=findings, text=text, fatal=False)


_SLOW = object()


def _fast_parse(text: str, raw: bytes) -> Any:
    """``json.loads`` and the cheap J009 checks; ``_SLOW`` when the scanner must decide.

    Depth cannot pass 64 with at most 64 opening brackets, so the parsed value is walked only
    for bigger documents; a long digit run (in a number or a string) sends the text to the
    scanner, which counts the digits of each number token exactly.
    """
    try:
        value = _DECODER.decode(text)
    except Exception:  # any failure (syntax, hooks, recursion, int limits) is the scanner's
        return _SLOW
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
        return _SLOW
    if _LONG_RUN in raw.translate(_DIGIT_MAP):
        return _SLOW
    return value


def _depth(value: Any) -> int:
    """Nesting depth of a parsed value (a top-level container is 1), without recursion."""
    deepest = 0
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def _not_an_object(text: str, value: Any) -> Finding:
    start = len(text) - len(text.lstrip(_JSON_SPACE))
    end = len(text.rstrip(_JSON_SPACE))
    kind = _json_kind(value)
    hint = ""
    if kind == "an array":
        hint = "; for many bodies in one file, use .jsonl (one object per line)"
    message = f"a request body must be a JSON object {{…}}, got {kind}{hint}"
    return Finding("J008", "", message, span=span_at(text, start, max(end - start, 1)))


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return "a number"


# -- the scanner -----------------------------------------------------------------------------


class _SyntaxProblem(Exception):
    """The first syntax problem: stops the scanner and becomes the fatal finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


class _Frame:
    """One open container of the scanner's explicit stack (no recursion: depth is unbounded)."""

    __slots__ = ("container", "key", "names", "pointer")

    def __init__(self, container: dict[str, Any] | list[Any], pointer: str) -> None:
        self.container = container
        self.pointer = pointer
        self.key = ""  # the member whose value is being read (objects only)
        self.names: dict[str, int] = {}  # member name → offset of its first key (objects only)


class _Parser:
    """A strict RFC 8259 parser that reports the first problem with its position and J-code.

    It gives the same values as ``json.loads`` (last duplicate wins, surrogate pairs joined,
    lone surrogates kept, ``1e400`` → inf) and records every duplicate name on the way.
    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.text = text
        self.first_line = first_line
        self.duplicates: list[Finding] = []

    def parse(self) -> tuple[Any, Finding | None]:
        try:
            return self._document(), None
        except _SyntaxProblem as problem:
            return None, problem.finding

    # -- structure ---------------------------------------------------------------------------

    def _document(self) -> Any:
        text = self.text
        pos = self._skip(0)
        if pos == len(text):
            raise self._problem("J001", pos, 0, _EMPTY)
        value, pos = self._value_tree(pos)
        pos = self._skip(pos)
        if pos != len(text):
            raise self._unexpected(pos, "the end of the document", after_value=True)
        return value

    def _value_tree(self, pos: int) -> tuple[Any, int]:
        """Read one value starting at ``pos``, containers included, with an explicit stack."""
        stack: list[_Frame] = []
        while True:
            value, pos, opened = self._open_or_scalar(pos, stack)
            if opened is not None:
                stack.append(opened)
                if isinstance(opened.container, dict):
                    pos = self._member_name(self._skip(pos), opened, comma=-1)
                else:
                    pos = self._skip(pos)
                continue
            while True:  # a complete value: store it, then a ',' or the closing bracket
                if not stack:
                    return value, pos
                frame = stack[-1]
                self._store(frame, value)
                pos = self._skip(pos)
                after = self._after_item(pos, frame)
                if after < 0:  # the container closed
                    value, pos = stack.pop().container, pos + 1
                    continue
                pos = after
                break

    def _open_or_scalar(self, pos: int, stack: list[_Frame]) -> tuple[Any, int, _Frame | None]:
        """A scalar value, an empty container, or a newly opened container frame."""
        text = self.text
        char = text[pos : pos + 1]
        if char != "{" and char != "[":
            value, pos = self._scalar(pos)
            return value, pos, None
        if len(stack) >= MAX_DEPTH:
            raise self._problem("J009", pos, 1, _TOO_DEEP)
        pointer = self._child_pointer(stack)
        inner = self._skip(pos + 1)
        closing = "}" if char == "{" else "]"
        if text[inner : inner + 1] == closing:
            return ({} if char == "{" else []), inner + 1, None
        container: dict[str, Any] | list[Any] = {} if char == "{" else []
        return None, pos + 1, _Frame(container, pointer)

    def _after_item(self, pos: int, frame: _Frame) -> int:
        """After an item: -1 if the container closes at ``pos``, else where the next value is."""
        text = self.text
        char = text[pos : pos + 1]
        is_object = isinstance(frame.container, dict)
        closing = "}" if is_object else "]"
        if char == closing:
            return -1
        if char != ",":
            raise self._unexpected(pos, f"',' or '{closing}'")
        following = self._skip(pos + 1)
        if text[following : following + 1] in ("}", "]"):
            raise self._problem("J004", pos, 1, _TRAILING_COMMA.format(text[following]))
        if is_object:
            return self._member_name(following, frame, comma=pos)
        return following

    def _member_name(self, pos: int, frame: _Frame, comma: int) -> int:
        """Read ``"name":`` and return where the member's value starts; note duplicates."""
        if self.text[pos : pos + 1] != '"':
            raise self._unexpected(pos, "a member name in double quotes", comma=comma)
        name, end = self._string(pos)
        first = frame.names.get(name)
        if first is None:
            frame.names[name] = pos
        elif first >= 0:
            self._duplicate(frame, name, first, pos, end)
            frame.names[name] = -1  # report each duplicated name once per object (§1.2)
        frame.key = name
        colon = self._skip(end)
        if self.text[colon : colon + 1] != ":":
            raise self._unexpected(colon, "':' after the member name")
        return self._skip(colon + 1)

    def _duplicate(self, frame: _Frame, name: str, first: int, start: int, end: int) -> None:
        where = span_at(self.text, first)
        message = (
            f"duplicate member {_shown(name)}; only the last one counts, the one at "
            f"{where.line + self.first_line - 1}:{where.column} is ignored: remove one of them"
        )
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

    def _skip(self, pos: int) -> int:
        return _WHITESPACE.match(self.text, pos).end()  # type: ignore[union-attr]

    # -- scalars -----------------------------------------------------------------------------

    def _scalar(self, pos: int) -> tuple[Any, int]:
        text = self.text
        char = text[pos : pos + 1]
        if char == '"':
            return self._string(pos)
        if char == "-" or "0" <= char <= "9":
            match = _NUMBER.match(text, pos)
            if match is not None:
                return self._number(match)
        for word, value in _LITERALS:
            if text.startswith(word, pos):
                return value, pos + len(word)
        raise self._unexpected(pos, "a value", value_expected=True)

    def _number(self, match: re.Match[str]) -> tuple[Any, int]:
        token = match.group()
        if len(token) > MAX_NUMBER_DIGITS:
            digits = sum(char.isdigit() for char in token)
            if digits > MAX_NUMBER_DIGITS:
                message = _TOO_MANY_DIGITS.format(digits)
                raise self._problem("J009", match.start(), len(token), message)
        if match.group(1) is None and match.group(2) is None:
            return int(token), match.end()
        return float(token), match.end()

    def _string(self, start: int) -> tuple[str, int]:
        """A string token at ``start`` (its opening quote); decoded as ``json`` decodes it."""
        text = self.text
        chunks: list[str] = []
        pos = start + 1
        while True:
            match = _STRING_CHUNK.match(text, pos)
            if match is None:
                raise self._problem("J001", start, 1, _UNTERMINATED)
            content, terminator = match.groups()
            if content:
                chunks.append(content)
            pos = match.end()
            if terminator == '"':
                return "".join(chunks), pos
            if terminator != "\\":
                raise self._problem("J001", pos - 1, 1, _control_message(terminator))
            pos = self._escape(pos, chunks)

    def _escape(self, pos: int, chunks: list[str]) -> int:
        """Decode the escape after a backslash at ``pos - 1``; return where the string goes on."""
        text = self.text
        char = text[pos : pos + 1]
        if char in _ESCAPES:
            chunks.append(_ESCAPES[char])
            return pos + 1
        if char != "u" or _HEX4.fullmatch(text, pos + 1, pos + 5) is None:
            if not char:
                raise self._problem("J001", pos - 1, 1, _UNTERMINATED)
            raise self._problem("J001", pos - 1, 2, _BAD_ESCAPE)
        code = int(text[pos + 1 : pos + 5], 16)
        pos += 5
        if 0xD800 <= code <= 0xDBFF and text.startswith("\\u", pos):
            low = text[pos + 2 : pos + 6]
            if _HEX4.fullmatch(low) and 0xDC00 <= int(low, 16) <= 0xDFFF:
                code = 0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00)
                pos += 6
        chunks.append(chr(code))
        return pos

    # -- problems ----------------------------------------------------------------------------

    def _unexpected(
        self,
        pos: int,
        expected: str,
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
            return self._problem("J004", comma, 1, _TRAILING_COMMA.format(char))
        if char == "," and not after_value:
            following = self._skip(pos + 1)
            if text[following : following + 1] in ("}", "]"):
                return self._problem("J004", pos, 1, _TRAILING_COMMA.format(text[following]))
        if value_expected:
            constant = _CONSTANT.match(text, pos)
            if constant is not None:
                word = constant.group()
                message = (
                    f"{word} is not a JSON number (NaN/Infinity are not JSON numbers); "
                    "write a number, or leave the member out"
                )
                return self._problem("J006", pos, len(word), message)
        return self._problem("J001", pos, 1, self._j001_message(pos, expected, after_value))

    def _j001_message(self, pos: int, expected: str, after_value: bool) -> str:
        """Say what was expected, where (shifted to the record's line in JSONL), and a hint."""
        span = span_at(self.text, pos)
        where = f"{span.line + self.first_line - 1}:{span.column}"
        char = self.text[pos : pos + 1]
        if not char:
            return f"invalid JSON: expected {expected} at {where}, but the text ends (cut off?)"
        found = _describe(char)
        if after_value:
            return (
                f"invalid JSON: unexpected {found} after the end of the JSON value at {where}; "
                "a document holds exactly one value"
            )
        message = f"invalid JSON: expected {expected} at {where}, found {found}"
        if char == "'":
            message += "; JSON strings and names use double quotes"
        elif char == "\ufeff":
            message += " (a byte-order mark); remove it"
        elif expected.startswith("a member name") and (char.isalpha() or char in "_$"):
            message += "; put the member name in double quotes"
        return message

    def _problem(self, code: str, pos: int, length: int, message: str) -> _SyntaxProblem:
        """The finding at ``pos``; a ``{at}`` in the message becomes its line:column."""
        span = span_at(self.text, pos, length)
        at = f"{span.line + self.first_line - 1}:{span.column}"
        return _SyntaxProblem(Finding(code, "", message.replace("{at}", at), span=span))


_EMPTY = (
    "invalid JSON: expected a value at {at}, but the document is empty; a request body is a "
    'JSON object such as {"coupon": {…}}'
)
_UNTERMINATED = "invalid JSON: unterminated string starting at {at}; add the closing '\"'"
_BAD_ESCAPE = (
    'invalid JSON: invalid escape at {at}; only \\" \\\\ \\/ \\b \\f \\n \\r \\t and '
    "\\uXXXX are allowed (write a backslash as \\\\)"
)
_COMMENT = "comments are not JSON; remove them (doc examples carry `// …` comments)"
_TRAILING_COMMA = "trailing comma: remove the ',' before '{}'"
_TOO_DEEP = f"nesting too deep: more than {MAX_DEPTH} levels of objects and arrays"
_TOO_MANY_DIGITS = (
    "number too large: {} digits (limit " + str(MAX_NUMBER_DIGITS) + "); no coupon field "
    "needs that many, so check the value"
)


def _control_message(char: str) -> str:
    escaped = _CONTROL_ESCAPES.get(char, f"\\u{ord(char):04x}")
    return (
        f"invalid JSON: control character U+{ord(char):04X} inside a string at {{at}}; "
        f"write it as {escaped}"
    )


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
