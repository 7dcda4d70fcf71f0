"""The one JSON lexer: where each token of a text starts and ends, and what kind it is.

Three consumers read JSON text token by token, and they must agree on what a token is:

- the strict parser (``validator.json.parser``), which runs on the few texts that
  ``json.loads`` rejects or cannot judge alone, and locates and classifies their first problem;
- the position map (``validator.json.positions``), built only for texts that parsed and have
  findings, which turns pointers into spans;
- the syntax fixes (``validator.fixes.syntax``), which find every comment and trailing comma.

One token grammar serves all three, written once as a regular expression: ``re`` runs in C, so
a token, and the blanks before it, cost one ``match`` call rather than a loop over characters.
A token's kind is the number of the group that matched (``match.lastindex``), which spares a
lookup per token. Strings are lexed leniently (a backslash and the character after it, whatever
it is): their escapes are checked only when they are decoded (``decode_string``), so that the
parser can say which escape is wrong and the fixes can walk past a string whatever its escapes.
Comments (``//`` to the end of the line, ``/* … */``) are tokens too: they are not JSON, but
the parser reports them (J003) and the fixes remove them.

Two patterns are built from the same token definitions. ``next_token`` and ``tokens`` use the
full one. The position map uses ``STRUCTURE``, which folds ``,`` and ``:`` into the blanks
between tokens: it reads only text that parsed, where an object's tokens alternate between
name and value, so the separators carry nothing the brackets do not, and skipping them in C
halves the tokens of an object. Measured on the corpus documents that have findings (the
hot path of a run with findings), the map built this way is as fast as the hand-written scan it
replaced, which split the text at quotes, or a little faster; built from the full pattern,
stepping over each separator in Python, it was a tenth to a fifth slower.

Offsets are ``str`` indexes, that is code points. ``span_at`` and ``LineIndex`` turn them into
the 1-based line and column of a ``Span``: a line break is ``"\\n"`` alone (CRLF counts once,
CR alone and U+2028 are no break), and the end is exclusive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from validator.finding import Span

# The token kinds: each is the number of its group in the patterns below. The kinds that
# ``STRUCTURE`` leaves out come last, so that both patterns number the others alike.
STRING = 1
BEGIN_OBJECT = 2
BEGIN_ARRAY = 3
END_OBJECT = 4
END_ARRAY = 5
NUMBER = 6
LITERAL = 7  # true, false or null
COLON = 8
COMMA = 9
COMMENT = 10
INVALID = 11  # one character that starts no token (only from ``next_token`` and ``tokens``)
END = 12  # the end of the text, after any blanks (only from ``next_token``)

#: A token as ``next_token`` and ``tokens`` return it: (kind, start, end), end exclusive.
Token = tuple[int, int, int]

SPACE = " \t\n\r"

_TOKENS = (
    r'"[^"\\\x00-\x1f]*(?:\\[\s\S][^"\\\x00-\x1f]*)*"',  # STRING: escapes checked on decoding
    r"\{",
    r"\[",
    r"\}",
    r"\]",
    r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?",  # NUMBER
    r"true|false|null",
    r":",
    r",",
    r"//[^\r\n]*|/\*[\s\S]*?\*/",  # COMMENT: a line comment stops before CR or LF
)


def _pattern(blanks: str, kinds: int) -> re.Pattern[str]:
    return re.compile(blanks + "(?:" + "|".join(f"({token})" for token in _TOKENS[:kinds]) + ")")


_TOKEN = _pattern(r"[ \t\n\r]*", COMMENT)

#: Blanks, commas and colons, then a token of the kinds ``STRING`` to ``LITERAL``: for texts
#: known to parse (see the module docstring). Use ``STRUCTURE.scanner(text, pos).match``.
STRUCTURE = _pattern(r"[ \t\n\r,:]*", LITERAL)

_SPACE = re.compile(r"[ \t\n\r]*")
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def skip_space(text: str, pos: int) -> int:
    """The offset of the first character at or after ``pos`` that is not a JSON blank."""
    return _SPACE.match(text, pos).end()  # type: ignore[union-attr]


def next_token(text: str, pos: int) -> Token:
    """The token after the blanks at ``pos``: ``END`` at the end of the text, ``INVALID`` (one
    character long) where no token starts, such as a quote whose string is not closed."""
    match = _TOKEN.match(text, pos)
    if match is not None:
        kind = match.lastindex
        start, end = match.span(kind)
        return kind, start, end  # type: ignore[return-value]
    start = skip_space(text, pos)
    if start == len(text):
        return END, start, start
    return INVALID, start, start + 1


def tokens(text: str, pos: int = 0) -> Iterator[Token]:
    """Every token from ``pos`` on, comments included, up to the end of the text or up to
    and including the first ``INVALID`` one (``END`` is not yielded)."""
    match = _TOKEN.scanner(text, pos).match
    while (found := match()) is not None:
        kind = found.lastindex
        start, end = found.span(kind)
        yield kind, start, end  # type: ignore[misc]
        pos = end
    token = next_token(text, pos)
    if token[0] == INVALID:
        yield token


def is_float(number: str) -> bool:
    """Whether a ``NUMBER`` token has a fraction or an exponent (``json`` makes it a float)."""
    return "." in number or "e" in number or "E" in number


# -- strings ---------------------------------------------------------------------------------


class StringProblem(Exception):
    """Why a string cannot be decoded, and where: ``problem`` is ``"unterminated"`` (at the
    opening quote, or at a backslash that ends the text), ``"control"`` (a raw control
    character, one long) or ``"escape"`` (a backslash and the character after it)."""

    def __init__(self, problem: str, offset: int, length: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.offset = offset
        self.length = length


def decode_string(text: str, start: int) -> tuple[str, int]:
    """The value of the string whose opening quote is at ``start``, and the offset after its
    closing quote; raises ``StringProblem`` at its first problem.

    The value is what ``json.loads`` gives: surrogate pairs written as two escapes are joined,
    a lone surrogate is kept.
    """
    chunks: list[str] = []
    pos = start + 1
    while True:
        match = _STRING_CHUNK.match(text, pos)
        if match is None:
            raise StringProblem("unterminated", start, 1)
        content, terminator = match.groups()
        if content:
            chunks.append(content)
        pos = match.end()
        if terminator == '"':
            return "".join(chunks), pos
        if terminator != "\\":
            raise StringProblem("control", pos - 1, 1)
        pos = _escape(text, pos, chunks)


def _escape(text: str, pos: int, chunks: list[str]) -> int:
    """Decode the escape after a backslash at ``pos - 1``; return where the string goes on."""
    char = text[pos : pos + 1]
    if char in _ESCAPES:
        chunks.append(_ESCAPES[char])
        return pos + 1
    if char != "u" or _HEX4.fullmatch(text, pos + 1, pos + 5) is None:
        if not char:
            raise StringProblem("unterminated", pos - 1, 1)
        raise StringProblem("escape", pos - 1, 2)
    code = int(text[pos + 1 : pos + 5], 16)
    pos += 5
    if 0xD800 <= code <= 0xDBFF and text.startswith("\\u", pos):
        low = text[pos + 2 : pos + 6]
        if _HEX4.fullmatch(low) and 0xDC00 <= int(low, 16) <= 0xDFFF:
            code = 0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00)
            pos += 6
    chunks.append(chr(code))
    return pos


# -- lines and columns -----------------------------------------------------------------------


def span_at(text: str, offset: int, length: int = 1) -> Span:
    """The span of ``length`` code points at ``offset`` (which may be just past the end).

    Counting is done by ``str.count``/``rfind`` in C, which for one span (a syntax problem)
    or a small text is cheaper than building a line table.
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


_LINE_TABLE_ABOVE = 1 << 16  # longer texts get a line table; shorter ones just count


def line_starts(text: str) -> list[int]:
    """The offset at which each line of ``text`` starts, the first line's (0) included."""
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


class LineIndex:
    """Spans of many offsets in one text: by counting in a short text, by bisecting a table of
    line starts (built on first use) in a long one, where counting from the start each time
    would make many lookups quadratic."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def span(self, start: int, end: int) -> Span:
        """The span from offset ``start`` to offset ``end`` (exclusive)."""
        if len(self._text) < _LINE_TABLE_ABOVE:
            return span_at(self._text, start, end - start)
        line, column = self._line_column(start)
        end_line, end_column = self._line_column(end)
        return Span(line, column, end_line, end_column)

    def _line_column(self, offset: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = line_starts(self._text)
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
