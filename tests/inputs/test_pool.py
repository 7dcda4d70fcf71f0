"""The process pool of ``check --jobs``: the same bytes out whatever the number of workers.

CI runs the tool over folders of thousands of files with a pool of one worker per core; a
developer reruns it locally on one core. Both must print the same report, byte for byte, or a
diff between two runs would show noise instead of changes. These tests run the real command
line in a subprocess (the pool forks, which is cleanest outside the test process) over a
folder of about 50 mixed files: every fixture kind, JSONL, broken encodings, a byte-order
mark, an empty file and a wrong top-level type.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, WORKED_NOW
from validator.inputs import pool
from validator.inputs.discover import discover
from validator.inputs.runner import FileReport, check_one


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~50 files of every kind, spread over subfolders so discovery order matters too."""
    folder = tmp_path_factory.mktemp("mixed")
    fixtures = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".json", ".jsonl"))
    step = max(1, len(fixtures) // 44)
    for index, source in enumerate(fixtures[::step][:44]):
        target = folder / f"group-{index % 3}" / f"{source.parent.name}-{source.name}"
        target.parent.mkdir(exist_ok=True)
        shutil.copy(source, target)
    (folder / "records.jsonl").write_bytes(
        b'{"coupon": {"type": 7}}\n\n{"coupon_data": 1}\n{oops\n'
    )
    (folder / "latin1.json").write_bytes('{"coupon": {"name": "é"}}'.encode("latin-1"))
    (folder / "bom.json").write_bytes(b'\xef\xbb\xbf{"coupon": {}}')
    (folder / "array.json").write_bytes(b"[1, 2]")
    (folder / "empty.json").write_bytes(b"")
    return folder


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "validator", "check", "--now", str(WORKED_NOW), *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=REPO,
        check=False,
    )


def test_the_folder_is_mixed(mixed: Path) -> None:
    files = discover([str(mixed)])
    assert 45 <= len(files) <= 60
    assert any(f.endswith(".jsonl") for f in files)


@pytest.mark.parametrize("output_format", ["json", "text"])
def test_jobs_1_and_jobs_2_print_the_same_bytes(mixed: Path, output_format: str) -> None:
    one = _cli("--format", output_format, "--jobs", "1", str(mixed))
    two = _cli("--format", output_format, "--jobs", "2", str(mixed))
    assert one.stdout, one.stderr
    assert one.returncode == two.returncode
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_more_workers_than_files_and_standard_input(mixed: Path) -> None:
    """Standard input is read by the main process, in its place among the paths."""
    body = (FIXTURES / "A001" / "fail.json").read_bytes()
    first = sorted(mixed.rglob("*.json"))[0]
    args = ("--format", "json", str(first), "-", str(mixed / "group-1"))
    one = _cli(*args, "--jobs", "1", stdin=body)
    many = _cli(*args, "--jobs", "4", stdin=body)
    assert one.stdout == many.stdout
    assert b'"file": "-"' in one.stdout


def test_check_all_keeps_the_order_of_the_files(mixed: Path) -> None:
    tasks = [(path, "auto") for path in discover([str(mixed)])]
    sequential = [check_one(p, api, WORKED_NOW, skip_unrelated=True) for p, api in tasks]
    for jobs in (1, 2, 3):
        assert list(pool.check_all(tasks, WORKED_NOW, jobs)) == sequential


def test_automatic_jobs_stay_sequential_for_few_files() -> None:
    assert pool.worker_count(None, 1) == 1
    assert pool.worker_count(None, pool.SEQUENTIAL_BELOW - 1) == 1
    assert pool.worker_count(None, pool.SEQUENTIAL_BELOW) >= 1
    assert pool.worker_count(3, 1) == 3


def test_a_one_file_run_imports_nothing_heavy() -> None:
    """Start-up is what a pre-commit run pays: no pool machinery, no jsonschema.

    Modules the interpreter imports by itself (``site`` and its ``.pth`` files) do not count.
    """
    one_file = str(REPO / "examples" / "shop-coupon-add.json")
    ours = _imports("-m", "validator", "check", "--now", str(WORKED_NOW), one_file)
    added = ours - _imports("-c", "pass")
    for heavy in ("multiprocessing", "concurrent.futures", "jsonschema", "importlib.resources"):
        assert heavy not in added


def _imports(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}


def test_a_failing_worker_fails_the_run(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a worker is an error of the run, with the worker's traceback, never a silently
    missing report (the forked workers inherit the patched function)."""

    def broken(target: str, api: str, now: int, **options: object) -> FileReport:
        raise ValueError(f"cannot check {target}")

    monkeypatch.setattr(pool, "check_one", broken)
    tasks = [(path, "auto") for path in discover([str(mixed)])]
    with pytest.raises(RuntimeError, match="cannot check"):
        list(pool.check_all(tasks, WORKED_NOW, 2))


def test_the_multiprocessing_pool_gives_the_same_batches(mixed: Path) -> None:
    """Platforms without a safe fork (macOS, Windows) use multiprocessing's default start."""
    files = [(path, "auto") for path in discover([str(mixed)])][:12]
    batches = [(0, 5), (5, 6), (6, 12)]
    found = dict(pool._spawned(files, batches, (WORKED_NOW, "en", False), 2))
    assert found == {
        number: pool.check_batch(files[start:stop], WORKED_NOW)
        for number, (start, stop) in enumerate(batches)
    }
