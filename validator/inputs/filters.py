"""Which files a directory walk leaves out: ``exclude``, ``extend-exclude`` and ``include``.

Modelled on ruff, so a team that already configures ruff reads these the same way:

- ``exclude`` replaces the default list (``DEFAULT_EXCLUDE``: dependency, virtualenv, cache and
  build folders, whose JSON is never a team's coupon bodies); ``extend-exclude`` adds to it, so
  the defaults stay. ``--exclude`` replaces the configuration's ``exclude``; ``--extend-exclude``
  adds to both.
- ``include`` narrows the walk: only ``*.json``/``*.jsonl`` files that also match one of its
  globs are checked.
- A glob without ``/`` matches the name of any file or folder at any depth (``node_modules``,
  ``*.generated.json``); a glob with ``/`` matches a path from the directory of the
  configuration file (from the working directory for globs given on the command line), with the
  same syntax as every other glob of the configuration (``validator.policy.config``).
- An excluded folder is not entered. Files and folders named on the command line are checked
  anyway, unless ``--force-exclude`` asks to apply the excludes to them too: pre-commit names
  every staged file, including those the configuration excludes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import NamedTuple

from validator.policy.config import compile_glob

__all__ = ["DEFAULT_EXCLUDE", "FileFilter", "PathPatterns", "file_filter"]

#: Folders (and files) left out of every walk unless ``exclude`` replaces the list: what package
#: managers, virtual environments, caches and builds put in a repository. Folders whose names
#: start with a dot are never walked anyway; those listed here are excluded by name also when
#: ``--force-exclude`` looks at a path named on the command line.
DEFAULT_EXCLUDE = (
    ".bzr",
    ".direnv",
    ".eggs",
    ".git",
    ".hg",
    ".mypy_cache",
    ".nox",
    ".pytest_cache",
    ".ruff_cache",
    ".svn",
    ".tox",
    ".venv",
    "__pycache__",
    "__pypackages__",
    "_build",
    "bower_components",
    "build",
    "dist",
    "node_modules",
    "site-packages",
    "venv",
)

_GLOB_CHARACTERS = frozenset("*?[")


class PathPatterns(NamedTuple):
    """Globs of one kind, compiled: plain names (a set), name globs (one expression), and one
    expression of path globs per base directory of ``FileFilter.bases``."""

    names: frozenset[str] = frozenset()
    name_glob: re.Pattern[str] | None = None
    paths: tuple[re.Pattern[str] | None, ...] = ()

    def matches(self, name: str, prefixes: tuple[str, ...], is_directory: bool) -> bool:
        """Whether the entry ``name`` matches, ``prefixes`` being the path of its folder
        relative to each base (``a/b/``, ``""`` for the base itself)."""
        if name in self.names:
            return True
        if self.name_glob is not None and self.name_glob.fullmatch(name) is not None:
            return True
        for prefix, expression in zip(prefixes, self.paths, strict=False):
            if expression is None:
                continue
            path = prefix + name
            if expression.fullmatch(path) is not None:
                return True
            # "fixtures/broken/" and "fixtures/broken/**" also name the folder itself
            if is_directory and expression.fullmatch(path + "/") is not None:
                return True
        return False

    @property
    def empty(self) -> bool:
        return not self.names and self.name_glob is None and not any(self.paths)


class FileFilter(NamedTuple):
    """Everything the walk needs to leave files out. ``bases`` are the absolute directories the
    path globs are relative to; ``include`` is None when it does not narrow the walk."""

    bases: tuple[str, ...] = ()
    exclude: PathPatterns = PathPatterns()
    include: PathPatterns | None = None
    respect_gitignore: bool = True
    force_exclude: bool = False

    def prefixes(self, directory: str) -> tuple[str, ...]:
        """The path of ``directory`` relative to each base, as ``PathPatterns.matches`` wants
        it (``../`` first when the directory is outside a base: then only name globs match)."""
        absolute = os.path.abspath(directory)
        return tuple(_prefix(absolute, base) for base in self.bases)

    def excludes_directory(self, name: str, prefixes: tuple[str, ...]) -> bool:
        return self.exclude.matches(name, prefixes, True)

    def keeps_file(self, name: str, prefixes: tuple[str, ...]) -> bool:
        """A ``*.json``/``*.jsonl`` file met in a walk: not excluded, and included."""
        if self.exclude.matches(name, prefixes, False):
            return False
        return self.include is None or self.include.matches(name, prefixes, False)

    def excludes_named(self, path: str) -> bool:
        """``--force-exclude``: whether a path named on the command line, or one of the
        folders above it up to the configuration's directory, is excluded."""
        if not self.force_exclude or self.exclude.empty:
            return False
        entry = os.path.abspath(path)
        below = _below(entry, self.bases[0]).split("/")
        levels = sum(1 for part in below if part not in ("", os.curdir, os.pardir))
        for level in range(levels):
            parent = os.path.dirname(entry)
            if self.exclude.matches(os.path.basename(entry), self.prefixes(parent), level > 0):
                return True
            entry = parent
        return False


def _below(absolute: str, base: str) -> str:
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        return absolute.replace(os.sep, "/")
    return relative if os.sep == "/" else relative.replace(os.sep, "/")


def _prefix(absolute: str, base: str) -> str:
    relative = _below(absolute, base)
    return "" if relative == os.curdir else relative + "/"


def _compile(
    globs: Iterable[tuple[str, str]], bases: tuple[str, ...], *, names: Iterable[str] = ()
) -> PathPatterns:
    """(base directory, glob) pairs as ``PathPatterns`` over ``bases``."""
    plain = set(names)
    name_globs: list[str] = []
    by_base: dict[str, list[str]] = {}
    for base, glob in globs:
        if "/" not in glob:
            if _GLOB_CHARACTERS.isdisjoint(glob):
                plain.add(glob)
            else:
                name_globs.append(compile_glob(glob).pattern)
        else:
            by_base.setdefault(base, []).append(compile_glob(glob).pattern)
    return PathPatterns(
        frozenset(plain),
        _joined(name_globs),
        tuple(_joined(by_base.get(base, [])) for base in bases),
    )


def _joined(sources: list[str]) -> re.Pattern[str] | None:
    if not sources:
        return None
    return re.compile("|".join(f"(?:{source})" for source in sources), re.DOTALL)


def file_filter(
    root: str,
    exclude: tuple[str, ...] | None = None,
    extend_exclude: tuple[str, ...] = (),
    include: tuple[str, ...] | None = None,
    *,
    cli_exclude: tuple[str, ...] | None = None,
    cli_extend_exclude: tuple[str, ...] = (),
    respect_gitignore: bool = True,
    force_exclude: bool = False,
) -> FileFilter:
    """The filter of one run: the configuration's globs (relative to ``root``, the directory
    of the configuration file) with the command line's (relative to the working directory)."""
    cwd = os.getcwd()
    bases = (root,) if root == cwd else (root, cwd)
    defaults: tuple[str, ...] = ()
    globs: list[tuple[str, str]] = []
    if cli_exclude is not None:
        globs += [(cwd, glob) for glob in cli_exclude]
    elif exclude is not None:
        globs += [(root, glob) for glob in exclude]
    else:
        defaults = DEFAULT_EXCLUDE
    globs += [(root, glob) for glob in extend_exclude]
    globs += [(cwd, glob) for glob in cli_extend_exclude]
    included = None
    if include is not None:
        included = _compile([(root, glob) for glob in include], bases)
    return FileFilter(
        bases,
        _compile(globs, bases, names=defaults),
        included,
        respect_gitignore,
        force_exclude,
    )
