"""Reading one input, and the one line that says why an input could not be read.

``check`` and ``check --fix`` read through these functions alone, so the two cannot drift
apart: every failure has one text, path first, whichever command met it.

======================================  =====================================================
the path names nothing                  ``X: no such file or directory``
``a.json/`` where ``a.json`` is a file  ``X: not a directory``
a symlink whose target is gone          ``X: broken symbolic link (its target T does not exist)``
a directory that cannot be listed       ``X: cannot read directory (reason)``
a directory (where a file was expected) ``X: is a directory``
anything else (permissions, a loop, …)  ``X: cannot read (reason)``
======================================  =====================================================

Each line is a ``validator.text.Text`` (rendered in the run's language where it is shown;
``str()`` gives the English), and keeps the path first in every language.

Nothing here writes: the tool never changes a user's files unless ``--fix`` asks, and then
``validator.fixes.files`` does the writing.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Iterator

from validator.inputs import STDIN
from validator.json.loader import (
    MAX_DOCUMENT_BYTES,
    LoadedDocument,
    first_read_size,
    iter_jsonl,
    read_at_most,
    read_chunks,
)
from validator.text import Text, message

__all__ = [
    "InputError",
    "describe",
    "is_jsonl",
    "missing",
    "read_document",
    "read_records",
    "read_whole",
]

#: How files are opened for reading: on Windows also binary (the C runtime's default text mode
#: would turn CRLF into LF and stop at Ctrl-Z). Python already makes the descriptor
#: non-inheritable (PEP 446).
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


class InputError(Exception):
    """An input that cannot be read; ``problem`` is the line that says why, path first (and
    ``str()`` that line in English)."""

    @property
    def problem(self) -> Text:
        return self.args[0]  # type: ignore[no-any-return]


NOT_A_DIRECTORY = message("input.not-a-directory", "{path}: not a directory")
NO_SUCH_PATH = message("input.no-such-path", "{path}: no such file or directory")
UNLISTED_DIRECTORY = message("input.unlisted-directory", "{path}: cannot read directory ({reason})")
IS_A_DIRECTORY = message("input.is-a-directory", "{path}: is a directory")
BROKEN_LINK = message(
    "input.broken-link", "{path}: broken symbolic link (its target {target} does not exist)"
)
CANNOT_READ = message("input.cannot-read", "{path}: cannot read ({reason})")


def is_jsonl(target: str) -> bool:
    """Whether ``target`` holds one document per line. Standard input is one document, unless
    ``--stdin-filename`` names it ``*.jsonl``: callers then pass that name here."""
    return target != STDIN and target.endswith(".jsonl")


def read_document(target: str) -> bytes | None:
    """A JSON input (a file, or ``-``) up to one byte past the size limit, which the loader
    reports as J009; None for a regular file whose size alone is over it (it is not read).

    So a 100 MB file, ``/dev/zero`` or an endless pipe costs 10 MiB, not its size. The rest of
    standard input is not drained: the writer of an endless pipe would otherwise never stop.
    Raises ``InputError``.
    """
    try:
        if target == STDIN:
            return read_at_most(sys.stdin.buffer, MAX_DOCUMENT_BYTES + 1)
        return _read_file(target, MAX_DOCUMENT_BYTES)
    except OSError as error:
        raise InputError(describe(target, error)) from None


def read_whole(target: str) -> bytes:
    """All of an input, whatever its size: ``--fix`` rewrites a JSONL file as a whole, so it
    must hold every line (an oversized line stays J009 and is left as it is). Raises
    ``InputError``."""
    try:
        if target == STDIN:
            return sys.stdin.buffer.read()
        data = _read_file(target, None)
    except OSError as error:
        raise InputError(describe(target, error)) from None
    assert data is not None  # no limit: never None
    return data


def read_records(target: str) -> Iterator[tuple[int, LoadedDocument]]:
    """The records of a JSONL file (or of standard input, named ``*.jsonl`` with
    ``--stdin-filename``) as they are read, in bounded memory (an oversized line is dropped as
    it streams by and comes out as a J009 record). Raises ``InputError``, possibly after some
    records: those stay valid."""
    try:
        if target == STDIN:
            yield from iter_jsonl(sys.stdin.buffer)
            return
        with open(target, "rb") as stream:
            yield from iter_jsonl(stream)
    except OSError as error:
        raise InputError(describe(target, error)) from None


#: The first read of a file: a coupon body is a few KiB, so one read of this size and one
#: that sees the end get all of it without asking the file's size first.
_SMALL_READ = 1 << 14


def _read_file(target: str, limit: int | None) -> bytes | None:
    """A file through a descriptor: up to ``limit`` + 1 bytes (all with ``limit`` None), or
    None for a regular file whose size is over ``limit``.

    A descriptor rather than open(): no buffered file object to build and tear down. A file
    smaller than ``_SMALL_READ`` (nearly every request body) takes two reads, the second one
    seeing the end, and no ``fstat``; only a larger one is asked its size, so that a regular
    file over the limit is not read on, and is then read in one call of the size it had (the
    file as it was then). Over 10,000 small files this saves about a tenth of the reading.
    """
    descriptor = os.open(target, _READ_FLAGS)
    try:
        read = functools.partial(os.read, descriptor)
        start = read(_SMALL_READ)
        if not start:
            return start
        if len(start) < _SMALL_READ:  # most likely the whole file: the next read says so
            more = read(_SMALL_READ)
            if not more:
                return start
            start += more
        status = os.fstat(descriptor)
        size = status.st_size
        regular = stat.S_ISREG(status.st_mode)
        if regular and limit is not None and size > limit:
            return None
        if regular:
            if size > len(start):
                start += read(size - len(start))
            if len(start) == size:
                return start
        # Short (a /sys file is smaller than its size), grown, or not a regular file: read on
        # until the end or the limit.
        most = sys.maxsize if limit is None else limit + 1
        if len(start) >= most:
            return start[:most]
        return start + read_chunks(read, first_read_size(status), most - len(start))
    finally:
        os.close(descriptor)


def missing(given: str) -> Text:
    """The line for a path that names nothing; ``a.json/`` where ``a.json`` is a file gets
    ``not a directory``, the more useful answer than "no such file"."""
    stripped = given.rstrip("/" + os.sep)
    if stripped != given and stripped and os.path.lexists(stripped):
        return NOT_A_DIRECTORY(path=given)
    return NO_SUCH_PATH(path=given)


def describe(target: str, error: OSError) -> Text:
    """The line for ``target``, which could not be opened or read (``error``).

    The error alone says too little: reading a directory fails whether or not it can be
    listed (the walk hands over one it could not list), and a broken symlink fails as if
    nothing were there, which would hide that the link itself exists. So the path is looked
    at again, once, only on this path of failure.
    """
    if os.path.isdir(target):
        try:
            os.scandir(target).close()
        except OSError as unlisted:  # a directory the walk could not list
            return UNLISTED_DIRECTORY(path=target, reason=_reason(unlisted))
        return IS_A_DIRECTORY(path=target)
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        if os.path.islink(target):
            try:
                pointed = os.readlink(target)
            except OSError:  # the link itself went away meanwhile
                return missing(target)
            return BROKEN_LINK(path=target, target=pointed)
        return missing(target)
    return CANNOT_READ(path=target, reason=_reason(error))


def _reason(error: OSError) -> str:
    return error.strerror or error.__class__.__name__
