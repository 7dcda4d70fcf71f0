"""``--format text``: one line per finding and a closing summary, for people and CI logs.

    coupons/spring.json:15:25: S004 error [/coupon/coupon_info/discount_info/discount_num] …
    coupons/weekend.json:8:19: U001 error [/receive_info/start_time] … (fixable)
    Found 2 errors, 0 warnings in 2 of 5 files checked; 1 fixable with --fix.

The severity is a word, not only a colour, so a warning does not look like an error in a log
without colours; the JSON Pointer in brackets names the member even where the line and column
do not (a body written on one line). The root of the document is ``[]``, the empty pointer:
``[/]`` would be the member whose name is the empty string. Inside the brackets a backslash,
control characters, line separators and lone surrogates are written as in a JSON string
(``\\\\``, ``\\n``, ``\\u2028``), so every finding stays on one line and the pointer can be read
back exactly. ``(fixable)`` marks a finding ``check --fix`` would repair (see
``validator.reporters.fixable``: decided by the fix engine, not by the code).

Colour only when writing to a terminal (never with NO_COLOR set, always with FORCE_COLOR), so
logs and pipes stay plain.
"""

from __future__ import annotations

import os
import re
from typing import TextIO

from validator.finding import Diagnostic
from validator.reporters import RunResult, printable_path

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _CYAN, _RESET = "\033[1m", "\033[2m", "\033[36m", "\033[0m"
FIXABLE_MARK = "(fixable)"

#: What cannot appear raw inside the brackets: the backslash (the escape character itself),
#: C0 and C1 controls, DEL, the Unicode line and paragraph separators (``str.splitlines``
#: breaks at all of these), and lone surrogates, which no UTF-8 stream can write.
_UNSAFE = re.compile("[\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_SHORT_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def shown_pointer(pointer: str) -> str:
    """The pointer as the brackets show it: exact, on one line, escaped as a JSON string is."""
    return _UNSAFE.sub(lambda m: _SHORT_ESCAPES.get(m[0], f"\\u{ord(m[0]):04x}"), pointer)


def line(d: Diagnostic, fixable: bool = False, colour: bool = False) -> str:
    """One finding: ``path:line:col: CODE severity [pointer] message``, then ``(fixable)``."""
    location = f"{printable_path(d.file)}:{d.line}:{d.column}:"
    code, severity, pointer = d.code, d.severity, f"[{shown_pointer(d.pointer)}]"
    mark = f" {FIXABLE_MARK}" if fixable else ""
    if colour:
        location = f"{_BOLD}{location}{_RESET}"
        code = f"{_COLOURS[d.severity]}{_BOLD}{code}{_RESET}"
        severity = f"{_COLOURS[d.severity]}{severity}{_RESET}"
        pointer = f"{_DIM}{pointer}{_RESET}"
        mark = f" {_CYAN}{FIXABLE_MARK}{_RESET}" if fixable else ""
    return f"{location} {code} {severity} {pointer} {d.message}{mark}"


def summary(result: RunResult, fixable: int = 0) -> str:
    """The closing line: counts by severity, files with findings, and how many ``--fix``
    would repair (left out when none)."""
    files = len(result.files)
    unread = len(result.io_errors)
    skipped = f"; {result.skipped_note()}" if result.skipped else ""
    if not result.diagnostics and unread:  # not "All checks passed": some were not checked
        return f"No findings, but {unread} of {_plural(files, 'file')} could not be read{skipped}."
    if not result.diagnostics:
        return f"All checks passed ({_plural(files, 'file')} checked{skipped})."
    errors, warnings, infos = (result.count(s) for s in ("error", "warning", "info"))
    parts = [_plural(errors, "error"), _plural(warnings, "warning")]
    if infos:
        parts.append(_plural(infos, "info"))
    with_findings = len({d.file for d in result.diagnostics})
    notes = (f"; {unread} could not be read" if unread else "") + skipped
    if fixable:
        notes += f"; {fixable} fixable with --fix"
    counts = ", ".join(parts)
    return f"Found {counts} in {with_findings} of {_plural(files, 'file')} checked{notes}."


def _fixable(diagnostics: list[Diagnostic]) -> frozenset[Diagnostic]:
    if not diagnostics:  # a clean run does not even import the question
        return frozenset()
    from validator.reporters.fixable import fixable

    return fixable(diagnostics)


def render(result: RunResult, stream: TextIO) -> None:
    colour = _use_colour(stream)
    marked = _fixable(result.diagnostics)
    for d in () if result.summary_only else result.diagnostics:
        stream.write(line(d, d in marked, colour) + "\n")
    stream.write(summary(result, sum(1 for d in result.diagnostics if d in marked)) + "\n")
