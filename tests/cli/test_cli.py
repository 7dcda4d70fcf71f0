"""The command line as scripts use it: exit codes, usage errors, paths, text output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli, run_json

EXAMPLES = REPO / "examples"
NOW = "1800000000"


def test_examples_are_clean() -> None:
    """The valid examples: ``examples/*.json`` (``examples/mistakes/`` holds the errors)."""
    code, out, err = run_cli("check", "--now", NOW, *sorted(map(str, EXAMPLES.glob("*.json"))))
    assert code == 0, out + err
    assert out.strip() == "All checks passed (6 files checked)."


def test_missing_path_is_a_one_line_usage_error() -> None:
    code, out, err = run_cli("check", "no/such/file.json")
    assert code == 2
    assert err.strip() == "coupon-validator: error: no/such/file.json: no such file or directory"
    assert "Traceback" not in out + err


def test_unknown_option_is_a_usage_error() -> None:
    code, _, _ = run_cli("check", "--frobnicate", str(EXAMPLES))
    assert code == 2


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_code_in_selection_is_a_usage_error(option: str) -> None:
    code, _, err = run_cli("check", option, "X999", str(EXAMPLES))
    assert code == 2
    assert "X999" in err and len(err.strip().splitlines()) == 1


def test_text_format_is_path_line_col_code_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "coupon": {\n    "type": "1"\n  }\n}\n', encoding="utf-8")
    code, out, _ = run_cli("check", "--now", NOW, str(bad))
    assert code == 1
    lines = out.splitlines()
    assert f"{bad}:3:13: S002 " in lines[0] or any(f"{bad}:3:13: S002 " in x for x in lines)
    assert lines[-1].startswith("Found ") and "in 1 of 1 file checked." in lines[-1]


def test_no_colour_when_not_a_terminal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    _, out, _ = run_cli("check", str(bad))
    assert "\033[" not in out


def test_directories_are_recursed_for_json_files_only(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.json").write_text('{"Coupon": {}}', encoding="utf-8")
    (tmp_path / "a" / "notes.txt").write_text("{", encoding="utf-8")
    _, output = run_json(str(tmp_path))
    assert output["summary"]["files"] == 1
    assert [d["code"] for d in output["diagnostics"]] == ["D001"]


def test_stdin_is_one_document() -> None:
    payload = (EXAMPLES / "shop-coupon-add.json").read_bytes()
    code, output = run_json("--now", NOW, "-", input=payload)
    assert code == 0 and output["diagnostics"] == []
    code, output = run_json("-", input=b"{")
    assert code == 1 and output["diagnostics"][0]["file"] == "-"


def test_fail_on_warning_and_selection(tmp_path: Path) -> None:
    document = json.loads((EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8"))
    document["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 0  # S009 warning
    path = tmp_path / "warn.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run_cli("check", "--now", NOW, str(path))[0] == 0
    assert run_cli("check", "--now", NOW, "--fail-on", "warning", str(path))[0] == 1
    code, output = run_json("--now", NOW, "--ignore", "S009", str(path))
    assert code == 0 and output["diagnostics"] == []
    _, output = run_json("--now", NOW, "--select", "S", str(path))
    assert [d["code"] for d in output["diagnostics"]] == ["S009"]


def test_json_output_follows_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "spring.json"
    document = json.loads((EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8"))
    document["coupon"]["type"] = 103
    document["coupon"]["coupon_info"]["discount_info"] = {"discount_num": 1500}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    code, output = run_json("--now", NOW, str(path))
    assert code == 1
    assert set(output) == {"version", "summary", "diagnostics"}
    assert output["version"] == 1
    assert output["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}
    [diagnostic] = output["diagnostics"]
    assert list(diagnostic) == [
        "file", "line", "column", "end_line", "end_column",
        "pointer", "code", "severity", "api", "message",
    ]  # fmt: skip
    assert diagnostic["pointer"] == "/coupon/coupon_info/discount_info/discount_num"
    assert diagnostic["code"] == "S004" and diagnostic["severity"] == "error"
    assert diagnostic["api"] == "shop-coupon-add"
    assert (diagnostic["line"], diagnostic["column"]) == (15, 25)
    assert diagnostic["end_column"] - diagnostic["column"] == len("1500")
    assert "1500" in diagnostic["message"] and "2000" in diagnostic["message"]


def test_rules_explain_and_schema_commands() -> None:
    code, out, _ = run_cli("rules")
    assert code == 0 and "A001" in out and "J001" in out
    code, out, _ = run_cli("rules", "--api", "create-coupon-stock")
    assert "C001" in out and "A001" not in out
    code, out, _ = run_cli("explain", "u001")
    assert code == 0 and "U001" in out and "Failing example" in out
    assert run_cli("explain", "Z999")[0] == 2
    code, out, _ = run_cli("schema", "shop-coupon-add")
    assert code == 0 and json.loads(out)["$schema"].endswith("2020-12/schema")


def test_python_dash_m_and_help_start() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "validator", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "check" in result.stdout


def test_run_check_returns_the_exit_status_instead_of_exiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A library or a test can run ``check`` and get its status back: no ``SystemExit``, not
    even for a usage error, which is still said on one line."""
    from validator.cli.check import run_check
    from validator.cli.check_options import parse_check

    def status(*args: str) -> int:
        params = parse_check(["check", "--now", NOW, *args])
        assert params is not None
        return run_check(**params)

    bad = tmp_path / "bad.json"
    bad.write_text('{"coupon": 1}', encoding="utf-8")
    assert status(str(EXAMPLES / "shop-coupon-add.json")) == 0
    assert status(str(bad)) == 1
    assert status(str(tmp_path / "gone.json")) == 2
    assert status("--baseline", str(bad), "--write-baseline", str(bad), str(bad)) == 2
    assert status("--write-baseline", str(tmp_path / "baseline.json"), str(bad)) == 0
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        f"coupon-validator: error: {tmp_path / 'gone.json'}: no such file or directory",
        "coupon-validator: error: --baseline and --write-baseline cannot be used together",
        f"coupon-validator: wrote 1 finding in 1 file to {tmp_path / 'baseline.json'}",
    ]


# -- options (issue 16) -------------------------------------------------------------------------


@pytest.fixture
def two_findings(tmp_path: Path) -> Path:
    """A shop body with an S009 warning and an S004 error."""
    document = json.loads((EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8"))
    document["coupon"]["coupon_info"]["receive_info"]["limit_num_one_person"] = 0  # S009
    document["coupon"]["type"] = 103
    document["coupon"]["coupon_info"]["discount_info"] = {"discount_num": 1500}  # S004
    path = tmp_path / "two.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _codes(*args: str) -> list[str]:
    _, output = run_json("--now", NOW, *args)
    return [d["code"] for d in output["diagnostics"]]


def test_repeated_select_and_ignore_combine(two_findings: Path) -> None:
    assert _codes(str(two_findings)) == ["S004", "S009"]
    assert _codes("--select", "S004", "--select", "S009", str(two_findings)) == ["S004", "S009"]
    assert _codes("--select", "S004", "--select=U", str(two_findings)) == ["S004"]
    assert _codes("--ignore", "S004", "--ignore", "S009", str(two_findings)) == []
    assert _codes("--select", "ALL", "--ignore", "S009", str(two_findings)) == ["S004"]
    assert _codes("--select", "all", str(two_findings)) == ["S004", "S009"]
    assert _codes("--ignore", "ALL", str(two_findings)) == []


def test_an_unknown_code_suggests_the_closest() -> None:
    code, out, err = run_cli("check", "--select", "S0004", str(EXAMPLES))
    assert (code, out) == (2, "")
    assert err == (
        "coupon-validator: error: unknown rule code or prefix 'S0004' (did you mean 'S004'?)\n"
    )
    code, _, err = run_cli("check", "--ignore", "AL", str(EXAMPLES))
    assert code == 2 and "(did you mean 'ALL'?)" in err
    code, _, err = run_cli("explain", "U01")
    assert code == 2 and "did you mean 'U001'?" in err


def test_now_in_milliseconds_is_a_usage_error() -> None:
    code, out, err = run_cli("check", "--now", "1700000000000", str(EXAMPLES))
    assert (code, out) == (2, "")
    assert err == (
        "coupon-validator: error: --now 1700000000000 looks like milliseconds; "
        "give Unix seconds (1700000000)\n"
    )
    assert run_cli("check", "--now", "99999999999", str(EXAMPLES))[0] != 2  # seconds, far off


@pytest.mark.parametrize("spelling", ["JSON", "Json", "json"])
def test_format_values_are_case_insensitive(spelling: str) -> None:
    example = str(EXAMPLES / "shop-coupon-add.json")
    code, out, _ = run_cli("check", "--now", NOW, "--format", spelling, example)
    assert code == 0 and json.loads(out)["summary"]["files"] == 1
    code, out, _ = run_cli("check", "--now", NOW, "--fail-on", "WARNING", "--format=TEXT", "-",
                           input=b'{"coupon": 1}')  # fmt: skip
    assert code == 1 and "checked" in out.splitlines()[-1]


def test_statistics_count_each_code(two_findings: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"coupon": 1}', encoding="utf-8")
    code, out, _ = run_cli("check", "--now", NOW, "--statistics", str(two_findings), str(other))
    assert code == 1
    lines = out.splitlines()
    assert [line.split()[:3] for line in lines[:3]] == [
        ["1", "S002", "error"],
        ["1", "S004", "error"],
        ["1", "S009", "warning"],
    ]
    assert lines[3] == "Found 2 errors, 1 warning in 2 of 2 files checked."
    code, out, _ = run_cli(
        "check", "--now", NOW, "--statistics", "--format", "json", str(two_findings)
    )
    rows = json.loads(out)
    assert [(row["code"], row["count"], row["severity"]) for row in rows] == [
        ("S004", 1, "error"),
        ("S009", 1, "warning"),
    ]
    assert all(row["summary"] for row in rows)
    code, _, err = run_cli("check", "--statistics", "--format", "sarif", str(two_findings))
    assert code == 2 and "--statistics" in err


def test_quiet_prints_the_summary_only(two_findings: Path) -> None:
    code, out, err = run_cli("check", "--now", NOW, "--quiet", str(two_findings))
    assert (code, err) == (1, "")
    assert out == "Found 1 error, 1 warning in 1 of 1 file checked.\n"


def test_exit_zero(two_findings: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli("check", "--now", NOW, "--exit-zero", str(two_findings))
    assert code == 0 and "S004" in out
    assert run_cli("check", "--exit-zero", str(tmp_path / "gone.json"))[0] == 2
    assert run_cli("check", "--exit-zero", "--select", "X1", str(two_findings))[0] == 2


def test_output_file(two_findings: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    code, out, err = run_cli(
        "check", "--now", NOW, "--format", "json", "--output-file", str(report), str(two_findings)
    )
    assert (code, out, err) == (1, "", "")
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["errors"] == 1
    code, out, err = run_cli(
        "check", "--output-file", str(tmp_path / "no" / "such" / "dir" / "r.txt"), str(two_findings)
    )
    assert (code, out) == (2, "") and "cannot write the report" in err
    assert len(err.splitlines()) == 1


def test_stdin_filename_gives_stdin_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        "[tool.coupon-validator]\n"
        '[tool.coupon-validator.per-file-ignores]\n"legacy/*.json" = ["S"]\n'
        '[tool.coupon-validator.api-by-path]\n"stocks/*" = "create-coupon-stock"\n',
        encoding="utf-8",
    )
    bad = b'{"coupon": 1}'
    code, output = run_json("--stdin-filename", "new/a.json", "-", input=bad)
    assert code == 1 and [d["file"] for d in output["diagnostics"]] == ["new/a.json"]
    assert run_json("--stdin-filename", "legacy/a.json", "-", input=bad) == (
        0,
        {"version": 1, "summary": {"files": 1, "errors": 0, "warnings": 0, "infos": 0},
         "diagnostics": []},
    )  # fmt: skip
    _, output = run_json("--stdin-filename", "stocks/a.json", "-", input=bad)
    assert {d["api"] for d in output["diagnostics"]} == {"create-coupon-stock"}
    compact = " ".join((EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8").split())
    lines = f"{compact}\n{{\n".encode()
    code, output = run_json("--now", NOW, "--stdin-filename", "more.jsonl", "-", input=lines)
    assert code == 1
    assert [(d["file"], d["record"], d["code"]) for d in output["diagnostics"]] == [
        ("more.jsonl", 2, "J001")
    ]


def test_stdin_filename_with_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(
        "check", "--fix", "--stdin-filename", "x.json", "-", input=b'{"coupon": 1,}'
    )
    assert code == 1 and out == '{"coupon": 1}'
    assert err.startswith("x.json:1:12: S002 ")

    code, _, err = run_cli("check", "--diff", "--stdin-filename", "x.jsonl", "-", input=b"{}")
    assert code == 2 and "not JSONL" in err
