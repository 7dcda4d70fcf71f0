"""Text edits for the loading codes that have one obvious repair: J003 comments, J004 commas.

Why not one parse per problem: the loader stops at the first syntax problem, which for a pasted
official example is the first of a dozen ``// …`` comments, and fixing one comment per re-parse
would cost one full parse per comment. Instead the loader tells us *that* the first problem is
a comment or a trailing comma; this module then walks the tokens of the shared lexer
(``validator.json.lexer``: double-quoted strings with escapes, numbers, literals, brackets,
separators, and comments) and collects every comment and every comma that stands before a
closing bracket.

Safety: the walk stops at the first token that JSON (plus comments) does not allow there: a
single quote, a raw line break inside a string, an unquoted word, two values in a row, an
unterminated ``/*``. Nothing after that point is touched, because it could no longer be sure
what is inside a string and what is not (``'http://x'`` must never lose its ``//x'``). The
caller re-parses after applying the edits; whatever problem made the walk stop is then reported
as usual.
"""

from __future__ import annotations

from typing import NamedTuple

from validator.json.lexer import (
    BEGIN_ARRAY,
    BEGIN_OBJECT,
    COLON,
    COMMA,
    COMMENT,
    END_ARRAY,
    END_OBJECT,
    INVALID,
    tokens,
)

_INLINE_SPACE = " \t"
_LINE_END = "\r\n"
_VALUE_MAY_FOLLOW = (None, "open", "comma", "colon")


class TextEdit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement``; ``code`` and ``what`` say why.

    A named tuple, not a dataclass: the ``(fixable)`` marker of every text report with a
    fixable finding imports the fixers, and ``dataclasses`` would add its imports to that run.
    """

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
    previous: str | None = None  # the last significant token: open, close, value, comma, colon
    pending_comma = -1  # offset of a comma that may turn out to be trailing
    for kind, start, end in tokens(text):
        if kind == COMMENT:
            if "J003" in codes:
                edits.append(_comment_edit(text, start, end))
        elif kind in (END_OBJECT, END_ARRAY):
            if previous == "comma" and pending_comma >= 0 and "J004" in codes:
                edits.append(_comma_edit(text, pending_comma, text[start]))
            elif previous in ("comma", "colon"):
                break
            previous = "close"
        elif kind == COMMA:
            if previous not in ("value", "close"):
                break
            previous, pending_comma = "comma", start
        elif kind == COLON:
            if previous != "value":
                break
            previous = "colon"
        elif kind == INVALID or previous not in _VALUE_MAY_FOLLOW:
            break
        else:
            previous = "open" if kind in (BEGIN_OBJECT, BEGIN_ARRAY) else "value"
    return edits


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
