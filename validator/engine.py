"""Validate one loaded document: the only place that knows the order of the stages.

loader findings → (fatal? stop) → API detection (D001? stop) → the API's body transform (the
B007 unwrap) → schema (S-codes and conditional rule codes) → the API's after-schema hook (E: a
0 that counts as absent) → rule functions (early: U001/U002, normal: A/B/C/E, late: U003) →
pointers mapped back to the file → one finding per (pointer, code) → at most ``MAX_FINDINGS``
per document, the first in output order, and one J010 that counts the rest → positions looked
up only now, only for what is reported.
"""

from __future__ import annotations

import re
from typing import Any

from validator.apis import spec_for
from validator.apis.detect import detect
from validator.catalogue import severity_of
from validator.finding import Diagnostic, Finding, Span
from validator.json.loader import LoadedDocument
from validator.rules import rules_for
from validator.rules.context import RuleContext
from validator.schema import compiled
from validator.text import render

_SURROGATE = re.compile("[\ud800-\udfff]")
# What would break a message out of its one line (``str.splitlines`` splits at every one of
# them) or cannot be printed at all: C0 controls, DEL, NEL, U+2028/U+2029, lone surrogates.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029\ud800-\udfff]")
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: Messages quote values and member names; a hostile file may hold megabyte-long ones.
MAX_MESSAGE = 1000
#: Findings shown per document, one JSONL record being one document; ``validator.cap`` says
#: which ones and why, and one J010 counts the rest.
MAX_FINDINGS = 1000
_NO_SPAN = Span(0, 0, 0, 0)


def check_value(document: Any, api: str, now: int) -> tuple[str | None, list[Finding]]:
    """Findings for an already loaded top-level object, and the API it was checked against."""
    if api == "auto":
        detected, problem = detect(document)
        if problem is not None:
            return None, [problem]
        assert detected is not None
        api = detected
    findings: list[Finding] = []
    to_file = None
    spec = spec_for(api)
    if spec.transform is not None:
        document, to_file, findings = spec.transform(document)
    schema_result = compiled(api).evaluate(document)
    if spec.after_schema is not None:
        spec.after_schema(document, schema_result)
    context = RuleContext(document, api, now, schema_result.unusable)
    for registered in rules_for(api):
        if registered.prefix:  # a rule of a body this API carries (ApiSpec.mount)
            registered.function(context.under(registered.prefix, registered.api))
        else:
            registered.function(context)
    produced = schema_result.findings + context.findings
    if not produced and not findings:  # most documents of a large run
        return api, []
    if to_file is not None:  # a finding the mapping leaves alone is kept, not copied
        produced = [
            f
            if (pointer := to_file(f.pointer)) is f.pointer
            else Finding(f.code, pointer, f.message, f.target, f.span)
            for f in produced
        ]
    return api, _one_per_pointer_and_code(findings + produced)


def check_loaded(
    loaded: LoadedDocument, api: str, now: int, *, capped: bool = True
) -> tuple[str | None, list[Finding]]:
    """Loader findings plus, when loading succeeded, everything ``check_value`` finds: the
    first ``MAX_FINDINGS`` in output order and a J010 that counts the rest, or every finding
    with ``capped=False`` (``check --fix`` also fixes what is not shown).

    The cap is applied here, where the full list is still local: the findings not shown are
    freed before ``to_diagnostics`` builds positions for the others.
    """
    if loaded.fatal:
        return (None if api == "auto" else api), list(loaded.findings)
    used_api, findings = check_value(loaded.value, api, now)
    if loaded.findings:
        findings = list(loaded.findings) + findings
    if capped and len(findings) > MAX_FINDINGS:
        from validator import cap  # only for a document with too many findings

        hidden = len(findings) - MAX_FINDINGS
        findings = cap.first_findings(findings, loaded, MAX_FINDINGS, _printable)
        findings.append(cap.hidden_note(hidden, loaded))
    return used_api, findings


def to_diagnostics(
    findings: list[Finding],
    loaded: LoadedDocument,
    *,
    file: str,
    api: str | None,
    record: int | None = None,
    lang: str = "en",
) -> list[Diagnostic]:
    """Attach severity, position and file to each finding (positions built only if needed),
    and render its message in ``lang`` (``validator.text``)."""
    if not findings:
        return []
    positions = None
    if loaded.text is not None and not loaded.fatal:
        positions = loaded.positions_for(f.pointer for f in findings if f.span is None)
    diagnostics = []
    for finding in findings:
        if finding.span is not None:
            span = finding.span
        elif positions is not None:
            span = positions.locate(finding.pointer, finding.target)
        else:
            span = _NO_SPAN if loaded.text is None else Span(1, 1, 1, 1)
        line, end_line = span.line, span.end_line
        if record is not None and line:
            line, end_line = line + record - 1, end_line + record - 1
        diagnostics.append(
            Diagnostic(
                file=file,
                line=line,
                column=span.column,
                end_line=end_line,
                end_column=span.end_column,
                pointer=_printable(finding.pointer),
                code=finding.code,
                severity=severity_of(finding.code),
                api=api,
                message=_one_line(render(finding.message, lang)),
                record=record,
            )
        )
    diagnostics.sort(key=Diagnostic.sort_key)
    return diagnostics


def _one_per_pointer_and_code(findings: list[Finding]) -> list[Finding]:
    """At most one diagnostic per (pointer, code); the first one wins.

    Most pointers carry one code, so each pointer's first code is kept in a dict, without a
    key tuple per finding (10^5 findings of one bad array would hold 10^5 tuples), and only a
    pointer's further codes go into a set.
    """
    first: dict[str, str] = {}
    further: set[tuple[str, str]] = set()
    unique = []
    for finding in findings:
        pointer, code = finding.pointer, finding.code
        known = first.get(pointer)
        if known is None:
            first[pointer] = code
        elif known == code or (pointer, code) in further:
            continue
        else:
            further.add((pointer, code))
        unique.append(finding)
    return unique


def _one_line(message: str) -> str:
    """A message as every reporter can print it: one line, bounded, encodable.

    Rules quote member names as written, and a name may hold a line break (``{"\\n": 1}``)
    or be megabytes long; text, GitHub and JUnit output are line-based, so such characters
    are shown escaped (as in a JSON string) and the message is cut at ``MAX_MESSAGE``.
    """
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "…"
    if _UNPRINTABLE.search(message) is None:
        return message
    return _UNPRINTABLE.sub(
        lambda m: _SHORT_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04x}"), message
    )


def _printable(text: str) -> str:
    """Lone surrogates (valid in JSON escapes) cannot be encoded; print them escaped."""
    if _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
