"""``check`` and ``check --fix`` name an input that cannot be read in the same words.

Both read through ``validator.inputs.read``; these tests hold them to it for every way an input
can fail, through the real command line in all three modes (``check``, ``check --fix``,
``check --diff``): the same exit status, the same error lines, the same report. The inputs here
hold nothing to fix, so ``--fix`` has nothing else to say but its summary line.

Below the command line, ``check_one`` and ``fix_target`` are compared too, for the failures a
run meets only when a file changes under it (removed after the walk, a directory in its place).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.inputs.test_files import BAD, in_unprivileged_child, tree, world_readable_dir
from tests.test_fuzz import NOW, invoke
from validator.fixes.files import fix_target
from validator.inputs.read import describe, read_document
from validator.inputs.runner import check_one
from validator.json.loader import MAX_DOCUMENT_BYTES

__all__ = ["world_readable_dir"]  # a fixture: imported for pytest to find

MODES = {"check": (), "check --fix": ("--fix",), "check --diff": ("--diff",)}
ERROR = "coupon-validator: error: "

Said = tuple[int, list[str], Any]  # exit status, error lines, the JSON report's diagnostics


def said(options: tuple[str, ...], *paths: str) -> Said:
    """One run's exit status, error lines and diagnostics (None when no report was written:
    a usage error ends the run before it). ``--diff`` writes its report to standard error."""
    result = invoke("check", "--now", str(NOW), "--format", "json", *options, *paths)
    errors = [line for line in result.stderr.splitlines() if line.startswith("coupon-validator:")]
    report = result.stderr if "--diff" in options else result.stdout
    diagnostics = None
    if report.lstrip().startswith("{"):
        diagnostics = json.JSONDecoder().raw_decode(report.lstrip())[0]["diagnostics"]
    return result.exit_code, errors, diagnostics


def said_in_every_mode(*paths: str, before: Callable[[], object] | None = None) -> list[Said]:
    results = []
    for options in MODES.values():
        if before is not None:
            before()
        results.append(said(options, *paths))
    return results


def same_everywhere(results: list[Said]) -> Said:
    """The one answer all modes gave (JSON round trips turn tuples into lists: compare lists)."""
    answers = dict(zip(MODES, (list(result) for result in results), strict=True))
    assert all(answer == answers["check"] for answer in answers.values()), answers
    code, errors, diagnostics = answers["check"]
    return code, errors, diagnostics


def files_of(diagnostics: list[dict[str, Any]]) -> list[str]:
    return sorted({d["file"] for d in diagnostics})


# -- through the command line ------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_missing_path(tmp_path: Path, suffix: str) -> None:
    gone = str(tmp_path / f"gone{suffix}")
    assert same_everywhere(said_in_every_mode(gone)) == (
        2,
        [f"{ERROR}{gone}: no such file or directory"],
        None,
    )


def test_a_file_given_as_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(BAD)
    path = str(tmp_path / "a.json") + "/"
    assert same_everywhere(said_in_every_mode(path)) == (
        2,
        [f"{ERROR}{path}: not a directory"],
        None,
    )


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_broken_symlink_met_in_a_walk_or_named(tmp_path: Path, suffix: str) -> None:
    root = tree(tmp_path / "coupons")
    link = root / f"gone{suffix}"
    link.symlink_to(f"deleted{suffix}")
    line = f"{ERROR}{link}: broken symbolic link (its target deleted{suffix} does not exist)"
    code, errors, diagnostics = same_everywhere(said_in_every_mode(str(root)))
    assert (code, errors) == (2, [line])
    assert files_of(diagnostics) == [str(root / "bad.json"), str(root / "sub" / "deeper.json")]
    assert same_everywhere(said_in_every_mode(str(link))) == (2, [line], [])


def test_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.json").symlink_to("b.json")
    (tmp_path / "b.json").symlink_to("a.json")
    loop = "cannot read (Too many levels of symbolic links)"
    expected = [f"{ERROR}{tmp_path / name}: {loop}" for name in ("a.json", "b.json")]
    assert same_everywhere(said_in_every_mode(str(tmp_path))) == (2, expected, [])


def _locked_tree(root: Path) -> tuple[Path, Path]:
    """``tree(root)`` readable by anyone, with ``locked/`` (a directory nobody else may list)
    and ``secret.json`` (a file nobody else may read)."""
    tree(root)
    locked = root / "locked"
    (locked / "inner").mkdir(parents=True)
    (locked / "inner" / "x.json").write_bytes(BAD)
    secret = root / "secret.json"
    secret.write_bytes(BAD)
    for path in (root, root / "sub"):
        path.chmod(0o755)
    for path in (root / "good.json", root / "bad.json", root / "sub" / "deeper.json"):
        path.chmod(0o644)
    locked.chmod(0o000)
    secret.chmod(0o000)
    return locked, secret


def test_a_directory_that_cannot_be_listed_and_a_file_that_cannot_be_read(
    world_readable_dir: Path,
) -> None:
    root = world_readable_dir / "coupons"
    locked, secret = _locked_tree(root)
    said_in_every_mode(str(root))  # import everything the runs need before dropping privileges

    def run() -> list[list[Said]]:
        return [said_in_every_mode(str(path)) for path in (root, locked, secret)]

    walked, listed, read = in_unprivileged_child(run) if os.geteuid() == 0 else run()
    unlisted = f"{ERROR}{locked}: cannot read directory (Permission denied)"
    unreadable = f"{ERROR}{secret}: cannot read (Permission denied)"
    code, errors, diagnostics = same_everywhere(walked)
    assert (code, errors) == (2, [unreadable, unlisted])  # a directory's files come first
    assert files_of(diagnostics) == [str(root / "bad.json"), str(root / "sub" / "deeper.json")]
    assert same_everywhere(listed) == (2, [unlisted], [])
    assert same_everywhere(read) == (2, [unreadable], [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_given_by_name(tmp_path: Path) -> None:
    pipe = tmp_path / "generated.json"
    os.mkfifo(pipe)
    writers: list[threading.Thread] = []

    def start_writer() -> None:
        writers.append(threading.Thread(target=pipe.write_bytes, args=(BAD,)))
        writers[-1].start()

    try:
        results = said_in_every_mode(str(pipe), before=start_writer)
    finally:
        for writer in writers:
            writer.join(timeout=10)
    code, errors, diagnostics = same_everywhere(results)
    assert (code, errors) == (1, [])
    assert [d["code"] for d in diagnostics] == ["S002"]


def test_a_file_over_the_size_limit_is_j009_and_never_rewritten(tmp_path: Path) -> None:
    """The byte-order mark would invite the J005 fix: a prefix must never be written back."""
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.write(b'\xef\xbb\xbf{"coupon": "')
        stream.truncate(MAX_DOCUMENT_BYTES + 2)  # a hole: no disk, no time
    before = big.stat()
    code, errors, diagnostics = same_everywhere(said_in_every_mode(str(big)))
    assert (code, errors) == (1, [])
    assert [(d["code"], d["line"], d["column"]) for d in diagnostics] == [("J009", 1, 1)]
    assert (big.stat().st_size, big.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


# -- below the command line --------------------------------------------------------------------


def _removed(tmp_path: Path) -> str:
    return str(tmp_path / "removed.json")  # as if deleted after the walk found it


def _directory(tmp_path: Path) -> str:
    (tmp_path / "now-a-directory.json").mkdir()  # a directory where the walk found a file
    return str(tmp_path / "now-a-directory.json")


def _broken_link(tmp_path: Path) -> str:
    (tmp_path / "link.jsonl").symlink_to("nowhere.jsonl")
    return str(tmp_path / "link.jsonl")


def _link_into_a_file(tmp_path: Path) -> str:
    (tmp_path / "file").write_bytes(BAD)
    (tmp_path / "link.json").symlink_to("file/inside.json")
    return str(tmp_path / "link.json")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_removed, "no such file or directory"),
        (_directory, "is a directory"),
        (_broken_link, "broken symbolic link (its target nowhere.jsonl does not exist)"),
        (_link_into_a_file, "broken symbolic link (its target file/inside.json does not exist)"),
    ],
)
def test_check_one_and_fix_target_name_a_failure_alike(
    tmp_path: Path, make: Callable[[Path], str], reason: str
) -> None:
    target = make(tmp_path)
    expected = f"{target}: {reason}"
    assert check_one(target, "auto", NOW).io_error == expected
    assert fix_target(target, "auto", NOW).error == expected
    assert fix_target(target, "auto", NOW, write=True).error == expected


def test_describe_names_any_other_failure_by_its_reason(tmp_path: Path) -> None:
    error = OSError(5, "Input/output error")
    assert (
        describe(str(tmp_path / "x.json"), error)
        == f"{tmp_path / 'x.json'}: cannot read (Input/output error)"
    )


def test_a_file_over_the_limit_is_not_read_at_all(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    assert read_document(str(big)) is None
    (tmp_path / "limit.json").write_bytes(b" " * MAX_DOCUMENT_BYTES)
    assert read_document(str(tmp_path / "limit.json")) == b" " * MAX_DOCUMENT_BYTES
