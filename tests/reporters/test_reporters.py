"""The CI formats, each checked by its real consumer: SARIF by the official 2.1.0 JSON Schema
(tests/data/sarif-2.1.0.json), JUnit by an XML parser, GitHub commands by the runner's grammar.
"""

from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.conftest import REPO, run_cli
from validator import catalogue
from validator.finding import Diagnostic
from validator.reporters import RunResult, github, reporter, sarif

SARIF_SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-2.1.0.json"
EXAMPLE = REPO / "examples" / "shop-coupon-add.json"
NOW = "1800000000"
GONE = "gone.json: cannot read (Permission denied)"


def _diagnostic(**changes: Any) -> Diagnostic:
    fields: dict[str, Any] = {
        "file": "coupons/spring.json",
        "line": 14,
        "column": 9,
        "end_line": 14,
        "end_column": 13,
        "pointer": "/coupon/coupon_info/discount_info/discount_num",
        "code": "S004",
        "severity": "error",
        "api": "shop-coupon-add",
        "message": "discount_num 1500 is below 2000; 8.5 折 is written 8500",
    }
    fields.update(changes)
    return Diagnostic(**fields)


def _result() -> RunResult:
    """One of everything a reporter must cope with."""
    diagnostics = [
        _diagnostic(),
        _diagnostic(
            file="odd, name: 100%.json",
            code="S007",
            severity="warning",
            pointer="/coupon/x",
            message="unknown member x,\nsecond line: 100% sure\r",
        ),
        _diagnostic(
            file="records.jsonl", line=3, end_line=3, record=3, code="U002", severity="warning"
        ),
        _diagnostic(file="nowhere.json", line=0, column=0, end_line=0, end_column=0, code="J001"),
        _diagnostic(file="ctrl.json", message="bad \x01 byte \x1b and \ud800 here", code="S005"),
        _diagnostic(file="/abs/path/x.json", severity="info", code="S009"),
    ]
    files = ["clean.json", *dict.fromkeys(d.file for d in diagnostics)]
    return RunResult(files=files, diagnostics=diagnostics)


def _render(name: str, result: RunResult) -> str:
    stream = io.StringIO()
    reporter(name)(result, stream)
    return stream.getvalue()


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with a clean file, a file with findings and a broken JSONL file."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")  # stop config discovery
    good = EXAMPLE.read_text(encoding="utf-8")
    _write(tmp_path / "coupons" / "good.json", good)
    _write(tmp_path / "coupons" / "bad.json", '{\n  "coupon": {\n    "type": "102"\n  }\n}\n')
    _write(tmp_path / "coupons" / "more.jsonl", " ".join(good.split()) + "\n{\n")
    return tmp_path


# --- SARIF ---------------------------------------------------------------------------------


@cache
def _sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _assert_valid_sarif(log: dict[str, Any]) -> None:
    errors = sorted(_sarif_validator().iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_schema_copy_is_the_official_sarif_2_1_0_schema() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_of_every_kind_of_diagnostic_validates() -> None:
    log = json.loads(_render("sarif", _result()))
    _assert_valid_sarif(log)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == sarif.SCHEMA_URI


def test_sarif_lists_every_rule_with_descriptions_and_level() -> None:
    run = sarif.document(RunResult(files=[]))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(catalogue.RULES)
    for rule, info in zip(rules, catalogue.RULES.values(), strict=True):
        assert rule["shortDescription"]["text"] == info.summary
        assert rule["fullDescription"]["text"].strip()
        assert rule["help"]["text"].strip()
        assert rule["defaultConfiguration"]["level"] == sarif.LEVELS[info.severity]
    assert "helpUri" not in json.dumps(run)  # no website: no invented links


def test_sarif_result_carries_rule_level_message_and_region() -> None:
    log = sarif.document(_result())
    run = log["runs"][0]
    first = run["results"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
    assert first["ruleId"] == "S004"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "S004"
    assert first["level"] == "error"
    assert first["message"]["text"] == _diagnostic().message
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "coupons/spring.json", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 14, "startColumn": 9, "endLine": 14, "endColumn": 13},
    }
    assert first["properties"]["pointer"] == "/coupon/coupon_info/discount_info/discount_num"


def test_sarif_levels_uris_records_and_missing_regions() -> None:
    results = sarif.document(_result())["runs"][0]["results"]
    by_code = {r["ruleId"]: r for r in results}
    assert by_code["S007"]["level"] == "warning"
    assert by_code["S009"]["level"] == "note"
    odd = by_code["S007"]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert odd == {"uri": "odd%2C%20name%3A%20100%25.json", "uriBaseId": "%SRCROOT%"}
    absolute = by_code["S009"]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert absolute == {"uri": "file:///abs/path/x.json"}
    assert by_code["U002"]["properties"]["record"] == 3
    assert "region" not in by_code["J001"]["locations"][0]["physicalLocation"]


def test_sarif_uri_of_a_file_name_that_is_not_utf8() -> None:
    name = b"bad\xff name.json".decode("utf-8", "surrogateescape")
    assert sarif.artifact_location(name)["uri"] == "bad%FF%20name.json"


def test_sarif_from_the_command_line_validates(folder: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--format", "sarif", "coupons")
    assert code == 1
    log = json.loads(out)
    _assert_valid_sarif(log)
    results = log["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"coupons/bad.json", "coupons/more.jsonl"}
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_sarif_of_a_clean_run_and_of_stdin_validate(folder: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--format", "sarif", "coupons/good.json")
    assert code == 0
    _assert_valid_sarif(json.loads(out))
    assert json.loads(out)["runs"][0]["results"] == []
    code, out, _ = run_cli("check", "--format", "sarif", "-", input=b'{"coupon": 1}')
    assert code == 1
    log = json.loads(out)
    _assert_valid_sarif(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "-"}


def test_sarif_reports_unreadable_files_as_notifications() -> None:
    result = RunResult(files=["gone.json"], io_errors=[GONE])
    log = sarif.document(result)
    _assert_valid_sarif(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("gone.json")


# --- GitHub workflow commands --------------------------------------------------------------

# The runner's order: %25 last, so an escaped "%0A" in the text stays literal.
UNESCAPES = (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%"))
_COMMAND = re.compile(r"::(error|warning|notice)(?: ([^:]*))?::(.*)")


def _parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Read a workflow command as the runner does: split first, then unescape."""

    def unescape(text: str) -> str:
        for escaped, char in UNESCAPES:
            text = text.replace(escaped, char)
        return text

    match = _COMMAND.fullmatch(line)
    assert match, line
    kind, props, message = match.groups()
    pairs = dict(item.split("=", 1) for item in props.split(",")) if props else {}
    return kind, {k: unescape(v) for k, v in pairs.items()}, unescape(message)


def test_github_command_has_the_documented_shape() -> None:
    out = _render("github", RunResult(files=["coupons/spring.json"], diagnostics=[_diagnostic()]))
    assert out == (
        "::error file=coupons/spring.json,line=14,col=9,endLine=14,endColumn=13,title=S004"
        "::discount_num 1500 is below 2000; 8.5 折 is written 8500\n"
    )


def test_github_escapes_properties_and_message() -> None:
    lines = _render("github", _result()).splitlines()
    assert len(lines) == len(_result().diagnostics)  # escaped newlines keep one line each
    kinds = {}
    for line, diagnostic in zip(lines, _result().diagnostics, strict=True):
        kind, props, message = _parse_command(line)
        kinds[diagnostic.code] = kind
        assert props["file"] == diagnostic.file
        assert props["title"] == diagnostic.code
        assert message == diagnostic.message
    assert kinds == {
        "S004": "error",
        "S007": "warning",
        "U002": "warning",
        "J001": "error",
        "S005": "error",
        "S009": "notice",
    }
    odd = lines[1]
    assert "file=odd%2C name%3A 100%25.json," in odd
    assert odd.endswith("::unknown member x,%0Asecond line: 100%25 sure%0D")


def test_github_omits_position_without_a_line_and_file_for_stdin() -> None:
    no_line = github.command(_diagnostic(line=0, column=0, end_line=0, end_column=0))
    assert no_line.startswith("::error file=coupons/spring.json,title=S004::")
    stdin = github.command(_diagnostic(file="-"))
    assert stdin.startswith("::error title=S004::")


def test_github_paths_are_the_repositorys_paths() -> None:
    """``check ./coupons`` names ``./coupons/a.json``; the runner passes a relative path on
    unchanged, and the pull request knows the file as ``coupons/a.json``."""
    assert github.annotated_path("./coupons/a.json") == "coupons/a.json"
    assert github.annotated_path("coupons/./a.json") == "coupons/a.json"
    assert github.annotated_path("/work/repo/./a.json") == "/work/repo/a.json"
    assert github.annotated_path("../other/a.json") == "../other/a.json"
    line = github.command(_diagnostic(file="./coupons/spring.json"))
    assert line.startswith("::error file=coupons/spring.json,line=14,")


def test_github_from_the_command_line(folder: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--format", "github", "coupons")
    assert code == 1
    commands = [_parse_command(line) for line in out.splitlines()]
    assert commands and {props["file"] for _, props, _ in commands} == {
        "coupons/bad.json",
        "coupons/more.jsonl",
    }
    jsonl = [props for _, props, _ in commands if props["file"].endswith(".jsonl")]
    assert jsonl[0]["line"] == "2"  # the broken second record, at its line in the file


# --- JUnit XML -----------------------------------------------------------------------------


def test_junit_parses_with_one_testcase_per_file_and_one_failure_per_finding() -> None:
    result = _result()
    root = ET.fromstring(_render("junit", result))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == result.files
    assert {case.get("classname") for case in cases} == {"coupon-validator"}
    assert cases[0].findall("failure") == []  # clean.json passes
    failures = suite.findall("testcase/failure")
    assert [f.get("type") for f in failures] == [d.code for d in result.diagnostics]
    assert failures[1].get("message") == "unknown member x,"  # the first line only
    assert "pointer: /coupon/x" in (failures[1].text or "")
    assert suite.findall("testcase/skipped") == []
    for element in (root, suite):
        assert element.get("tests") == str(len(result.files))
        assert element.get("failures") == str(len(result.files) - 1)
        assert element.get("errors") == "0"
        assert element.get("skipped") == "0"


def test_junit_survives_characters_xml_cannot_hold() -> None:
    root = ET.fromstring(_render("junit", _result()))
    (failure,) = root.findall(".//testcase[@name='ctrl.json']/failure")
    assert failure.get("message") == "bad \\u0001 byte \\u001b and \\ud800 here"


def test_junit_marks_unreadable_files_as_errors() -> None:
    result = RunResult(files=["gone.json"], io_errors=[GONE])
    root = ET.fromstring(_render("junit", result))
    (error,) = root.findall(".//testcase[@name='gone.json']/error")
    assert error.get("message") == GONE
    assert root.get("errors") == "1" and root.get("failures") == "0"


def test_junit_labels_follow_the_language_and_nothing_else_does() -> None:
    english, chinese = _result(), _result()
    chinese.lang = "zh"
    english_root = ET.fromstring(_render("junit", english))
    chinese_root = ET.fromstring(_render("junit", chinese))
    failures = chinese_root.findall(".//failure")
    assert [f.get("type") for f in failures] == [
        f.get("type") for f in english_root.findall(".//failure")
    ]
    assert english_root.attrib == chinese_root.attrib
    body = failures[2].text or ""  # the JSONL record
    assert body.splitlines()[1:] == [
        "JSON Pointer：/coupon/coupon_info/discount_info/discount_num",
        "记录（JSONL 行号）：3",
        "严重级别：warning",
        "API：shop-coupon-add",
    ]
    unknown = _render(
        "junit", RunResult(files=["a"], diagnostics=[_diagnostic(api=None)], lang="zh")
    )
    assert "API：未知" in unknown


def test_statistics_summaries_follow_the_language() -> None:
    from validator.reporters.statistics import rows

    diagnostics = [_diagnostic(code="U001"), _diagnostic(code="U001"), _diagnostic()]
    english = rows(RunResult(files=["a"], diagnostics=diagnostics))
    chinese = rows(RunResult(files=["a"], diagnostics=diagnostics, lang="zh"))
    assert [(r["code"], r["count"], r["severity"]) for r in english] == [
        (r["code"], r["count"], r["severity"]) for r in chinese
    ]
    for row in chinese:
        info = catalogue.RULES[str(row["code"])]
        assert row["summary"] == catalogue.in_language(info, "zh").summary


def test_junit_from_the_command_line(folder: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--format", "junit", "coupons")
    assert code == 1
    root = ET.fromstring(out)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"coupons/bad.json", "coupons/good.json", "coupons/more.jsonl"}
    assert cases["coupons/good.json"].findall("failure") == []
    assert cases["coupons/bad.json"].findall("failure")
    assert root.get("tests") == "3" and root.get("failures") == "2"


# --- every format over every kind of input ---------------------------------------------------


@pytest.mark.parametrize("name", ["text", "json", "sarif", "github", "junit"])
def test_every_format_handles_jsonl_stdin_and_symlink_loops(folder: Path, name: str) -> None:
    loop = folder / "coupons" / "loop"
    try:
        loop.symlink_to(folder / "coupons", target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not available here")
    code, out, err = run_cli("check", "--now", NOW, "--format", name, "coupons")
    assert code == 1 and "Traceback" not in err
    assert "coupons/more.jsonl" in out and "loop" not in out  # the loop is not followed
    code, out, _ = run_cli("check", "--now", NOW, "--format", name, "-", input=b'{"Coupon": {}}')
    assert code == 1 and "D001" in out
    code, out, _ = run_cli("check", "--now", NOW, "--format", name, "-", input=EXAMPLE.read_bytes())
    assert code == 0


def test_jsonl_findings_carry_their_record(folder: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--format", "json", "coupons/more.jsonl")
    assert code == 1
    (diagnostic,) = json.loads(out)["diagnostics"]
    assert diagnostic["record"] == 2 and diagnostic["line"] == 2 and diagnostic["code"] == "J001"


def test_an_explicit_symlink_to_a_folder_is_walked(folder: Path) -> None:
    link = folder / "linked"
    try:
        link.symlink_to(folder / "coupons", target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not available here")
    code, out, _ = run_cli("check", "--now", NOW, "--format", "json", "linked")
    assert code == 1 and json.loads(out)["summary"]["files"] == 3
