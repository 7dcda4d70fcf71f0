"""``--baseline`` / ``--write-baseline``: adopt the tool on a legacy folder, then report only new
findings.

A finding is remembered by (file, code, JSON Pointer), never by line: reformatting a file or
adding a member above an old problem must not make it "new". Each key carries a count, so a
file with the same finding several times (a JSONL file whose records share a mistake) reports
only the occurrences beyond the recorded number; which of them count as new follows the report
order (the first ``count`` occurrences are the known ones).

File paths are stored relative to the baseline file's directory with ``/`` separators, so the
same baseline works whatever directory the tool runs from and on any operating system.

The file is JSON, sorted and indented, so that a reviewer sees in a diff exactly which findings
a change accepted::

    {
      "version": 1,
      "tool": "coupon-validator",
      "findings": [
        {"file": "legacy/a.json", "code": "S007", "pointer": "/coupon/x", "count": 2}
      ]
    }
"""

from __future__ import annotations

import contextlib
import json
import os
from collections import Counter
from collections.abc import Iterable

from validator.finding import Diagnostic
from validator.json.loader import read_at_most
from validator.text import Text, message

VERSION = 1
TOOL = "coupon-validator"
STDIN = "-"

Key = tuple[str, str, str]
#: Room for about 400,000 recorded findings; the cap keeps ``--baseline /dev/zero`` bounded.
MAX_BASELINE_BYTES = 64 * 1024 * 1024


class BaselineError(ValueError):
    """The baseline file is missing, unreadable or not one this tool wrote (usage error, exit 2).

    ``problem`` is the message as a ``Text`` (``str()`` gives the English).
    """

    @property
    def problem(self) -> Text:
        return self.args[0]  # type: ignore[no-any-return]


CANNOT_WRITE = message("baseline.cannot-write", "{path}: cannot write ({reason})")
NO_SUCH_FILE = message(
    "baseline.no-such-file", "{path}: no such baseline file (write one with --write-baseline)"
)
CANNOT_READ = message("baseline.cannot-read", "{path}: cannot read ({reason})")
TOO_LARGE = message("baseline.too-large", "{path}: too large for a baseline file (over 64 MiB)")
NOT_JSON = message("baseline.not-json", "{path}: not a JSON baseline file ({error})")
NOT_A_BASELINE = message(
    "baseline.not-a-baseline", "{path}: not a version {version} coupon-validator baseline file"
)
FINDINGS_NOT_A_LIST = message("baseline.findings-not-a-list", "{path}: 'findings' must be a list")
#: Where an entry is: the file and the entry's number (``a.json: finding #3``).
ENTRY = message("baseline.entry", "{path}: finding #{number}")
NOT_AN_OBJECT = message("baseline.not-an-object", "{where}: expected an object")
NOT_A_STRING = message("baseline.not-a-string", "{where}: {key} must be a string")
BAD_COUNT = message("baseline.bad-count", "{where}: 'count' must be a positive integer")


def is_baseline(document: object) -> bool:
    """Whether a loaded document is a baseline file this tool wrote (by its marker and shape).

    ``check .`` meets the baseline the README says to commit; it is the tool's own file, never
    a coupon body, so the command line skips it whatever API is asked for.
    """
    return (
        isinstance(document, dict)
        and document.get("tool") == TOOL
        and isinstance(document.get("version"), int)
        and isinstance(document.get("findings"), list)
    )


def _file_key(file: str, base: str) -> str:
    if file == STDIN:
        return STDIN
    absolute = os.path.abspath(file)
    try:
        relative = os.path.relpath(absolute, base)
    except ValueError:  # another drive on Windows
        relative = absolute
    return relative if os.sep == "/" else relative.replace(os.sep, "/")


def _keys(diagnostics: Iterable[Diagnostic], base: str) -> Iterable[Key]:
    return ((_file_key(d.file, base), d.code, d.pointer) for d in diagnostics)


def _base_of(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def write(path: str, diagnostics: Iterable[Diagnostic]) -> int:
    """Record these findings in ``path`` (replacing it atomically); returns how many."""
    counts = Counter(_keys(diagnostics, _base_of(path)))
    findings = [
        {"file": file, "code": code, "pointer": pointer, "count": count}
        for (file, code, pointer), count in sorted(counts.items())
    ]
    text = json.dumps(
        {"version": VERSION, "tool": TOOL, "findings": findings}, ensure_ascii=False, indent=2
    )
    temporary = f"{path}.tmp{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text + "\n")
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise BaselineError(CANNOT_WRITE(path=path, reason=error.strerror or error)) from None
    return sum(counts.values())


def read(path: str) -> Counter[Key]:
    """The recorded findings of a baseline file, as counts per (file, code, pointer)."""
    try:
        with open(path, "rb") as stream:
            raw = read_at_most(stream, MAX_BASELINE_BYTES + 1)
    except FileNotFoundError:
        raise BaselineError(NO_SUCH_FILE(path=path)) from None
    except OSError as error:
        raise BaselineError(CANNOT_READ(path=path, reason=error.strerror or error)) from None
    if len(raw) > MAX_BASELINE_BYTES:
        raise BaselineError(TOO_LARGE(path=path))
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise BaselineError(NOT_JSON(path=path, error=error)) from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise BaselineError(NOT_A_BASELINE(path=path, version=VERSION))
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(FINDINGS_NOT_A_LIST(path=path))
    counts: Counter[Key] = Counter()
    for number, entry in enumerate(entries, 1):
        counts[_entry(entry, path, number)] += entry["count"]
    return counts


def _entry(entry: object, path: str, number: int) -> Key:
    """One recorded finding (entry ``number`` of ``path``), checked."""
    if not isinstance(entry, dict):
        raise BaselineError(NOT_AN_OBJECT(where=ENTRY(path=path, number=number)))
    for key in ("file", "code", "pointer"):
        if not isinstance(entry.get(key), str):
            where = ENTRY(path=path, number=number)
            raise BaselineError(NOT_A_STRING(where=where, key=repr(key)))
    count = entry.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise BaselineError(BAD_COUNT(where=ENTRY(path=path, number=number)))
    return entry["file"], entry["code"], entry["pointer"]


def new_findings(
    diagnostics: list[Diagnostic], known: Counter[Key], baseline_path: str
) -> list[Diagnostic]:
    """The diagnostics beyond what the baseline records (in report order)."""
    remaining = Counter(known)
    base = _base_of(baseline_path)
    new = []
    for diagnostic, key in zip(diagnostics, _keys(diagnostics, base), strict=True):
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            new.append(diagnostic)
    return new
