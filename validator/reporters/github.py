"""``--format github``: GitHub Actions workflow commands, so findings appear as annotations on
the lines of a pull request without uploading anything.

One line per finding: ``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message``
(``::warning`` for warnings, ``::notice`` for infos). The runner parses these lines, so values
are escaped as the runner expects: ``%``, CR and LF everywhere, and ``,`` and ``:`` inside
properties, where they would otherwise end a property or the property list.
"""

from __future__ import annotations

import os
from typing import TextIO

from validator.finding import Diagnostic
from validator.reporters import RunResult, printable_path

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escaping for the message after ``::``."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escaping for a ``key=value`` property before ``::``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotated_path(file: str) -> str:
    """The path as GitHub matches it against the repository's files: without ``.`` segments
    (``check ./coupons`` names ``./coupons/a.json``), which the runner passes on as they are
    and the pull request's file list never contains. Absolute paths stay: the runner makes those
    inside the workspace relative itself."""
    path = printable_path(file).replace(os.sep, "/")
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return ("/" if path.startswith("/") else "") + "/".join(parts) if parts else path


def command(diagnostic: Diagnostic) -> str:
    """The workflow command of one finding (no position when the finding has none, and no file
    for standard input, which GitHub could not open)."""
    properties = []
    if diagnostic.file != "-":
        properties.append(("file", annotated_path(diagnostic.file)))
    if diagnostic.line > 0 and diagnostic.file != "-":
        properties += [
            ("line", str(diagnostic.line)),
            ("col", str(diagnostic.column)),
            ("endLine", str(diagnostic.end_line)),
            ("endColumn", str(diagnostic.end_column)),
        ]
    properties.append(("title", diagnostic.code))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[diagnostic.severity]} {joined}::{escape_data(diagnostic.message)}"


def render(result: RunResult, stream: TextIO) -> None:
    for diagnostic in result.diagnostics:
        stream.write(command(diagnostic) + "\n")
