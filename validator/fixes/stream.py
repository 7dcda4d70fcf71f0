"""``check --fix`` on a JSONL file: record by record, in memory bounded by one record.

``check`` reads a JSONL file as a stream, so a 200 MB export costs one record's memory; the
fixer read it whole and built the fixed copy beside it. Here each line is read, fixed on its
own (as ``files.fix_data`` fixes it: the same pieces between line feeds, blank lines kept) and
written to a temporary file beside the original, which then replaces it in one step, as
``AtomicRewrite`` does for every fixed file.

Nothing is written until a line changes: a file with nothing to fix is not touched, and a
directory the user cannot write to only matters when there is something to write. The lines
before the first change are then copied from the original. A line longer than the size limit
is J009 for ``check``, has nothing to fix, and is copied through in chunks, never held whole.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from typing import BinaryIO

from validator.json.loader import MAX_DOCUMENT_BYTES

_CHUNK = 1 << 20
_BLANK = b" \t\r"

#: Fixes one line (without its line feed): the fixed bytes and how many fixes were applied.
LineFixer = Callable[[bytes], tuple[bytes, int]]


class WriteError(Exception):
    """The fixed file could not be written; the original is left as it was."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or error.__class__.__name__)


class AtomicRewrite:
    """A new content for a file, written to a temporary file beside it and swapped in at the end.

    A reader sees the old or the new file, never half of one, and an interrupted run leaves
    the original intact. The temporary file is beside the real file (``os.replace`` is atomic
    only within one file system), gets the original's permission bits, and replaces the file a
    symlink points to rather than the symlink itself. Raises ``WriteError``.
    """

    def __init__(self, path: str) -> None:
        self.real = os.path.realpath(path)
        self.stream: BinaryIO | None = None
        self.temporary = ""

    @property
    def started(self) -> bool:
        return self.stream is not None

    def start(self) -> None:
        directory, name = os.path.split(self.real)
        try:
            handle, self.temporary = tempfile.mkstemp(
                prefix=f".{name}.", suffix=".fix", dir=directory
            )
            self.stream = os.fdopen(handle, "wb")
        except OSError as error:
            raise WriteError(error) from None

    def write(self, data: bytes) -> None:
        assert self.stream is not None
        try:
            self.stream.write(data)
        except OSError as error:
            raise WriteError(error) from None

    def commit(self) -> None:
        """Swap the new content in (and keep the original's permission bits)."""
        assert self.stream is not None
        try:
            mode = stat.S_IMODE(os.stat(self.real).st_mode)
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            os.chmod(self.temporary, mode)
            os.replace(self.temporary, self.real)
        except OSError as error:
            self.abandon()
            raise WriteError(error) from None
        self.stream = None

    def abandon(self) -> None:
        """Drop the temporary file; the original stays as it is."""
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)
            self.stream = None


class _Output:
    """The fixed file, started at the first changed line by copying the lines before it."""

    def __init__(self, path: str) -> None:
        self.rewrite = AtomicRewrite(path)

    @property
    def started(self) -> bool:
        return self.rewrite.started

    def start(self, prefix: int) -> None:
        """Begin the new file with the original's first ``prefix`` bytes (unchanged lines)."""
        self.rewrite.start()
        with open(self.rewrite.real, "rb") as original:
            while prefix and (chunk := original.read(min(_CHUNK, prefix))):
                self.rewrite.write(chunk)
                prefix -= len(chunk)

    def write(self, data: bytes) -> None:
        if self.rewrite.started:
            self.rewrite.write(data)


def rewrite_jsonl(path: str, source: BinaryIO, fix_line: LineFixer) -> tuple[int, bool]:
    """Fix every record of ``source`` (the open file at ``path``) and replace the file if a line
    changed: (fixes applied, whether the file changed). Raises ``OSError`` when reading fails
    and ``WriteError`` when writing does; the original is intact after either.
    """
    output = _Output(path)
    fixes = 0
    pieces: list[bytes] = []  # the current line, while it is within the limit
    size = 0
    oversized = False
    line_start = 0  # where the current line begins in the file
    position = 0  # where the current chunk begins in the file

    def finish(line: bytes) -> None:
        """A complete line within the limit (without its line feed): fixed, then written."""
        nonlocal fixes
        fixed, count = fix_line(line) if line.strip(_BLANK) else (line, 0)
        fixes += count
        if fixed != line and not output.started:
            output.start(line_start)
        output.write(fixed)

    try:
        while chunk := source.read(_CHUNK):
            start = 0
            while True:
                newline = chunk.find(b"\n", start)
                part = chunk[start:] if newline < 0 else chunk[start:newline]
                if oversized:
                    output.write(part)
                elif size + len(part) > MAX_DOCUMENT_BYTES:  # J009: copied through as it is
                    oversized = True
                    output.write(b"".join(pieces))
                    output.write(part)
                    pieces = []
                else:
                    pieces.append(part)
                    size += len(part)
                if newline < 0:
                    break
                if not oversized:
                    finish(b"".join(pieces))
                output.write(b"\n")
                pieces, size, oversized = [], 0, False
                line_start = position + newline + 1
                start = newline + 1
            position += len(chunk)
        if not oversized:
            finish(b"".join(pieces))  # after the last line feed: possibly empty, no line feed
        changed = output.started
        if changed:
            output.rewrite.commit()
        return fixes, changed
    finally:
        output.rewrite.abandon()
