"""From paths on the command line to diagnostics: file discovery, reading, JSONL records.

Everything here is read-only: the tool never writes to a user's files unless ``--fix`` asks.
Paths are shown as given on the command line (relative stays relative), so annotations in CI
point at the files the repository holds.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Iterator

from validator.engine import check_loaded, to_diagnostics
from validator.finding import Diagnostic
from validator.json.loader import (
    MAX_DOCUMENT_BYTES,
    LoadedDocument,
    first_read_size,
    iter_jsonl,
    load_bytes,
    oversized_file,
    read_at_most,
    read_chunks,
)
from validator.record import MutableRecord

SUFFIXES = (".json", ".jsonl")
STDIN = "-"
#: How files are opened for reading: on Windows also binary (the C runtime's default text mode
#: would turn CRLF into LF and stop at Ctrl-Z). Python already makes the descriptor
#: non-inheritable (PEP 446).
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


class FileReport(MutableRecord):
    """What one input produced: its diagnostics, or the reason it could not be read.

    A plain class (see ``validator.record`` for why not a dataclass).
    """

    __slots__ = ("diagnostics", "display", "io_error")
    _FIELDS = ("display", "diagnostics", "io_error")

    def __init__(
        self,
        display: str,
        diagnostics: list[Diagnostic] | None = None,
        io_error: str | None = None,
    ) -> None:
        self.display = display
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.io_error = io_error


class UsageError(Exception):
    """A problem with the command line itself (exit 2): a missing path, an unknown code."""


def discover(paths: list[str]) -> list[str]:
    """Expand directories recursively into their *.json / *.jsonl files, in a stable order.

    A path given explicitly is checked whatever its suffix (a pre-commit hook passes exactly
    the files it wants). Symlinked directories met during the walk are not followed, so a
    symlink loop cannot make it endless; a symlink to a directory given explicitly is walked
    (the user asked for it), and symlinked files are read like any other file.

    A file named twice (``dir dir/a.json``, ``a.json ./a.json``) is checked once, where it
    first appears, so overlapping arguments neither double its findings nor change the output.
    """
    found: list[str] = []
    seen: set[str] = set()
    for given in paths:
        if given == STDIN:
            candidates: Iterator[str] | list[str] = [STDIN]
        elif not os.path.lexists(given):
            raise UsageError(_missing(given))
        elif os.path.isdir(given):
            candidates = _walk(given)
        else:
            candidates = [given]
        for path in candidates:
            key = path if path == STDIN else os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _missing(given: str) -> str:
    """``a.json/`` exists as a file, so say that rather than "no such file"."""
    stripped = given.rstrip("/" + os.sep)
    if stripped != given and stripped and os.path.lexists(stripped):
        return f"{given}: not a directory"
    return f"{given}: no such file or directory"


def _walk(directory: str) -> Iterator[str]:
    """The *.json / *.jsonl files under ``directory``, sorted, hidden directories skipped.

    Depth first, as ``os.walk`` goes top down: a directory's files sorted by name, then each
    of its subdirectories (sorted, those named ``.…`` skipped) in turn. Symlinked directories
    are not followed. An explicit stack, so a very deep tree cannot exhaust the recursion limit.

    Named pipes, sockets and devices are not documents a repository holds, and opening a pipe
    blocks until something writes to it: the walk leaves them out (a path given explicitly is
    read, so ``check <(generate)`` works). Broken symlinks are kept: reading them fails with
    a message, rather than a file silently going unchecked. So is a directory that cannot be
    listed (``os.walk`` would skip it silently): ``check_one`` reports it.

    The type of each entry comes from the directory listing itself (``os.scandir``), so only a
    symlink costs a ``stat``: over 10,000 files that is most of the walk's time.
    """
    pending = [directory]
    while pending:
        root = pending.pop()
        # (name, path) pairs, sorted by name; entry.path is os.path.join(root, name), made in C
        files: list[tuple[str, str]] = []
        subdirectories: list[tuple[str, str]] = []
        try:
            with os.scandir(root) as entries:
                for entry in entries:
                    name = entry.name
                    if _is_walked_directory(entry):
                        if not name.startswith("."):
                            subdirectories.append((name, entry.path))
                    elif name.endswith(SUFFIXES) and _is_document(entry):
                        files.append((name, entry.path))
        except OSError:  # cannot be listed (or stopped listing): check_one reports it
            yield root
            continue
        files.sort()
        for _, path in files:
            yield path
        subdirectories.sort(reverse=True)
        pending.extend(path for _, path in subdirectories)


def _is_walked_directory(entry: os.DirEntry[str]) -> bool:
    """A directory itself, not a symlink to one (those are not followed, nor files)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:  # the type was unknown and lstat failed: let _is_document decide
        return False


def _is_document(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a symlink to one; not a symlink to a directory, nor a pipe, socket or
    device. A broken symlink or a loop counts: it is reported when it is read."""
    try:
        if entry.is_file(follow_symlinks=False):  # from the listing: no stat
            return True
        if not entry.is_symlink():
            return False  # a pipe, a socket, a device
        mode = os.stat(entry.path).st_mode
    except OSError:
        return True
    return stat.S_ISREG(mode)


def check_one(target: str, api: str, now: int) -> FileReport:
    """Check one file (or ``-`` for stdin), never raising for anything the input holds."""
    if target != STDIN and target.endswith(".jsonl"):
        return _check_jsonl(target, api, now)
    try:
        data = _read_limited(target)
    except OSError as error:
        return FileReport(target, io_error=_describe_os_error(target, error))
    loaded = oversized_file() if data is None else load_bytes(data)
    return FileReport(target, _diagnose(loaded, target, api, now))


def _read_limited(target: str) -> bytes | None:
    """At most one byte more than the size limit, which the loader reports as J009; None for a
    regular file whose size alone is over it (it is not read at all).

    So a 100 MB file, ``/dev/zero`` or an endless pipe costs 10 MiB, not its size. The rest of
    standard input is not drained: the writer of an endless pipe would otherwise never stop.
    """
    if target == STDIN:
        return read_at_most(sys.stdin.buffer, MAX_DOCUMENT_BYTES + 1)
    # A descriptor rather than open(): no buffered file object to build and tear down, and a
    # regular file is read in one call when it holds the size fstat gave (the file as it was
    # then). Over 10,000 small files that is about 100 ms of CPU less than open().read().
    descriptor = os.open(target, _READ_FLAGS)
    try:
        status = os.fstat(descriptor)
        size = status.st_size
        regular = stat.S_ISREG(status.st_mode)
        if regular and size > MAX_DOCUMENT_BYTES:
            return None
        read = functools.partial(os.read, descriptor)
        start = read(size) if regular and size else b""
        if start and len(start) == size:
            return start
        # Empty, short (a /sys file is smaller than its size), or not a regular file: read on
        # until the end or the limit.
        rest = read_chunks(read, first_read_size(status), MAX_DOCUMENT_BYTES + 1 - len(start))
        return start + rest if start else rest
    finally:
        os.close(descriptor)


def _check_jsonl(target: str, api: str, now: int) -> FileReport:
    report = FileReport(target)
    try:
        with open(target, "rb") as stream:
            for record, loaded in iter_jsonl(stream):
                report.diagnostics.extend(_diagnose(loaded, target, api, now, record))
    except OSError as error:
        report.io_error = _describe_os_error(target, error)
    return report


def _diagnose(
    loaded: LoadedDocument, display: str, api: str, now: int, record: int | None = None
) -> list[Diagnostic]:
    used_api, findings = check_loaded(loaded, api, now)
    return to_diagnostics(findings, loaded, file=display, api=used_api, record=record)


def _describe_os_error(target: str, error: OSError) -> str:
    if os.path.isdir(target):
        try:
            os.scandir(target).close()
        except OSError as unlisted:  # a directory the walk could not list
            return f"{target}: cannot read directory ({unlisted.strerror or unlisted})"
        return f"{target}: is a directory"
    if isinstance(error, FileNotFoundError) and os.path.islink(target):
        return f"{target}: broken symbolic link (its target {os.readlink(target)} does not exist)"
    reason = error.strerror or error.__class__.__name__
    return f"{target}: cannot read ({reason})"
