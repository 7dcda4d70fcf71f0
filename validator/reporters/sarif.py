"""``--format sarif``: SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure
DevOps, IDE viewers) import to show findings inline.

Every rule of the catalogue is listed in ``tool.driver.rules`` (with its summary, explanation, the
server answers it prevents, its sources and default level), so a viewer can explain a result
without running the tool. No ``helpUri`` is given: the project has no website, and an invented
address would be a broken link. The texts are in the run's language, like the results'
messages; rule ids, levels, pointers and every JSON key are the same in every language.

Positions: our columns are 1-based Unicode code points with an exclusive end, which is SARIF's
``unicodeCodePoints`` column kind (set on the run, since SARIF's default is UTF-16 units) and its
exclusive ``endColumn``. Relative paths stay relative, anchored at ``%SRCROOT%`` (the directory
the tool ran in), so GitHub maps them onto the checked-out repository.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from validator import catalogue
from validator.finding import Diagnostic
from validator.reporters import RunResult, rule_help

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("coupon-validator")
    except PackageNotFoundError:
        return None


def _rule(english: catalogue.RuleInfo, lang: str) -> dict[str, Any]:
    info = catalogue.in_language(english, lang)
    help_text = info.explanation.strip() or info.summary
    if info.server_errors:
        answers = rule_help.server_answers(info, lang)
        help_text += f"\n\n{rule_help.server_heading(info, lang)}\n"
        help_text += "\n".join(f"- {answer} {source}" for answer, source in answers)
    if info.sources:
        help_text += f"\n\n{rule_help.sources_heading(lang)}\n"
        help_text += "\n".join(f"- {source}" for source in info.sources)
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.explanation.strip() or info.summary},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {
            "tags": [info.api or "all-apis"],
            "api": info.api,
            "status": info.status,
        },
    }


def artifact_location(file: str) -> dict[str, str]:
    """A file as SARIF wants it: a URI reference, relative ones anchored at %SRCROOT%."""
    if file == "-":  # standard input: no file to anchor, shown as on the command line
        return {"uri": "-"}
    path = Path(file)
    if path.is_absolute():
        return {"uri": path.as_uri()}
    # surrogateescape: a file name that is not UTF-8 keeps its raw bytes, percent-encoded
    uri = quote(path.as_posix(), safe="/", errors="surrogateescape")
    return {"uri": uri, "uriBaseId": SRCROOT}


def _directory_uri(directory: str) -> str:
    """SARIF requires a base URI to end with a slash."""
    uri = Path(directory).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _result(diagnostic: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": artifact_location(diagnostic.file)}
    if diagnostic.line > 0:
        physical["region"] = {
            "startLine": diagnostic.line,
            "startColumn": max(diagnostic.column, 1),
            "endLine": max(diagnostic.end_line, diagnostic.line),
            "endColumn": max(diagnostic.end_column, 1),
        }
    result: dict[str, Any] = {
        "ruleId": diagnostic.code,
        "level": LEVELS[diagnostic.severity],
        "message": {"text": diagnostic.message},
        "locations": [{"physicalLocation": physical}],
        "properties": {"pointer": diagnostic.pointer, "api": diagnostic.api},
    }
    if diagnostic.code in index:
        result["ruleIndex"] = index[diagnostic.code]
    if diagnostic.record is not None:
        result["properties"]["record"] = diagnostic.record
    return result


def document(result: RunResult) -> dict[str, Any]:
    """The SARIF log as a dict (tests validate it against the official schema)."""
    rules = [_rule(info, result.lang) for info in catalogue.RULES.values()]
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    driver: dict[str, Any] = {"name": "coupon-validator", "rules": rules}
    version = _version()
    if version is not None:
        driver["version"] = version
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {SRCROOT: {"uri": _directory_uri(os.getcwd())}},
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(result)],
        "results": [_result(d, index) for d in result.diagnostics],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _invocation(result: RunResult) -> dict[str, Any]:
    """Unreadable files make the run incomplete; SARIF says so as tool notifications."""
    invocation: dict[str, Any] = {"executionSuccessful": not result.io_errors}
    if result.io_errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": problem}} for problem in result.io_errors
        ]
    return invocation


def render(result: RunResult, stream: TextIO) -> None:
    json.dump(document(result), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
