"""Output formats. Each module renders one ``RunResult`` to a text stream; nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TextIO

from validator.finding import Diagnostic
from validator.record import MutableRecord
from validator.text import Template, Text, message

FORMATS = ("text", "json", "sarif", "github", "junit")

ONE_FILE = message("report.file", "{count} file")
FILES = message("report.files", "{count} files")
SKIPPED = message("report.skipped", "{files} skipped: not a coupon request body")


def counted(count: int, one: Template, many: Template) -> Text:
    """``count`` with the word of ``one`` or ``many`` (``1 file``, ``3 files``; Chinese has one
    form, and its wording of both templates is the same)."""
    return (one if count == 1 else many)(count=count)


class RunResult(MutableRecord):
    """Everything a reporter may show: the checked files and their (filtered) diagnostics.

    ``skipped`` are the files found not to be coupon request bodies (package.json, the tool's
    own baseline): not checked, so not in ``files``, only counted in the summary.
    ``summary_only`` (``--quiet``, and ``--statistics``, which prints its own table) asks the
    text format for its summary line alone. ``lang`` is the language of the texts a reporter
    writes itself (the summary line, the rule help of SARIF); the diagnostics' messages are
    already in it. ``io_errors`` are the lines that say why a file could not be read, in it too.

    ``fixable`` holds the diagnostics that ``check --fix`` would repair when the run found
    them as it checked (the text report's marker; a diagnostic not shown is simply not
    looked up), and None when the text reporter must find them itself.

    A plain class (see ``validator.record`` for why not a dataclass).
    """

    __slots__ = ("diagnostics", "files", "fixable", "io_errors", "lang", "skipped", "summary_only")
    _FIELDS = ("files", "diagnostics", "io_errors", "skipped", "summary_only", "lang")

    def __init__(
        self,
        files: list[str],
        diagnostics: list[Diagnostic] | None = None,
        io_errors: list[str] | None = None,
        skipped: list[str] | None = None,
        summary_only: bool = False,
        lang: str = "en",
        fixable: set[Diagnostic] | None = None,
    ) -> None:
        self.files = files
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.io_errors = [] if io_errors is None else io_errors
        self.skipped = [] if skipped is None else skipped
        self.fixable = fixable
        self.summary_only = summary_only
        self.lang = lang

    def count(self, severity: str) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def skipped_note(self) -> Text | str:
        """What the summary says about skipped files: ``""`` when none were, else for example
        ``2 files skipped: not a coupon request body``."""
        count = len(self.skipped)
        if not count:
            return ""
        return SKIPPED(files=counted(count, ONE_FILE, FILES))


Reporter = Callable[[RunResult, TextIO], None]


def printable_path(file: str) -> str:
    """A file name as line-based output shows it: bytes that are not UTF-8 as ``\\xNN``.

    Python keeps such bytes of a file name as lone surrogates (surrogateescape), which no
    UTF-8 stream can write: printing them raised UnicodeEncodeError, or wrote bytes that are
    not UTF-8 into the report. ``caf\\xe9.json`` names the file the way ``ls -b`` does.
    """
    try:
        return file.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file system produced
        return file.encode("utf-8", "backslashreplace").decode("utf-8")


_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def reporter(name: str) -> Reporter:
    """The ``render`` function of a format (imported lazily: most runs need only one)."""
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    return module.render
