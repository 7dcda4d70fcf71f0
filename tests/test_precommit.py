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


FAILING = ("bad.json", "bad.jsonl")
PASSING = ("good.json", "good.jsonl", "notes.md")
#: Enough files that pre-commit would split them into one batch per core without
#: ``require_serial`` (each batch then printing a summary of its own).
MANY = tuple(f"many/body-{n:03d}.json" for n in range(40))


@pytest.fixture(scope="module")
def runs(hook_repo: Path, project: Path) -> dict[str, tuple[int, str]]:
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
                "--files",
                *files,
            ],
            cwd=project,
            env=_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for name, files, flags in (
            ("failing", FAILING, ()),
            ("passing", PASSING, ()),
            ("many", MANY, ("--verbose",)),  # a passing hook's output is shown only then
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
