"""``--format junit``: JUnit XML, the one test-report format every CI server reads (Jenkins,
GitLab, Azure DevOps, CircleCI, Buildkite), so a checked file shows up as a passing or failing
test.

One ``testcase`` per checked file (name = the path as given, classname = ``coupon-validator``),
one ``failure`` per finding (type = the rule code, message = the first line of the message), and
an ``error`` for a file that could not be read. Counts follow the JUnit schema: ``tests`` is the
number of files, ``failures`` the number of files with findings, ``errors`` the number of files
that could not be read, and nothing is ever skipped.

The failure's text names the pointer, record, severity and API with labels in the run's
language; the values, the rule code (``type``) and the counts are the same in every language.

XML 1.0 cannot hold some characters a JSON string can (control characters); they are written as
``\\uXXXX`` so the report always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from validator.finding import Diagnostic
from validator.reporters import RunResult
from validator.text import message
from validator.text import render as render_text

NAME = "coupon-validator"
POINTER = message("report.junit-pointer", "pointer: {pointer}")
RECORD = message("report.junit-record", "record: {record}")
SEVERITY = message("report.junit-severity", "severity: {severity}")
API = message("report.junit-api", "api: {api}")
UNKNOWN_API = message("report.junit-unknown-api", "unknown")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _failure_body(d: Diagnostic, lang: str) -> str:
    labelled = [POINTER(pointer=d.pointer)]
    if d.record is not None:
        labelled.append(RECORD(record=d.record))
    labelled += [SEVERITY(severity=d.severity), API(api=d.api or UNKNOWN_API())]
    lines = [f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}"]
    lines += [render_text(text, lang) for text in labelled]
    return "\n".join(lines)


def _io_error_of(file: str, io_errors: list[str]) -> str | None:
    """The runner's message about this file, if it could not be read (``path: reason``)."""
    return next((problem for problem in io_errors if problem.startswith(f"{file}: ")), None)


def tree(result: RunResult) -> ET.Element:
    """The report as an element tree (``testsuites`` with one ``testsuite``)."""
    by_file: dict[str, list[Diagnostic]] = {file: [] for file in result.files}
    for diagnostic in result.diagnostics:
        by_file.setdefault(diagnostic.file, []).append(diagnostic)
    suite = ET.Element("testsuite", name=NAME)
    failures = errors = 0
    for file, diagnostics in by_file.items():
        case = ET.SubElement(suite, "testcase", name=_xml_text(file), classname=NAME)
        problem = _io_error_of(file, result.io_errors)
        if problem is not None:
            errors += 1
            error = ET.SubElement(case, "error", type="io-error", message=_xml_text(problem))
            error.text = _xml_text(problem)
        if diagnostics:
            failures += 1
        for d in diagnostics:
            first_line = d.message.splitlines()[0] if d.message else d.code
            failure = ET.SubElement(case, "failure", type=d.code, message=_xml_text(first_line))
            failure.text = _xml_text(_failure_body(d, result.lang))
    counts = {
        "tests": str(len(by_file)),
        "failures": str(failures),
        "errors": str(errors),
        "skipped": "0",
    }
    suite.attrib.update(counts)
    root = ET.Element("testsuites", name=NAME, **counts)
    root.append(suite)
    return root


def render(result: RunResult, stream: TextIO) -> None:
    root = tree(result)
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
