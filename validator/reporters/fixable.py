"""Which findings ``check --fix`` would repair: the ``(fixable)`` marker of the text report.

A code alone does not say it: S002 is fixed for ``300.0`` in a count but never for an amount of
money, U001 only when the seconds are a plausible time, S007 only for a name wrong in case, J003
only when removing the comments leaves valid JSON. So the question is put to the fix engine
itself: each file (or JSONL record) with a finding whose code has any fix is read again, and
each such finding goes to the engine's own fixer for its code; it is marked when that fixer
makes an edit (see ``_answered``). Nothing is written. Files without such a finding (a clean
run above all) cost nothing: the fix engine is not even imported.

What the fixes may touch is limited to the findings shown for that file, as ``--fix`` limits
itself to what the report would show (``--select``, ``--ignore``, per-file ignores, suppressions):
the report already went through that selection, so the shown findings stand for it.

Standard input cannot be read twice, so its findings carry no marker.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from validator.catalogue import RULES
from validator.finding import Diagnostic
from validator.inputs import STDIN
from validator.inputs.read import InputError, is_jsonl, read_document
from validator.json.loader import MAX_DOCUMENT_BYTES

_CHUNK = 1 << 16
_BOM = b"\xef\xbb\xbf"

Key = tuple[str, str]  # (code, pointer)


def fixable(diagnostics: Sequence[Diagnostic]) -> frozenset[Diagnostic]:
    """The diagnostics that ``check --fix`` would repair, as the report shows them."""
    groups: dict[str, dict[int | None, list[Diagnostic]]] = {}
    for d in diagnostics:
        if d.file == STDIN or d.code not in RULES or not RULES[d.code].fixable:
            continue
        groups.setdefault(d.file, {}).setdefault(d.record, [])
    if not groups:
        return frozenset()
    for d in diagnostics:  # every shown finding of those files bounds what may be fixed
        records = groups.get(d.file)
        if records is not None and d.record in records:
            records[d.record].append(d)
    marked: set[Diagnostic] = set()
    for file, records in groups.items():
        for record, data in _sources(file, records):
            shown = records[record]
            answered = _answered(data, shown)
            marked.update(d for d in shown if (d.code, d.pointer) in answered)
    return frozenset(marked)


def _sources(
    file: str, records: dict[int | None, list[Diagnostic]]
) -> Iterator[tuple[int | None, bytes]]:
    """The text of each wanted document: the whole file, or the wanted lines of a JSONL file
    (read line by line, stopping after the last one wanted). An input that cannot be read (or
    is too large to have been read) yields nothing: its findings stay unmarked."""
    if not is_jsonl(file):
        try:
            data = read_document(file)
        except InputError:
            return
        if data is not None and len(data) <= MAX_DOCUMENT_BYTES:
            yield None, data
        return
    wanted = {record for record in records if record is not None}
    if not wanted:
        return
    last = max(wanted)
    try:
        with open(file, "rb") as stream:
            for record, line in _lines(stream, last):
                if record in wanted:
                    yield record, line
    except OSError:
        return


def _lines(stream: object, last: int) -> Iterator[tuple[int, bytes]]:
    """Numbered lines (without their ``\\n``) up to ``last``; a line over the document size
    limit is skipped as it streams by (it is J009, which has no fix)."""
    readline = stream.readline  # type: ignore[attr-defined]
    record = 0
    while record < last:
        line = readline(MAX_DOCUMENT_BYTES + 2)
        if not line:
            return
        record += 1
        if line.endswith(b"\n"):
            yield record, line[:-1]
        elif len(line) <= MAX_DOCUMENT_BYTES:
            yield record, line  # the last line, without a line break
        else:
            while line and not line.endswith(b"\n"):
                line = readline(_CHUNK)


def _answered(data: bytes, shown: list[Diagnostic]) -> set[Key]:
    """The (code, pointer) of every shown finding that fixing ``data`` repairs.

    The first pass of ``--fix`` is replayed without running the check again: the shown findings
    are what that pass would see, so each one goes straight to the fix engine's own fixer for
    its code, on the text as it is. A finding with an edit in that pass is repaired, also when
    its edit waits for a later pass (an unwrap waits for the fixes inside the wrapper); one
    without an edit never is, since later passes only see what the first one revealed. A
    document that does not load shows one finding, and its first pass removes the comments and
    trailing commas only if that leaves valid JSON.
    """
    from validator.finding import Finding

    # The fix engine's own tables and first-pass steps, so that the marker and --fix agree.
    from validator.fixes import _NEEDS_UNIQUE_NAMES, _VALUE_FIXERS, _syntax_edits
    from validator.fixes.values import Located
    from validator.json.loader import load_text

    allowed = {(d.code, d.pointer) for d in shown}
    answered: set[Key] = set()
    if data.startswith(_BOM) and ("J005", "") in allowed:
        answered.add(("J005", ""))
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return answered  # only the byte-order mark is fixed in text that is not UTF-8
    loaded = load_text(text)
    api = next((d.api for d in shown if d.api), None)
    if loaded.fatal:  # comments or trailing commas are fixed only if that leaves valid JSON
        edits = _syntax_edits(text, loaded, lambda code, pointer: (code, pointer) in allowed)
        return answered | {(edit.code, edit.pointer) for edit in edits}
    if api is None:
        return answered  # the engine could not tell the API: no value is fixed
    document = Located(text, loaded, api)
    unique_names = not any(finding.code == "J002" for finding in loaded.findings)
    for d in shown:
        fixer = _VALUE_FIXERS.get(d.code)
        if fixer is None or (d.code in _NEEDS_UNIQUE_NAMES and not unique_names):
            continue
        if fixer(document, Finding(d.code, d.pointer, d.message)) is not None:
            answered.add((d.code, d.pointer))
    return answered
