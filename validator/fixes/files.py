"""Fixing whole inputs: files, JSONL records, standard input; the diff; the atomic rewrite.

Kept apart from the fixes themselves so that the pure functions (``fix_text``/``fix_bytes``)
never touch the file system, and the command line stays a thin caller of ``fix_target``.

JSONL: each record (line) is fixed on its own, like ``check`` validates each on its own, and
the record number travels with each applied fix. Line breaks between records are kept as they
are (a ``\\r`` before the ``\\n`` included), and no fix adds or removes a line break inside a
record, so the record numbers of the report stay valid after fixing.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass, field, replace

from validator.finding import Diagnostic
from validator.fixes import Allow, AppliedFix, fix_bytes
from validator.inputs import STDIN
from validator.inputs.read import InputError, is_jsonl, read_document, read_whole
from validator.inputs.runner import check_read
from validator.json.loader import MAX_DOCUMENT_BYTES

STDIN_LABEL = "<stdin>"


@dataclass
class FileFix:
    """One input before and after fixing; ``error`` when it could not be read or written.

    ``before`` and ``after`` are None for a file too large to be read (J009: nothing to fix).
    """

    display: str
    before: bytes | None = b""
    after: bytes | None = b""
    applied: list[AppliedFix] = field(default_factory=list)
    error: str | None = None
    readable: bool = True

    @property
    def changed(self) -> bool:
        return self.after != self.before


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
            applied.extend(replace(fix, record=index + 1) for fix in result.applied)
    return FileFix("", data, b"\n".join(pieces), applied)


def fix_target(
    target: str, api: str, now: int, allow: Allow | None = None, *, write: bool = False
) -> FileFix:
    """Read, fix and (with ``write``, only if something changed) rewrite one file.

    Read as ``check`` reads it (``validator.inputs.read``), so an input that cannot be read
    gets the same line as in ``check``; a JSONL file is read whole, since fixing rewrites all
    of it. Standard input is read once and never written; the caller prints ``after`` instead.
    """
    jsonl = is_jsonl(target)
    try:
        data = read_whole(target) if jsonl else read_document(target)
    except InputError as error:
        return FileFix(target, error=str(error), readable=False)
    if data is None or (not jsonl and len(data) > MAX_DOCUMENT_BYTES):
        return FileFix(target, data, data)  # J009: nothing to fix, and at most a prefix was read
    outcome = fix_data(data, jsonl, api, now, allow)
    outcome.display = target
    if write and outcome.changed and target != STDIN and outcome.after is not None:
        try:
            write_atomically(target, outcome.after)
        except OSError as error:
            outcome.error = f"{target}: cannot write the fixed file ({_reason(error)})"
    return outcome


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file's content in one step: a reader sees the old or the new file, never
    half of one, and an interrupted run leaves the original intact.

    The temporary file is created beside the real file (``os.replace`` is atomic only within
    one file system), gets the original's permission bits, and replaces the file a symlink
    points to rather than the symlink itself.
    """
    real = os.path.realpath(path)
    directory, name = os.path.split(real)
    mode = stat.S_IMODE(os.stat(real).st_mode)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".fix", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


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


def diagnostics_after(outcome: FileFix, api: str, now: int) -> list[Diagnostic]:
    """The findings that remain in ``after``, exactly as ``check`` reports them for a file."""
    return check_read(outcome.display, outcome.after, api, now)


def _reason(error: OSError) -> str:
    return error.strerror or error.__class__.__name__
