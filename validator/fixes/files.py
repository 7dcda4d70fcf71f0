"""Fixing whole inputs: files, JSONL records, standard input; the diff; the atomic rewrite.

Kept apart from the fixes themselves so that the pure functions (``fix_text``/``fix_bytes``)
never touch the file system, and the command line stays a thin caller of ``fix_target``.

JSONL: each record (line) is fixed on its own, like ``check`` validates each on its own, and
the record number travels with each applied fix. Line breaks between records are kept as they
are (a ``\\r`` before the ``\\n`` included), and no fix adds or removes a line break inside a
record, so the record numbers of the report stay valid after fixing. ``--fix`` rewrites a JSONL
file as a stream (``validator.fixes.stream``), so its size does not matter; ``--diff`` still
holds the file and its fixed copy, to diff them.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field

from validator.finding import Diagnostic
from validator.fixes import Allow, AppliedFix, fix_bytes
from validator.fixes.stream import AtomicRewrite, WriteError, rewrite_jsonl
from validator.inputs import STDIN
from validator.inputs.read import InputError, describe, is_jsonl, read_document, read_whole
from validator.inputs.runner import check_one, check_read
from validator.json.loader import MAX_DOCUMENT_BYTES
from validator.text import message

STDIN_LABEL = "<stdin>"
#: An ``error`` of a file that could not be written (``InputError.problem`` when not read).
CANNOT_WRITE = message("fix.cannot-write", "{path}: cannot write the fixed file ({reason})")


@dataclass
class FileFix:
    """One input before and after fixing; ``error`` when it could not be read or written.

    ``before`` and ``after`` are None for a file too large to be read (J009: nothing to fix),
    and for a JSONL file fixed as a stream (``streamed``): neither is held then, ``count`` is
    the number of fixes and ``differs`` whether the fixed file differs from the original.
    """

    display: str
    before: bytes | None = b""
    after: bytes | None = b""
    applied: list[AppliedFix] = field(default_factory=list)
    error: str | None = None
    readable: bool = True
    streamed: bool = False
    count: int = 0
    differs: bool = False

    @property
    def changed(self) -> bool:
        return self.differs if self.streamed else self.after != self.before

    @property
    def fixes(self) -> int:
        """How many fixes were applied (or would be)."""
        return self.count if self.streamed else len(self.applied)

    def unchanged(self) -> FileFix:
        """This input as it was before fixing (what the file holds when it was not written)."""
        return FileFix(self.display, self.before, self.before, streamed=self.streamed)


def fix_data(data: bytes, jsonl: bool, api: str, now: int, allow: Allow | None) -> FileFix:
    """Fix one input held in memory (a JSONL input record by record)."""
    if not jsonl:
        result = fix_bytes(data, api, now, allow)
        return FileFix("", data, result.data, result.applied)
    pieces = data.split(b"\n")
    applied: list[AppliedFix] = []
    for index, piece in enumerate(pieces):
        if not piece.strip(b" \t\r"):
            continue  # blank lines are not records: check skips them too
        result = fix_bytes(piece, api, now, allow)
        if result.changed:
            pieces[index] = result.data
            applied.extend(fix._replace(record=index + 1) for fix in result.applied)
    return FileFix("", data, b"\n".join(pieces), applied)


def fix_target(
    target: str, api: str, now: int, allow: Allow | None = None, *, write: bool = False
) -> FileFix:
    """Read, fix and (with ``write``, only if something changed) rewrite one file.

    Read as ``check`` reads it (``validator.inputs.read``), so an input that cannot be read
    gets the same line as in ``check``. A JSONL file is fixed and written as a stream; without
    ``write`` (``--diff``) it is read whole, to be shown beside its fixed copy. Standard input
    is read once and never written; the caller prints ``after`` instead.
    """
    jsonl = is_jsonl(target)
    if jsonl and write:
        return _fix_jsonl_file(target, api, now, allow)
    try:
        data = read_whole(target) if jsonl else read_document(target)
    except InputError as error:
        return FileFix(target, error=error.problem, readable=False)
    if data is None or (not jsonl and len(data) > MAX_DOCUMENT_BYTES):
        return FileFix(target, data, data)  # J009: nothing to fix, and at most a prefix was read
    outcome = fix_data(data, jsonl, api, now, allow)
    outcome.display = target
    if write and outcome.changed and target != STDIN and outcome.after is not None:
        try:
            write_atomically(target, outcome.after)
        except WriteError as error:
            outcome.error = CANNOT_WRITE(path=target, reason=error)
    return outcome


def _fix_jsonl_file(target: str, api: str, now: int, allow: Allow | None) -> FileFix:
    """Fix a JSONL file record by record and write it (only if a record changed)."""

    def fix_line(line: bytes) -> tuple[bytes, int]:
        result = fix_bytes(line, api, now, allow)
        return (result.data, len(result.applied)) if result.changed else (line, 0)

    outcome = FileFix(target, None, None, streamed=True)
    try:
        with open(target, "rb") as source:
            outcome.count, outcome.differs = rewrite_jsonl(target, source, fix_line)
    except OSError as error:
        return FileFix(target, error=describe(target, error), readable=False)
    except WriteError as error:
        outcome.error = CANNOT_WRITE(path=target, reason=error)
        outcome.differs = True  # there was something to write: the report says it was not
    return outcome


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file's content in one step (see ``AtomicRewrite``); raises ``WriteError``."""
    rewrite = AtomicRewrite(path)
    rewrite.start()
    try:
        rewrite.write(data)
        rewrite.commit()
    finally:
        rewrite.abandon()


def unified_diff(outcome: FileFix) -> str:
    """The change as a unified diff with ``--- a/PATH`` / ``+++ b/PATH`` headers (``git apply``
    and ``patch -p1`` take it); empty when nothing changed.

    Lines keep their own endings (a CRLF file shows CRLF lines), and a last line without a line
    break gets the usual ``\\ No newline at end of file`` marker.
    """
    if not outcome.changed or outcome.before is None or outcome.after is None:
        return ""
    label = STDIN_LABEL
    if outcome.display != STDIN:
        label = os.path.normpath(outcome.display).replace(os.sep, "/").lstrip("/")
    before = outcome.before.decode("utf-8", "replace").splitlines(keepends=True)
    after = outcome.after.decode("utf-8", "replace").splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(before, after, f"a/{label}", f"b/{label}"):
        if line.endswith("\n"):
            lines.append(line)
        else:
            lines.append(line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def diagnostics_after(outcome: FileFix, api: str, now: int, lang: str = "en") -> list[Diagnostic]:
    """The findings that remain in ``after``, exactly as ``check`` reports them for a file (for
    a streamed JSONL file: as ``check`` reads the file now, fixed or left as it was)."""
    if outcome.streamed:
        return check_one(outcome.display, api, now, lang=lang).diagnostics
    return check_read(outcome.display, outcome.after, api, now, lang=lang)
