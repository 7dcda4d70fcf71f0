"""``--format text``: ruff-style lines ``path:line:col: CODE message`` and a summary.

Colour only when writing to a terminal (and never when NO_COLOR is set), so logs and pipes stay
plain.
"""

from __future__ import annotations

import os
from typing import TextIO

from validator.reporters import RunResult, printable_path

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


def _use_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(result: RunResult, stream: TextIO) -> None:
    colour = _use_colour(stream)
    for d in result.diagnostics:
        location = f"{printable_path(d.file)}:{d.line}:{d.column}:"
        code = d.code
        if colour:
            location = f"{_BOLD}{location}{_RESET}"
            code = f"{_COLOURS[d.severity]}{_BOLD}{code}{_RESET}"
        stream.write(f"{location} {code} {d.message}\n")
    files = len(result.files)
    errors, warnings, infos = (result.count(s) for s in ("error", "warning", "info"))
    unread = len(result.io_errors)
    if not result.diagnostics and unread:  # not "All checks passed": some were not checked
        stream.write(f"No findings, but {unread} of {_plural(files, 'file')} could not be read.\n")
        return
    if not result.diagnostics:
        stream.write(f"All checks passed ({_plural(files, 'file')} checked).\n")
        return
    parts = [_plural(errors, "error"), _plural(warnings, "warning")]
    if infos:
        parts.append(_plural(infos, "info"))
    with_findings = len({d.file for d in result.diagnostics})
    unread_note = f"; {unread} could not be read" if unread else ""
    stream.write(
        f"Found {', '.join(parts)} in {with_findings} of {_plural(files, 'file')} checked"
        f"{unread_note}.\n"
    )
