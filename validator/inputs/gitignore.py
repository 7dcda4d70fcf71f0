"""Git's ignore files, for the directory walk: what ``git status`` would not show is not checked.

A repository's ``.gitignore`` already says which JSON files are not its own (``node_modules/``,
build output, editor settings), so a walk that honours it checks what the team commits, as
ruff and ripgrep do. The files read are git's own, with git's precedence (a later source wins):
the global excludes file (``core.excludesFile``, else ``$XDG_CONFIG_HOME/git/ignore``), the
repository's ``info/exclude``, then every ``.gitignore`` from the repository root down to the
directory being walked. Outside a git repository no ignore file applies (git itself reads
none there).

The patterns are matched by ``pathspec``, which implements git's wildmatch rules (anchoring,
``**``, negation, directory-only patterns): a matcher of our own would get those subtly wrong.
It is imported only when an ignore file with a pattern in it is met, because importing it costs
more than a small run spends on everything else. Each file's patterns are also joined into one
regular expression that answers "can any pattern match?" in a single search: most files match
none, and that keeps a 10,000-file walk from paying for every pattern of every file.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple

__all__ = ["IgnoreRule", "IgnoreRules", "ignored", "read_ignore_file", "repository_rules"]

#: A pattern's named groups, renamed away when the patterns are joined into one expression.
_NAMED_GROUP = re.compile(r"\(\?P<[A-Za-z_][A-Za-z0-9_]*>")


class IgnoreMatcher:
    """The patterns of one ignore file; ``decide`` says ignored (True), re-included by a ``!``
    pattern (False) or not mentioned (None) for a path relative to the file's directory."""

    __slots__ = ("_any", "_spec")

    def __init__(self, spec: Any) -> None:
        self._spec = spec
        self._any = _any_pattern(spec)

    def decide(self, relative: str) -> bool | None:
        if self._any is not None and self._any.search(relative) is None:
            return None
        check = getattr(self._spec, "check_file", None)
        if check is not None:
            return check(relative).include
        # pathspec before check_file(): the last pattern that matches decides
        for pattern in reversed(self._spec.patterns):
            if pattern.include is not None and pattern.match_file(relative) is not None:
                return bool(pattern.include)
        return None


class IgnoreRule(NamedTuple):
    """One ignore file as the walk applies it: its matcher, and the path (``/``-separated,
    ending in ``/`` unless empty) of the directory being listed relative to the file's own."""

    matcher: IgnoreMatcher
    prefix: str

    def below(self, name: str) -> IgnoreRule:
        return IgnoreRule(self.matcher, f"{self.prefix}{name}/")


#: The ignore files in force in one directory, in precedence order: the last one decides first.
IgnoreRules = tuple[IgnoreRule, ...]


def ignored(rules: IgnoreRules, name: str, is_directory: bool) -> bool:
    """Whether the entry ``name`` of the directory the rules are for is ignored: the deepest
    ignore file that mentions it decides (a directory is matched with a trailing ``/``, so
    directory-only patterns such as ``build/`` apply to it alone)."""
    tail = name + "/" if is_directory else name
    for rule in reversed(rules):
        decision = rule.matcher.decide(rule.prefix + tail)
        if decision is not None:
            return decision
    return False


def _any_pattern(spec: Any) -> re.Pattern[str] | None:
    """One expression that finds a match wherever any of the patterns would (each pattern is
    searched, not anchored, by pathspec); None if they cannot be joined safely."""
    sources = []
    flags = set()
    for pattern in spec.patterns:
        regex = getattr(pattern, "regex", None)
        if regex is None or getattr(pattern, "include", None) is None:
            continue
        source = regex.pattern
        if not isinstance(source, str) or "(?P=" in source or re.search(r"\\\d", source):
            return None  # a back-reference would break once the groups are renamed
        sources.append(_NAMED_GROUP.sub("(?:", source))
        flags.add(regex.flags)
    if len(flags) > 1:
        return None
    if not sources:
        return re.compile(r"(?!)")  # no pattern at all: nothing matches
    return re.compile("|".join(f"(?:{source})" for source in sources), flags.pop())


_MATCHERS: dict[str, IgnoreMatcher | None] = {}


def read_ignore_file(path: str) -> IgnoreMatcher | None:
    """The matcher of one ignore file, or None when it is absent, unreadable or holds no
    pattern (only blank lines and comments: then pathspec is not even imported)."""
    if path in _MATCHERS:
        return _MATCHERS[path]
    matcher = None
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        data = b""
    lines = data.decode("utf-8", "surrogateescape").splitlines()
    if any(line.strip() and not line.startswith("#") for line in lines):
        import pathspec

        matcher = IgnoreMatcher(pathspec.GitIgnoreSpec.from_lines(lines))
    _MATCHERS[path] = matcher
    return matcher


def repository_root(directory: str) -> str | None:
    """The nearest directory at or above ``directory`` (absolute) that holds ``.git`` (a
    directory, or the file of a linked worktree or submodule)."""
    current = directory
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def repository_rules(root: str, directory: str) -> IgnoreRules:
    """The ignore files in force in ``directory`` (absolute) of the repository at ``root``,
    except ``directory``'s own ``.gitignore`` (the walk reads it when it lists the directory):
    the global excludes file, ``info/exclude``, and each ``.gitignore`` from ``root`` down to
    ``directory``'s parent."""
    rules: list[IgnoreRule] = []
    below_root = _relative(directory, root)
    for path in (_global_excludes_file(root), _info_exclude(root)):
        matcher = read_ignore_file(path) if path else None
        if matcher is not None:
            rules.append(IgnoreRule(matcher, below_root))
    current = root
    parts = [part for part in below_root.split("/") if part]
    for depth in range(len(parts)):
        matcher = read_ignore_file(os.path.join(current, ".gitignore"))
        if matcher is not None:
            rules.append(IgnoreRule(matcher, "".join(f"{part}/" for part in parts[depth:])))
        current = os.path.join(current, parts[depth])
    return tuple(rules)


def _relative(directory: str, root: str) -> str:
    """``directory`` below ``root`` as ``a/b/`` (``""`` for the root itself)."""
    relative = os.path.relpath(directory, root)
    if relative == os.curdir:
        return ""
    if os.sep != "/":
        relative = relative.replace(os.sep, "/")
    return relative + "/"


def _git_directory(root: str) -> str | None:
    """The repository's git directory: ``.git`` itself, or where a ``.git`` file points (a
    linked worktree or a submodule), then its common directory (``commondir``), which is
    where a linked worktree's ``info/exclude`` lives."""
    dot_git = os.path.join(root, ".git")
    if os.path.isdir(dot_git):
        git_dir = dot_git
    else:
        try:
            with open(dot_git, encoding="utf-8", errors="replace") as stream:
                first = stream.readline().strip()
        except OSError:
            return None
        if not first.startswith("gitdir:"):
            return None
        git_dir = os.path.join(root, first[len("gitdir:") :].strip())
    try:
        with open(os.path.join(git_dir, "commondir"), encoding="utf-8") as stream:
            return os.path.normpath(os.path.join(git_dir, stream.readline().strip()))
    except OSError:
        return git_dir


def _info_exclude(root: str) -> str | None:
    git_dir = _git_directory(root)
    return os.path.join(git_dir, "info", "exclude") if git_dir else None


def _global_excludes_file(root: str) -> str | None:
    """``core.excludesFile`` from git's user and repository configuration, else git's default
    ``$XDG_CONFIG_HOME/git/ignore`` (``~/.config/git/ignore``). Only files that mention
    ``excludesfile`` are parsed, and only that key: the rest of git's configuration language
    (includes, conditional sections) is not needed to find one path."""
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    git_dir = _git_directory(root)
    sources = [
        os.path.join(xdg, "git", "config"),
        os.environ.get("GIT_CONFIG_GLOBAL") or os.path.join(os.path.expanduser("~"), ".gitconfig"),
    ]
    if git_dir:
        sources.append(os.path.join(git_dir, "config"))
    found = None
    for source in sources:  # later files override earlier ones, as in git
        value = _excludes_file_setting(source)
        if value is not None:
            found = value
    if found is not None:
        return os.path.expanduser(found) if found else None
    return os.path.join(xdg, "git", "ignore")


def _excludes_file_setting(path: str) -> str | None:
    """The last ``excludesfile`` of the ``[core]`` section of one git configuration file."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    if b"excludesfile" not in data.lower():
        return None
    section = ""
    found = None
    for raw in data.decode("utf-8", "replace").splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line[1:].split("]", 1)[0].strip().lower()
            continue
        key, equals, value = line.partition("=")
        if section == "core" and equals and key.strip().lower() == "excludesfile":
            value = value.split("#", 1)[0].split(";", 1)[0].strip()
            found = value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value
    return found
