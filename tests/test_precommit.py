"""The pre-commit hook, run by the real ``pre-commit`` tool (``pre-commit try-repo``).

The hook repository is a temporary git repository holding the working tree as it is now
(committed and uncommitted files alike), because ``try-repo`` only sees committed files and
files git already tracks. ``language: python`` then installs the tool from that local clone;
only its dependencies come from the package index.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

EXAMPLES = REPO / "examples"
GIT_IDENTITY = ["-c", "user.name=coupon-validator tests", "-c", "user.email=tests@example.invalid"]

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(
        importlib.util.find_spec("pre_commit") is None and shutil.which("pre-commit") is None,
        reason="pre-commit is not installed (pip install pre-commit, or the test extra)",
    ),
]


def _pre_commit() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    return [str(shutil.which("pre-commit"))]


def _environment() -> dict[str, str]:
    """The caller's environment without git's per-repository variables (set when the tests
    run inside a git hook) and without colour, so output is plain and the repo is ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_COLOR="never", NO_COLOR="1")
    return env


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", *GIT_IDENTITY, "-c", "commit.gpgsign=false", *args],
        cwd=cwd,
        env=_environment(),
        check=True,
        capture_output=True,
    )


def _snapshot_of_working_tree(destination: Path) -> Path:
    """A one-commit git repository with the files ``git ls-files`` shows in the working tree."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        env=_environment(),
        check=True,
        capture_output=True,
    ).stdout.decode()
    destination.mkdir()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(destination, "init", "-q")
    _git(destination, "add", "-A")
    _git(destination, "commit", "-q", "-m", "snapshot for the pre-commit test")
    return destination


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (REPO / ".git").exists():
        pytest.skip("the project is not a git checkout, so there is no hook repository to try")
    return _snapshot_of_working_tree(tmp_path_factory.mktemp("hook") / "coupon-validator")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's repository with valid and invalid JSON and JSONL payloads."""
    root = tmp_path_factory.mktemp("project")
    good = (EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8")
    compact = " ".join(good.split())
    (root / "good.json").write_text(good, encoding="utf-8")
    (root / "good.jsonl").write_text(compact + "\n" + compact + "\n", encoding="utf-8")
    (root / "bad.json").write_text('{"coupon": {"type": "102"}}\n', encoding="utf-8")
    (root / "bad.jsonl").write_text(compact + "\n{\n", encoding="utf-8")
    (root / "notes.md").write_text("not a payload: the hook must not receive it\n")
    (root / "many").mkdir()
    for name in MANY:
        (root / name).write_text(good, encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    return root


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository as a team adopting the tool has it: coupon bodies beside package.json,
    tsconfig.json (with comments), the tool's baseline, a committed ``node_modules`` and an
    ignored folder. Only the coupon bodies are checked, by ``check .`` and by the hook."""
    root = tmp_path_factory.mktemp("scratch")
    good = (EXAMPLES / "shop-coupon-add.json").read_text(encoding="utf-8")
    bad = '{"coupon": 1}\n'  # one S002
    files = {
        "coupons/spring.json": good,
        "coupons/legacy.json": bad,  # recorded in the baseline
        "package.json": '{"name": "shop", "version": "1.0.0", "scripts": {"test": "jest"}}\n',
        "tsconfig.json": '{\n  // tsc --init\n  "compilerOptions": {"strict": true,},\n}\n',
        "node_modules/pkg/package.json": '{"name": "pkg", "version": "2.0.0"}\n',
        "node_modules/pkg/fixture.json": bad,  # a coupon-like file in a dependency
        "ignored/draft.json": bad,
        ".gitignore": "ignored/\n",
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    _git(root, "init", "-q")
    subprocess.run(
        [sys.executable, "-m", "validator", "check", "--write-baseline",
         "coupon-validator-baseline.json", "coupons/legacy.json"],
        cwd=root, env=_environment(), check=True, capture_output=True,
    )  # fmt: skip
    _git(root, "add", "-A")  # ignored/ stays out; node_modules is committed here
    return root


FAILING = ("bad.json", "bad.jsonl")
PASSING = ("good.json", "good.jsonl", "notes.md")
#: Enough files that pre-commit would split them into one batch per core without
#: ``require_serial`` (each batch then printing a summary of its own).
MANY = tuple(f"many/body-{n:03d}.json" for n in range(40))


@pytest.fixture(scope="module")
def runs(hook_repo: Path, project: Path, scratch: Path) -> dict[str, tuple[int, str]]:
    """Both ``try-repo`` runs, started together: each installs the hook into its own fresh
    environment (most of the time is that install), so running them side by side halves the
    wall-clock time of this module."""
    started = {
        name: subprocess.Popen(
            [
                *_pre_commit(),
                "try-repo",
                str(hook_repo),
                "coupon-validator",
                *flags,
                *(("--files", *files) if files else ("--all-files",)),
            ],
            cwd=cwd,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, files, flags, cwd in (
            ("failing", FAILING, (), project),
            ("passing", PASSING, (), project),
            ("many", MANY, ("--verbose",), project),  # a passing hook's output is shown only then
            ("scratch", (), ("--verbose",), scratch),  # every tracked .json file
        )
    }
    finished = {}
    for name, process in started.items():
        try:
            output, _ = process.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        finished[name] = (process.returncode, output)
    return finished


def test_hook_fails_on_invalid_json_and_jsonl(runs: dict[str, tuple[int, str]]) -> None:
    code, output = runs["failing"]
    assert code == 1, output
    assert "coupon-validator" in output and "Failed" in output
    assert "bad.json:1:" in output  # the finding, reported by the tool inside the hook
    assert "bad.jsonl:2:" in output  # JSONL files reach the hook too (record 2 is broken)


def test_hook_passes_on_valid_files_and_skips_other_files(runs: dict[str, tuple[int, str]]) -> None:
    code, output = runs["passing"]
    assert code == 0, output  # notes.md was not passed: it would fail to parse
    assert "Passed" in output


def test_hook_runs_once_over_many_files(runs: dict[str, tuple[int, str]]) -> None:
    """``require_serial: true``: one process, so one summary, for the whole file list."""
    code, output = runs["many"]
    assert code == 0, output
    summaries = [line for line in output.splitlines() if line.startswith("All checks passed")]
    assert summaries == [f"All checks passed ({len(MANY)} files checked)."], output


def test_hook_in_an_ordinary_repository_checks_only_coupon_bodies(
    runs: dict[str, tuple[int, str]],
) -> None:
    """The staged package.json, tsconfig.json and baseline are skipped, node_modules is
    excluded (``--force-exclude`` in the hook), and the legacy finding is reported: the hook
    has no ``--baseline`` argument here."""
    code, output = runs["scratch"]
    assert code == 1, output
    assert "coupons/legacy.json:1:" in output
    assert "D001" not in output and "J003" not in output and "node_modules" not in output
    summary = [line for line in output.splitlines() if line.startswith("Found ")]
    assert summary == [
        "Found 1 error, 0 warnings in 1 of 2 files checked; "
        "3 files skipped: not a coupon request body."
    ], output


def test_check_dot_in_an_ordinary_repository(scratch: Path) -> None:
    """``check .`` walks what git tracks (not ignored/), leaves node_modules out, skips what
    is not a coupon body, and with the baseline passes."""

    def run(*args: str) -> tuple[int, str]:
        result = subprocess.run(
            [sys.executable, "-m", "validator", "check", *args],
            cwd=scratch, env=_environment(), capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert result.stderr == ""
        return result.returncode, result.stdout

    code, out = run(".")
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2 and lines[0].startswith("coupons/legacy.json:1:")
    assert lines[1] == (
        "Found 1 error, 0 warnings in 1 of 2 files checked; "
        "3 files skipped: not a coupon request body."
    )
    code, out = run("--baseline", "coupon-validator-baseline.json", ".")
    assert (code, out) == (
        0,
        "All checks passed (2 files checked; 3 files skipped: not a coupon request body).\n",
    )
