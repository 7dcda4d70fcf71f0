"""Bytes → parsed value plus the loading findings (the J-codes).

Steps, in the catalogue's order: size (J009) → byte-order mark (J005) → UTF-8 (J007) → parsing
(first syntax problem only: J003, J004, J006, J009 or J001; duplicates J002 along the way) →
top-level type (J008). No input makes this module raise.

Speed: almost every file is valid JSON without duplicates, so ``json.loads`` (C) runs first,
with hooks that abort on a duplicate name or a NaN/Infinity constant, and two cheap text checks
(bracket count, long digit runs) that rule out J009. Only when one of those trips does the
strict parser (``validator.json.parser``, on the shared lexer) run. It is slower, but it knows
*where* the problem is and classifies it. Positions are not computed on the fast path:
``LoadedDocument.positions()`` builds them on first use, which the engine does only for
documents with findings. The parser, the position map and the lexer under both are imported
on first use too, so a run over clean files never compiles the lexer's patterns.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from validator.finding import Finding, Span
from validator.json.limits import MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_NUMBER_DIGITS
from validator.record import MutableRecord
from validator.text import message

if TYPE_CHECKING:
    from validator.json.positions import PositionMap

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "MAX_NUMBER_DIGITS",
    "LoadedDocument",
    "first_read_size",
    "iter_jsonl",
    "load_bytes",
    "load_text",
    "not_json_data",
    "oversized_file",
    "read_at_most",
    "read_chunks",
]

_BOM = b"\xef\xbb\xbf"
_JSONL_CHUNK = 1 << 16
_START = Span(1, 1, 1, 1)

# A number token has at most three digit runs (integer, fraction, exponent), so more than 100
# digits mean a run of at least 34. Finding such a run in bytes mapped to "0"/" " costs two C
# calls; a regex over the text costs three times as much. The same mapped bytes count the
# opening brackets, "[" and "{" both mapped to "[", for the depth check.
_DIGIT_MAP = bytes(48 if 48 <= byte <= 57 else 91 if byte in b"[{" else 32 for byte in range(256))
_LONG_RUN = b"0" * -(-MAX_NUMBER_DIGITS // 3)


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
            from validator.json.positions import build_positions

            self._positions = build_positions(self.text or "")
        return self._positions

    def positions_for(self, pointers: Iterable[str]) -> PositionMap:
        """A map that locates ``pointers``: the full map if it is built already, else one that
        skips the containers holding none of them (a finding beside a million-item array
        should not pay for a million entries). Not cached: the engine asks once."""
        if self._positions is not None:
            return self._positions
        from validator.json.positions import build_positions

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


def not_json_data(error: Exception) -> LoadedDocument:
    """J001 for a library payload that ``json`` cannot serialise (a set, a datetime), in the
    words of ``json``'s own error; there is no text, so no position."""
    return _fatal([], Finding("J001", "", _NOT_JSON_DATA(error=str(error))), None)


def iter_jsonl(stream: BinaryIO) -> Iterator[tuple[int, LoadedDocument]]:
    """One document per line; the record number is the 1-based line number.

    Lines are assembled from fixed-size chunks, so a line longer than 10 MiB is never held in
    memory: once it passes the limit its bytes are dropped until the next newline and it yields
    a J009 record. Blank or whitespace-only lines are skipped: they hold no record.
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
        findings.append(Finding("J005", "", _BOM_FOUND(), span=_START))
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
    message = _FOREIGN(encoding=name)
    return Finding("J007", "", message, span=Span(1, bad + 1, 1, bad + 2))


def _not_utf8(data: bytes, bad: int, first_line: int) -> Finding:
    """J007 at the first undecodable byte; its column counts the code points before it."""
    from validator.json.lexer import span_at

    before = data[:bad].decode("utf-8")
    span = span_at(before, len(before))
    at = f"{span.line + first_line - 1}:{span.column}"
    message = _BAD_BYTE(byte=f"{data[bad]:02X}", at=at)
    return Finding("J007", "", message, span=span)


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _too_large(what: str) -> Finding:
    return Finding("J009", "", _TOO_LARGE[what](), span=_START)


def _fatal(findings: list[Finding], finding: Finding, text: str | None) -> LoadedDocument:
    return LoadedDocument(value=None, findings=[*findings, finding], text=text, fatal=True)


# -- text → value ----------------------------------------------------------------------------


class _Duplicate(Exception):
    """Raised by the fast path's hook: the parser must find and report the duplicate."""


class _Constant(Exception):
    """Raised by the fast path on NaN/Infinity: the parser reports J006 at the word."""


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
        from validator.json.parser import Parser  # imported here: clean files never need it

        parser = Parser(text, first_line)
        value, fatal_finding = parser.parse()
        findings = findings + parser.duplicates
        if fatal_finding is not None:
            return _fatal(findings, fatal_finding, text)
    if not isinstance(value, dict):
        return _fatal(findings, _not_an_object(text, value), text)
    return LoadedDocument(value=value, findings=findings, text=text, fatal=False)


_SLOW = object()


def _fast_parse(text: str, raw: bytes) -> Any:
    """``json.loads`` and the cheap J009 checks; ``_SLOW`` when the parser must decide.

    Depth cannot pass 64 with at most 64 opening brackets, so the parsed value is walked only
    for bigger documents; a long digit run (in a number or a string) sends the text to the
    parser, which counts the digits of each number token exactly.
    """
    try:
        value = _DECODER.decode(text)
    except Exception:  # any failure (syntax, hooks, recursion, int limits) is the parser's
        return _SLOW
    mapped = raw.translate(_DIGIT_MAP)
    if mapped.count(b"[") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
        return _SLOW
    if _LONG_RUN in mapped:
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
    from validator.json.lexer import SPACE, span_at

    start = len(text) - len(text.lstrip(SPACE))
    end = len(text.rstrip(SPACE))
    kind = _json_kind(value)
    hint = _JSONL_HINT() if kind == "an array" else ""
    message = _NOT_AN_OBJECT(kind=_KINDS[kind](), hint=hint)
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


# -- messages ------------------------------------------------------------------------------

# The English is here, the Chinese in ``validator.text.zh.loading`` (see ``validator.text``).
_NOT_JSON_DATA = message("J001.not-json-data", "the payload is not JSON data: {error}")
_BOM_FOUND = message(
    "J005.byte-order-mark",
    "remove the byte-order mark (EF BB BF) at the start; JSON text is UTF-8 without a BOM, "
    "and some servers reject it",
)
_FOREIGN = message(
    "J007.utf16-or-utf32",
    "file is not UTF-8: it looks like {encoding}; save it as UTF-8 (without a BOM)",
)
_BAD_BYTE = message(
    "J007.bad-byte",
    "file is not UTF-8: byte 0x{byte} at {at} cannot be decoded; save the file as UTF-8",
)
_TOO_LARGE = {
    "document": message(
        "J009.document-too-large",
        "document too large (limit 10 MiB); split it into smaller documents",
    ),
    "file": message(
        "J009.file-too-large", "file too large (limit 10 MiB); split it into smaller documents"
    ),
    "record": message(
        "J009.record-too-large",
        "record too large (limit 10 MiB); split it into smaller documents",
    ),
}
_NOT_AN_OBJECT = message(
    "J008.not-an-object", "a request body must be a JSON object {{…}}, got {kind}{hint}"
)
_JSONL_HINT = message(
    "J008.jsonl-hint", "; for many bodies in one file, use .jsonl (one object per line)"
)
_KINDS = {
    "an array": message("J008.an-array", "an array"),
    "a string": message("J008.a-string", "a string"),
    "null": message("J008.null", "null"),
    "a boolean": message("J008.a-boolean", "a boolean"),
    "a number": message("J008.a-number", "a number"),
}
