"""``[tool.coupon-validator]`` configuration: where it is found, what it may say, what it means.

A repository keeps its policy next to its payloads so that every run (a developer's shell, the
pre-commit hook, CI) applies the same one without repeating options. Command-line options
override the file; the file never changes how a document is evaluated, only which files are
checked, which API a path targets and which findings are shown (selection filters the output,
it does not change what the rules see).

Where: ``--config PATH`` names the file. A file named ``pyproject.toml`` holds the settings in
its ``[tool.coupon-validator]`` table; any other file (``coupon-validator.toml``) holds them at
its top level. Without ``--config``, the directories from the current one up to the filesystem
root are searched for the nearest ``pyproject.toml`` that has a ``[tool.coupon-validator]``
table (as ruff does, so a nested package's ``pyproject.toml`` does not hide the repository's).

Globs (exclude, extend-exclude, include, per-file-ignores, api-by-path, suppress) are matched
against the path of each file relative to the directory holding the configuration, with ``/``
as separator: ``*`` and ``?`` stay within one path segment, ``**`` spans segments, a pattern
ending in ``/`` means everything below that directory, and a pattern without ``/`` is matched
against the file name alone (by the excludes, against every folder name on the way too).

A mistake in the file (an unknown key, a value of the wrong type, an unknown rule code) is a
usage error naming the key, never silently ignored: a misspelt ``selct`` would otherwise leave
a team believing a rule is off. Its message is a ``validator.text.Text``: a file with a mistake
cannot be trusted to say the language (its ``lang`` may be the mistake), so the command line
says it in the language of ``--lang`` or, without it, of the environment.
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
import sys
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from validator.apis import API_IDS
from validator.finding import Diagnostic
from validator.json.loader import read_at_most
from validator.policy import config_errors as texts
from validator.policy.config_errors import ConfigError
from validator.policy.selection import SelectionError, parse_codes
from validator.policy.suggest import closest, did_you_mean
from validator.text import Text

if TYPE_CHECKING:
    from os import PathLike

# Start-up matters (every ``check`` run loads the configuration): tomllib (tomli on 3.10) is
# imported only when a file has to be parsed (see _may_hold_table), and paths are plain strings
# handled with os.path, not pathlib.

PYPROJECT = "pyproject.toml"
TABLE = ("tool", "coupon-validator")
API_CHOICES = ("auto", *API_IDS)
SEVERITIES = ("error", "warning")
LANGUAGES = ("zh", "en")
KEYS = (
    "api",
    "select",
    "ignore",
    "fail-on",
    "lang",
    "exclude",
    "extend-exclude",
    "include",
    "respect-gitignore",
    "force-exclude",
    "per-file-ignores",
    "api-by-path",
    "suppress",
)
SUPPRESS_KEYS = ("file", "pointer", "code", "reason")
_POINTER = re.compile(r"(/([^~/]|~[01])*)*")


class Suppression(NamedTuple):
    """One accepted finding: a code at a pointer (or below it) in the files a glob matches."""

    file: str
    pointer: str
    code: str
    reason: str

    def covers(self, diagnostic: Diagnostic) -> bool:
        if diagnostic.code != self.code:
            return False
        pointer = diagnostic.pointer
        return pointer == self.pointer or pointer.startswith(self.pointer + "/")


class Config(NamedTuple):
    """The validated settings of one configuration file (or none: every other field empty).

    ``root`` is the directory the globs are relative to: the file's, else the working one.
    """

    root: str
    source: str | None = None
    api: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    lang: str | None = None
    exclude: tuple[str, ...] | None = None
    extend_exclude: tuple[str, ...] = ()
    include: tuple[str, ...] | None = None
    respect_gitignore: bool = True
    force_exclude: bool = False
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    api_by_path: tuple[tuple[str, str], ...] = ()
    suppress: tuple[Suppression, ...] = ()

    def api_for(self, path: str) -> str | None:
        """The API a file targets by configuration: the first matching api-by-path glob, then
        ``api``; None when the configuration says nothing (the caller's default applies)."""
        if self.api_by_path and path != "-":
            relative = self._relative(path)
            for pattern, api in self.api_by_path:
                if glob_matches(pattern, relative):
                    return api
        return self.api

    def filter(self, path: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        """Drop what per-file-ignores and suppressions of this file say not to show."""
        if not diagnostics or not (self.per_file_ignores or self.suppress) or path == "-":
            return diagnostics
        relative = self._relative(path)
        ignored = tuple(
            code
            for pattern, codes in self.per_file_ignores
            if glob_matches(pattern, relative)
            for code in codes
        )
        suppressions = [s for s in self.suppress if glob_matches(s.file, relative)]
        return [
            d
            for d in diagnostics
            if not d.code.startswith(ignored) and not any(s.covers(d) for s in suppressions)
        ]

    def hides(self, path: str, code: str, pointer: str) -> bool:
        """Whether ``filter`` would drop ``code`` at ``pointer`` in ``path``, asked before the
        finding exists (``check --fix`` repairs only what the report would show)."""
        if not (self.per_file_ignores or self.suppress) or path == "-":
            return False
        relative = self._relative(path)
        if any(
            code.startswith(codes)
            for pattern, codes in self.per_file_ignores
            if glob_matches(pattern, relative)
        ):
            return True
        return any(
            s.code == code and (pointer == s.pointer or pointer.startswith(s.pointer + "/"))
            for s in self.suppress
            if glob_matches(s.file, relative)
        )

    def _relative(self, path: str) -> str:
        """The file's path from the configuration's directory, ``/``-separated (``../`` when
        outside it, so that only file-name patterns can match it)."""
        absolute = os.path.abspath(path)
        try:
            relative = os.path.relpath(absolute, self.root)
        except ValueError:  # another drive on Windows
            return _posix(absolute)
        return _posix(relative)


def _posix(path: str) -> str:
    return path if os.sep == "/" else path.replace(os.sep, "/")


def load(config_path: str | None, start: str | PathLike[str] | None = None) -> Config:
    """The configuration named by ``--config``, or the nearest pyproject.toml's table."""
    if config_path is not None:
        data = _parse(_read(config_path, config_path), config_path)
        if os.path.basename(config_path) == PYPROJECT:
            return _build(_table(data), config_path, True, config_path)
        return _build(data, config_path, False, config_path)
    found = discover(os.getcwd() if start is None else start)
    if found is None:
        return Config(root=os.getcwd())
    path, table = found
    return _build(table, _display(path), True, path)


def discover(start: str | PathLike[str]) -> tuple[str, dict[str, Any]] | None:
    """The nearest pyproject.toml (from ``start`` up to the root) with our table, and the table.

    A pyproject.toml without the table is looked past; it is parsed only if it may hold the
    table (_may_hold_table), so a broken TOML file that cannot be ours is not an error.
    """
    directory = os.path.abspath(start)
    while True:
        candidate = os.path.join(directory, PYPROJECT)
        if os.path.isfile(candidate):
            display = _display(candidate)
            data = _read(candidate, display)
            if _may_hold_table(data):
                table = _table(_parse(data, display))
                if table is not None:
                    return candidate, table
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _may_hold_table(data: bytes) -> bool:
    """Whether a pyproject.toml's bytes may hold our table, so that it must be parsed.

    A file without the bytes ``coupon-validator`` cannot hold ``[tool.coupon-validator]`` nor
    ``[tool."coupon-validator"]`` (nor the dotted-key or inline-table forms): TOML is UTF-8 and
    a key is spelt out as it is, unless it is a quoted key written with escapes, and only the
    ``\\u``, ``\\U`` (and TOML 1.1 ``\\x``) escapes can make its letters. So most pyproject.toml
    files (other tools' settings only) are neither parsed nor pay for importing tomllib.
    """
    return b"coupon-validator" in data or any(escape in data for escape in _LETTER_ESCAPES)


_LETTER_ESCAPES = (b"\\u", b"\\U", b"\\x")


#: No configuration is this big; the cap keeps ``--config /dev/zero`` from eating memory.
MAX_CONFIG_BYTES = 10 * 1024 * 1024


def _read(path: str, display: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            data = read_at_most(stream, MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(texts.NO_SUCH_FILE(path=display)) from None
    except OSError as error:
        raise ConfigError(texts.CANNOT_READ(path=display, reason=error.strerror or error)) from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(texts.TOO_LARGE(path=display))
    return data


def _parse(data: bytes, display: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(texts.INVALID_TOML(path=display, error=error)) from None


def _table(data: dict[str, Any]) -> dict[str, Any] | None:
    tool = data.get(TABLE[0])
    table = tool.get(TABLE[1]) if isinstance(tool, dict) else None
    return table if isinstance(table, dict) else None


def _display(path: str) -> str:
    """A found file as users want to read it: relative to the current directory if below it."""
    try:
        relative = os.path.relpath(path, os.getcwd())
    except ValueError:  # another drive on Windows
        return path
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return path
    return relative


def _build(table: Mapping[str, Any] | None, display: str, pyproject: bool, path: str) -> Config:
    """Validate every key of the table; the first problem becomes a one-line ConfigError."""
    table = table or {}
    base = ".".join(TABLE) if pyproject else ""
    try:
        for key in table:
            if key not in KEYS:
                raise ConfigError(_unknown_key(key, KEYS, top_level=not pyproject))
        api = _choice(table, "api", API_CHOICES)
        fail_on = _choice(table, "fail-on", SEVERITIES)
        lang = _choice(table, "lang", LANGUAGES)
        select = _codes(table["select"], "'select'") if "select" in table else None
        ignore = _codes(table["ignore"], "'ignore'") if "ignore" in table else None
        exclude = _globs(table["exclude"], "exclude") if "exclude" in table else None
        extend_exclude = _globs(table.get("extend-exclude", []), "extend-exclude")
        include = _globs(table["include"], "include") if "include" in table else None
        respect_gitignore = _flag(table, "respect-gitignore", True)
        force_exclude = _flag(table, "force-exclude", False)
    except ConfigError as error:
        raise texts.in_file(display, _header(base), error) from None
    try:
        per_file = _per_file_ignores(table.get("per-file-ignores", {}))
    except ConfigError as error:
        raise texts.in_file(display, _header(base, "per-file-ignores"), error) from None
    try:
        by_path = _api_by_path(table.get("api-by-path", {}))
    except ConfigError as error:
        raise texts.in_file(display, _header(base, "api-by-path"), error) from None
    try:
        suppress = _suppressions(table.get("suppress", []))
    except ConfigError as error:
        raise texts.in_file(display, _header(base, "suppress", array=True), error) from None
    return Config(
        source=display,
        root=os.path.dirname(os.path.abspath(path)),
        api=api,
        select=select,
        ignore=ignore,
        fail_on=fail_on,
        lang=lang,
        exclude=exclude,
        extend_exclude=extend_exclude,
        include=include,
        respect_gitignore=respect_gitignore,
        force_exclude=force_exclude,
        per_file_ignores=per_file,
        api_by_path=by_path,
        suppress=suppress,
    )


def _header(base: str, key: str = "", *, array: bool = False) -> str:
    """The TOML header of the table a problem is in, as users see it in their file."""
    name = ".".join(part for part in (base, key) if part)
    if not name:
        return ""
    return f"[[{name}]] " if array else f"[{name}] "


def _unknown_key(key: str, known: Iterable[str], *, top_level: bool = False) -> Text:
    suggestion = closest(key, known)
    if suggestion is None and top_level and key == TABLE[0]:
        return texts.UNKNOWN_KEY(key=repr(key), hint=texts.ONLY_PYPROJECT(pyproject=PYPROJECT))
    return texts.UNKNOWN_KEY(key=repr(key), hint=did_you_mean(suggestion))


def _choice(table: Mapping[str, Any], key: str, choices: tuple[str, ...]) -> str | None:
    value = table.get(key)
    if value is not None and value not in choices:
        raise texts.at(
            repr(key), texts.EXPECTED_ONE_OF(choices=_choices(choices), value=repr(value))
        )
    return value


def _choices(values: Iterable[str]) -> str:
    return ", ".join(repr(v) for v in values)


def _codes(value: object, where: str, *, allow_empty: bool = True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise texts.at(where, texts.EXPECTED_CODES(value=repr(value)))
    try:
        codes = parse_codes(value)
    except SelectionError as error:
        raise texts.at(where, error.problem) from None
    if not codes and not allow_empty:
        raise texts.at(where, texts.AT_LEAST_ONE_CODE())
    return codes


def _glob(pattern: object, where: str) -> str:
    if not isinstance(pattern, str) or not pattern.strip():
        raise texts.at(where, texts.EXPECTED_GLOB(value=repr(pattern)))
    try:
        compile_glob(pattern)
    except re.error:
        raise texts.at(where, texts.INVALID_GLOB(glob=repr(pattern))) from None
    return pattern


def _globs(value: object, key: str) -> tuple[str, ...]:
    """A list of file globs (``exclude``, ``extend-exclude``, ``include``)."""
    if not isinstance(value, list):
        raise texts.at(repr(key), texts.EXPECTED_GLOBS(value=repr(value)))
    return tuple(_glob(item, repr(key)) for item in value)


def _flag(table: Mapping[str, Any], key: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise texts.at(repr(key), texts.EXPECTED_BOOLEAN(value=repr(value)))
    return value


def _per_file_ignores(value: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(texts.EXPECTED_PER_FILE())
    return tuple(
        (_glob(pattern, repr(pattern)), _codes(codes, repr(pattern), allow_empty=False))
        for pattern, codes in value.items()
    )


def _api_by_path(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise ConfigError(texts.EXPECTED_API_BY_PATH())
    pairs = []
    for pattern, api in value.items():
        _glob(pattern, repr(pattern))
        if api not in API_CHOICES:
            choices = _choices(API_CHOICES)
            raise texts.at(repr(pattern), texts.EXPECTED_ONE_OF(choices=choices, value=repr(api)))
        pairs.append((pattern, api))
    return tuple(pairs)


def _suppressions(value: object) -> tuple[Suppression, ...]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise ConfigError(texts.EXPECTED_SUPPRESS())
    return tuple(_suppression(item, f"#{n}") for n, item in enumerate(value, 1))


def _suppression(item: dict[str, Any], where: str) -> Suppression:
    """One ``[[…suppress]]`` entry; every key is required, the reason above all (it is what a
    reviewer reads when the suppression is questioned)."""
    for key in item:
        if key not in SUPPRESS_KEYS:
            raise texts.at(where, _unknown_key(key, SUPPRESS_KEYS))
    for key in SUPPRESS_KEYS:
        if key not in item:
            raise texts.at(where, texts.MISSING_KEY(key=repr(key)))
    file, pointer, code, reason = (item[key] for key in SUPPRESS_KEYS)
    _glob(file, f"{where} 'file'")
    if not isinstance(pointer, str) or not _POINTER.fullmatch(pointer):
        raise texts.at(f"{where} 'pointer'", texts.EXPECTED_POINTER(value=repr(pointer)))
    code = _exact_code(code, f"{where} 'code'")
    if not isinstance(reason, str) or not reason.strip():
        raise texts.at(f"{where} 'reason'", texts.EXPECTED_REASON(value=repr(reason)))
    return Suppression(file, pointer, code, reason.strip())


def _exact_code(value: object, where: str) -> str:
    """A suppression names one code: a prefix would hide findings nobody has looked at."""
    from validator import catalogue

    if not isinstance(value, str):
        raise texts.at(where, texts.EXPECTED_CODE(value=repr(value)))
    code = value.strip().upper()
    if code in catalogue.RULES:
        return code
    if catalogue.codes_matching(code):
        raise texts.at(where, texts.PREFIX_NOT_CODE(code=repr(code)))
    raise texts.at(where, texts.UNKNOWN_CODE(code=repr(code)))


def glob_matches(pattern: str, relative: str) -> bool:
    """Whether a ``/``-separated relative path matches a configuration glob (see module doc)."""
    if "/" not in pattern:
        return compile_glob(pattern).fullmatch(posixpath.basename(relative)) is not None
    return compile_glob(pattern).fullmatch(relative) is not None


@functools.lru_cache(maxsize=256)
def compile_glob(pattern: str) -> re.Pattern[str]:
    """Translate a glob to a regular expression: ``**`` spans ``/``, ``*`` and ``?`` do not."""
    pattern = pattern.removeprefix("./").lstrip("/")
    if pattern.endswith("/"):
        pattern += "**"
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = pattern.find("]", i + 2 if pattern.startswith(("[!", "[^"), i) else i + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = pattern[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
                i = end + 1
                continue
        else:
            out.append(re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL)
