"""From the paths on the command line to the files to check: directories walked, in a stable order.

Kept on its own because it is where the choice of files lives: hidden folders, git's ignore
files (``validator.inputs.gitignore``) and the configuration's excludes and includes
(``validator.inputs.filters``) all apply here, and neither reading nor checking needs to know
about them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from validator.inputs import STDIN
from validator.inputs.filters import FileFilter
from validator.inputs.gitignore import (
    IgnoreRule,
    IgnoreRules,
    ignored,
    read_ignore_file,
    repository_root,
    repository_rules,
)
from validator.inputs.read import missing
from validator.text import Text

__all__ = ["SUFFIXES", "DiscoveryError", "discover"]

#: The suffixes of the files a walk picks up (a path given explicitly is checked whatever its
#: suffix).
SUFFIXES = (".json", ".jsonl")

#: No excludes, no ignore files: every *.json / *.jsonl file of the walk (library callers).
EVERYTHING = FileFilter(respect_gitignore=False)


class DiscoveryError(Exception):
    """A path on the command line that names nothing (a usage error: exit 2 before any check).

    ``problem`` says so as a ``validator.text.Text`` (``str()`` gives the English).
    """

    @property
    def problem(self) -> Text:
        return self.args[0]  # type: ignore[no-any-return]


def discover(paths: list[str], choice: FileFilter = EVERYTHING) -> list[str]:
    """Expand directories recursively into their *.json / *.jsonl files, in a stable order.

    A path given explicitly is checked whatever its suffix (a pre-commit hook passes exactly
    the files it wants), and whatever the excludes and ignore files say, unless
    ``choice.force_exclude``: then an excluded path is left out (no error). Symlinked
    directories met during the walk are not followed, so a symlink loop cannot make it
    endless; a symlink to a directory given explicitly is walked (the user asked for it), and
    symlinked files are read like any other file.

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
        elif choice.excludes_named(given):
            continue
        elif os.path.isdir(given):
            candidates = _walk(given, choice)
            if os.path.normpath(given) == os.curdir:  # `check .`: coupons/a.json, not ./coupons/…
                candidates = _below_here(given, candidates)
        else:
            candidates = [given]
        if len(paths) == 1:  # one walk names each file once: nothing to compare (CI's `check .`)
            return list(candidates)
        for path in candidates:
            key = path if path == STDIN else os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _below_here(given: str, paths: Iterator[str]) -> Iterator[str]:
    """The paths of a walk of the current directory (``.``, ``./``) without that prefix, as
    ruff and git name them; the directory itself (yielded when it cannot be listed) stays."""
    prefix = given if given.endswith(("/", os.sep)) else given + os.sep
    for path in paths:
        yield path[len(prefix) :] if path.startswith(prefix) else path


def _walk(directory: str, choice: FileFilter) -> Iterator[str]:
    """The *.json / *.jsonl files under ``directory``, sorted, hidden directories skipped.

    Depth first, as ``os.walk`` goes top down: a directory's files sorted by name, then each
    of its subdirectories (sorted, those named ``.…`` skipped) in turn. Symlinked directories
    are not followed. An explicit stack, so a very deep tree cannot exhaust the recursion limit.

    Left out as the walk goes: folders and files the excludes name (an excluded folder is not
    entered), files ``include`` does not name, and, in a git repository, what its ignore files
    ignore. The directory given itself is walked even when those would leave it out: the user
    named it.

    Named pipes, sockets and devices are not documents a repository holds, and opening a pipe
    blocks until something writes to it: the walk leaves them out (a path given explicitly is
    read, so ``check <(generate)`` works). Broken symlinks are kept: reading them fails with
    a message, rather than a file silently going unchecked. So is a directory that cannot be
    listed (``os.walk`` would skip it silently): reading it fails, and says why.

    The type of each entry comes from the directory listing itself (``os.scandir``), so only a
    symlink costs a ``stat``: over 10,000 files that is most of the walk's time.
    """
    rules = _starting_rules(directory) if choice.respect_gitignore else None
    # (path, its path relative to each base of the filter, the ignore files in force there)
    pending = [(directory, choice.prefixes(directory), rules)]
    while pending:
        root, prefixes, rules = pending.pop()
        # (name, path) pairs, sorted by name; entry.path is os.path.join(root, name), made in C
        files: list[tuple[str, str]] = []
        subdirectories: list[tuple[str, str]] = []
        ignore_file = nested_repository = False
        try:
            with os.scandir(root) as entries:
                for entry in entries:
                    name = entry.name
                    if _is_walked_directory(entry):
                        if not name.startswith("."):
                            subdirectories.append((name, entry.path))
                        elif name == ".git":
                            nested_repository = True
                    elif name.endswith(SUFFIXES) and _is_document(entry):
                        files.append((name, entry.path))
                    elif name == ".gitignore":
                        ignore_file = True
                    elif name == ".git":  # the file of a submodule or a linked worktree
                        nested_repository = True
        except OSError:  # cannot be listed (or stopped listing): reading it reports why
            yield root
            continue
        if choice.respect_gitignore:
            rules = _rules_here(root, rules, nested_repository and root != directory, ignore_file)
        files.sort()
        for name, path in files:
            if not choice.keeps_file(name, prefixes):
                continue
            if rules and ignored(rules, name, False):
                continue
            yield path
        subdirectories.sort(reverse=True)
        for name, path in subdirectories:
            if choice.excludes_directory(name, prefixes):
                continue
            if rules and ignored(rules, name, True):
                continue
            below = tuple(f"{prefix}{name}/" for prefix in prefixes)
            inside = None if rules is None else tuple(rule.below(name) for rule in rules)
            pending.append((path, below, inside))


def _starting_rules(directory: str) -> IgnoreRules | None:
    """The ignore files in force in a directory given on the command line; None outside a git
    repository. When the directory itself is ignored (or a folder above it), only the ignore
    files inside it apply: the user asked for it by name."""
    absolute = os.path.abspath(directory)
    root = repository_root(absolute)
    if root is None:
        return None
    rules = repository_rules(root, absolute)
    for rule in reversed(rules):
        decision = rule.matcher.decide(rule.prefix) if rule.prefix else None
        if decision is not None:
            return () if decision else rules
    return rules


def _rules_here(
    root: str, rules: IgnoreRules | None, nested_repository: bool, ignore_file: bool
) -> IgnoreRules | None:
    """The ignore files in force in ``root``, once its listing has shown what it holds."""
    if nested_repository:  # a repository inside the walk: its own files, not the outer ones
        rules = repository_rules(os.path.abspath(root), os.path.abspath(root))
    if ignore_file and rules is not None:
        matcher = read_ignore_file(os.path.join(root, ".gitignore"))
        if matcher is not None:
            rules = (*rules, IgnoreRule(matcher, ""))
    return rules


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
