"""``--write-baseline`` / ``--baseline``: adopt the tool on a legacy folder, then see only new
findings, whatever happens to line numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

NOW = "1800000000"
SHOP = (REPO / "examples" / "shop-coupon-add.json").read_text(encoding="utf-8")


def _with_members(*names: str) -> str:
    """The shop example with unknown members (S007 warnings) at the start of ``coupon``."""
    members = "".join(f'\n    "{name}": 1,' for name in names)
    return SHOP.replace('"coupon": {', '"coupon": {' + members, 1)


def _record(*names: str) -> str:
    return " ".join(_with_members(*names).split())


@pytest.fixture
def legacy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "a.json").write_text(_with_members("old"), encoding="utf-8")
    (tmp_path / "legacy" / "b.jsonl").write_text(
        _record("dup") + "\n" + _record("dup") + "\n", encoding="utf-8"
    )
    return tmp_path


def _check(*args: str) -> tuple[int, list[tuple[str, str, str]], str]:
    code, out, err = run_cli(
        "check", "--now", NOW, "--fail-on", "warning", "--format", "json", *args
    )
    found = [(d["file"], d["code"], d["pointer"]) for d in json.loads(out)["diagnostics"]]
    return code, found, err


def test_write_baseline_records_findings_by_file_code_pointer_with_counts(legacy: Path) -> None:
    code, out, err = run_cli("check", "--now", NOW, "--write-baseline", "baseline.json", "legacy")
    assert code == 0 and out == ""
    assert "wrote 3 findings in 2 files to baseline.json" in err
    data = json.loads((legacy / "baseline.json").read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "tool": "coupon-validator",
        "findings": [
            {"file": "legacy/a.json", "code": "S007", "pointer": "/coupon/old", "count": 1},
            {"file": "legacy/b.jsonl", "code": "S007", "pointer": "/coupon/dup", "count": 2},
        ],
    }
    assert "line" not in json.dumps(data)


def test_baseline_hides_known_findings_even_after_lines_move(legacy: Path) -> None:
    run_cli("check", "--now", NOW, "--write-baseline", "baseline.json", "legacy")
    assert _check("--baseline", "baseline.json", "legacy")[:2] == (0, [])
    # Reformat a.json (every line moves) and add a new problem: only the new one is reported.
    moved = "\n\n\n" + _with_members("new", "old").replace("\n", "\n  ")
    (legacy / "legacy" / "a.json").write_text(moved, encoding="utf-8")
    code, found, _ = _check("--baseline", "baseline.json", "legacy")
    assert (code, found) == (1, [("legacy/a.json", "S007", "/coupon/new")])


def test_counts_handle_duplicates(legacy: Path) -> None:
    run_cli("check", "--now", NOW, "--write-baseline", "baseline.json", "legacy")
    with (legacy / "legacy" / "b.jsonl").open("a", encoding="utf-8") as stream:
        stream.write(_record("dup") + "\n")  # a third record with the known mistake
    code, found, _ = _check("--baseline", "baseline.json", "legacy")
    assert (code, found) == (1, [("legacy/b.jsonl", "S007", "/coupon/dup")])
    run = run_cli(
        "check", "--now", NOW, "--format", "json", "--baseline", "baseline.json", "legacy"
    )
    assert [d["record"] for d in json.loads(run[1])["diagnostics"]] == [3]  # the occurrence beyond


def test_baseline_paths_do_not_depend_on_the_working_directory(
    legacy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_cli("check", "--now", NOW, "--write-baseline", "baseline.json", "legacy")
    monkeypatch.chdir(legacy / "legacy")
    assert _check("--baseline", "../baseline.json", ".")[:2] == (0, [])
    assert _check("--baseline", str(legacy / "baseline.json"), "a.json")[:2] == (0, [])


def test_baseline_respects_selection(legacy: Path) -> None:
    run_cli("check", "--now", NOW, "--ignore", "S007", "--write-baseline", "b.json", "legacy")
    assert json.loads((legacy / "b.json").read_text(encoding="utf-8"))["findings"] == []
    assert len(_check("--baseline", "b.json", "legacy")[1]) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such baseline file"),
        ("{not json", "not a JSON baseline file"),
        ('{"version": 2, "findings": []}', "not a version 1 coupon-validator baseline file"),
        ('{"version": 1, "findings": [{"file": "a"}]}', "finding #1: 'code' must be a string"),
        (
            '{"version": 1, "findings": [{"file": "a", "code": "S007", "pointer": "", '
            '"count": 0}]}',
            "finding #1: 'count' must be a positive integer",
        ),
    ],
)
def test_bad_baseline_is_a_usage_error(legacy: Path, content: str | None, message: str) -> None:
    if content is not None:
        (legacy / "b.json").write_text(content, encoding="utf-8")
    code, out, err = run_cli("check", "--baseline", "b.json", "legacy")
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("coupon-validator: error: b.json: ") and message in err


def test_baseline_and_write_baseline_are_exclusive(legacy: Path) -> None:
    code, _, err = run_cli("check", "--baseline", "a", "--write-baseline", "b", "legacy")
    assert code == 2 and "cannot be used together" in err
