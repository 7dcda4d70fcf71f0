"""Text edits for the loading codes that have one obvious repair: J003 comments, J004 commas.

Why a lexer of its own and not the loader's parser: the loader stops at the first syntax problem
(rules.md §6), which for a pasted official example is the first of a dozen ``// …`` comments.
Fixing one comment per re-parse would cost one full scan per comment. Instead the loader tells
us *that* the first problem is a comment or a trailing comma, and *where*; everything before
that point is proven JSON. From there this module walks the text with JSON's own token rules
(double-quoted strings with escapes, numbers, literals, brackets, separators) and collects every
comment and every comma that stands before a closing bracket.

Safety: the walk stops at the first character that JSON (plus comments) does not allow there:
a single quote, a raw line break inside a string, an unquoted word, two values in a row, an
unterminated ``/*``. Nothing after that point is touched, because the lexer could no longer be
sure what is inside a string and what is not (``'http://x'`` must never lose its ``//x'``). The
caller re-parses after applying the edits; whatever problem made the walk stop is then reported
as usual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = " \t\r\n"
_INLINE_SPACE = " \t"
_LINE_END = "\r\n"
_SCALAR = re.compile(r"[A-Za-z0-9+\-.]+")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_LITERALS = ("true", "false", "null")
_VALUE_MAY_FOLLOW = (None, "open", "comma", "colon")


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``replacement``; ``code`` and ``what`` say why."""

    start: int
    end: int
    replacement: str
    code: str
    pointer: str
    what: str


def syntax_edits(text: str, codes: frozenset[str]) -> list[TextEdit]:
    """Every comment (J003) and trailing comma (J004) that the walk can prove is one.

    ``codes`` limits the edits to the codes the caller may fix. The edits never overlap.
    """
    edits: list[TextEdit] = []
    size = len(text)
    pos = 0
    previous: str | None = None  # the last significant token: open, close, value, comma, colon
    pending_comma = -1  # offset of a comma that may turn out to be trailing
    while pos < size:
        char = text[pos]
        if char in _SPACE:
            pos += 1
        elif char == "/":
            end = _comment_end(text, pos)
            if end < 0:
                break
            if "J003" in codes:
                edits.append(_comment_edit(text, pos, end))
            pos = end
        elif char == '"':
            if previous not in _VALUE_MAY_FOLLOW:
                break
            end = _string_end(text, pos)
            if end < 0:
                break
            previous, pos = "value", end
        elif char == "{" or char == "[":
            if previous not in _VALUE_MAY_FOLLOW:
                break
            previous, pos = "open", pos + 1
        elif char == "}" or char == "]":
            if previous == "comma" and pending_comma >= 0 and "J004" in codes:
                edits.append(_comma_edit(text, pending_comma, char))
            elif previous == "comma" or previous == "colon":
                break
            previous, pos = "close", pos + 1
        elif char == ",":
            if previous not in ("value", "close"):
                break
            previous, pending_comma, pos = "comma", pos, pos + 1
        elif char == ":":
            if previous != "value":
                break
            previous, pos = "colon", pos + 1
        else:
            match = _SCALAR.match(text, pos)
            if match is None or previous not in _VALUE_MAY_FOLLOW:
                break
            word = match.group()
            if word not in _LITERALS and _NUMBER.fullmatch(word) is None:
                break
            previous, pos = "value", match.end()
    return edits


def _comment_end(text: str, start: int) -> int:
    """Where the comment at ``start`` ends (a ``//`` comment stops before the line break,
    so CRLF stays whole); -1 if this is no comment or ``/*`` is never closed."""
    kind = text[start + 1 : start + 2]
    if kind == "/":
        end = start + 2
        while end < len(text) and text[end] not in _LINE_END:
            end += 1
        return end
    if kind == "*":
        close = text.find("*/", start + 2)
        return -1 if close < 0 else close + 2
    return -1


def _string_end(text: str, start: int) -> int:
    """The offset after the closing quote, or -1 if the string is not proper JSON: a raw
    control character (a line break) means the quote may not be what it seems."""
    pos = start + 1
    size = len(text)
    while pos < size:
        char = text[pos]
        if char == '"':
            return pos + 1
        if char == "\\":
            pos += 2
            continue
        if char < " ":
            return -1
        pos += 1
    return -1


def _comment_edit(text: str, start: int, end: int) -> TextEdit:
    """Remove a comment and the blank space it would leave behind.

    - alone on its line(s): the whole line goes, line break included;
    - at the end of a line, or before a separator or closing bracket: the blanks before it go
      too (``1 /* x */,`` → ``1,``), a line break stays;
    - before a value on the same line: the blanks after it go, the indentation stays.
    """
    before = start
    while before > 0 and text[before - 1] in _INLINE_SPACE:
        before -= 1
    after = end
    while after < len(text) and text[after] in _INLINE_SPACE:
        after += 1
    line_start = before == 0 or text[before - 1] == "\n"
    line_end = after == len(text) or text[after] in _LINE_END
    if line_start and line_end:
        if text.startswith("\r\n", after):
            after += 2
        elif after < len(text):
            after += 1
        remove = (before, after)
    elif line_end or text[after] in ",:}]":
        remove = (before, after)  # nothing to keep apart from what follows
    else:
        remove = (start, after)
    shown = " ".join(text[start:end].split())
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return TextEdit(remove[0], remove[1], "", "J003", "", f"removed the comment {shown}")


def _comma_edit(text: str, comma: int, closing: str) -> TextEdit:
    """Remove a trailing comma, with the blanks before it on its line (``1 ,}`` → ``1}``);
    a comma alone on its line takes the line with it."""
    before = comma
    while before > 0 and text[before - 1] in _INLINE_SPACE:
        before -= 1
    after = comma + 1
    while after < len(text) and text[after] in _INLINE_SPACE:
        after += 1
    if (before == 0 or text[before - 1] == "\n") and (
        after == len(text) or text[after] in _LINE_END
    ):
        after += 2 if text.startswith("\r\n", after) else int(after < len(text))
        return TextEdit(
            before, after, "", "J004", "", f"removed the trailing comma before '{closing}'"
        )
    return TextEdit(
        before, comma + 1, "", "J004", "", f"removed the trailing comma before '{closing}'"
    )


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply non-overlapping edits (in any order) to ``text``."""
    pieces: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: e.start):
        pieces.append(text[pos : edit.start])
        pieces.append(edit.replacement)
        pos = edit.end
    pieces.append(text[pos:])
    return "".join(pieces)


def without_overlaps(edits: list[TextEdit]) -> list[TextEdit]:
    """The smallest edits first; an edit that overlaps a chosen one waits for the next pass
    (the B007 unwrap contains the value fixes inside the wrapper)."""
    chosen: list[TextEdit] = []
    for edit in sorted(edits, key=lambda e: (e.end - e.start, e.start)):
        if all(edit.end <= other.start or other.end <= edit.start for other in chosen):
            chosen.append(edit)
    return sorted(chosen, key=lambda e: e.start)
