"""The findings cap: which findings of a document are shown when it has too many.

A coupon body has at most a few hundred meaningful findings; past ``engine.MAX_FINDINGS``
(1,000) the input is one mistake repeated (10^5 ids written as strings) or not a coupon body
at all, and listing every finding costs memory and buries the useful ones in a CI log. So the
engine keeps the first findings of a document in output order (line, column, code, pointer),
counts the rest in one J010 (``hidden_note``), and makes spans for the kept ones only.

Ranking must not cost what it saves. Within one document, line and column order is the order
in which values start in the text, and for a parsed document that is the order of its members
and items: a member's name comes before its value, a value before everything inside it, and
both before the next member. So a finding's place is read off the loaded value (a few
dictionary lookups along its pointer), no position map of 10^5 pointers is built, and only
the kept findings' keys are alive at a time. The one exception is a document with a duplicated
member (J002): its parsed object keeps the first occurrence's place but the last occurrence's
value, so its findings are ranked by their text offsets instead.
"""

from __future__ import annotations

from collections.abc import Callable
from heapq import nsmallest
from typing import Any

from validator.finding import Finding, Span
from validator.json.loader import LoadedDocument
from validator.json.pointer import split
from validator.text import message

_START = Span(1, 1, 1, 1)
_NOWHERE = Span(0, 0, 0, 0)
_WHITESPACE = " \t\n\r"

Place = tuple[int, ...]

_HIDDEN_ONE = message("J010.hidden-one", "{count} more finding not shown; fix the ones above first")
_HIDDEN = message("J010.hidden", "{count} more findings not shown; fix the ones above first")


def first_findings(
    findings: list[Finding],
    loaded: LoadedDocument,
    limit: int,
    printable: Callable[[str], str],
) -> list[Finding]:
    """The ``limit`` findings of one document that sort first, in no particular order.

    ``printable`` is the engine's rendering of a pointer, so that ties are broken as the
    diagnostics' sort breaks them.
    """
    place = _places(findings, loaded)
    return nsmallest(
        limit,
        findings,
        key=lambda finding: (place(finding), finding.code, printable(finding.pointer)),
    )


def hidden_note(hidden: int, loaded: LoadedDocument) -> Finding:
    """The J010 finding that stands for ``hidden`` findings not shown, at the document's start."""
    note = (_HIDDEN_ONE if hidden == 1 else _HIDDEN)(count=hidden)
    at = None if loaded.text is None else _START  # no text: no positions at all
    return Finding("J010", "", note, span=at)


def _places(findings: list[Finding], loaded: LoadedDocument) -> Callable[[Finding], Place]:
    """How to place a finding in the document's order (a key that sorts as line and column)."""
    if loaded.text is None or loaded.fatal or loaded.value is None:
        # No position map: a finding is shown at its own span, else at 0:0 (no text) or 1:1.
        default = _NOWHERE if loaded.text is None else _START
        return lambda finding: (finding.span or default)[:2]
    spans = {f.span for f in findings if f.span is not None}
    if spans <= {_START}:
        return _document_order(loaded.value, loaded.text)
    return _text_offsets(findings, loaded)


def _document_order(root: Any, text: str) -> Callable[[Finding], Place]:
    """Places read off the parsed value: ``(0, i1, k1, i2, k2, …)``, where each ``i`` is a
    member's or item's ordinal in its container and ``k`` is 0 for a member's name and 1 for
    a value. A pointer that does not resolve (a missing member) is placed at its nearest
    existing ancestor's value, as the position map locates it. A finding with a span (the
    loader's J005, at 1:1) is placed at the start of the text: before the top-level value when
    whitespace precedes it, at the same place when not.

    Findings come roughly in document order, many of them in one container, so the last
    container resolved is remembered and each such finding costs one lookup.
    """
    ordinals: dict[int, dict[str, int]] = {}  # id(object) → {member name: ordinal}
    at_start: Place = (0,) if text[:1] not in _WHITESPACE else (-1,)
    last: list[Any] = [None, None, ()]  # pointer, node (None: it does not resolve), place

    def step(node: Any, token: str, to_key: bool) -> tuple[Any, int, int] | None:
        """(child, ordinal, kind) of one token below ``node``, or None if there is no child."""
        if isinstance(node, dict):
            order = ordinals.get(id(node))
            if order is None:
                order = ordinals[id(node)] = {name: i for i, name in enumerate(node)}
            ordinal = order.get(token)
            if ordinal is None:
                return None
            return node[token], ordinal, 0 if to_key else 1
        if isinstance(node, list) and _is_index(token) and int(token) < len(node):
            return node[int(token)], int(token), 1  # an item has no name: shown at its value
        return None

    def container(pointer: str) -> tuple[Any, Place]:
        """The node at ``pointer`` (None if it does not resolve) and its place."""
        if pointer != last[0]:
            node, path = root, [0]
            for token in split(pointer):
                found = step(node, token, False)
                if found is None:
                    node = None
                    break
                node, ordinal, kind = found
                path += (ordinal, kind)
            last[:] = [pointer, node, tuple(path)]
        return last[1], last[2]

    def place(finding: Finding) -> Place:
        if finding.span is not None:
            return at_start
        pointer = finding.pointer
        if not pointer:
            return (0,)
        cut = pointer.rfind("/")
        node, path = container(pointer[:cut])
        token = pointer[cut + 1 :]
        if "~" in token:
            token = token.replace("~1", "/").replace("~0", "~")
        found = None if node is None else step(node, token, finding.target == "key")
        return path if found is None else (*path, found[1], found[2])

    return place


def _is_index(token: str) -> bool:
    """An array index as the position map writes it: ASCII digits without a leading zero."""
    return token.isascii() and token.isdigit() and (token == "0" or token[0] != "0")


def _text_offsets(findings: list[Finding], loaded: LoadedDocument) -> Callable[[Finding], Place]:
    """Places as text offsets, for a document whose parsed value does not follow its text: the
    position map locates the findings without a span, and the loader's spans (J002 at the
    later occurrence, J005) are turned back into offsets by one walk over the text's lines."""
    positions = loaded.positions_for(f.pointer for f in findings if f.span is None)
    text = loaded.text or ""
    offsets: dict[Span, int] = {}
    line, line_start = 1, 0
    for span in sorted({f.span for f in findings if f.span is not None}):
        while line < span.line:
            found = text.find("\n", line_start)
            if found < 0:
                break
            line, line_start = line + 1, found + 1
        offsets[span] = line_start + span.column - 1

    def place(finding: Finding) -> Place:
        if finding.span is not None:
            return (offsets[finding.span],)
        return (positions.start(finding.pointer, finding.target),)

    return place
