"""Checking one input: read it, load it (a JSONL file record by record), run the engine.

Paths are shown as given on the command line (relative stays relative), so annotations in CI
point at the files the repository holds.
"""

from __future__ import annotations

import io

from validator.engine import check_loaded, to_diagnostics
from validator.finding import Diagnostic
from validator.inputs.read import InputError, is_jsonl, read_document, read_records
from validator.json.loader import LoadedDocument, iter_jsonl, load_bytes, oversized_file
from validator.record import MutableRecord

__all__ = ["FileReport", "check_one", "check_read", "diagnose"]


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


def check_one(target: str, api: str, now: int) -> FileReport:
    """Check one file (or ``-`` for stdin), never raising for anything the input holds."""
    if is_jsonl(target):
        return _check_jsonl(target, api, now)
    try:
        data = read_document(target)
    except InputError as error:
        return FileReport(target, io_error=str(error))
    return FileReport(target, check_read(target, data, api, now))


def check_read(display: str, data: bytes | None, api: str, now: int) -> list[Diagnostic]:
    """The diagnostics of an input already read, exactly as ``check_one`` gives them: ``data``
    as ``read_document`` returned it (None: too large to be read), or a JSONL file's bytes.

    ``check --fix`` reads a file, fixes it, and reports what remains through this.
    """
    if not is_jsonl(display):
        loaded = oversized_file() if data is None else load_bytes(data)
        return diagnose(loaded, display, api, now)
    diagnostics: list[Diagnostic] = []
    for record, loaded in iter_jsonl(io.BytesIO(data or b"")):
        diagnostics.extend(diagnose(loaded, display, api, now, record))
    return diagnostics


def _check_jsonl(target: str, api: str, now: int) -> FileReport:
    """Streamed record by record, so a huge file costs one record's memory; the records read
    before a read error keep their diagnostics."""
    report = FileReport(target)
    try:
        for record, loaded in read_records(target):
            report.diagnostics.extend(diagnose(loaded, target, api, now, record))
    except InputError as error:
        report.io_error = str(error)
    return report


def diagnose(
    loaded: LoadedDocument, display: str, api: str, now: int, record: int | None = None
) -> list[Diagnostic]:
    """One loaded document (or JSONL record) through the engine, as diagnostics of ``display``."""
    used_api, findings = check_loaded(loaded, api, now)
    return to_diagnostics(findings, loaded, file=display, api=used_api, record=record)
