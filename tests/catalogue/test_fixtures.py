"""Every catalogue code has a failing and a passing fixture (tests/fixtures/README.md).

The tests loop over the catalogue, not over the folders, so a new code without fixtures fails
the suite instead of going unnoticed. Each document is checked through the real command line,
so a fixture proves code, severity, pointer, position and message together, exactly as users
see them. The expectations are a generated snapshot (``tests/regen_fixtures.py``); a test
fails when one is stale, so a change of behaviour always shows up as a reviewed diff of
``tests/fixtures``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests import regen_fixtures as regen
from tests.conftest import FIXTURES, run_json
from validator.catalogue import RULES

CODES = sorted(RULES)
REGEN = "python -m tests.regen_fixtures"


def _expect(code: str) -> dict[str, Any]:
    return json.loads((FIXTURES / code / "expect.json").read_text(encoding="utf-8"))


def _check(path: Path, expect: dict[str, Any]) -> list[dict[str, Any]]:
    """One document on its own through the in-process command line, in English, with each
    diagnostic's Chinese message (a second run with ``--lang zh``) as ``message_zh``."""
    api = expect.get("api", regen.DEFAULT_API)
    now = str(expect.get("now", regen.DEFAULT_NOW))
    _, output = run_json("--api", api, "--now", now, str(path))
    _, chinese = run_json("--api", api, "--now", now, "--lang", "zh", str(path))
    diagnostics = output["diagnostics"]
    for diagnostic, translated in zip(diagnostics, chinese["diagnostics"], strict=True):
        diagnostic["message_zh"] = translated["message"]
    return diagnostics


@pytest.fixture(scope="module")
def regenerated() -> dict[Path, str]:
    """What the generator would write for every folder (one command-line run per api/now)."""
    return regen.regenerate(regen.folders())


def test_every_fixture_folder_is_a_catalogue_code() -> None:
    folders = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert folders - set(RULES) == set(), "fixture folders for codes the catalogue lacks"


@pytest.mark.parametrize("code", CODES)
def test_code_has_failing_and_passing_fixtures(code: str) -> None:
    folder = FIXTURES / code
    assert folder.is_dir(), f"{code} has no fixture folder: add tests/fixtures/{code}/"
    stems = set(regen.case_files(folder))
    assert {"fail", "pass"} <= stems, f"tests/fixtures/{code}/ needs fail.* and pass.*"
    assert (folder / "expect.json").exists(), f"no expect.json for {code}: run {REGEN} {code}"


@pytest.mark.parametrize("code", CODES)
def test_fixture(code: str) -> None:
    folder = FIXTURES / code
    if not folder.is_dir():
        pytest.fail(f"{code} has no fixture folder")
    expect = _expect(code)
    cases = regen.case_files(folder)
    listed = {key for key in expect if key.startswith("fail")}
    assert listed == {stem for stem in cases if stem.startswith("fail")}, (
        f"{code}/expect.json lists other fail documents than the folder holds; run {REGEN} {code}"
    )
    for stem, path in cases.items():
        diagnostics = _check(path, expect)
        if stem.startswith("pass"):
            assert [d for d in diagnostics if d["code"] == code] == [], path.name
            continue
        expected = expect[stem]
        assert any(e["code"] == code for e in expected), f"{path.name} must report {code}"
        pool = diagnostics if expect.get("only") else [d for d in diagnostics if d["code"] == code]
        got = [{field: d[field] for field in regen.FIELDS} for d in pool]
        untranslated = [d["message"] for d in pool if d["message_zh"] == d["message"]]
        assert untranslated == [], f"{code}/{path.name}: messages with no Chinese wording"
        assert got == expected, (
            f"{code}/{path.name} (run {REGEN} {code} if the change is meant): "
            + json.dumps(diagnostics, ensure_ascii=False, indent=1)
        )


@pytest.mark.parametrize("code", CODES)
def test_expectations_are_current(code: str, regenerated: dict[Path, str]) -> None:
    """The file on disk is byte for byte what the generator writes: hand-written keys in their
    place, the snapshot complete, nothing left over from a removed document."""
    path = FIXTURES / code / "expect.json"
    if path not in regenerated:
        pytest.fail(f"{code} has no fixture folder")
    assert path.read_text(encoding="utf-8") == regenerated[path], (
        f"tests/fixtures/{code}/expect.json is stale: run {REGEN} {code} and review the diff"
    )


def test_notes_describe_the_case_without_pointing_outside_the_repository() -> None:
    for code in CODES:
        note = _expect(code).get("note", "") if (FIXTURES / code).is_dir() else ""
        assert "§" not in note and "rules.md" not in note, f"{code}: {note}"
