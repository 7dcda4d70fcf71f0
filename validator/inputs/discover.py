"""From the paths on the command line to the files to check: directories walked, in a stable order.

Kept on its own because it is where the choice of files grows (ignore files, excludes): every
such rule belongs here, and neither reading nor checking needs to know about it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from validator.inputs import STDIN
from validator.inputs.read import missing

__all__ = ["SUFFIXES", "DiscoveryError", "discover"]

#: The suffixes of the files a walk picks up (a path given explicitly is checked whatever its
#: suffix).
SUFFIXES = (".json", ".jsonl")


class DiscoveryError(Exception):
    """A path on the command line that names nothing (a usage error: exit 2 before any check)."""


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
            raise DiscoveryError(missing(given))
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


def _walk(directory: str) -> Iterator[str]:
    """The *.json / *.jsonl files under ``directory``, sorted, hidden directories skipped.

    Depth first, as ``os.walk`` goes top down: a directory's files sorted by name, then each
    of its subdirectories (sorted, those named ``.…`` skipped) in turn. Symlinked directories
    are not followed. An explicit stack, so a very deep tree cannot exhaust the recursion limit.

    Named pipes, sockets and devices are not documents a repository holds, and opening a pipe
    blocks until something writes to it: the walk leaves them out (a path given explicitly is
    read, so ``check <(generate)`` works). Broken symlinks are kept: reading them fails with
    a message, rather than a file silently going unchecked. So is a directory that cannot be
    listed (``os.walk`` would skip it silently): reading it fails, and says why.

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
        except OSError:  # cannot be listed (or stopped listing): reading it reports why
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
