"""Every catalogue code has a failing and a passing fixture (tests/fixtures/README.md).

Each folder is checked through the real command line, so the fixture proves code, severity,
pointer and line together, exactly as users see them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, WORKED_NOW, run_json

FOLDERS = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


def _cases(folder: Path) -> list[tuple[str, Path, list[dict]]]:
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    cases = []
    for path in sorted(folder.iterdir()):
        stem = path.name.split(".", 1)[0]
        if stem.startswith(("fail", "pass")) and path.name != "expect.json":
            cases.append((stem, path, expect.get(stem, [])))
    return cases


def _check(folder: Path, path: Path) -> list[dict]:
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    args = ["--api", expect.get("api", "auto"), "--now", str(expect.get("now", WORKED_NOW))]
    _, output = run_json(*args, str(path))
    return output["diagnostics"]


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_fixture_folder_has_both_sides(folder: Path) -> None:
    names = {stem for stem, _, _ in _cases(folder)}
    assert "fail" in names and "pass" in names, f"{folder.name} needs fail.* and pass.*"


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_fixture(folder: Path) -> None:
    code = folder.name
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    for stem, path, expected in _cases(folder):
        diagnostics = _check(folder, path)
        if stem.startswith("pass"):
            assert [d for d in diagnostics if d["code"] == code] == [], f"{path.name}"
            continue
        assert expected, f"{folder.name}/expect.json lists nothing for {stem}"
        wanted = {(e["code"], e["severity"], e["pointer"], e["line"]) for e in expected}
        pool = diagnostics if expect.get("only") else [d for d in diagnostics if d["code"] == code]
        got = {(d["code"], d["severity"], d["pointer"], d["line"]) for d in pool}
        assert got == wanted, (
            f"{path.name}: {json.dumps(diagnostics, ensure_ascii=False, indent=1)}"
        )
