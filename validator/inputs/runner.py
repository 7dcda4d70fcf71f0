"""Checking one input: read it, load it (a JSONL file record by record), run the engine, and
(on the command line) skip what is not a coupon request body.

Paths are shown as given on the command line (relative stays relative), so annotations in CI
point at the files the repository holds.
"""

from __future__ import annotations

import io

from validator.engine import check_loaded, to_diagnostics
from validator.finding import Diagnostic, Finding
from validator.inputs.read import InputError, is_jsonl, read_document, read_records
from validator.json.loader import (
    LoadedDocument,
    iter_jsonl,
    load_bytes,
    load_text,
    oversized_file,
)
from validator.record import MutableRecord
from validator.text import Text

__all__ = ["FileReport", "check_one", "check_read", "diagnose"]


class FileReport(MutableRecord):
    """What one input produced: its diagnostics, or the reason it could not be read.

    ``skipped`` is true when the command line found the input not to be a coupon request body
    (every document of it: see ``validator.apis.detect.unrelated``) and so reported nothing.
    ``io_error`` is a ``validator.text.Text`` (the caller renders it in the run's language).
    ``fixable`` holds the diagnostics that ``check --fix`` would repair, when the caller asked
    for them (``pool.check_all``). A plain class (see ``validator.record`` for why not a
    dataclass).
    """

    __slots__ = ("diagnostics", "display", "fixable", "io_error", "skipped")
    _FIELDS = ("display", "diagnostics", "io_error", "skipped", "fixable")

    def __init__(
        self,
        display: str,
        diagnostics: list[Diagnostic] | None = None,
        io_error: str | Text | None = None,
        skipped: bool = False,
        fixable: frozenset[Diagnostic] = frozenset(),
    ) -> None:
        self.display = display
        self.diagnostics = [] if diagnostics is None else diagnostics
        self.io_error = io_error
        self.skipped = skipped
        self.fixable = fixable


def check_one(
    target: str,
    api: str,
    now: int,
    *,
    display: str | None = None,
    skip_unrelated: bool = False,
    lang: str = "en",
) -> FileReport:
    """Check one file (or ``-`` for stdin), never raising for anything the input holds.

    ``display`` is the name the report shows (and whose suffix says whether the input is
    JSONL): ``--stdin-filename`` gives standard input one. With ``skip_unrelated`` (the
    command line), a document that is not a coupon body at all, or the tool's own baseline
    file, is skipped instead of reported; library callers get every finding. ``lang`` is the
    language of the messages (``validator.text``).
    """
    shown = target if display is None else display
    if is_jsonl(shown):
        return _check_jsonl(target, shown, api, now, skip_unrelated, lang)
    try:
        data = read_document(target)
    except InputError as error:
        return FileReport(shown, io_error=error.problem)
    loaded = oversized_file() if data is None else load_bytes(data)
    diagnostics = _document(loaded, shown, api, now, None, skip_unrelated, lang)
    if diagnostics is None:
        return FileReport(shown, skipped=True)
    return FileReport(shown, diagnostics)


def check_read(
    display: str,
    data: bytes | None,
    api: str,
    now: int,
    *,
    skip_unrelated: bool = True,
    lang: str = "en",
) -> list[Diagnostic]:
    """The diagnostics of an input already read, exactly as ``check_one`` gives them on the
    command line: ``data`` as ``read_document`` returned it (None: too large to be read), or
    a JSONL file's bytes.

    ``check --fix`` reads a file, fixes it, and reports what remains through this.
    """
    if not is_jsonl(display):
        loaded = oversized_file() if data is None else load_bytes(data)
        return _document(loaded, display, api, now, None, skip_unrelated, lang) or []
    diagnostics: list[Diagnostic] = []
    for record, loaded in iter_jsonl(io.BytesIO(data or b"")):
        diagnostics.extend(_document(loaded, display, api, now, record, skip_unrelated, lang) or [])
    return diagnostics


def _check_jsonl(
    target: str, display: str, api: str, now: int, skip: bool, lang: str
) -> FileReport:
    """Streamed record by record, so a huge file costs one record's memory; the records read
    before a read error keep their diagnostics. The file counts as skipped when it has
    records and every one of them was skipped."""
    report = FileReport(display)
    records = skipped = 0
    try:
        for record, loaded in read_records(target):
            records += 1
            diagnostics = _document(loaded, display, api, now, record, skip, lang)
            if diagnostics is None:
                skipped += 1
            else:
                report.diagnostics.extend(diagnostics)
    except InputError as error:
        report.io_error = error.problem
    report.skipped = records > 0 and skipped == records and report.io_error is None
    return report


def diagnose(
    loaded: LoadedDocument,
    display: str,
    api: str,
    now: int,
    record: int | None = None,
    lang: str = "en",
) -> list[Diagnostic]:
    """One loaded document (or JSONL record) through the engine, as diagnostics of ``display``."""
    used_api, findings = check_loaded(loaded, api, now)
    return to_diagnostics(findings, loaded, file=display, api=used_api, record=record, lang=lang)


def _document(
    loaded: LoadedDocument,
    display: str,
    api: str,
    now: int,
    record: int | None,
    skip: bool,
    lang: str,
) -> list[Diagnostic] | None:
    """``diagnose``, or None for a document the command line skips (see ``check_one``)."""
    if not skip:
        return diagnose(loaded, display, api, now, record, lang)
    if api != "auto":  # an API named for this file forces the check, but never of a baseline
        if not loaded.fatal and _is_baseline(loaded.value):
            return None
        return diagnose(loaded, display, api, now, record, lang)
    used_api, findings = check_loaded(loaded, api, now)
    if used_api is None and _unrelated(loaded, findings):
        return None
    return to_diagnostics(findings, loaded, file=display, api=used_api, record=record, lang=lang)


def _unrelated(loaded: LoadedDocument, findings: list[Finding]) -> bool:
    """Whether a document that detection could not place (D001), or that did not load because
    of comments or trailing commas only, is something other than a coupon body.

    JSON with comments is how tsconfig.json and editor settings are written; such a file is
    read once more without its comments and trailing commas, only to make this decision. A
    coupon body with comments keeps its J003.
    """
    if loaded.fatal:
        if not findings or findings[-1].code not in _LENIENT or loaded.text is None:
            return False
        from validator.fixes.syntax import apply_edits, syntax_edits

        text = loaded.text
        lenient = load_text(apply_edits(text, syntax_edits(text, _LENIENT)))
        if lenient.fatal:
            return False
        value = lenient.value
    elif any(finding.code == "D001" for finding in findings):
        value = loaded.value
    else:
        return False
    if _is_baseline(value):
        return True
    from validator.apis.detect import unrelated

    return isinstance(value, dict) and unrelated(value)


#: The loading problems that JSON with comments (tsconfig.json, .vscode/*.json) has.
_LENIENT = frozenset({"J003", "J004"})


def _is_baseline(value: object) -> bool:
    """The tool's own baseline file (a cheap look at one member first: this runs per file)."""
    if not isinstance(value, dict) or "tool" not in value:
        return False
    from validator.policy.baseline import is_baseline

    return is_baseline(value)
