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

The message, the marker and the summary line are in the run's language (``RunResult.lang``);
the path, position, code, severity word and pointer are the same in every language, so logs
are searched and problem matchers parse them alike.

Colour only when writing to a terminal (never with NO_COLOR set, always with FORCE_COLOR), so
logs and pipes stay plain.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from typing import TextIO

from validator.finding import Diagnostic
from validator.reporters import FILES, ONE_FILE, RunResult, counted, printable_path
from validator.text import Text, message
from validator.text import render as render_text

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _CYAN, _RESET = "\033[1m", "\033[2m", "\033[36m", "\033[0m"
#: The marker after a message, with what separates it (a space, in English).
FIXABLE = message("report.fixable", " (fixable)")
#: The marker in English (``FIXABLE`` renders it in the report's language).
FIXABLE_MARK = FIXABLE.english.strip()

ALL_PASSED = message("report.all-passed", "All checks passed ({files} checked{skipped}).")
NONE_BUT_UNREAD = message(
    "report.none-but-unread", "No findings, but {unread} of {files} could not be read{skipped}."
)
FOUND = message(
    "report.found",
    "Found {counts} in {with_findings} of {files} checked{unread}{skipped}{fixable}.",
)
#: An optional clause of the summary: ``"; "`` and the note (``""`` when absent).
CLAUSE = message("report.clause", "; {note}")
UNREAD = message("report.unread", "; {count} could not be read")
FIXABLE_COUNT = message("report.fixable-count", "; {count} fixable with --fix")
COUNTS = message("report.counts", "{errors}, {warnings}")
COUNTS_WITH_INFOS = message("report.counts-with-infos", "{errors}, {warnings}, {infos}")
ONE_ERROR = message("report.error", "{count} error")
ERRORS = message("report.errors", "{count} errors")
ONE_WARNING = message("report.warning", "{count} warning")
WARNINGS = message("report.warnings", "{count} warnings")
ONE_INFO = message("report.info", "{count} info")
INFOS = message("report.infos", "{count} infos")

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


def shown_pointer(pointer: str) -> str:
    """The pointer as the brackets show it: exact, on one line, escaped as a JSON string is."""
    return _UNSAFE.sub(lambda m: _SHORT_ESCAPES.get(m[0], f"\\u{ord(m[0]):04x}"), pointer)


def line(d: Diagnostic, fixable: bool = False, colour: bool = False, lang: str = "en") -> str:
    """One finding: ``path:line:col: CODE severity [pointer] message``, then ``(fixable)``.

    The code, the severity word and the pointer are the same in every language (logs are
    searched and parsed for them); the message and the marker are in ``lang``.
    """
    location = f"{printable_path(d.file)}:{d.line}:{d.column}:"
    code, severity, pointer = d.code, d.severity, f"[{shown_pointer(d.pointer)}]"
    mark = render_text(FIXABLE(), lang) if fixable else ""
    if colour:
        location = f"{_BOLD}{location}{_RESET}"
        code = f"{_COLOURS[d.severity]}{_BOLD}{code}{_RESET}"
        severity = f"{_COLOURS[d.severity]}{severity}{_RESET}"
        pointer = f"{_DIM}{pointer}{_RESET}"
        if fixable:
            marker = mark.lstrip(" ")
            mark = f"{mark[: len(mark) - len(marker)]}{_CYAN}{marker}{_RESET}"
    return f"{location} {code} {severity} {pointer} {d.message}{mark}"


def summary(result: RunResult, fixable: int = 0) -> str:
    """The closing line, in the run's language: counts by severity, files with findings, and
    how many ``--fix`` would repair (left out when none)."""
    return render_text(_summary(result, fixable), result.lang)


def _summary(result: RunResult, fixable: int) -> Text:
    files = counted(len(result.files), ONE_FILE, FILES)
    unread = len(result.io_errors)
    skipped = CLAUSE(note=result.skipped_note()) if result.skipped else ""
    if not result.diagnostics and unread:  # not "All checks passed": some were not checked
        return NONE_BUT_UNREAD(unread=unread, files=files, skipped=skipped)
    if not result.diagnostics:
        return ALL_PASSED(files=files, skipped=skipped)
    errors, warnings, infos = (result.count(s) for s in ("error", "warning", "info"))
    parts = {
        "errors": counted(errors, ONE_ERROR, ERRORS),
        "warnings": counted(warnings, ONE_WARNING, WARNINGS),
    }
    counts = COUNTS(**parts)
    if infos:
        counts = COUNTS_WITH_INFOS(**parts, infos=counted(infos, ONE_INFO, INFOS))
    return FOUND(
        counts=counts,
        with_findings=len({d.file for d in result.diagnostics}),
        files=files,
        unread=UNREAD(count=unread) if unread else "",
        skipped=skipped,
        fixable=FIXABLE_COUNT(count=fixable) if fixable else "",
    )


def _fixable(result: RunResult) -> Collection[Diagnostic]:
    if result.fixable is not None:  # found as the files were checked
        return result.fixable
    if not result.diagnostics:  # a clean run does not even import the question
        return frozenset()
    from validator.reporters.fixable import fixable

    return fixable(result.diagnostics)


def render(result: RunResult, stream: TextIO) -> None:
    colour = _use_colour(stream)
    marked = _fixable(result)
    for d in () if result.summary_only else result.diagnostics:
        stream.write(line(d, d in marked, colour, result.lang) + "\n")
    stream.write(summary(result, sum(1 for d in result.diagnostics if d in marked)) + "\n")
