"""Determinism (issue 8, item 6): the same input gives byte-identical output.

CI diffs reports, baselines store them, and caches key on them: a report that changes when
nothing changed is noise at best. interface.md fixes the order of JSON diagnostics (file,
line, column, code), so that output must not depend on:

- the run (no clock, no memory addresses, no set iteration order leaking into messages);
- the order the files are named in, or how they are named (``dir`` vs ``dir/a.json``);
- the order a directory lists its entries in;
- ``PYTHONHASHSEED``, which reorders every ``set`` of strings between processes.

``--jobs`` (worker processes) is covered by tests/inputs/test_pool.py. ``--now`` is fixed
throughout: U003 ("already ended") depends on the clock by design.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO
from tests.test_fuzz import FORMATS, NOW, invoke, run_process
from validator import validate

#: The examples the directory-order trees are made of, by name: more APIs add more examples.
TREE_EXAMPLES = [
    (REPO / "examples" / f"{api}.json").read_bytes()
    for api in ("create-coupon-stock", "product-coupon-create", "shop-coupon-add")
]
#: Formats whose whole text the contract orders: the diagnostics sorted, the rest counts.
ORDERED_FORMATS = ("json", "text", "github")


def run(*args: str, output_format: str = "json") -> tuple[int, str]:
    result = invoke("check", "--now", str(NOW), "--format", output_format, *args)
    return result.exit_code, result.stdout


#: Fixture folders of every family and loader path (JSON and JSONL), about half of them: the
#: hash-seed test runs all of them, in processes of their own.
FOLDERS = [
    *(f"J00{n}" for n in range(1, 10)),
    *(f"S00{n}" for n in range(1, 10)),
    *("A001", "A005", "A010", "B001", "B007", "B010", "C001", "C007", "C012", "C019"),
    *("U001", "U002", "U003", "D001"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fixture folders plus the examples, copied so that relative paths are short and the
    same in every test."""
    root = tmp_path_factory.mktemp("determinism")
    for folder in FOLDERS:
        shutil.copytree(FIXTURES / folder, root / "fixtures" / folder)
    shutil.copytree(REPO / "examples", root / "examples")
    return root


@pytest.mark.parametrize("output_format", FORMATS)
def test_repeated_runs_are_byte_identical(
    corpus: Path, output_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    first = run("fixtures", "examples", output_format=output_format)
    assert first[0] == 1 and first[1]
    assert run("fixtures", "examples", output_format=output_format) == first


def test_repeated_library_calls_are_identical() -> None:
    payloads = [path.read_bytes() for path in sorted(FIXTURES.glob("*/fail*.json"))]
    first = [validate(payload, now=NOW) for payload in payloads]
    assert any(first)
    assert [validate(payload, now=NOW) for payload in payloads] == first


def test_argument_order_does_not_change_the_output(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus)
    files = sorted(str(path.relative_to(corpus)) for path in corpus.rglob("*.json*"))
    assert len(files) > 90 and any(name.endswith(".jsonl") for name in files)
    for seed, output_format in enumerate(ORDERED_FORMATS):
        expected = run(*files, output_format=output_format)
        shuffled = files[:]
        random.Random(seed).shuffle(shuffled)
        assert run(*shuffled, output_format=output_format) == expected, output_format


def test_naming_a_directory_or_its_files_gives_the_same_output(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``dir``, its files one by one, and both at once (each file is checked once)."""
    monkeypatch.chdir(corpus)
    files = sorted(str(path.relative_to(corpus)) for path in (corpus / "fixtures").rglob("*"))
    files = [name for name in files if name.endswith((".json", ".jsonl"))]
    expected = run("fixtures")
    assert run(*reversed(files)) == expected
    assert run("fixtures", *files) == expected
    assert run(*files[:5], "fixtures", "./fixtures") == expected
    checked = json.loads(expected[1])["summary"]["files"]
    summary = run("fixtures", output_format="text")[1].splitlines()[-1]
    skipped = len(files) - checked  # the expect.json files: not coupon bodies
    assert f"; {skipped} files skipped: not a coupon request body" in summary, summary


def test_directory_listing_order_does_not_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two trees with the same files created in opposite orders (so listed differently on
    most file systems) give the same report."""
    names = [f"{letter}{index}.json" for letter in "zyxa" for index in range(5)]
    for folder, order in (("one", names), ("two", names[::-1])):
        for name in order:
            path = tmp_path / folder / name[0] / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(TREE_EXAMPLES[len(name) % 3].replace(b"0", name[1].encode(), 3))
    outputs = []
    for folder in ("one", "two"):
        monkeypatch.chdir(tmp_path / folder)
        outputs.append(run("."))
    assert outputs[0] == outputs[1] and outputs[0][0] == 1


def test_hash_seed_does_not_change_the_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """Separate processes with different PYTHONHASHSEED: set order differs, output must not.
    All fixture folders, since any message built from a set could show it."""
    monkeypatch.chdir(REPO)
    in_process = run("tests/fixtures", "examples")[1]
    for seed in ("0", "4242"):
        result = run_process(
            "check", "--now", str(NOW), "--format", "json", "tests/fixtures", "examples",
            cwd=REPO, env={"PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert result.stdout.decode("utf-8") == in_process, seed
